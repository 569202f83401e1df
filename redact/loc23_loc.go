package redact

// (loc23) A known town in brackets right after a name, alone or as the
// first field of a note ("Dilnoza Rakhimova (Tashkent, sends money home
// monthly)", "Ana Ruiz (Elche)"): where the person lives or comes from, as
// attendee lists and testimonials write it. The town must be one a
// gazetteer knows and close its field (a bracket or a comma), so "Ana
// Ruiz (Sales)" and "Ana Ruiz (Madrid office)" stay unmarked; no country
// or region is marked.

// bracketTownAfterName returns the known town in brackets after the
// PERSON span that ends at e (text[e:e+2] is " (").
func bracketTownAfterName(text string, e int) (Span, bool) {
	cs := e + 2
	if !townUpperAt(text, cs) {
		return Span{}, false
	}
	ce, known := readTown(text, cs)
	if !known || ce <= cs || ce+1 >= len(text) || text[ce] != ')' && !(text[ce] == ',' && text[ce+1] == ' ') {
		return Span{}, false
	}
	w := text[cs:ce]
	if countryNames.has(w) || regionNames.has(w) || nameFlagsOf(w)&(nameGiven|nameFamily|nameStop) != 0 {
		return Span{}, false
	}
	return locationSpan(cs, ce, 0.7, "known town in brackets after a name"), true
}
