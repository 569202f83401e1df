package redact

import "strings"

// Welsh streets and estates written as one word after the house number
// (issue 9): a Welsh street or place word glued to its name ("7
// Maesycoed, Llanarth", "12 Bryngolau, Tregaron"), read when a comma and
// a capitalised town follow, as streetAfterNumber finds no type word in
// them. The prefixes are those no English word starts with ("Parc" only
// when "el" does not follow: "Parcel").

// welshCompoundPrefixes open a Welsh street or estate written as one word.
var welshCompoundPrefixes = []string{"Maes", "Bryn", "Llys", "Ffordd", "Cwm", "Rhos", "Heol", "Coed", "Nant",
	"Parc", "Gwel", "Erw"}

// welshCompoundFirst marks welshCompoundPrefixes' first bytes.
var welshCompoundFirst = [256]bool{'M': true, 'B': true, 'L': true, 'F': true, 'C': true, 'R': true, 'H': true,
	'N': true, 'P': true, 'G': true, 'E': true}

// welshCompoundStreet reports whether the word w after a house number is
// a Welsh street of one word: one of welshCompoundPrefixes and three
// lower-case letters or more, then ", " and a capitalised word.
//
//go:noinline
func welshCompoundStreet(text string, w word) bool {
	t := text[w.start:w.end]
	if w.end+3 >= len(text) || text[w.end] != ',' || text[w.end+1] != ' ' || !upperAt(text, w.end+2) {
		return false
	}
	for _, p := range welshCompoundPrefixes {
		if len(t) < len(p)+3 || !strings.HasPrefix(t, p) {
			continue
		}
		rest := t[len(p):]
		if p == "Parc" && strings.HasPrefix(rest, "el") {
			return false
		}
		for i := 0; i < len(rest); i++ {
			if !isLower(rest[i]) && rest[i] < 0x80 {
				return false
			}
		}
		return true
	}
	return false
}
