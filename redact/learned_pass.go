package redact

import "math/bits"

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

// learnedIter walks the candidate words of a text for the learned model:
// words that start with a capital (A to Z or a non-ASCII upper-case
// letter), are two runes or more of letters (apostrophes and hyphens
// between them), overlap none of spans (sorted by Start) and are not a
// stop word, title or greeting of the name tables.
type learnedIter struct {
	sc    *textScan
	spans []Span
	mask  uint32
	// m and gate, when m is set: a word whose own features sum below
	// gate (log-odds) is skipped without its context (learnedOwn)
	m    *learnedModel
	gate float32
	i, k int
	// the candidate: its token and features, and whether it follows the
	// previous candidate with only spaces between (a run of one name)
	tok   learnedTok
	feats learnedFeats
	joins bool
	prev  int // the end of the previous candidate, or -1
	// covered, for the trainer only (learned_dump_test.go): the walk also
	// stops at the words under a rule span, with covered set, so that
	// the names the rules find teach the model too.
	withCovered, covered bool
}

func newLearnedIter(sc *textScan, spans []Span, mask uint32) learnedIter {
	return learnedIter{sc: sc, spans: spans, mask: mask, prev: -1}
}

// next moves to the next candidate and computes its features; it returns
// false at the end of the text.
func (it *learnedIter) next() bool {
	text := it.sc.text
	for {
		i := it.sc.next(mkCapital, it.i)
		if i < 0 {
			return false
		}
		it.i = i + 1
		for it.k < len(it.spans) && it.spans[it.k].End <= i {
			it.k++
		}
		if it.k < len(it.spans) && it.spans[it.k].Start <= i && !it.withCovered {
			it.i = it.spans[it.k].End // inside a rule span: skip it
			continue
		}
		if i > 0 {
			p := learnedPrevRune(text, i)
			if ok, _ := learnedWordAt(text, p); ok || learnedJoinerAt(text, p) > 0 && p > 0 {
				continue // inside a word
			}
		}
		if c := text[i]; c >= 0x80 && !upperRuneAt(text, i) {
			continue
		}
		e, letters := it.wordEnd(i)
		it.i = e
		if e-i < 2 || !letters {
			continue
		}
		covered := it.overlaps(i, e)
		if covered && !it.withCovered {
			continue
		}
		fl := nameFlagsOf(text[i:e])
		if fl&(nameStop|nameTitle|nameGreeting) != 0 {
			continue
		}
		it.tok = learnedTokFlags(text, i, e, fl)
		it.covered = covered
		if covered {
			it.tok.rt = it.ruleTag(i, e)
		}
		learnedOwnFeatures(&it.feats, text, &it.tok, it.mask)
		if it.m != nil && it.m.sum(it.feats.ids[:learnedOwn]) < it.gate {
			continue
		}
		p1 := learnedPrevTok(text, i)
		p2 := edgeTok
		if p1.start > 0 {
			p2 = learnedPrevTok(text, p1.start)
		}
		n1 := learnedNextTok(text, e)
		n2 := edgeTok
		if n1.end >= 0 {
			n2 = learnedNextTok(text, n1.end)
		}
		p1.rt, n1.rt = it.ruleTag(p1.start, p1.end), it.ruleTag(n1.start, n1.end)
		learnedContextFeatures(&it.feats, &it.tok, &p2, &p1, &n1, &n2, it.mask)
		it.joins = it.prev >= 0 && p1.end == it.prev && onlySpaces(text[it.prev:i])
		it.prev = e
		return true
	}
}

// wordEnd is learnedWordEnd with the marks: a run of ASCII letters,
// digits and '_' ends at the first byte without one of those marks.
func (it *learnedIter) wordEnd(i int) (int, bool) {
	sc, text := it.sc, it.sc.text
	letters := true
	for {
		j, other := sc.asciiWordRun(i)
		letters = letters && !other
		i = j
		if i >= len(text) {
			return i, letters
		}
		n := learnedWordStep(text, i)
		if n == 0 {
			return i, letters
		}
		i += n
	}
}

// asciiWordRun returns the end of the run of ASCII letters, digits and
// '_' that starts at i (i itself when there is none), and whether it holds
// a digit or '_'.
func (sc *textScan) asciiWordRun(i int) (int, bool) {
	other := false
	for {
		b := i >> 6
		if b >= len(sc.marks) {
			return i, other
		}
		blk := &sc.marks[b]
		d := (blk[mkDigit] | blk[mkUnder]) >> (i & 63)
		w := blk[mkLetter]>>(i&63) | d
		n := bits.TrailingZeros64(^w)
		if n < 64 {
			other = other || d&(1<<n-1) != 0
		} else {
			other = other || d != 0
		}
		if n < 64-i&63 {
			return i + n, other
		}
		i = (b + 1) << 6
	}
}

// overlaps reports whether text[s:e] overlaps a span from it.k on.
func (it *learnedIter) overlaps(s, e int) bool {
	for _, sp := range it.spans[it.k:] {
		if sp.Start >= e {
			break
		}
		if sp.End > s {
			return true
		}
	}
	return false
}

// ruleTag returns the rule tag of the token text[s:e] (see learnedTok.rt).
func (it *learnedIter) ruleTag(s, e int) uint32 {
	if s < 0 {
		return 0
	}
	for _, sp := range it.spans {
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
// A span whose text is allowed is dropped. It allocates only when it adds
// a span.
func (e *Engine) learnedPersons(sc *textScan, out []Span) []Span {
	if sc.next(mkCapital, 0) < 0 {
		return out
	}
	m := &theLearnedModel
	it := newLearnedIter(sc, out, m.mask)
	it.m, it.gate = m, e.learnedLogit-m.gate
	var found []Span
	var run learnedRun
	for it.next() {
		z := m.logit(&it.feats)
		if z < e.learnedLogit {
			found = run.flush(e, sc.text, found)
			continue
		}
		if run.open && it.joins {
			run.end = it.tok.end
			if z > run.best {
				run.best, run.feats = z, it.feats
			}
			continue
		}
		found = run.flush(e, sc.text, found)
		run = learnedRun{start: it.tok.start, end: it.tok.end, best: z, feats: it.feats, open: true}
	}
	found = run.flush(e, sc.text, found)
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

// learnedRun is a run of candidate words that reach the threshold: its
// bytes, its best word's log-odds and features.
type learnedRun struct {
	start, end int
	best       float32
	feats      learnedFeats
	open       bool
}

// flush appends the run's span to found unless its text is allowed, and
// closes it.
func (r *learnedRun) flush(e *Engine, text string, found []Span) []Span {
	if !r.open {
		return found
	}
	r.open = false
	if e.allowed(text[r.start:r.end]) {
		return found
	}
	m := &theLearnedModel
	return append(found, Span{Start: r.start, End: r.end, Type: "PERSON", Rule: "builtin.person",
		Score: learnedProb(r.best), Reason: learnedReasons[m.topGroup(&r.feats)]})
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
