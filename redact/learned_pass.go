package redact

import (
	"math/bits"
	"unicode/utf8"
)

// learnedReasons are the reasons of the learned model's spans, by the
// feature group that added the most to the best word's score (a fixed
// table: never the text's bytes).
var learnedReasons = [numLearnedGroups]string{
	grpWord:    "learned name model: the word itself",
	grpShape:   "learned name model: the word's shape",
	grpNames:   "learned name model: the name lists",
	grpContext: "learned name model: the words around it",
	grpRules:   "learned name model: a rule's span next to it",
	grpLine:    "learned name model: its place on the line",
}

// learnedIter walks the candidate words of a text (learnedWalk) with
// their features, for the trainer (learned_dump_test.go) and the parity
// test: the engine's pass (learnedPersons) works out the context of a
// word only when its own features leave it a chance.
type learnedIter struct {
	walk learnedWalk
	mask uint32
	// the candidate: its token and features, and whether it follows the
	// previous candidate with only spaces between (a run of one name)
	tok   learnedTok
	feats learnedFeats
	joins bool
	prev  int // the end of the previous candidate, or -1
	// covered is set, with walk.withCovered, on a word under a rule span
	covered bool
}

func newLearnedIter(sc *textScan, spans []Span, dem []demotedRange, mask uint32) learnedIter {
	learnedTables()
	return learnedIter{walk: learnedWalk{sc: sc, spans: spans, dem: demotedCursor{dem: dem}}, mask: mask, prev: -1}
}

// next moves to the next candidate and computes its features; it returns
// false at the end of the text.
func (it *learnedIter) next() bool {
	s, e, fl, covered, ok := it.walk.next()
	if !ok {
		return false
	}
	text, spans := it.walk.sc.text, it.walk.spans
	it.tok = learnedTokFlags(text, s, e, fl)
	it.covered = covered
	if covered {
		it.tok.rt = learnedRuleTag(spans, s, e)
	}
	p1 := learnedFeatures(&it.feats, text, spans, &it.tok, it.mask)
	it.joins = learnedJoins(text, it.prev, p1.end, s)
	it.prev = e
	return true
}

// learnedJoins reports whether a candidate at s, whose previous token
// ends at p1end, follows the candidate that ends at prev (-1: none) with
// only spaces between.
func learnedJoins(text string, prev, p1end, s int) bool {
	return prev >= 0 && p1end == prev && onlySpaces(text[prev:s])
}

// learnedRuleTag returns the rule tag of the token text[s:e] (see
// learnedTok.rt), given the rules' spans.
func learnedRuleTag(spans []Span, s, e int) uint32 {
	if s < 0 {
		return 0
	}
	if len(spans) > 16 {
		// spans are sorted and disjoint, so their ends rise too: start at
		// the first that ends after s (a scan from the first span made a
		// long text's cost quadratic in its spans)
		lo, hi := 0, len(spans)
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if spans[m].End > s {
				hi = m
			} else {
				lo = m + 1
			}
		}
		spans = spans[lo:]
	}
	for _, sp := range spans {
		if sp.Start >= e {
			break
		}
		if sp.End > s {
			if sp.Type == "PERSON" {
				if sp.Start >= s {
					return 'B'
				}
				return 'I'
			}
			if sp.Type != "" {
				return uint32(sp.Type[0])
			}
		}
	}
	return 0
}

func onlySpaces(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && s[i] != '\t' {
			return false
		}
	}
	return s != ""
}

