package redact

import "strings"

// Greek street addresses in Greek script with no type word, as ELTA's
// form writes most of them: the street's name in the genitive and the
// house number, then the town ("Σταδίου 22, Αθήνα", "Πατησίων 100,
// Αθήνα"; "οδός" is understood). Read only when the name is one
// capitalised Greek word of four letters or more with a genitive ending
// (-ου, -ού, -ας, -ης, -ής, -ων, -ών) that opens its clause (a comma, a
// colon, a line's start, or "από", "στην", "στη", "οδός", "οδό" before
// it), and a comma and a capitalised Greek word follow the number; a
// month's genitive ("Μαΐου 15") is none. Cost: a byte test where a comma
// follows a run after a non-ASCII byte (namedStreetAt's branch).

// greekGenitiveEnds are the genitive endings of a Greek street's name.
var greekGenitiveEnds = []string{"ου", "ού", "ας", "ης", "ής", "ων", "ών"}

// greekMonthGenitives are the months in the genitive, which come before
// a day in some dates.
var greekMonthGenitives = boolTable(map[string]bool{
	"Ιανουαρίου": true, "Φεβρουαρίου": true, "Μαρτίου": true, "Απριλίου": true, "Μαΐου": true, "Ιουνίου": true,
	"Ιουλίου": true, "Αυγούστου": true, "Σεπτεμβρίου": true, "Οκτωβρίου": true, "Νοεμβρίου": true,
	"Δεκεμβρίου": true,
})

// greekClauseWords open a Greek street's clause before its name.
var greekClauseWords = boolTable(map[string]bool{"από": true, "στην": true, "στη": true, "οδός": true, "οδό": true,
	"Οδός": true, "οδού": true})

// greekStreetAt reads a Greek street of one genitive word whose house
// number is the run r and stores it in sp.
func greekStreetAt(text string, r digitRun, sp *Span) bool {
	if r.start < 10 || text[r.start-3] != 0xCF && text[r.start-3] != 0xCE || r.end-r.start > 3 {
		return false
	}
	e := r.end
	if e+4 > len(text) || text[e] != ',' || text[e+1] != ' ' || !greekCapitalAt(text, e+2) {
		return false
	}
	w, ok := wordBack(text, r.start-1)
	if !ok || w.end != r.start-1 || !greekCapitalAt(text, w.start) || w.end-w.start < 8 {
		return false
	}
	name := w.str(text)
	gen := false
	for _, g := range greekGenitiveEnds {
		if strings.HasSuffix(name, g) {
			gen = true
			break
		}
	}
	if !gen || greekMonthGenitives.has(name) || !greekClauseBefore(text, w.start) {
		return false
	}
	*sp = Span{Start: w.start, End: e, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.85,
		Reason: "Greek street name in the genitive, house number, town"}
	return true
}

// greekCapitalAt reports whether a capital Greek letter (Ά to Ω) starts
// at i.
func greekCapitalAt(text string, i int) bool {
	return i+1 < len(text) && text[i] == 0xCE && text[i+1] >= 0x86 && text[i+1] <= 0xA9
}

// greekClauseBefore reports whether the street's name at s opens its
// clause: the line's start, a comma, a colon or one of greekClauseWords
// before it.
func greekClauseBefore(text string, s int) bool {
	if lineStartBefore(text, s) {
		return true
	}
	if s < 2 || text[s-1] != ' ' {
		return false
	}
	v, ok := wordBack(text, s-1)
	return ok && v.end == s-1 && greekClauseWords.has(v.str(text))
}
