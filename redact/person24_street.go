package redact

import (
	"unicode"
	"unicode/utf8"
)

// A name that heads its own street address in a sentence ("Write a
// birthday SMS for Taylor Quorn, 14 Elm Street, Leeds LS6 2AB") is a
// customer's, whatever the gazetteers say of its words. When the person
// detector read no name there (a given name that is also a family name or
// a word, or two words it does not know), the business-contact rule
// took the run for a firm's name and the address for the firm's, and the
// whole record went out unmasked: fail open. scoreRun asks
// streetHeadAfter24 for such runs (session 24's last read).

// streetHeadAfter24 reports whether ", " and a house number that starts a
// street (streetAfterNumber: "14 Elm Street", "7 rue de la Paix") follow
// the run from start to end, and a lower-case word that sends something
// to someone, not a place's preposition, comes right before it ("for",
// "to", "für", "pour", "para"; not "from", "at", "by", "of", "is": "Sign off from
// Hollins & Dale, 14 Market Place" is a firm's sign-off, "living at Tŷ
// Gwyn, 3 …" a house's name). A label, a comma or a line start before the
// run leaves it to the rules of records and footers.
func streetHeadAfter24(text string, start, end int) bool {
	if end+4 >= len(text) || text[end] != ',' || text[end+1] != ' ' || !isDigit(text[end+2]) {
		return false
	}
	if start < 3 || text[start-1] != ' ' {
		return false
	}
	w := start - 1
	for w > 0 { // a lower-case word, accented letters too ("für"), no marks ("«", "—")
		r, n := utf8.DecodeLastRuneInString(text[:w])
		if !unicode.IsLower(r) {
			break
		}
		w -= n
	}
	if w == start-1 || w > 0 && text[w-1] != ' ' || placePrepositions24.has(text[w:start-1]) {
		return false
	}
	n := end + 2
	for n < len(text) && isDigit(text[n]) {
		n++
	}
	if n-end-2 > 5 || n >= len(text) {
		return false // no house number: a year, an amount
	}
	if isAlpha(text[n]) && (n+1 == len(text) || text[n+1] == ' ' || text[n+1] == ',') {
		n++ // "14A Elm Street"
	}
	_, _, ok := streetAfterNumber(text, n)
	return ok
}

// placePrepositions24 are the words before a run that make its address a
// place's or a sender's, not a recipient's.
var placePrepositions24 = boolTable(map[string]bool{
	"from": true, "at": true, "by": true, "of": true, "in": true, "near": true, "opposite": true,
	"behind": true, "visit": true, "bei": true, "von": true, "aus": true,
	// a copula names the firm a text is about ("Our shop is Fresh Fade
	// Barbers, 5 Soho Rd"; "Farm is Kaimai Harvest, 2240 …")
	"is": true, "are": true, "was": true, "ist": true, "est": true, "es": true, "är": true, "er": true, "jest": true,
})