// learnedPersons returns out (Find's result, sorted and disjoint) with the
// learned model's PERSON spans added: runs of candidate words whose score
// reaches the engine's threshold, each joined word to word over spaces.
// A word that overlaps one of dem (the PERSON candidates the rules
// dropped, sorted and disjoint: learned_demoted.go) is no candidate.
// A span whose text is allowed is dropped. It allocates only when it adds
// a span.
//
// It walks the candidate words as learnedWalk does, most capitals in
// line: one inside a word or a non-ASCII byte that starts no upper-case
// letter is passed over, a plain word the person detector noted is taken
// from its note (learned_memo.go), and another word of ASCII letters and
// digits after a byte that is no part of a word, which ends in its
// 64-byte block at a byte that cannot go on with it, is read from the
// marks; any other capital takes learnedWalk.step. A candidate whose own features sum
// below the gate (the threshold's log-odds minus learnedModel.gate) is
// skipped without its context (ownOf, ownSum); the few others are scored
// in full (learnedPass.score). TestLearnedPersonsRef checks the pass
// against the walk and the full features.
func (e *Engine) learnedPersons(sc *textScan, out []Span, dem []demotedRange) []Span {
	i := sc.next(mkCapital, 0)
	if i < 0 {
		return out
	}
	learnedTables()
	m := &theLearnedModel
	text := sc.text
	gate := e.learnedLogit - m.gate
	var ps learnedPass
	dc := demotedCursor{dem: dem}
	// spStart is the start of out[k], the first span that ends past the
	// last capital seen (the text's end when there is none): a capital
	// before it is in no span, and a word that ends at or before it
	// overlaps none.
	k, spStart := 0, len(text)
	if len(out) > 0 {
		spStart = out[0].Start
	}
	for ; i >= 0; i = sc.next(mkCapital, i) {
		if i >= spStart {
			for k < len(out) && out[k].End <= i {
				k++
			}
			spStart = len(text)
			if k < len(out) {
				spStart = out[k].Start
				if spStart <= i {
					i = out[k].End // inside a rule span: skip it
					continue
				}
			}
		}
		before := byte(' ')
		if i > 0 {
			before = text[i-1]
		}
		if before < 0x80 && learnedPlainBefore[before] {
			if text[i] >= 0x80 {
				if !learnedUpperMaybe(text, i) {
					i++
					continue
				}
			} else if n, fl := sc.plainAt(i); n != 0 && n < 64 && (i+n == len(text) || !learnedWordByte[text[i+n]]) {
				// a plain word the person detector read and looked up
				// (learned_memo.go): a capital and lower-case letters
				// that end at a byte that cannot go on with them
				j := i + n
				if spStart < j {
					i = j // a rule span
					continue
				}
				if fl&(nameStop|nameTitle|nameGreeting) == 0 {
					var x uint64 // the word packed, for n <= 8
					if n <= 8 {
						if i+8 <= len(text) {
							x = load64(text, i) & (1<<(8*n) - 1)
						} else {
							x = packWord(text[i:j])
						}
					}
					if m.logitOf(m.ownWord(sc, i, n, x, fl)) >= gate && (len(dem) == 0 || !dc.overlaps(i, j)) {
						ps.score(e, text, out, i, j, fl)
					}
				}
				i = j
				continue
			} else {
				// a word of ASCII letters and digits that ends in the
				// block at a byte that cannot go on with it: read from
				// the marks, and most often passed over as a stop word
				b, o := i>>6, uint(i&63)
				blk := &sc.marks[b]
				l, d := blk[mkLetter]>>o, (blk[mkDigit]|blk[mkUnder])>>o
				n := bits.TrailingZeros64(^(l | d))
				if n == 64-int(o) && b+1 < len(sc.marks) {
					// the run reaches the block's end: on into the next
					nb := &sc.marks[b+1]
					l |= nb[mkLetter] << (64 - o)
					d |= (nb[mkDigit] | nb[mkUnder]) << (64 - o)
					n = bits.TrailingZeros64(^(l | d))
				}
				if j := i + n; n < 64 && (j == len(text) || !learnedJoinOrHigh[text[j]]) {
					low := uint64(1)<<n - 1
					if n < 2 || d&low != 0 || spStart < j {
						i = j // one letter, a digit or '_', a rule span
						continue
					}
					var x uint64 // the word packed, for n <= 8
					var fl uint8
					if n <= 8 {
						if i+8 <= len(text) {
							x = load64(text, i) & (1<<(8*n) - 1)
						} else {
							x = packWord(text[i:j])
						}
						if nameFlags.maybeBytes(byte(x), n) {
							fl = uint8(nameFlags.slotVal(nameFlags.findWord(x, n)))
						}
					} else {
						fl = nameFlagsOf(text[i:j])
					}
					if fl&(nameStop|nameTitle|nameGreeting) == 0 &&
						m.logitOf(m.ownWord(sc, i, n, x, fl)) >= gate && (len(dem) == 0 || !dc.overlaps(i, j)) {
						ps.score(e, text, out, i, j, fl)
					}
					i = j
					continue
				}
			}
		} else if before < 0x80 && (learnedWordByte[before] || i > 1) {
			i++ // inside a word: after a word byte or a joiner
			continue
		}
		w := learnedWalk{sc: sc, spans: out, k: k}
		next, end, fl, _, cand := w.step(i)
		if cand && m.logitOf(m.ownSum(sc, i, end, fl)) >= gate && (len(dem) == 0 || !dc.overlaps(i, end)) {
			ps.score(e, text, out, i, end, fl)
		}
		i = next
	}
	if ps.open == 0 {
		return out
	}
	return ps.finish(e, text, out)
}

