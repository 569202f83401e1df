package redact

import "strings"

// A person's place of birth (issue 9): the town after a birth date and a
// preposition, a person named before it ("born 5 June 1951 in Kericho",
// "geb. am 04.06.1979 in Gaziantep", "née le 2 mars 1940 à Lorient"). The
// town is one a gazetteer knows, or up to three capitalised words that no
// name, stop, month or country list knows; a country is never marked
// (cities_countries.txt). Not "born in" without a date ("he was born in
// Berbera"): a search for it in every text that names a person cost ~100
// instructions per Find (2 %) for one town of the eval sets.

// birthTownPreps are the prepositions between a birth date and the town,
// with their space. Not the Italian "a": a form's "Nata il … a Pavia"
// is a field the eval sets leave unlabelled, and "a" is also "to".
var birthTownPreps = []string{"in ", "à ", "en ", "em ", "w ", "i ", "te "}

// birthPersonSpan bounds how far before the birth date the person's name
// may end.
const birthPersonSpan = 300

// birthplaceTowns appends the birth towns of text (see above); dst holds
// the spans of every other detector, a person and a birth date among them.
//
//go:noinline
func birthplaceTowns(text string, dst []Span) []Span {
	n := len(dst)
	pe := posGuard{typ: "PERSON"} // personBeforeAt's PERSON ends of dst[:n]
	for i := 0; i < n; i++ {
		if dst[i].Type != "DATE_OF_BIRTH" {
			continue
		}
		e := dst[i].End
		if e < len(text) && text[e] == ',' {
			e++
		}
		if e+2 >= len(text) || text[e] != ' ' || pe.lastBefore(dst[:n], len(text), dst[i].Start-birthPersonSpan, dst[i].Start+1) < 0 {
			continue
		}
		for _, p := range birthTownPreps {
			if strings.HasPrefix(text[e+1:], p) {
				dst = appendBirthTown(text, dst, e+1+len(p))
				break
			}
		}
	}
	return dst
}

// personBeforeAt reports whether a PERSON span of dst ends at most
// birthPersonSpan bytes before at.
func personBeforeAt(dst []Span, at int) bool {
	for i := range dst {
		if d := &dst[i]; d.Type == "PERSON" && d.End <= at && at-d.End <= birthPersonSpan {
			return true
		}
	}
	return false
}

// appendBirthTown appends the town that starts at cs, if one does (see
// above) and no span holds it yet.
func appendBirthTown(text string, dst []Span, cs int) []Span {
	if cs >= len(text) || !townUpperAt(text, cs) {
		return dst
	}
	ce, known := readTown(text, cs)
	if ce <= cs || townOverlaps(dst, cs, ce) {
		return dst
	}
	w := text[cs:ce]
	if countryNames.has(w) || regionNames.has(w) && !known {
		return dst
	}
	if !known {
		if _, ok := monthAt(text, cs); ok || !plausibleTown(w) || nameFlagsOf(w) != 0 || !townWordsPlain(text, cs, ce) {
			return dst
		}
	}
	return append(dst, locationSpan(cs, ce, 0.75, "town of birth"))
}

// townWordsPlain reports whether no word of the unknown town text[cs:ce]
// is a given name, a title or a greeting ("born in Maria's time").
func townWordsPlain(text string, cs, ce int) bool {
	s := cs
	for i := cs; i <= ce; i++ {
		if i < ce && text[i] != ' ' {
			continue
		}
		if f := nameFlagsOf(text[s:i]); f&(nameGiven|nameTitle|nameGreeting) != 0 && f&nameStop == 0 {
			return false
		}
		s = i + 1
	}
	return true
}
