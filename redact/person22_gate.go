package redact

import "strings"

// person21Maybe reports whether person21Demote may lower or cut the PERSON
// candidate s (issue 9, session 22: speed): an exact pre-test, false only
// when publicNameAt would report false and orgNameDemoteAt would leave s
// and every other candidate alone. Most names have neither a cue before
// them, nor a capitalised word after them, nor an organisation's word
// among their own; the two readers then cost a few tests, not a dozen
// calls. It asks, in turn:
//   - a capital (or a non-ASCII byte) after one space: a venue's noun
//     (publicAfterName) or an organisation's word (orgWordAfter) may follow;
//   - a cue right before the name (publicBeforeName, which publicNameAt
//     asks only after a space or a quote);
//   - an organisation's word among the name's words after its first, as
//     orgNameDemoteAt reads them (orgWordIn, no word after the name).
//
// TestPerson21MaybeExact holds it to the two readers.
func person21Maybe(text string, s *Span) bool {
	if e := s.End; e+2 < len(text) && text[e] == ' ' && (isUpper(text[e+1]) || text[e+1] >= 0x80) {
		return true
	}
	if k := s.Start; k > 0 && (text[k-1] == ' ' || text[k-1] == '"' || text[k-1] == '\'') {
		// publicNameAt's own pre-test (one space after a word whose
		// ending publicEnds turns away: no cue), then the cue itself
		if c := text[k-1]; k < 4 || c != ' ' || text[k-2] == ' ' || text[k-2] == '"' || text[k-2] == '\'' ||
			publicEnds.mayEnd(text, k-1) {
			if cue, _ := publicBeforeName(text, k); cue {
				return true
			}
		}
	}
	name := text[s.Start:s.End]
	sp := strings.IndexByte(name, ' ')
	if sp < 0 {
		return false
	}
	return orgWordsMay(name[sp+1:])
}

// orgWordsMay reports whether orgWordIn(ws) may report what makes
// orgNameDemoteAt act when no word follows the name: an organisation's
// word, strong, or weak among two words or more. One word of two to nine
// bytes (most family names) is read at once: a capital or a '-' after its
// first byte (orgOddBytes, a word's worth of bytes at a time), or a word
// of bizWords' or a legal form, may count; any other word counts for
// nothing. Other words are read by orgWordIn itself.
func orgWordsMay(ws string) bool {
	if len(ws) >= 2 && len(ws) <= 9 && ws[0] != ' ' {
		// x: the bytes after the first, zero padded (no byte of the
		// tests below)
		if x := packWord(ws[1:]); zeroBytes8(x^(' '*ones8)) == 0 {
			h := x & lo7
			if (h+(0x80-'A')*ones8)&^(h+(0x80-'Z'-1)*ones8)&^x&hi1|zeroBytes8(x^('-'*ones8)) != 0 {
				return true
			}
			w := ws
			if !wordByte(w[0]) || !wordByte(w[len(w)-1]) {
				w = trimPunct(w)
			}
			return len(w) >= 2 && (bizWords.hasBit(wordBit(w)) || legalFormWord(w))
		}
	}
	strong, weak, n := orgWordIn(ws) // two words or more, or a longer one
	return strong || weak && n >= 2
}
