package redact

import "slices"

// Many traditions join a person's name to a parent's or a husband's with
// a word in lower case: "Ravi Shankar s/o Perumal", "Meena d/o Arumugam"
// (son, daughter, wife of; South Asian forms on Singaporean and Indian
// records), "Ganesan a/l Krishnan", "Thilaga a/p Raman" (Malaysian "anak
// lelaki", "anak perempuan"), "Hakim bin Yusuf", "Nurul binti Razak",
// "binte", "bint" (Malay and Arabic), "ibn", and the Hebrew "ben" and
// "bat". The person detector reads the name before the word and stops at
// it, and it may read the parent's name as a second person or not at all.
// joinParentNames extends the span over the word and the parent's name.

// nameJoiners are the words of joinParentNames, without their spaces.
var nameJoiners = boolTable(map[string]bool{
	"s/o": true, "d/o": true, "w/o": true, "a/l": true, "a/p": true, "bin": true, "binti": true,
	"binte": true, "bint": true, "ibn": true, "ben": true, "bat": true,
})

// joinParentNames extends each PERSON span of dst[n0:] that one space,
// a word of nameJoiners and one space follow, then a capitalised name
// (joinedNameEnd), over them, and drops the spans of dst[n0:] inside the
// longer span.
func joinParentNames(text string, dst []Span, n0 int) []Span {
	for k := n0; k < len(dst); k++ {
		e := dst[k].End
		if dst[k].Type != "PERSON" {
			continue
		}
		if b := joinerEndsSpan(text, dst[k]); b > 0 {
			// The run took the joiner as a particle ("Emma bin" of "Emma
			// bin Monday"): the parent's name follows it, or it is no part
			// of the name.
			if end := joinedNameEnd(text, e+1); end > 0 && text[e] == ' ' {
				dst[k].End = end
				dst[k].Reason = joinedReason
				continue
			}
			dst[k].End = b
			continue
		}
		if e+6 >= len(text) || text[e] != ' ' {
			continue
		}
		switch text[e+1] {
		case 's', 'd', 'w', 'a', 'b', 'i':
		default:
			continue
		}
		j := e + 2
		for j < len(text) && j-e <= 6 && (isLower(text[j]) || text[j] == '/') {
			j++
		}
		if j+1 >= len(text) || text[j] != ' ' || !nameJoiners.has(text[e+1:j]) {
			continue
		}
		end := joinedNameEnd(text, j+1)
		if end == 0 {
			continue
		}
		dst[k].End = end
		dst[k].Reason = joinedReason
		dst = slices.DeleteFunc(dst, func(s Span) bool {
			return s.Type == "PERSON" && s.Start > dst[k].Start && s.Start < end && s.End <= end
		})
	}
	return dst
}

// joinedReason is the reason of a span joinParentNames extends.
const joinedReason = "name joined to a parent's name by s/o, d/o, a/l, bin, binti, ibn, ben or bat"

// joinerEndsSpan returns, when the last word of sp, after a space, is
// a word of nameJoiners, where that space starts; else 0.
func joinerEndsSpan(text string, sp Span) int {
	e := sp.End
	if e-sp.Start < 7 || !isLower(text[e-1]) {
		return 0
	}
	b := e - 1
	for b > sp.Start && e-b <= 5 && (isLower(text[b-1]) || text[b-1] == '/') {
		b--
	}
	if b-1 <= sp.Start || text[b-1] != ' ' || !nameJoiners.has(text[b:e]) {
		return 0
	}
	return b - 1
}

// joinedNameEnd returns the end of the parent's name at i: one or two
// capitalised words, each a given or family name of the gazetteers or
// (the first) spelt like a name, none a stop word, title, greeting or
// city alone; or 0.
func joinedNameEnd(text string, i int) int {
	end := 0
	for w := 0; w < 2 && i < len(text) && upperAt(text, i); w++ {
		e := skipWord(text, i)
		for e+1 < len(text) && (text[e] == '-' || text[e] == '\'') && upperAt(text, e+1) {
			e = skipWord(text, e+1) // "Abdul-Rahman", "O'Neil"
		}
		if !joinedNameWord(text[i:e], w == 0) || !nameWordEndsAt(text, e) {
			break
		}
		end = e
		if e+1 >= len(text) || text[e] != ' ' {
			break
		}
		i = e + 1
	}
	return end
}

// joinedNameWord reports whether the capitalised word w may be part of a
// parent's name (see joinedNameEnd); spelt tells whether a word no
// gazetteer knows counts when spelt like a name.
func joinedNameWord(w string, spelt bool) bool {
	f := tokenFlags(w)
	if f&(nameStop|nameTitle|nameGreeting) != 0 || f&(nameCity|nameGiven|nameFamily) == nameCity {
		return false
	}
	if f&(nameGiven|nameFamily) != 0 {
		return true
	}
	if !spelt || len(w) < 3 {
		return false
	}
	_, low, parts := spellScores(w)
	return parts > 0 && low >= chatSlotSpell
}
