package redact

// Unit numbers written with the house number: the Canadian "unit-civic"
// form ("1108-250 Wellington St W": flat 1108 of number 250) and an
// Indian house number before an ordinal street ("No. 14, 3rd Main Road").

// ordinalWordAt reports whether an ordinal word of one to three digits
// and its suffix ("3rd", "12th") starts at j, a space after it.
func ordinalWordAt(text string, j int) bool {
	k := j
	for k < len(text) && k-j < 3 && isDigit(text[k]) {
		k++
	}
	return k > j && k+3 <= len(text) && text[k+2] == ' ' && isOrdinal(text[j:k+2])
}

// unitCivicStreet reads a street whose number is a unit, a dash and the
// civic number, the run r being the unit: "1108-250 Wellington St W". The
// civic number must be smaller than the unit (a larger one is a range of
// house numbers, "263-267", which houseRange reads) and a street with its
// type word must follow, so "2024-12 Review" or "10-5 Sales" are none. It
// stores the street, unit included, in sp.
//
//go:noinline
func unitCivicStreet(text string, r digitRun, sp *Span) bool {
	if r.end+2 >= len(text) || text[r.end] != '-' || !isDigit(text[r.end+1]) || r.end-r.start > 5 || !startOKAddr(text, r.start) {
		return false
	}
	c := digitRun{r.end + 1, r.end + 1}
	for c.end < len(text) && isDigit(text[c.end]) {
		c.end++
	}
	if c.end-c.start > 5 || atoiASCII(text[c.start:c.end]) >= atoiASCII(text[r.start:r.end]) {
		return false
	}
	e := c.end
	if e < len(text) && isAlpha(text[e]) {
		e++ // "1108-250B"
	}
	if e+1 >= len(text) || text[e] != ' ' || !upperAt(text, e+1) {
		return false
	}
	// The unit's run stands for the house number: numberFirstStreet
	// reads the street after e and starts the span at the unit.
	return numberFirstStreet(text, r, e, sp)
}
