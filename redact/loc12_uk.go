package redact

import "strings"

// A British address whose house has a name and no street (issue 9): the
// house's name, the village or town, the postcode ("Dr Ewan Hart, The Old
// Smithy, Nether Stowey, TA5 1LN", "Ivy Cottage, Little Ouseburn, YO26
// 9TS"). ukLinesBefore wants a street part with a type word; without one,
// ukHouseNameLine takes the part before the town for the house when it is
// a house's name, and the part before the postcode for the town.

// houseNameWords end a British house's name ("Rose Cottage", "Home
// Farm", "The Old Rectory").
var houseNameWords = boolTable(map[string]bool{
	"Cottage": true, "House": true, "Farm": true, "Farmhouse": true, "Barn": true, "Lodge": true, "Mill": true,
	"Forge": true, "Granary": true, "Rectory": true, "Vicarage": true, "Manse": true, "Grange": true,
	"Bungalow": true, "Oast": true, "Stables": true, "Chapel": true, "Schoolhouse": true, "Smithy": true,
	"Dairy": true, "Byre": true, "Steading": true, "Bothy": true, "Nook": true, "Hollow": true, "Villa": true,
	"Coachhouse": true, "Gatehouse": true, "Tollhouse": true, "Croft": true, "Cottages": true,
})

// personTitles open a part of an address line that is a person's name.
var personTitles = boolTable(map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Miss": true, "Mx": true, "Dr": true, "Mr.": true, "Mrs.": true,
	"Ms.": true, "Dr.": true, "Sir": true, "Lady": true, "Rev": true, "Rev.": true, "Prof": true, "Prof.": true,
})

// ukHouseNameLine appends the house's name and the town of a UK address
// line whose postcode starts at z and that has no street part: the part
// before the postcode is the town, the one before it a house's name
// (houseNameWords' last word, or "The" and capitalised words), and before
// that a person's name (a title or a given name) or the line's start.
func ukHouseNameLine(text string, z int, dst []Span) []Span {
	e := z - 1
	if e < 8 || text[e] != ' ' {
		return dst
	}
	if text[e-1] == ',' {
		e--
	}
	var parts [3][2]int
	n := linePartsBefore(text, e, parts[:], true)
	if n < 2 {
		return dst
	}
	hs, he := parts[1][0], parts[1][1]
	h := text[hs:he]
	last := h[strings.LastIndexByte(h, ' ')+1:]
	if !houseNameWords.has(last) && !(strings.HasPrefix(h, "The ") && len(h) > 6) {
		return dst
	}
	if n == 3 {
		p := text[parts[2][0]:parts[2][1]]
		first, _, _ := strings.Cut(p, " ")
		if !personTitles.has(first) && !givenNameAt(text, parts[2][0], parts[2][1]) {
			return dst
		}
	} else if hs > 0 && text[hs-1] != '\n' && !(hs >= 2 && text[hs-2] == ',' && personBeforeComma(text, hs-2)) {
		return dst
	}
	if len(dst) > 0 && dst[len(dst)-1].End > hs {
		return dst
	}
	return append(dst,
		Span{Start: hs, End: he, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.8,
			Reason: "house name before the town and UK postcode"},
		Span{Start: parts[0][0], End: parts[0][1], Type: "LOCATION", Rule: "builtin.address", Score: 0.8,
			Reason: "town between a house name and a UK postcode"})
}

// personBeforeComma reports whether the part that ends at c (a comma)
// opens with a title or a given name.
func personBeforeComma(text string, c int) bool {
	s := c
	for s > 0 && text[s-1] != ',' && text[s-1] != '\n' && c-s < 60 {
		s--
	}
	for s < c && (text[s] == ' ' || isDigit(text[s]) || text[s] == '.') {
		s++ // a list's number: "3. Mr …"
	}
	if s >= c {
		return false
	}
	first, _, _ := strings.Cut(text[s:c], " ")
	return personTitles.has(first) || givenNameAt(text, s, c)
}
