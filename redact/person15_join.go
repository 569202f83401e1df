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
// joinParentAt extends the span over the word and the parent's name.

// nameJoiners are the words of joinParentAt, without their spaces.
var nameJoiners = boolTable(map[string]bool{
	"s/o": true, "d/o": true, "w/o": true, "a/l": true, "a/p": true, "bin": true, "binti": true,
	"binte": true, "bint": true, "ibn": true, "ben": true, "bat": true,
})

// joinParentAt extends the PERSON span dst[k] that one space, a word of
// nameJoiners and one space follow, then a capitalised name
// (joinedNameEnd), over them, and drops the spans of dst after it that
// the longer span holds. personSpans (table.go) calls it for each span of
// the person detector after which joinerAfter finds a joiner's first
// bytes, in a text with a line break: the records, lists and exports
// that write these forms (on every text the loop cost 13 instructions
// per Find).
//
//go:noinline
func joinParentAt(text string, dst []Span, k int) []Span {
	if dst[k].Type != "PERSON" {
		return dst
	}
	e := dst[k].End
	j := e + 2
	for j < len(text) && j-e <= 6 && (isLower(text[j]) || text[j] == '/') {
		j++
	}
	if j+1 >= len(text) || text[j] != ' ' || !nameJoiners.has(text[e+1:j]) {
		return dst
	}
	end := joinedNameEnd(text, j+1)
	if end == 0 {
		return dst
	}
	dst[k].End = end
	dst[k].Reason = "name joined to a parent's name by s/o, d/o, a/l, bin, binti, ibn, ben or bat"
	st := dst[k].Start
	return slices.DeleteFunc(dst, func(s Span) bool {
		return s.Type == "PERSON" && s.Start > st && s.Start < end && s.End <= end
	})
}

// joinerAfter reports whether a space and a joiner's first two bytes
// follow e ("s/", "bi", "be", "ba", "ib"), with room for a joiner and a
// name: "and", "said", "with" after a name fail at once.
func joinerAfter(text string, e int) bool {
	if e+6 >= len(text) || text[e] != ' ' {
		return false
	}
	a, b := text[e+1], text[e+2]
	return b == '/' || a == 'b' && (b == 'i' || b == 'e' || b == 'a') || a == 'i' && b == 'b'
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
