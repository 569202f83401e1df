package redact

// greekTurnVerbs are the forms of the Greek verb for the age a person
// turns ("κλείνει τα 70", "έκλεισε τα 40", "θα κλείσει τα 30"), before the
// article "τα" and the number.
var greekTurnVerbs = map[string]bool{
	"κλείνει": true, "έκλεισε": true, "κλείνω": true, "έκλεισα": true, "κλείσει": true,
	"Κλείνει": true, "Έκλεισε": true,
}

// greekTurnBefore reports whether a Greek turning verb ends one space
// before k, the start of "τα".
func greekTurnBefore(text string, k int) bool {
	p := k - 1
	if p <= 0 || text[p] != ' ' {
		return false
	}
	q := p
	for q > 0 && p-q < 20 && text[q-1] >= 0x80 {
		q--
	}
	return greekTurnVerbs[text[q:p]]
}
