package redact

// Numbered streets with a quadrant, as Edmonton, Calgary and other
// prairie cities write them: the house number, the street's number, its
// type and the quadrant ("8120 99 Ave NW", "1304 17 St SE, Unit 5").
// streetAfterNumber wants a name before the type, and an ordinal street
// ("21st St NW") is address_ordinal.go's; here the street's number has no
// suffix, so the quadrant must follow the type.

// quadrantStreetTypes are the street types between a numbered street and
// its quadrant.
var quadrantStreetTypes = boolTable(map[string]bool{
	"St": true, "St.": true, "Street": true, "Ave": true, "Ave.": true, "Avenue": true, "Rd": true, "Rd.": true,
	"Road": true, "Dr": true, "Dr.": true, "Drive": true, "Blvd": true, "Blvd.": true, "Trail": true, "Tr": true,
	"Way": true, "Cres": true, "Crescent": true, "Ct": true, "Court": true, "Pl": true, "Place": true,
	"Close": true, "Gate": true, "Link": true, "Crt": true,
})

// quadrantNumberStreet reads the run r as a numbered street's number
// (with a letter, ending at e) after a house number and a space, with a
// type and a quadrant after it, and stores the street (and a unit after
// it) in sp. Surrey and Langley (BC) write no quadrant ("7724 132A
// Street", "12120 88 Avenue,"): a street's number with a letter, or a
// house number of four or five digits, before "Street" or "Avenue" that
// ends the address's part stands without one (street23b).
//
//go:noinline
func quadrantNumberStreet(text string, r digitRun, e int, sp *Span) bool {
	if r.end-r.start > 3 || e+4 >= len(text) || text[e] != ' ' || !isUpper(text[e+1]) {
		return false
	}
	hs, ok := houseNumberBefore(text, r.start) // address_ordinal.go
	if !ok {
		return false
	}
	t, ok := addrWordAt(text, e+1)
	if !ok || !quadrantStreetTypes.has(t.str(text)) || t.end+3 > len(text) {
		return false
	}
	if text[t.end] != ' ' || !quadrantAt(text, t.end+1) {
		switch t.str(text) {
		case "Street", "Avenue", "Ave", "St":
		default:
			return false
		}
		h := text[hs : r.start-1]
		if e == r.end && (len(h) < 4 || h[0] == '1' && h[1] == '9' || h[0] == '2' && h[1] == '0' && len(h) == 4) ||
			!partEndAt(text, t.end) {
			return false // "in 2019 100 Street …": a year
		}
		*sp = Span{Start: hs, End: unitAfter(text, t.end), Type: "STREET_ADDRESS", Rule: "builtin.address",
			Score: 0.8, Reason: "house number, numbered street and type (BC, AB)"}
		return true
	}
	q := t.end + 1
	*sp = Span{Start: hs, End: unitAfter(text, q+2), Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.85,
		Reason: "house number, numbered street, type and quadrant"}
	return true
}

// quadrantAt reports whether a city's quadrant (NW, NE, SW, SE) is the
// word at q.
func quadrantAt(text string, q int) bool {
	if q+2 > len(text) {
		return false
	}
	switch text[q : q+2] {
	case "NW", "NE", "SW", "SE":
		return wordEndAt(text, q+2)
	}
	return false
}
