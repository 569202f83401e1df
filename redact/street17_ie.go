package redact

// Irish-language house and townland names before the post town, the
// county and the Eircode ("Cnoc an Óir, Gleann Mór, Co. Leitrim F26 …", "Ard
// na Gréine, Gleann Mór, Co. Kerry V92 …"), seen from two writers: the
// name's article or preposition is lower case ("na", "an", "a"), so the
// capitalised-words test of irishLinesBefore passed it over. A part is
// such a name when its first and last words are capitalised and every
// word between is capitalised or one of irishParticles; the rest of
// irishLinesBefore (a county and an Eircode after it, the line's start
// before it) still holds. Cost: only where an Eircode follows a county.

// irishParticles are the lower-case words inside an Irish place name.
var irishParticles = boolTable(map[string]bool{
	"na": true, "an": true, "a": true, "ar": true, "de": true, "le": true, "Uí": true, "ua": true, "mac": true,
	"ó": true, "i": true, "in": true, "ní": true, "bhFiann": true,
})

// irishNameParts reports whether text[s:e] is an Irish place name of two
// to five words with lower-case particles inside ("Cnoc an Óir", "Baile an
// Mhuilinn").
func irishNameParts(text string, s, e int) bool {
	words, last := 0, ""
	for i := s; i < e; {
		j := i
		for j < e && text[j] != ' ' {
			if c := text[j]; !(isAlpha(c) || c >= 0x80 || c == '\'' || c == '-') {
				return false
			}
			j++
		}
		w := text[i:j]
		if j == i || words == 0 && !upperAt(text, i) || !upperAt(text, i) && !irishParticles.has(w) {
			return false
		}
		words++
		last = w
		for j < e && text[j] == ' ' {
			j++
		}
		i = j
	}
	return words >= 2 && words <= 5 && upperAt(last, 0)
}
