package redact

import "strings"

// Verbs that people do but that name other things as well need the word
// after them: "X lives in Hilo" is a person, "Villa Rosa lives up to its
// name" is not; "X just turned 16" is a person, "X just" alone says
// nothing. subjectVerbPairAfter reads those pairs for subjectVerbAfter
// (person8_prose.go), which only runs for two or three capitalised words
// the gazetteers leave undecided and whose spelling is a name's.

// subjectVerbPairs maps a first word to the words that make it a verb
// people do with it.
var subjectVerbPairs = map[string][]string{
	"lives":    {"in", "at", "near", "with", "on"},
	"lived":    {"in", "at", "near", "with", "on"},
	"just":     {"turned", "moved", "ordered", "bought", "booked", "called", "emailed", "texted", "had", "got", "joined", "signed"},
	"recently": {"turned", "moved", "ordered", "bought", "joined", "retired", "married"},
	"was":      {"born"},
	"is":       {"turning", "expecting", "retiring"},
	"will":     {"turn", "be"},
}

// subjectVerbPairAfter reports whether w, the word after the names, and
// the word at i make a pair of subjectVerbPairs ("lives in").
func subjectVerbPairAfter(text, w string, i int) bool {
	next, ok := subjectVerbPairs[w]
	if !ok {
		return false
	}
	e := lowerWordEnd(text, i)
	if e == i || e < len(text) && isAlpha(text[e]) {
		return false
	}
	for _, n := range next {
		if text[i:e] == n {
			return true
		}
	}
	return false
}

// fromPlaceWhoAfter reports whether " from ", a place (capitalised words,
// commas and a state's code, within 40 bytes) and ", who" or ", who's"
// follow the names ending at e: "Then Ahanu Wapass from Timmins, ON,
// who's looking for a flat". A brand's goods come from a place as well,
// but "which" follows them, not "who".
func fromPlaceWhoAfter(text string, e int) bool {
	if !strings.HasPrefix(text[e:], " from ") {
		return false
	}
	k := e + 6
	if k >= len(text) || !upperAt(text, k) {
		return false
	}
	lim := min(len(text), k+40)
	for ; k < lim; k++ {
		c := text[k]
		if c == '\n' || c == '.' || c == ';' || c == '(' {
			return false
		}
		if c == ',' && strings.HasPrefix(text[k:], ", who") && (k+5 == len(text) || text[k+5] == ' ' || text[k+5] == '\'' || text[k+5] == 0xE2) {
			return true
		}
		if c == ' ' && k+1 < len(text) && isLower(text[k+1]) {
			return false // prose goes on: "from Leeds and then …"
		}
	}
	return false
}
