package redact

import "strings"

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

// streetUnitWords are the unit words after a street with no type word
// that make it a street ("1450 Aldergrove Concourse, Apt 6F": the Bronx's
// concourses, "Broadway", "Kings Reach").
var streetUnitWords = boolTable(map[string]bool{
	"Apt": true, "Apt.": true, "Apartment": true, "Ste": true, "Ste.": true, "Suite": true, "Flat": true,
})

// unitNamedStreet reads a street with no type word after the house
// number r that ends at e: one to three capitalised words, then ", " and
// one of streetUnitWords with its number or code, then a comma and a
// capitalised town, or the line's or sentence's end ("1450 Grand
// Concourse, Apt 6F, Bronx", "88 Broadway, Suite 12."), and stores it in
// sp. A month is no street ("15 January, Suite 3"), and the house number
// has two digits or more ("5 Guys, Suite 3", "3 Days, Apt 2" are prose's
// more often).
//
//go:noinline
func unitNamedStreet(text string, r digitRun, e int, sp *Span) bool {
	if e+4 >= len(text) || text[e] != ' ' || !isUpper(text[e+1]) {
		return false
	}
	// A comma within the next three words' reach, before the walk.
	if c := strings.IndexByte(text[e:min(e+40, len(text))], ','); c < 0 {
		return false
	}
	// The words: capital letters then letters, up to ", " and a unit
	// word's capital (the table lookups wait for the unit).
	i := e + 1
	for k := 0; k < 3; k++ {
		j := i + 1
		for j < len(text) && isAlpha(text[j]) {
			j++
		}
		if !isUpper(text[i]) || j >= len(text) {
			return false
		}
		if text[j] == ',' {
			if j+3 >= len(text) || text[j+1] != ' ' || !(text[j+2] == 'A' || text[j+2] == 'S' || text[j+2] == 'F') {
				return false
			}
			u, ok := nextWord(text, j+1, false)
			if !ok || !streetUnitWords.has(u.str(text)) {
				return false
			}
			end := unitAfter(text, j)
			if end == j || !(end == len(text) || text[end] == '\n' || text[end] == '.' ||
				end+2 < len(text) && text[end] == ',' && text[end+1] == ' ' && upperAt(text, end+2)) {
				return false
			}
			if monthWord(firstWordIn(text, e+1, j)) || namesStop(text, e+1, j) {
				return false
			}
			*sp = Span{Start: r.start, End: end, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.8,
				Reason: "house number, street name, then a flat's or suite's unit"}
			return true
		}
		if text[j] != ' ' || j+1 >= len(text) {
			return false
		}
		i = j + 1
	}
	return false
}

// namesStop reports whether a word of text[s:e] is one of addrStop's.
func namesStop(text string, s, e int) bool {
	for _, w := range strings.Fields(text[s:e]) {
		if addrStopSet.has(w) {
			return true
		}
	}
	return false
}

// monthWord reports whether t is a month's name or abbreviation.
func monthWord(t string) bool {
	_, ok := monthTable.get(strings.ToLower(t))
	return ok
}

// yearLike reports whether the run r is a year from 1900 to 2099 ("2024
// Spring Gala, Suite 3" is an event's).
func yearLike(text string, r digitRun) bool {
	return r.end-r.start == 4 && (text[r.start] == '1' && text[r.start+1] == '9' || text[r.start] == '2' && text[r.start+1] == '0')
}
