package redact

import "strings"

// Ages of the lists and bulletins of dev22 (read22, issue 9).
//
// Indonesian and Malay lists abbreviate "tahun" (years) after an age:
// "Hj. Nurlela Kartikasari, 61 th, Bantul", "Pak Darto, 70 thn". Like
// the Finnish "45 v", "th" and "thn" make an age only set off by commas
// after a name (unitAppositive, dob.go), not in "the 5 th floor". Their
// first byte is an age unit's already ("tuổi": ageUnitFirst, ageFollow).
//
// A bulletin wishes a birthday to a named person: "Happy 80th to Mrs.
// Hilda Grossman!", "Happy 40th to Ahmed". ordinalAlone (dob_ordinal.go)
// took "Happy 50th" only at its clause's end or before a family word;
// ordinalToName lets "to" and a title or a given name of the gazetteers
// follow it too ("Happy 25th to Acme Bakery" stays no age).
func init() {
	for _, u := range []string{"th", "thn"} {
		ageUnits[u] = true
		ageUnitTable.or(u, 3)
	}
}

// ordinalToName reports whether " to " and a title or a given name of
// the gazetteers (no stop word or city) follow the ordinal ending at e.
func ordinalToName(text string, e int) bool {
	if !strings.HasPrefix(text[e:], " to ") || e+4 >= len(text) || !upperAt(text, e+4) {
		return false
	}
	f := nameFlagsOf(text[e+4 : altWordEnd(text, e+4)]) // read22_bracket.go
	return f&nameTitle != 0 || f&nameGiven != 0 && f&(nameStop|nameCity) == 0
}

// Portuguese puts "no dia" between the age a person turns and the day:
// "a nossa filha Leonor faz 7 anos no dia 3 de maio". "dia" links them
// already (birthdayLinks, dob_birthday.go); "no" (in the) before it is
// read as a link too, only between a turning age and a date.
func init() {
	birthdayLinks.or("no", 1)
}

// Swedish, Danish and Norwegian set no comma before "som" (who): "alla
// är mellan 17 och 19, utom Sigrun som är 52". relativeNameBefore
// (where13_age.go) read the relative pronoun only after a name and a
// comma; relativeGivenBefore takes, without the comma, a given name of
// the gazetteers that no word shares right before it.
func relativeGivenBefore(text string, sp int) bool {
	s := sp
	for s > 0 && (isAlpha(text[s-1]) || text[s-1] >= 0x80) {
		s--
	}
	if s == sp || !upperAt(text, s) {
		return false
	}
	f := nameFlagsOf(text[s:sp])
	return f&nameGiven != 0 && f&(nameStop|nameCity|nameAmbiguous) == 0
}

// A list item sets the age off after a name with a comma and a dash:
// "3. SATO Yumi, 36 — travelling with her mother". dashAfterAge lets the
// dash close the age set off by commas when a word follows it
// (appositiveAge, dob.go, still wants a name before the comma).
func dashAfterAge(text string, e int) bool {
	r := text[e:]
	n := 0
	switch {
	case strings.HasPrefix(r, " — "), strings.HasPrefix(r, " – "):
		n = 5
	case strings.HasPrefix(r, " - "):
		n = 3
	}
	// a word after the dash: not "08 - 123 456 78" (a phone number) nor
	// "Serrano, 120 – 28922 Parla" (a house number and a postcode)
	return n > 0 && e+n < len(text) && isLetterAt(text, e+n)
}
