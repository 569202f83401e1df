package redact

// Kindergarten, club and care-home lists name a person and then the age
// they turn, in words of the list's language: "- Alma Mølgaard fylder 5 på
// torsdag", "Sigrun Håkonsen fyller 80", "Mateo Quispe cumple 7 el
// sábado", "Tomasz Wrona skończy 4". itemAgeAfter (person_theme.go) reads
// an adult's age in brackets or after a comma; ageVerbAfter reads two or
// three capitalised words, opening a line or a list item, before a verb
// of turning an age and a number of one to three digits. The words must
// be spelt like names (siblingSpellMean): "Acme Corp turns 25" has a stop
// word, and companies rarely open a list item before such a verb.

// ageTurnVerbs are the verbs of turning an age, in the third person, of
// the prompt languages.
var ageTurnVerbs = boolTable(map[string]bool{
	"turns": true, "turned": true, "fylder": true, "fyldte": true, "fyller": true, "fylte": true,
	"fyllde": true, "wird": true, "cumple": true, "cumplió": true, "compie": true, "completa": true,
	"faz": true, "fez": true, "fête": true, "skończy": true, "kończy": true, "skończył": true,
	"skończyła": true, "verður": true, "varð": true, "wordt": true, "werd": true, "täyttää": true,
	"täytti": true, "împlinește": true,
})

// ageVerbMaybe reports whether a space and a lower-case letter that may
// open a verb of ageTurnVerbs follow end: the byte test before
// ageVerbAfter.
func ageVerbMaybe(text string, end int) bool {
	return end+6 < len(text) && text[end] == ' ' && ageTurnVerbs.hasFirst(text[end+1])
}

// ageVerbAfter reports whether text[start:end], capitalised words, open a
// line or a list item and a verb of ageTurnVerbs and an age follow them
// (see above).
//
//go:noinline
func ageVerbAfter(text string, start, end int) bool {
	v := end + 1
	ve := v
	for ve < len(text) && (isLower(text[ve]) || text[ve] >= 0x80) {
		ve++
	}
	if ve+1 >= len(text) || text[ve] != ' ' || !ageTurnVerbs.has(text[v:ve]) {
		return false
	}
	d := ve + 1
	n := 0
	for d+n < len(text) && isDigit(text[d+n]) {
		n++
	}
	if n == 0 || n > 3 || d+n < len(text) && (isAlpha(text[d+n]) || text[d+n] == '.' && d+n+1 < len(text) && isDigit(text[d+n+1])) {
		return false // "turns 2025", "wird 3.5 Mio": no age
	}
	if !lineItemStart(text, start) {
		return false
	}
	return spellNameLikeAt(text, start, end, siblingSpellMean, siblingSpellFloor)
}

// lineItemStart reports whether start opens a line or, after a list
// mark of listItemMarkAt (person9_list.go), a list item.
func lineItemStart(text string, start int) bool {
	ls := lineStartNear(text, start, itemNameReach)
	if ls < 0 {
		return false
	}
	if ls == start {
		return true
	}
	k, i := listItemMarkAt(text, ls)
	return k != itemNone && i == start
}
