package redact

// A street with a flat's or an apartment's unit is a home (issue 9): a
// business is in a suite or a unit, not in "Apt 1208" or "Flat 3B", so a
// premises cue before it ("we're at 88 Elm Grove Dr, Apt 904, Dayton")
// is someone's own sentence about where they live, and premisesDemote
// leaves the address alone.

// homeUnitWords are the unit words that only a home has.
var homeUnitWords = boolTable(map[string]bool{
	"Apt": true, "Apt.": true, "apt": true, "apt.": true, "APT": true, "Apartment": true, "apartment": true,
	"Flat": true, "flat": true, "Apto": true, "Apto.": true, "apto": true, "apto.": true,
})

// homeUnitIn reports whether the street text[s:e] has one of
// homeUnitWords before a number or a short code ("Apt 904", "apt 2b",
// "Flat 3B").
//
//go:noinline
func homeUnitIn(text string, s, e int) bool {
	for i := s; i < e; {
		for i < e && (text[i] == ' ' || text[i] == ',') {
			i++
		}
		j := i
		for j < e && text[j] != ' ' && text[j] != ',' {
			j++
		}
		if j > i && homeUnitWords.has(text[i:j]) && j+1 < e && text[j] == ' ' && isAlnum(text[j+1]) {
			return true
		}
		i = j
	}
	return false
}
