package redact

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