// learnedPlainBefore marks the ASCII bytes after which a capital starts
// a word: neither word bytes nor joiners.
var learnedPlainBefore = func() (t [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !learnedWordByte[c] && c != '\'' && c != '-'
	}
	return t
}()

// learnedPass is the state of the pass over one text once a word has
// passed the gate: the spans found, the open run and the end of the last
// word scored.
type learnedPass struct {
	found []Span
	run   learnedRun
	// open is 0 until a word is scored, then 1 plus the end of the last
	// word scored (see learnedJoins)
	open int
}

// score scores candidate word text[s:end] with its full features, given
// the rules' spans, and adds it to the open run or starts one.
func (p *learnedPass) score(e *Engine, text string, spans []Span, s, end int, fl uint8) {
	m := &theLearnedModel
	var f learnedFeats
	tok := learnedTokFlags(text, s, end, fl)
	p1 := learnedFeatures(&f, text, spans, &tok, m.mask)
	z := m.logit(&f)
	joins := learnedJoins(text, p.open-1, p1.end, s)
	p.open = end + 1
	run := &p.run
	if z < e.learnedLogit {
		if run.open {
			p.found = run.flush(e, text, spans, p.found)
		}
		return
	}
	if run.open && joins {
		run.end = end
		if z > run.best {
			run.best, run.bestStart, run.bestEnd, run.bestFlags = z, s, end, fl
		}
		return
	}
	if run.open {
		p.found = run.flush(e, text, spans, p.found)
	}
	*run = learnedRun{start: s, end: end, best: z, bestStart: s, bestEnd: end, bestFlags: fl, open: true}
}

// finish closes the open run and returns out with the spans found merged
// in.
func (p *learnedPass) finish(e *Engine, text string, out []Span) []Span {
	if p.run.open {
		p.found = p.run.flush(e, text, out, p.found)
	}
	found := p.found
	if len(found) == 0 {
		return out
	}
	merged := make([]Span, 0, len(out)+len(found))
	j := 0
	for _, s := range found {
		for j < len(out) && out[j].Start < s.Start {
			merged = append(merged, out[j])
			j++
		}
		merged = append(merged, s)
	}
	return append(merged, out[j:]...)
}

// learnedRun is an open run of candidate words that reach the threshold:
// its bytes, and its best word's log-odds, bytes and name-table flags
// (its features are worked out again for the span's reason).
type learnedRun struct {
	start, end         int
	best               float32
	bestStart, bestEnd int
	bestFlags          uint8
	open               bool
}

// flush appends the run's span to found unless a guard drops it
// (learnedGuarded) or its text is allowed, and closes it; spans are the rules' spans the run's words were scored with.
func (r *learnedRun) flush(e *Engine, text string, spans, found []Span) []Span {
	r.open = false
	oneWord := r.start == r.bestStart && r.end == r.bestEnd
	if learnedGuarded(text, r.start, r.end, oneWord) || e.allowed(text[r.start:r.end]) {
		return found
	}
	m := &theLearnedModel
	var f learnedFeats
	tok := learnedTokFlags(text, r.bestStart, r.bestEnd, r.bestFlags)
	learnedFeatures(&f, text, spans, &tok, m.mask)
	return append(found, Span{Start: r.start, End: r.end, Type: "PERSON", Rule: "builtin.person",
		Score: learnedProb(r.best), Reason: learnedReasons[m.topGroup(&f)]})
}

// topGroup returns the feature group that adds the most to f's score.
func (m *learnedModel) topGroup(f *learnedFeats) int {
	var sum [numLearnedGroups]int32
	for k, id := range f.ids[:f.n] {
		sum[learnedGroupOf[k]] += m.weight(id)
	}
	top := 0
	for g := range sum {
		if sum[g] > sum[top] {
			top = g
		}
	}
	return top
}
