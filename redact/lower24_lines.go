package redact

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Phone-call notes and group chats are often typed without capitals
// inside a prompt that is written with care ("Can you tidy these up?",
// then "1:15am - wei-lin chao, 2219 baseline rd, apt 611" or "- fru
// birthe mølgaard, nørrebrogade 45"). The capital-led rules see nothing
// in such a line, and lowerCaseNames, the reader of texts typed all in
// lower case, ran only on texts with no capital at all. lowerLineNames
// reads each line that is typed in lower case (lowerCaseLine) as
// lowerCaseNames reads a whole text: a given and a family name of the
// gazetteers, a name after a title or a trigger word, a given name
// before a personal verb. The line is read alone, so a text needs no
// rule of its own to tell its careful lines from its sloppy ones.

// lowerLineMin is the shortest line lowerLineNames reads: a short line
// in lower case is more often a label or a list's item than a note.
const lowerLineMin = 16

// lowerLineNames appends the PERSON spans lowerCaseNames finds in each
// line of the text that lowerCaseLine calls lower case, skipping those
// that overlap a span of dst[n0:]. Texts with no capital at all are
// lowerCaseNames's own and do not come here.
//
//go:noinline
func lowerLineNames(sc *textScan, dst []Span, n0 int) []Span {
	text := sc.text
	var buf [8]Span
	var g spanGuard
	for a := 0; a < len(text); {
		b := len(text)
		if nl := sc.next(mkNewline, a); nl >= 0 {
			b = nl
		}
		s := lowerLineBody(sc, a, b)
		if s >= 0 {
			dst = lower24LineRecords(text, s, b, dst, n0, &g) // lower24_records.go: titles first, so they lead their names
			found := lowerCaseNames(text[s:b], buf[:0])
			contact := -1 // whether the line holds a contact datum, once asked
			for _, sp := range found {
				if sp.Reason == lowerGivenFamilyReason {
					// A given and a family name with no cue before them: in a
					// line of a careful text, only beside a contact datum
					// (a story's "harry potter", a brand's "christian dior").
					if contact < 0 {
						contact = 0
						if lower24ContactLine(text, s, b) {
							contact = 1
						}
					}
					if contact == 0 {
						continue
					}
				}
				sp.End = caseSuffixCut(text[s:], sp.Start, sp.End)
				sp.Start += s
				sp.End += s
				if !g.overlaps(dst[n0:], len(text), sp.Start, sp.End) {
					dst = append(dst, sp)
				}
			}
		}
		a = b + 1
	}
	reportWork("lowerLineNames", g.work)
	return dst
}

// lowerCaseLine reports whether text[a:b] is a line typed in lower case:
// its first letter (past a bullet, a time or a date) is a lower-case
// ASCII letter, and it has few capitals — at most one in 40 bytes, and
// at most 3 in all (a name of a shop or a town typed with care beside a
// note typed without). The capital marks find the capitals: ASCII ones
// at once, a UTF-8 lead byte decoded.
func lowerCaseLine(sc *textScan, a, b int) bool {
	text := sc.text
	i := a
	for i < b && !isAlpha(text[i]) && text[i] < 0x80 {
		i++
	}
	if i >= b || !isLower(text[i]) {
		return false
	}
	// gen24: capitals are counted once per word ("LIHEAP", "P25 HX79"
	// are one and two), and a long line may hold a few more (a note's
	// "wife Carol", "Janet Mills" and "HEAP" typed with care in 300 bytes).
	allowed := min((b-a)/40, 3) + (b-a)/80
	caps := 0
	// nextBefore, not next: a lower-case line has no capital, and next
	// read the marks on to the text's end for every line (linear25)
	for k := sc.nextBefore(mkCapital, a, b); k >= 0; k = sc.nextBefore(mkCapital, k+1, b) {
		if k > a && (isAlpha(text[k-1]) || text[k-1] >= 0x80) {
			continue // inside a word: its first capital was counted
		}
		if c := text[k]; c < 0x80 {
			caps++
		} else if r, _ := utf8.DecodeRuneInString(text[k:]); unicode.IsUpper(r) {
			caps++
		}
		if caps > allowed {
			return false
		}
	}
	return true
}

// lowerLineBody returns where the lower-case part of the line text[a:b]
// starts: the line's start when the line is typed in lower case, or the
// message after a chat speaker's label typed with capitals ("Itzel
// Cuevas: novios: xóchitl y beto garza", "[10:03] Ana P.: ok so …"),
// the first ": " in the line's first 48 bytes; -1 when neither is.
func lowerLineBody(sc *textScan, a, b int) int {
	if b-a < lowerLineMin {
		return -1
	}
	if lowerCaseLine(sc, a, b) {
		return a
	}
	text := sc.text
	w := min(b, a+48)
	if w <= a+2 {
		return -1
	}
	// the colons of text[a+2:w], from one window of the colon marks
	// (no search per line, none past w)
	for m := sc.markBits(mkColon, a+2, w-a-2); m != 0; m &= m - 1 {
		k := a + 2 + bits.TrailingZeros64(m)
		if k+1 < b && text[k+1] == ' ' { // the label's colon, not a time's
			if b-k-2 >= lowerLineMin && lowerCaseLine(sc, k+2, b) {
				return k + 2
			}
			return -1
		}
	}
	return -1
}

// caseSuffixCut returns the end of the name text[st:e] without a case or
// possessive ending after an apostrophe on its last word ("murat
// bey'in", "ana'nın", "bill's"): lowerCaseNames reads an apostrophe
// inside a word for "o'brien".
func caseSuffixCut(text string, st, e int) int {
	for k := e - 1; k > st && e-k <= 5; k-- {
		if text[k] == '\'' {
			if k-st >= 2 && text[k-1] != ' ' && strings.IndexByte(text[st:k], ' ') >= 0 {
				return k
			}
			return e
		}
	}
	return e
}
