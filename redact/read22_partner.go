package redact

import "strings"

// A bulletin names a couple with the husband's name first and the wife's
// full name after "and": "Mazal tov to Dr. Gideon (Gidi) and Yocheved
// Mandelbaum on …", "Congratulations to Ravi Pillai and Sunniva
// Åkerlund" (read22, issue 9). The full name after "and" was dropped
// when its given name is no gazetteer's (a run of an unknown word and a
// family name stays undecided). partnerAfter reads it after a person span
// the detector found (and its bracketed nickname: "(Gidi) and"): two or
// three capitalised words, each a name of the gazetteers or spelt like a
// name (altNameWord, read22_bracket.go), one of them a gazetteer's (or
// none, when a title or a bracketed nickname makes the name before them
// a person's beyond doubt), the first a given name of the gazetteers
// when they are three ("… and Chef Ada Quinlan" names a chef), the last
// no trade's word ("Ravi Pillai and Sons Builders" stays a firm).

// partnerReason is the reason of a full name read after a person's name
// and "and": a fixed string.
const partnerReason = "full name after a person's name and 'and'"

// partnerAfter appends the full name after the person span dst[k], an
// optional closing bracket and " and " or " & " (see above), unless a
// span of dst[n0:] overlaps it.
func partnerAfter(text string, dst []Span, k, n0 int, g *spanGuard) []Span {
	i := dst[k].End
	couple := text[i] == ')' || partnerTitled(text, dst[k].Start) // "Dr. Gideon (Gidi) and …"
	if text[i] == ')' {
		i++
	}
	switch {
	case strings.HasPrefix(text[i:], " and "):
		i += 5
	case strings.HasPrefix(text[i:], " & "):
		i += 3
	default:
		return dst
	}
	if i >= len(text) || !upperAt(text, i) {
		return dst
	}
	end, words, known, firstGiven := i, 0, false, false
	for words < 3 && end < len(text) && upperAt(text, end) {
		e := altWordEnd(text, end)
		w := text[end:e]
		if !altNameWord(w) {
			return dst
		}
		f := tokenFlags(w)
		known = known || f&(nameGiven|nameFamily) != 0
		firstGiven = firstGiven || words == 0 && f&nameGiven != 0
		words++
		end = e
		if end+1 >= len(text) || text[end] != ' ' || !upperAt(text, end+1) {
			break
		}
		end++
	}
	if words < 2 || !known && !couple || words == 3 && !firstGiven || businessLast(text, i, end) || end < len(text) && isLetterAt(text, end) {
		return dst
	}
	if g.overlaps(dst[n0:], len(text), i, end) {
		return dst
	}
	return append(dst, Span{Start: i, End: end, Type: "PERSON", Rule: "builtin.person", Score: 0.75, Reason: partnerReason})
}

// partnerTitled reports whether the word at s, a person span's first, is
// an honorific of titleWords ("Dr", "Mrs", "Herr").
func partnerTitled(text string, s int) bool {
	e := s
	for e < len(text) && isAlpha(text[e]) {
		e++
	}
	return nameFlagsOf(text[s:e])&nameTitle != 0
}
