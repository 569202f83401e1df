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
	if nl := strings.LastIndexByte(before, '\n'); nl >= 0 {
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
// space before the bracket at b, a given name no gazetteer knows, named a
// person earlier in the text: it stood there after an honorific, or as
// the name field that opens a line or a list item (a comma or a bracket
// after it), before a second capitalised word, the two spelt like a name
// (siblingSpellMean) — "mevrouw Wiepkje Dijkstra …
// Wiepkje (88!) stopt". "Level Up is out. Level (3!)" names no one. bracketAge asks it for an age with an
// exclamation mark only ("(88!)"), whose brackets hold little else.
func namedEarlierBracket(text string, b int) bool {
	c := b - 1
	q := c
	for q > 0 && nameByteBefore(text, q) {
		q--
	}
	if c-q < 3 || !upperAt(text, q) || nameFlagsOf(text[q:c])&nameStop != 0 {
		return false
	}
	w := text[q:c]
	for s := 0; s < q; {
		i := strings.Index(text[s:q], w)
		if i < 0 {
			return false
		}
		i += s
		e := i + len(w)
		if (i == 0 || !nameByteBefore(text, i)) && e+2 < q && text[e] == ' ' && upperAt(text, e+1) {
			e2 := capWordEnd(text, e+1)
			field := lineItemStart(text, i) && e2+1 < q && (text[e2] == ',' || text[e2] == ' ' && text[e2+1] == '(')
			if e2 > e+2 && e2 <= q && (titledName(text, i, e) || lowerTitleBefore(text, i) != "" || field) &&
				spellNameLikeAt(text, i, e2, siblingSpellMean, siblingSpellFloor) {
				return true
			}
		}
		s = e
	}
	return false
}
