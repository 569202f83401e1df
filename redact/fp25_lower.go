package redact

// Extents of the names lowerCaseNames reads as a given and a family name
// of the gazetteers in lower-case text (call notes, chat exports): the
// two words it pairs are often two of three or four. A second given name
// before them ("maria elena delgado": "maria" is no family name, so the
// pair starts at "elena"), a second family name after them, as Sikh,
// Spanish and Portuguese names carry one ("gurpreet kaur sandhu",
// "lucía garcía lópez"), and a generational suffix ("jamal whitaker jr")
// belong to the span.

// lowerGivenBefore returns the start of a lower-case name that pairs a
// given and a family name at start: ps, when the word ps..pe before it,
// one space away, is a given name of the gazetteer that is no stop word,
// city or ambiguous word; start otherwise.
func lowerGivenBefore(text string, ps, pe, start int) int {
	if ps < 0 || pe+1 != start || text[pe] != ' ' || pe-ps < 3 {
		return start
	}
	w := text[ps:pe]
	f := lowerNameFlags(w)
	if f&nameGiven == 0 || f&(nameStop|nameCity|nameAmbiguous) != 0 || lowerGivenVeto.has(capitalised(w)) {
		return start
	}
	if v, _ := lowerNameTriggers.get(w); v != 0 {
		return start // a trigger word that is a given name too
	}
	return ps
}

// lowerNameTail returns the end of a lower-case name whose family name
// ends at end: past a second family name of the gazetteer (one space
// away, no stop word or city, and no given name: "… sandhu", not "…
// maria"), then past a generational suffix ("jr", "jr.", "sr", "snr",
// "jnr", "ii", "iii") that ends its word.
func lowerNameTail(text string, end int) int {
	if end+3 < len(text) && text[end] == ' ' && isLower(text[end+1]) {
		if fe := lowerFamilyAt(text, end+1); fe > 0 && fe-end > 3 && lowerNameFlags(text[end+1:fe])&(nameGiven|nameAmbiguous) == 0 &&
			(fe == len(text) || !isAlpha(text[fe]) && text[fe] < 0x80) {
			end = fe
		}
	}
	if end+3 <= len(text) && text[end] == ' ' {
		k := lowerWordEnd(text, end+1)
		switch text[end+1 : k] {
		case "jr", "sr", "snr", "jnr", "ii", "iii":
			if k < len(text) && text[k] == '.' {
				k++
			}
			if k == len(text) || !isAlpha(text[k]) && text[k] < 0x80 {
				return k
			}
		}
	}
	return end
}
