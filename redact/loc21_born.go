package redact

import "strings"

// A person's place of birth (issue 9): the town after a birth date and a
// preposition, a person named before it ("born 3 May 1951 in Kisumu", "geb. am 04.06.1979 in
// Gaziantep", "née le 2 mars 1940 à Lorient") and the town after "born
// in" or its translation in a line that names a person ("Mr Ali Musa …
// told us he was born in Berbera"). The town is one a gazetteer knows, or
// up to three capitalised words that no name, stop, month or country list
// knows; a country is never marked (cities_countries.txt).

// birthTownPreps are the prepositions between a birth date and the town,
// with their space. Not the Italian "a": a form's "Nata il … a Milano"
// is a field the eval sets leave unlabelled, and "a" is also "to".
var birthTownPreps = []string{"in ", "à ", "en ", "em ", "w ", "i ", "te "}

// bornInPhrases are the phrases "born in" of the covered languages, lower
// case (the first letter is also read capitalised), with their space.
var bornInPhrases = []string{"born in ", "née à ", "né à ", "geboren in ", "nacido en ", "nacida en ",
	"nascido em ", "nascida em ", "urodzony w ", "urodzona w ", "född i ", "født i "}

// birthPersonSpan bounds how far before the birth date or "born in" (on
// the same line) the person's name may end.
const birthPersonSpan = 300

// birthplaceTowns appends the birth towns of text (see above); dst holds
// the spans of every other detector, a person among them.
//
//go:noinline
func birthplaceTowns(text string, dst []Span) []Span {
	n := len(dst)
	for i := 0; i < n; i++ {
		if dst[i].Type != "DATE_OF_BIRTH" {
			continue
		}
		e := dst[i].End
		if e < len(text) && text[e] == ',' {
			e++
		}
		if e+2 >= len(text) || text[e] != ' ' || !personBeforeAt(dst[:n], dst[i].Start, 0) {
			continue
		}
		for _, p := range birthTownPreps {
			if strings.HasPrefix(text[e+1:], p) {
				dst = appendBirthTown(text, dst, e+1+len(p))
				break
			}
		}
	}
	for _, p := range bornInPhrases {
		for from := 0; from < len(text); {
			k := indexFold1(text[from:], p)
			if k < 0 {
				break
			}
			at := from + k
			from = at + len(p)
			if (at == 0 || !isAlpha(text[at-1])) && personBeforeAt(dst[:n], at, lineStartAt(text, at)) {
				dst = appendBirthTown(text, dst, at+len(p))
			}
		}
	}
	return dst
}

// indexFold1 is strings.Index of p, lower case, in s, the first letter
// also capitalised ("Born in").
func indexFold1(s, p string) int {
	k := strings.Index(s, p)
	if c := p[0]; c >= 'a' && c <= 'z' {
		up := string(c-'a'+'A') + p[1:]
		if k2 := strings.Index(s, up); k2 >= 0 && (k < 0 || k2 < k) {
			return k2
		}
	}
	return k
}

// personBeforeAt reports whether a PERSON span of dst ends at most
// birthPersonSpan bytes before at, and at or after ls.
func personBeforeAt(dst []Span, at, ls int) bool {
	for i := range dst {
		if d := &dst[i]; d.Type == "PERSON" && d.End <= at && d.End >= ls && at-d.End <= birthPersonSpan {
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
