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

// nameFieldBefore reports whether the field that ends at the comma c, the
// comma before an age, is a person's trade or role in lower case ("Ian
// Hale, retired teacher, 67, …", "Georg Hahn, investor, 58") or a
// nickname in brackets ("Jasleen Dhillon (\"Preet\"), 20, …"), with a name
// the gazetteers know right before it: the age of appositiveAge with a
// field between the name and the number.
func nameFieldBefore(text string, c int) bool {
	k := c
	if c >= 1 && text[c-1] == ')' {
		// the bracket: at most 24 bytes, no comma in it
		for k = c - 1; k > 0 && c-k < 24 && text[k-1] != '(' && text[k-1] != ',' && text[k-1] != '\n'; k-- {
		}
		if k <= 2 || text[k-1] != '(' || text[k-2] != ' ' {
			return false
		}
		return knownNameEndsAt(text, k-2)
	}
	// one to four words of lower-case letters and hyphens after ", "
	words := 0
	for k > 0 && c-k < 40 {
		b := text[k-1]
		if b == ' ' {
			words++
		} else if !(isLower(b) || b == '-' || b >= 0x80) {
			break
		}
		k--
	}
	if k < 3 || k == c || text[k-1] != ',' || text[k] != ' ' || words < 1 || words > 4 || !isLower(text[k+1]) {
		return false
	}
	return knownNameEndsAt(text, k-1)
}

// knownNameEndsAt reports whether a name the gazetteers know, or a capitalised
// word after a given name, ends at e.
func knownNameEndsAt(text string, e int) bool {
	q := e
	for q > 0 && isLetterAt(text, q-1) {
		q--
	}
	return q < e && (knownName(text[q:e]) || afterGivenName(text, q, e))
}
