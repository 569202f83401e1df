package redact

import (
	"math/bits"
	"sync"
	"unicode"
	"unicode/utf8"
)

// learnedWalk walks the candidate words of a text for the learned model
// (learned_person.go): words that start with a capital (A to Z or a
// non-ASCII upper-case letter), are two runes or more of letters
// (apostrophes and hyphens between them), overlap none of spans (sorted
// by Start), nor a PERSON candidate the rules dropped (dem,
// learned_demoted.go; the engine's pass checks those itself), and are not
// a stop word, title or greeting of the name tables. It is the one
// definition of a candidate, shared by the
// engine's pass (learnedPersons) and the trainer's features
// (learnedIter).
type learnedWalk struct {
	sc    *textScan
	spans []Span
	i, k  int
	dem   demotedCursor
	// withCovered, for the trainer only (learned_dump_test.go): the walk
	// also stops at the words under a rule span, so that the names the
	// rules find teach the model too.
	withCovered bool
}

// next returns the next candidate word, text[s:e], its name-table flags
// and whether a rule span overlaps it (only with withCovered); ok is
// false at the end of the text.
func (w *learnedWalk) next() (s, e int, fl uint8, covered, ok bool) {
	for {
		i := w.sc.next(mkCapital, w.i)
		if i < 0 {
			return 0, 0, 0, false, false
		}
		for w.k < len(w.spans) && w.spans[w.k].End <= i {
			w.k++
		}
		if w.k < len(w.spans) && w.spans[w.k].Start <= i && !w.withCovered {
			w.i = w.spans[w.k].End // inside a rule span: skip it
			continue
		}
		var cand bool
		w.i, e, fl, covered, cand = w.step(i)
		if cand && (covered || !w.dem.overlaps(i, e)) {
			return i, e, fl, covered, true
		}
	}
}

// step decides the capital at i, which no span before w.spans[w.k]
// holds, nor (without withCovered) that one: it returns where the walk
// goes on, and whether text[i:e] is a candidate word, with its name-table
// flags and whether a span overlaps it.
func (w *learnedWalk) step(i int) (next, e int, fl uint8, covered, cand bool) {
	text := w.sc.text
	if i > 0 && learnedAfterWord(text, i) {
		return i + 1, 0, 0, false, false // inside a word
	}
	if c := text[i]; c >= 0x80 && !learnedUpperAt(text, i) {
		return i + 1, 0, 0, false, false
	}
	e, letters := w.wordEnd(i)
	if e-i < 2 || !letters {
		return e, 0, 0, false, false
	}
	covered = w.overlaps(i, e)
	if covered && !w.withCovered {
		return e, 0, 0, false, false
	}
	fl = nameFlagsOf(text[i:e])
	if fl&(nameStop|nameTitle|nameGreeting) != 0 {
		return e, 0, 0, false, false
	}
	return e, e, fl, covered, true
}

// learnedAfterWord reports whether the rune before i (i > 0) is a word
// rune, or a joiner that is not the text's first byte: whether a word
// rune at i is inside a word.
func learnedAfterWord(text string, i int) bool {
	if c := text[i-1]; c < 0x80 {
		return learnedWordByte[c] || (c == '\'' || c == '-') && i > 1
	}
	p := learnedPrevRune(text, i)
	ok, _ := learnedWordAt(text, p)
	return ok || learnedJoinerAt(text, p) > 0 && p > 0
}

// learnedUpperAt reports whether the rune at i, whose first byte is 0xC0
// or more, is an upper-case letter (upperRuneAt).
func learnedUpperAt(text string, i int) bool {
	return learnedUpperMaybe(text, i) && upperRuneAt(text, i)
}

// learnedUpperMaybe reports whether the rune at i, whose first byte is
// 0xC0 or more, may be an upper-case letter: most such runes in a prompt
// (lower-case accented letters, quotes, dashes, emoji) are ruled out by
// their first two bytes, without decoding them.
func learnedUpperMaybe(text string, i int) bool {
	return i+1 >= len(text) || learnedUpperPrefix[text[i]&63]>>(text[i+1]&63)&1 != 0
}

// learnedUpperPrefix has bit b&63 of word a&63 set when the UTF-8
// encoding of some upper-case letter (unicode.Upper) of two bytes or more
// starts with bytes a, b. A rune whose first two bytes have no bit is
// not upper case; a byte pair that starts no valid rune decodes to
// utf8.RuneError, not upper case either. learnedTables fills it.
var learnedUpperPrefix [64]uint64

// learnedTablesOnce guards learnedTables.
var learnedTablesOnce sync.Once

// learnedTables fills, once, the tables of the learned model's walk and
// pass (learnedUpperPrefix, learnedModel.own): on the first text the
// model scores, not when the package loads, so that a program with the
// model off never builds them.
func learnedTables() { learnedTablesOnce.Do(buildLearnedTables) }

func buildLearnedTables() {
	learnedUpperPrefix = upperPrefixes()
	theLearnedModel.initOwn()
}

// upperPrefixes returns learnedUpperPrefix's table.
func upperPrefixes() (t [64]uint64) {
	mark := func(r rune) {
		var buf [utf8.UTFMax]byte
		if n := utf8.EncodeRune(buf[:], r); n >= 2 {
			t[buf[0]&63] |= 1 << (buf[1] & 63)
		}
	}
	for _, rg := range unicode.Upper.R16 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			mark(r)
		}
	}
	for _, rg := range unicode.Upper.R32 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			mark(r)
		}
	}
	return t
}

// wordEnd is learnedWordEnd with the marks: a run of ASCII letters,
// digits and '_' ends at the first byte without one of those marks; an
// ASCII byte there other than a joiner ends the word.
func (w *learnedWalk) wordEnd(i int) (int, bool) {
	sc, text := w.sc, w.sc.text
	letters := true
	for {
		j, other := sc.asciiWordRun(i)
		letters = letters && !other
		i = j
		if i >= len(text) {
			return i, letters
		}
		if c := text[i]; c < 0x80 && c != '\'' && c != '-' {
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

// overlaps reports whether text[s:e] overlaps a span from w.k on.
func (w *learnedWalk) overlaps(s, e int) bool {
	for _, sp := range w.spans[w.k:] {
		if sp.Start >= e {
			break
		}
		if sp.End > s {
			return true
		}
	}
	return false
}
