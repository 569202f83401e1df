package redact

import "strings"

// hofNoun reports whether tok, which ends in "hof", is a German noun for a
// place that is no street ("Bahnhof", "Friedhof", "Gasthof", "Bauernhof",
// "Hinterhof", "Innenhof", "Schlachthof", "Flughof") rather than a court
// named as a street ("Lindenhof", "Julianahof").
func hofNoun(tok string) bool {
	stem := tok[:len(tok)-3]
	for _, n := range hofNouns {
		if strings.HasSuffix(stem, n) || len(stem) == len(n) && strings.EqualFold(stem, n) {
			return true
		}
	}
	return false
}

// hofNouns are the stems before "hof" of hofNoun's nouns, in lower case.
var hofNouns = []string{"bahn", "fried", "gast", "bauern", "hinter", "innen", "schlacht", "flug", "bus", "wirtschafts", "guts", "bau", "kinder"}

// hofAfterPreposition reports whether t, the word at j, ends in "hof"
// after a German preposition ("Am Lindenhof 7"): the preposition's
// reading (prepositionStreet) takes it, with the preposition, when a
// postcode and town follow, and leaves it when none does.
func hofAfterPreposition(text string, j int, t string) bool {
	if !strings.HasSuffix(t, "hof") || j < 3 || text[j-1] != ' ' {
		return false
	}
	i := j - 1
	for i > 0 && isLetterAt(text, i-1) {
		i--
	}
	return prepositionLeads.has(text[i : j-1])
}
