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
// that make it a street ("1450 Grand Concourse, Apt 6F": the Bronx's
// concourses, "Broadway", "Kings Reach").
var streetUnitWords = boolTable(map[string]bool{
	"Apt": true, "Apt.": true, "Apartment": true, "Ste": true, "Ste.": true, "Suite": true, "Flat": true,
})

// unitNamedStreet reads a street with no type word after the house
// number r that ends at e: one to three capitalised words, then ", " and
// one of streetUnitWords with its number or code, then a comma and a
// capitalised town, or the line's or sentence's end ("1450 Grand
// Concourse, Apt 6F, Bronx", "88 Broadway, Suite 12."), and stores it in
// sp. A month is no street ("5 January, Suite 3").
//
//go:noinline
func unitNamedStreet(text string, r digitRun, e int, sp *Span) bool {
	if e+4 >= len(text) || text[e] != ' ' || !upperAt(text, e+1) {
		return false
	}
	i := e
	for k := 0; k < 3; k++ {
		w, ok := nextWord(text, i, false)
		if !ok || w.start != i+1 || !isCapWord(text, w) || addrStopSet.has(w.str(text)) ||
			k == 0 && monthWord(w.str(text)) {
			return false
		}
		i = w.end
		if i+3 < len(text) && text[i] == ',' && text[i+1] == ' ' {
			u, ok := nextWord(text, i+1, false)
			if !ok || !streetUnitWords.has(u.str(text)) {
				return false
			}
			end := unitAfter(text, i)
			if end == i || !(end == len(text) || text[end] == '\n' || text[end] == '.' ||
				end+2 < len(text) && text[end] == ',' && text[end+1] == ' ' && upperAt(text, end+2)) {
				return false
			}
			*sp = Span{Start: r.start, End: end, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.8,
				Reason: "house number, street name, then a flat's or suite's unit"}
			return true
		}
		if i >= len(text) || text[i] != ' ' {
			return false
		}
	}
	return false
}

// monthWord reports whether t is a month's name or abbreviation.
func monthWord(t string) bool {
	_, ok := monthTable.get(strings.ToLower(t))
	return ok
}
