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
// after a house number and a space, with a type and a quadrant after it,
// and stores the street (and a unit after it) in sp.
//
//go:noinline
func quadrantNumberStreet(text string, r digitRun, sp *Span) bool {
	if r.end-r.start > 3 || r.end+4 >= len(text) || text[r.end] != ' ' || !isUpper(text[r.end+1]) {
		return false
	}
	hs, ok := houseNumberBefore(text, r.start) // address_ordinal.go
	if !ok {
		return false
	}
	t, ok := addrWordAt(text, r.end+1)
	if !ok || !quadrantStreetTypes.has(t.str(text)) || t.end+3 > len(text) || text[t.end] != ' ' {
		return false
	}
	q := t.end + 1
	switch text[q : q+2] {
	case "NW", "NE", "SW", "SE":
	default:
		return false
	}
	if !wordEndAt(text, q+2) {
		return false
	}
	*sp = Span{Start: hs, End: unitAfter(text, q+2), Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.85,
		Reason: "house number, numbered street, type and quadrant"}
	return true
}
