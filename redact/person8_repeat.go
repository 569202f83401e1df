package redact

import "strings"

// A person named in full is often named again later by the family name
// alone: "Our customer Sarah Quellworth called on Monday. Quellworth wants a
// refund." The family name is no name the rules find alone (a family name
// of the gazetteers, or a word no gazetteer knows), so repeatedFamilyNames
// takes its later occurrences in the slots repeatSlot allows for a
// repeated first word (person6_repeat.go): a word of its own, no
// capitalised word after it ("the Quellworth Gallery"), no place's
// preposition or article before it ("in Quellworth", "the Quellworth
// account"), no capitalised word before it ("Sartoria Quellworth", a shop)
// but an imperative ("Tell Quellworth …"), and a verb people do after it
// when it opens a sentence.

// repeatedFamilyNames appends a PERSON span for each later occurrence of
// the last word of dst[k], the first name in the text that not all the
// gazetteers know (personSpans calls it with repeatedGivenNames: a pair of
// the gazetteers, "Sarah Jennings", is left alone, which keeps the work
// off most texts), and of the next ones of dst that the gazetteers do not
// all know, up to familyRepeatNames names (a chat or a bulletin names
// several people, each again by the family name: "Odile Ferrand … Ferrand
// said"), when the rules do not find that word alone.
func repeatedFamilyNames(text string, dst []Span, k int) []Span {
	n := len(dst)
	dst = repeatedFamilyName(text, dst, k)
	for j, left := k+1, familyRepeatNames-1; j < n && left > 0; j++ {
		if dst[j].Score < 0.95 && dst[j].Type == "PERSON" {
			dst = repeatedFamilyName(text, dst, j)
			left--
		}
	}
	return dst
}

// familyRepeatNames is the most names of a text whose family names
// repeatedFamilyNames looks for again.
const familyRepeatNames = 4

// repeatedFamilyName appends a PERSON span for each later occurrence of
// the last word of dst[k] (see repeatedFamilyNames). The gazetteers are
// asked only about a word that occurs again.
//
//go:noinline
func repeatedFamilyName(text string, dst []Span, k int) []Span {
	s := dst[k]
	if s.End+familyRepeatRoom > len(text) {
		return dst
	}
	b := s.End - 1
	for b > s.Start && text[b-1] != ' ' {
		b--
	}
	if b == s.Start {
		return dst // one word
	}
	w := text[b:s.End]
	if len(w) < 4 || !isUpper(w[0]) || !isLower(w[1]) || w[len(w)-1] == '.' {
		return dst // an initial, a name in capitals or with a non-ASCII capital
	}
	checked := false
	var g spanGuard // span_guard.go: a text that names the person ten thousand times
	for i := s.End; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			reportWork("repeatedFamilyNames", g.work+len(text)-i)
			return dst
		}
		at := i + j
		g.work += at + len(w) - i
		i = at + len(w)
		if !checked {
			if f := tokenFlags(w); f&(nameGiven|nameAmbiguous|nameCity|nameStop|nameTitle|nameGreeting) != 0 {
				return dst // a given name is found alone; a word, place or title is no family name alone
			}
			checked = true
		}
		if !repeatSlot(text, at, i) {
			continue
		}
		if b, ok := familyRepeatStart(text, at); ok && !g.overlaps(dst, len(text), b, i) {
			dst = append(dst, Span{Start: b, End: i, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
				Reason: "family name of a name given in full earlier in the text"})
		}
	}
}

// familyRepeatRoom is the fewest bytes after a name for a sentence that
// names the person again by the family name ("… Jennings. Tell Jennings
// we are sorry" has 24).
const familyRepeatRoom = 16

// familyRepeatStart returns where the name whose family name is at start
// begins, and false when a capitalised word before it makes it no
// person's: start itself, or a given name of the gazetteers right before
// it ("… & Rudo Quellworth"); an imperative of a verb done to people or a
// weak person word opening a sentence ("Call", "Tell") may come before
// it, any other capitalised word may not ("Sartoria Quellworth", a shop).
func familyRepeatStart(text string, start int) (int, bool) {
	if start < 3 || text[start-1] != ' ' || !isAlpha(text[start-2]) && text[start-2] < 0x80 {
		return start, true // "Monday. Quellworth …": a clause of its own
	}
	b := start - 1
	for b > 0 && text[b-1] != ' ' && text[b-1] != '\n' {
		b--
	}
	if !upperAt(text, b) {
		return start, true
	}
	if f := tokenFlags(text[b : start-1]); f&nameGiven != 0 && f&(nameStop|nameCity|nameAmbiguous) == 0 {
		return b, true
	}
	w, _ := verbWordBefore(text, start-1)
	if w == "" {
		return start, false
	}
	v, _ := personVerbs.get(w)
	return start, v&1 != 0 || weakPersonCtxSet.has(w)
}
