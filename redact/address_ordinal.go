package redact

// A US street whose name is an ordinal right after the house number:
// "1450 21st St NW", "88 3rd Ave SE, Apt 4B". streetAt passes over the
// house number, as no capital or street-type word follows it
// (streetWordStart): a test for a digit there would cost every group of
// a phone or card number ("555 123 4567") a few instructions. It is read
// instead from the ordinal's run, in streetAt's branch for a run with a
// letter after it, which few runs take.

// ordinalNumberStreet reads the street whose ordinal name starts with the
// run r, a house number of one to five digits and a space before it, and
// stores it in sp.
//
//go:noinline
func ordinalNumberStreet(text string, r digitRun, sp *Span) bool {
	if !ordinalWordAt(text, r.start) {
		return false
	}
	hs, ok := houseNumberBefore(text, r.start)
	if !ok {
		return false
	}
	return numberFirstStreet(nil, text, digitRun{start: hs, end: r.start - 1}, r.start-1, sp)
}

// houseNumberBefore returns where the house number of one to five digits
// that ends one space before s starts ("1450 21st St", "8120 99 Ave NW").
func houseNumberBefore(text string, s int) (int, bool) {
	h := s - 1 // the house number ends at h
	hs := h
	for hs > 0 && isDigit(text[hs-1]) && h-hs < 6 {
		hs--
	}
	if h-hs <= 4 && h > hs && hs >= 2 && text[hs-1] == '/' && isDigit(text[hs-2]) {
		return slashHouseStart(text, hs-1) // "14/3 5th Cross Road" (loc13_india.go)
	}
	if h-hs <= 5 && h > hs && hs >= 2 && text[hs-1] == '-' {
		if fs, ok := hyphenHouseBefore(text, hs); ok {
			return fs, true // "148-32 41st Ave" (street21b_hyphen.go)
		}
	}
	return hs, h-hs <= 5 && startOKAddr(text, hs)
}
