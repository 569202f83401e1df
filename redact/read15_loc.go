package redact

import "strings"

// Towns and regions the fifteenth read-back added: a known town set off
// by commas after a full name ("Ada Obi, Aberdeen, asked"); the province,
// canton or state code in brackets after a town the detectors found
// ("06121 Perugia (PG)", "9494 Schaan (FL)", "Tampa (FL)"), as Italian,
// Swiss and Liechtenstein addresses write it.

// bracketCodeAfter reads a code of two capital letters that opens at s,
// after a town and " (", and closes its bracket: the region of the town.
// regionVouches does not take it as proof of a town ("Sales (HR)"); a
// postcode after it leaves it to the address detectors, as
// regionAfterSpace does for a state.
func bracketCodeAfter(text string, s int) (Span, bool) {
	if s+2 >= len(text) || !isUpper(text[s]) || !isUpper(text[s+1]) || text[s+2] != ')' {
		return Span{}, false
	}
	if s+4 < len(text) && text[s+3] == ' ' && (isDigit(text[s+4]) || isUpper(text[s+4])) {
		return Span{}, false // "Gatineau (QC) J8X 3V8": a postcode after it is the address detector's
	}
	return Span{Start: s, End: s + 2, Type: "LOCATION", Rule: "builtin.location", Score: 0.8,
		Reason: "region code in brackets after a town"}, true
}

// proseTownAt appends the known town that starts at cs, after a full
// name (from ns) and ", ", when a comma and a lower-case word follow it:
// "Ms. Salma Nasser, Basra, asked about …", the town set off in the
// sentence as a person's home. The town must be known (a role stands
// there as often: "Ada Obi, Director, said"), and the name must have two
// words or more. g answers townOverlaps(dst, …).
func proseTownAt(text string, dst []Span, ns, cs int, g *spanGuard) []Span {
	if !townUpperAt(text, cs) || strings.IndexByte(text[ns:cs-2], ' ') < 0 {
		return dst
	}
	ce, known := readTown(text, cs)
	if !known || ce <= cs || ce+3 >= len(text) || text[ce] != ',' || text[ce+1] != ' ' || !isLower(text[ce+2]) {
		return dst
	}
	w := text[cs:ce]
	if countryNames.has(w) || regionNames.has(w) || nameFlagsOf(w)&(nameGiven|nameStop) != 0 ||
		g.townOverlaps(dst, len(text), cs, ce) { // ("Ada Obi, Chester, and Pim": a list of names)
		return dst
	}
	return append(dst, locationSpan(cs, ce, 0.7, "known town set off by commas after a full name"))
}

// ablativeTownAfter reads a town in the Turkish ablative right after a
// name that ends at e, set off by " (" or ", ": "Bay Kerem Aslan
// (Bursa'dan)", "Elif Kaya, Bursa'dan geliyor" (from Bursa). The
// apostrophe before the case ending marks a proper noun; after a
// person's name and a bracket or a comma it is where they come from.
// The span is the town without its ending.
func ablativeTownAfter(text string, e int) (Span, bool) {
	if e+6 >= len(text) || !(text[e] == ' ' && text[e+1] == '(' || text[e] == ',' && text[e+1] == ' ') {
		return Span{}, false
	}
	cs := e + 2
	if !townUpperAt(text, cs) {
		return Span{}, false
	}
	ce := cs + 1 // the town's letters, to the apostrophe (capWordEnd reads "O'Brien" as one word)
	for ce < len(text) && ce-cs < 40 && (isAlpha(text[ce]) || text[ce] >= 0x80 && text[ce] != 0xE2) {
		ce++
	}
	k := ce
	switch {
	case k < len(text) && text[k] == '\'':
		k++
	case strings.HasPrefix(text[k:], "\u2019"):
		k += len("\u2019")
	default:
		return Span{}, false
	}
	if k+3 > len(text) || ce-cs < 3 {
		return Span{}, false
	}
	switch text[k : k+3] {
	case "dan", "den", "tan", "ten":
	default:
		return Span{}, false
	}
	if k+3 < len(text) && isLetterAt(text, k+3) {
		return Span{}, false // "'dan" opens a longer ending ("'dantel"): no ablative
	}
	if nameFlagsOf(text[cs:ce])&(nameGiven|nameFamily|nameStop) != 0 && !cityNames.has(text[cs:ce]) {
		return Span{}, false // "Elif Kaya, Selim'den aldı" (from Selim): a person
	}
	return locationSpan(cs, ce, 0.7, "town in the Turkish ablative after a name"), true
}
