package redact

// Towns and regions the fifteenth read-back added: the province,
// canton or state code in brackets after a town the detectors found
// ("20154 Milano (MI)", "9490 Vaduz (FL)", "Tampa (FL)"), as Italian,
// Swiss and Liechtenstein addresses write it.

// bracketCodeAfter reads a code of two capital letters that opens at s,
// after a town and " (", and closes its bracket: the region of the town.
// regionVouches does not take it as proof of a town ("Sales (HR)").
func bracketCodeAfter(text string, s int) (Span, bool) {
	if s+2 >= len(text) || !isUpper(text[s]) || !isUpper(text[s+1]) || text[s+2] != ')' {
		return Span{}, false
	}
	return Span{Start: s, End: s + 2, Type: "LOCATION", Rule: "builtin.location", Score: 0.8,
		Reason: "region code in brackets after a town"}, true
}
