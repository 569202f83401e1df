package redact

// durationAfterUnit reports whether the words after an English age unit
// that ends at j make the number a duration: "the Okafors, 35 years
// married", "Ben Ade, 12 years sober", "Tom Hale, 20 years in the
// trade". An appositive number with "years" after a name is an age only
// without them (unitAppositive).
func durationAfterUnit(text string, j int) bool {
	for _, w := range [...]string{" married", " together", " ago", " of marriage", " in ", " sober", " experience",
		" of experience", " service", " of service", " on ", " with ", " at "} {
		if hasPrefixFoldASCII(text[j:], w) {
			return true
		}
	}
	return false
}

// yearPrefixAt reports whether "19" or "20" starts at i, a year's century
// as a birth date writes it (locdob10: a phone number after "3 May, " is
// no year).
func yearPrefixAt(text string, i int) bool {
	return i+2 <= len(text) && (text[i] == '1' && text[i+1] == '9' || text[i] == '2' && text[i+1] == '0')
}
