package redact

// Towns and regions the fifteenth read-back added: the province,
// canton or state code in brackets after a town the detectors found
// ("20154 Milano (MI)", "9490 Vaduz (FL)", "Tampa (FL)"), as Italian,
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
