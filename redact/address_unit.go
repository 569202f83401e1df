package redact

// Unit numbers written with the house number: the Canadian "unit-civic"
// form ("1108-250 Wellington St W": flat 1108 of number 250) and an
// Indian house number before an ordinal street ("No. 22, 4th Main Road").

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
// civic number, the run r being the unit: "1108-250 Wellington St W". It
// is tried only after a field's colon ("Address: 1108-250 …"): a test on
// every number with a dash after it cost ~20 instructions per Find. The
// civic number must be smaller than the unit or larger by more than
// maxHouseRange (a little larger is a range of house numbers, "263-267",
// which houseRange reads) and a street with its
// type word must follow, so "2024-12 Review" or "10-5 Sales" are none. It
// stores the street, unit included, in sp.
//
//go:noinline
func unitCivicStreet(text string, r digitRun, sp *Span) bool {
	if r.end+2 >= len(text) || text[r.end] != '-' || !civicSpaceUpper(text, r.end+1) || r.end-r.start > 5 || !startOKAddr(text, r.start) {
		return false
	}
	c := digitRun{r.end + 1, r.end + 1}
	for c.end < len(text) && isDigit(text[c.end]) {
		c.end++
	}
	if civic, unit := atoiASCII(text[c.start:c.end]), atoiASCII(text[r.start:r.end]); c.end-c.start > 5 || civic >= unit && civic-unit <= maxHouseRange {
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
	return numberFirstStreet(nil, text, r, e, sp)
}

// maxHouseRange is the widest range of house numbers ("263-267") that
// unitCivicStreet leaves to houseRange: a civic number larger than the
// unit by more is a unit-civic address all the same ("1108-4388 Main St":
// flat 1108 of number 4388).
const maxHouseRange = 100

// civicSpaceUpper is unitCivicStreet's filter: digits at i, then a space
// and a capital ("250 Wellington"), as a phone number's or a date's
// groups ("416-555-0187", "2024-12-01") never have.
func civicSpaceUpper(text string, i int) bool {
	j := i
	for j < len(text) && j-i < 6 && isDigit(text[j]) {
		j++
	}
	return j > i && j+1 < len(text) && text[j] == ' ' && isUpper(text[j+1])
}

// ordinalStreetAt reads an Indian house number line whose number, the run
// r ending at e, is followed by ", " and an ordinal street ("No. 14, 3rd
// Main Road"), and stores the street in sp. streetAt tries it only after a
// capitalised word ("No.", "Flat") that starts no street.
//
//go:noinline
func ordinalStreetAt(text string, r digitRun, e int, sp *Span) bool {
	if !ordinalWordAt(text, e+2) {
		return false
	}
	hn, ok := houseNumber(text, r)
	return ok && hn == e && unitLineStreet(text, r, e, sp)
}
