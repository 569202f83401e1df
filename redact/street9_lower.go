package redact

import "strings"

// Streets in a chat's lower case (issue 9): a Turkish street whose type
// comes after its name ("bağdat cad. 212/4", "gül sok. 7"), read where
// the international rules gate a number after a type's last two bytes,
// and a Spanish or Portuguese street led by its type whose house number
// a flat's unit follows ("calle morelos 118 int 2", "rua das flores 12
// ap 4"), read only after such a number.

// Turkish types' last two bytes open intlPair's gate, as capitalised
// types' do.
func init() {
	for _, w := range []string{"cad.", "cd.", "sok.", "sk.", "bulv.", "blv.", "mah."} {
		p := uint32(w[len(w)-2]) | uint32(w[len(w)-1])<<8
		intlPairs[p>>6] |= 1 << (p & 63)
	}
}

// lowerTypesAfter are Turkish street types, lower case, after the name.
var lowerTypesAfter = boolTable(map[string]bool{
	"cad.": true, "cd.": true, "sok.": true, "sk.": true, "bulv.": true, "blv.": true, "cadde": true,
	"caddesi": true, "sokak": true, "sokağı": true, "mah.": true,
})

// lowerLeadsChat9 are Spanish, Portuguese, Italian and Catalan street
// types, lower case, that lead a street in a chat.
var lowerLeadsChat9 = boolTable(map[string]bool{
	"calle": true, "c/": true, "av.": true, "avenida": true, "avda.": true, "rua": true, "r.": true,
	"travessa": true, "alameda": true, "carrer": true, "via": true, "viale": true, "corso": true,
	"calzada": true, "privada": true, "cerrada": true, "andador": true, "callejón": true,
})

// lowerNameWords9 reports whether text[s:e] is a word of a street's name
// in a chat: letters (any script) and inner apostrophes, or a particle.
func lowerNameWord9(w string) bool {
	return len(w) >= 2 && len(w) <= 24 && letterWord(w)
}

// lowerTurkishStreet reads "name… cad. 145/3" in lower case: the word
// before the run r (after one space) is one of lowerTypesAfter, one to
// three lower-case name words come before it, and the name opens a
// clause (a line, ": ", ", " or a lower-case word of a sentence). It
// stores the street in sp.
//
//go:noinline
func lowerTurkishStreet(text string, r digitRun, sp *Span) bool {
	t, ok := wordBack(text, r.start-1)
	if !ok || t.end != r.start-1 || !lowerTypesAfter.has(t.str(text)) {
		return false
	}
	start := -1
	i := t.start
	for range 3 {
		if i < 2 || text[i-1] != ' ' {
			break
		}
		w, ok := wordBack(text, i-1)
		if !ok || w.end != i-1 || !isLower(text[w.start]) && text[w.start] < 0xC0 || !lowerNameWord9(w.str(text)) {
			break
		}
		start = w.start
		i = w.start
		if w.start >= 2 && (text[w.start-2] == ':' || text[w.start-2] == ',') {
			break
		}
	}
	if start < 0 {
		return false
	}
	*sp = Span{Start: start, End: intlNumberEnd(text, r.end), Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.85,
		Reason: "street name, Turkish street type, house number (lower case)"}
	return true
}

// unitWordAfter reports whether a flat's unit word of a Spanish or
// Portuguese chat starts at i ("int 3", "int. 3", "ap 4", "apto 12",
// "depto 5", "dpto 2", "piso 3"), from its bytes alone.
func unitWordAfter(text string, i int) bool {
	if i+4 >= len(text) {
		return false
	}
	switch text[i] {
	case 'i':
		return text[i+1] == 'n' && text[i+2] == 't' && (text[i+3] == ' ' || text[i+3] == '.')
	case 'a':
		return text[i+1] == 'p' && (text[i+2] == ' ' || text[i+2] == '.' || text[i+2] == 't')
	case 'd':
		return strings.HasPrefix(text[i:], "dpto") || strings.HasPrefix(text[i:], "depto")
	case 'p':
		return strings.HasPrefix(text[i:], "piso ")
	}
	return false
}

// unitChatFirst marks the first bytes of unitWordAfter's words, tested
// by streetAt before the call.
var unitChatFirst = [256]bool{'i': true, 'a': true, 'd': true, 'p': true}

// lowerLedStreetUnit reads "calle morelos 118 int 2" in lower case: the
// run r is a house number that a unit word follows (unitWordAfter), one to three lower-case name words come before it, and
// one of lowerLeadsChat9 before them. It stores the street with its unit
// in sp.
//
//go:noinline
func lowerLedStreetUnit(text string, r digitRun, sp *Span) bool {
	if r.start < 8 || text[r.start-1] != ' ' || r.end-r.start > 5 || !unitWordAfter(text, r.end+1) {
		return false
	}
	i := r.start - 1
	for k := 0; k < 4; k++ {
		w, ok := wordBack(text, i)
		if !ok || w.end != i {
			return false
		}
		t := w.str(text)
		if k > 0 && lowerLeadsChat9.has(t) {
			end := unitAfter(text, r.end)
			if end == r.end {
				end = lowerUnitEnd(text, r.end+1)
			}
			*sp = Span{Start: w.start, End: end, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.85,
				Reason: "street-type word, street name, house number, flat (lower case)"}
			return true
		}
		if !isLower(t[0]) && t[0] < 0xC0 || !lowerNameWord9(t) && !streetParticle(t) {
			return false
		}
		i = w.start - 1
		if i <= 0 || text[i] != ' ' {
			return false
		}
	}
	return false
}

// lowerUnitEnd returns the end of a unit word at i and the short number
// after it ("int 2", "ap. 4"), or i-1 (the house number's end) when no
// number follows.
func lowerUnitEnd(text string, i int) int {
	j := i
	for j < len(text) && isLower(text[j]) {
		j++
	}
	if j < len(text) && text[j] == '.' {
		j++
	}
	if j < len(text) && text[j] == ' ' {
		j++
	}
	k := j
	for k < len(text) && k-j < 5 && (isDigit(text[k]) || isAlpha(text[k]) && k > j) {
		k++
	}
	if k == j || !isDigit(text[j]) {
		return i - 1
	}
	return k
}
