package redact

// Ages the thirteenth where-issue added: the age between commas after a
// full name that opens a line, a list item or a sentence ("Tomasz
// Wierzbicki, 16, scored twice", "Start: Kalani Pahinui, 17, lives in
// Hilo"), which no gazetteer has to know; the age after a relative pronoun
// that follows a name ("barnebarnet Freja, der fylder 6"); and no age for
// a pet ("our dog Bruno, 9,", "pies Reksio ma 12 lat").

// leadNameBefore reports whether two to four capitalised words end at the
// comma c, before an age that closes its field (ageClosedAt), and open a line, a list item ("- ", "* ", "• ", "1. ") or a
// sentence or label (after ". ", "? ", "! ", ": "): a person's full name
// before an age set off by commas. A stop word among them ("The Old
// Mill, 12,") is no name.
func leadNameBefore(text string, c int) bool {
	k := c
	for words := 1; words <= 4; words++ {
		if words > 1 && k >= 4 && text[k-1] == '"' {
			// a nickname in quotes among the words ("Juho \"Jussi\" Salo"):
			// passed over
			o := k - 2
			for o > 0 && k-o < 16 && text[o] != '"' && text[o] != '\n' {
				o--
			}
			if text[o] != '"' || o < 2 || text[o-1] != ' ' {
				return false
			}
			k = o - 1
		}
		q := k
		for q > 0 && (isAlpha(text[q-1]) || text[q-1] >= 0x80 || text[q-1] == '-' || text[q-1] == '\'') {
			q--
		}
		if k-q < 2 || !upperAt(text, q) || nameFlagsOf(text[q:k])&nameStop != 0 || words == 1 && nameFlagsOf(text[q:k])&nameCity != 0 {
			return false // ("New York, 10,": a town before the comma)
		}
		if words >= 2 && lineOrItemStartAt(text, q) {
			return true
		}
		if q < 2 || text[q-1] != ' ' || !isLetterAt(text, q-2) && text[q-2] < 0x80 && text[q-2] != '"' {
			return false
		}
		k = q - 1
	}
	return false
}

// ageClosedAt reports whether the age that ends at e, or the word after
// it (its unit), ends the field: a comma, a semicolon, a bracket, a table
// cell's bar, the line's or the text's end follows ("Ana Lee, 12, …",
// "Juho Salo, 45 v, …", "Ida Berg, 33 (prefers email)", "…, 67 |"); not a
// phrase that goes on ("Pippi Långstrump, 3 i Lönneberga").
func ageClosedAt(text string, e int) bool {
	if e < len(text) && text[e] == ' ' {
		for e++; e < len(text) && (isAlpha(text[e]) || text[e] >= 0x80); e++ {
		}
	}
	if e >= len(text) {
		return true
	}
	switch text[e] {
	case ',', ';', '|', '\n', '(', ')':
		return true
	}
	return false
}

// lineOrItemStartAt reports whether a line, a list item, a sentence or a
// labelled field starts at q.
func lineOrItemStartAt(text string, q int) bool {
	if q == 0 || text[q-1] == '\n' {
		return true
	}
	if q < 2 || text[q-1] != ' ' {
		return false
	}
	switch text[q-2] {
	case '.', '?', '!', ':', '-', '*':
		return true
	case 0xA2: // "•"
		return q >= 4 && text[q-4] == 0xE2 && text[q-3] == 0x80
	}
	return false
}

// relativeNameBefore reports whether pw, the word at q before a form of
// "to be" or "to become" and an age, is a relative pronoun after a name
// and a comma ("Freja, der fylder 6", "Ana, que tiene 9", "Sam, who is
// 12"): the name the gazetteers know, or any capitalised word after a kin
// word ("barnebarnet Freja, der").
func relativeNameBefore(text string, q int, pw string) bool {
	switch pw {
	case "der", "som", "who", "die", "wie", "che", "que", "qui":
	default:
		return false
	}
	if q >= 3 && text[q-1] == ' ' && text[q-2] != ',' {
		return relativeGivenBefore(text, q-1) // "utom Sigrun som är 52" (read22_age.go)
	}
	if q < 3 || text[q-1] != ' ' || text[q-2] != ',' {
		return false
	}
	if nameBeforeCommaAt(text, q-1) {
		return true
	}
	s := q - 2
	for s > 0 && (isAlpha(text[s-1]) || text[s-1] >= 0x80) {
		s--
	}
	return s < q-2 && upperAt(text, s) && (afterKinWord(text, s, q-2) || s >= 2 && text[s-1] == ' ' && wordBeforeIn(text, s-1, kinDefinite))
}

// kinDefinite are the Nordic definite forms of kin words ("barnebarnet
// Freja", "datteren Ida", "sonen Elis") that kinWords lacks.
var kinDefinite = boolTable(map[string]bool{
	"barnebarnet": true, "barnbarnet": true, "datteren": true, "dattera": true, "dottern": true, "sønnen": true,
	"sonen": true, "barnet": true, "jenta": true, "pigen": true, "gutten": true, "drengen": true, "flickan": true,
	"pojken": true, "mormoren": true, "farmoren": true,
})

// petAgeWords are more words for a pet than petWords (person11_namesake.go)
// holds, lower case: plurals, Polish and Romanian cases, more young
// animals.
var petAgeWords = boolTable(map[string]bool{
	"dogs": true, "cats": true, "hündin": true, "chiot": true, "perrito": true, "cão": true, "cadela": true,
	"psa": true, "suka": true, "kota": true, "szczeniak": true, "câine": true, "câinele": true,
	"cățel": true, "pisica": true, "pisică": true, "motan": true,
})

// petBefore reports whether a pet word stands among the four words
// before the age at start, in its clause ("pies Reksio ma 12 lat", "our
// dog Bruno, 9,", "Katze Mia (7)"): a pet's age is no person's.
//
//go:noinline
func petBefore(text string, start int) bool {
	var buf [16]byte
	i := start
	for words := 0; words < 4 && i > 0; words++ {
		for i > 0 && (text[i-1] == ' ' || text[i-1] == ',' || text[i-1] == '(') {
			i--
		}
		e := i
		for i > 0 && isCtxWordByte(text[i-1]) && text[i-1] != '.' {
			i--
		}
		if i == e {
			return false
		}
		if w, ok := lowerWord(text, i, e, &buf); ok && (petWords.has(w) || petAgeWords.has(w)) {
			return true
		}
	}
	return false
}
