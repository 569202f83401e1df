package redact

import "strings"

// A UK flat in a named building before the building's street: "Flat 3,
// Birch Court, 27 Millbank Road". The address detector reads the flat and
// building ("Flat 3, Birch Court", address_premises.go) and the street
// ("27 Millbank Road") as two spans; the line is one address, so
// streetJoins makes it one span and the comma between is masked too.

// streetJoins joins each STREET_ADDRESS span of dst[first:] that starts
// with a flat's word and ends a comma and a space before the next
// STREET_ADDRESS span, which starts with its house number.
//
//go:noinline
func streetJoins(text string, dst []Span, first int) []Span {
	out := first
	for i := first; i < len(dst); i++ {
		if out > first {
			a := &dst[out-1]
			b := dst[i]
			if a.Type == "STREET_ADDRESS" && b.Type == "STREET_ADDRESS" && b.Start == a.End+2 && b.Start < len(text) &&
				text[a.End] == ',' && text[a.End+1] == ' ' && isDigit(text[b.Start]) && flatLedStreet(text[a.Start:a.End]) {
				a.End = b.End
				continue
			}
		}
		dst[out] = dst[i]
		out++
	}
	return dst[:out]
}

// flatLedStreet reports whether s, a street span's text, starts with a
// flat's word and its number and names a building after a comma ("Flat
// 3, Birch Court", "Apartment 12, Quay House").
func flatLedStreet(s string) bool {
	for _, w := range flatLeads {
		if len(s) > len(w)+1 && s[:len(w)] == w && s[len(w)] == ' ' {
			return strings.IndexByte(s, ',') > 0
		}
	}
	return false
}

// flatLeads are the words that open a flat before its building.
var flatLeads = []string{"Flat", "Apartment", "Apt", "Unit", "Maisonette"}
