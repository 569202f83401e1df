package redact

import "strings"

// hofStreet reports whether t, a capitalised word at j before a house
// number, is a German or Dutch street named as a court ("Lindenhof 7",
// "Meidoornhof 8"): a word ending in "hof" that is none of hofNoun's nouns
// and has no preposition before it ("Am Lindenhof 7" is prepositionStreet's,
// which wants a postcode and town after it). It is kept out of
// streetSuffixes, whose other readers would take "Hof" alone.
//
//go:noinline
func hofStreet(text string, j int, t string) bool {
	return len(t) >= 6 && strings.HasSuffix(t, "hof") && !hofNoun(t) && !hofAfterPreposition(text, j)
}

// hofNoun reports whether tok, which ends in "hof", is a German noun for a
// place that is no street ("Bahnhof", "Friedhof", "Gasthof", "Bauernhof",
// "Hinterhof", "Innenhof", "Schlachthof") rather than a court named as a
// street.
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

// hofAfterPreposition reports whether the word at j follows a German
// preposition that leads a street ("Am", "Im", "Zum").
func hofAfterPreposition(text string, j int) bool {
	if j < 3 || text[j-1] != ' ' {
		return false
	}
	i := j - 1
	for i > 0 && isLetterAt(text, i-1) {
		i--
	}
	return prepositionLeads.has(text[i : j-1])
}
