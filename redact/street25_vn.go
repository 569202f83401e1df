package redact

import "strings"

// A Vietnamese address in a city's alleys (session 25): the house number
// ("số 15", "so 15" typed without accents), the alley and sub-alley with
// their numbers ("ngõ 102", "ngách 12/4", "hẻm 130", "kiệt 45"), then the
// street, with or without its type ("phố Huế", "đường Láng", "Nguyễn
// Trãi"). read16b_vn_alley.go reads a capitalised alley word right after
// the house number ("8 Ngõ 12 Láng Hạ"); in the other forms (a lower-case
// alley word, "số" before the number, a street type after the alleys,
// words typed without accents) the address detector read at most the last
// number and the street ("55 đường Láng"), or nothing when the street has
// no type or bears a famous person's name. vnAlleyAt25 reads the whole from an
// alley word before a digit run, and replaces the spans inside it; its
// score outranks a famous person's name the street bears ("phố Trường
// Chinh").

// vnAlleyWords are the alley words, as typed with and without accents.
var vnAlleyWords = boolTable(map[string]bool{
	"ngõ": true, "Ngõ": true, "ngách": true, "Ngách": true, "hẻm": true, "Hẻm": true, "kiệt": true,
	"Kiệt": true, "ngo": true, "hem": true, "ngach": true, "kiet": true,
})

// vnStreetTypes open the street's name after the alleys.
var vnStreetTypes = boolTable(map[string]bool{
	"phố": true, "Phố": true, "đường": true, "Đường": true, "pho": true, "duong": true, "Pho": true,
	"Duong": true, "P.": true, "Đ.": true,
})

// vnHouseWords mark the house number before the alley.
var vnHouseWords = boolTable(map[string]bool{"số": true, "Số": true, "so": true, "So": true, "SN": true, "sn": true})

// vnAlleySpan returns the bounds of the alley address whose first alley
// word starts at a and whose number ends at e, or e <= s when the street's
// name is missing.
func vnAlleySpan(text string, a, e int) (int, int) {
	s := a
	// the house number before: "số 15 ngõ …", "15 hẻm …"
	if p, ok := wordBack(text, a-1); ok && p.end == a-1 && allDigits(strings.TrimRight(p.str(text), "ABCDabcd")) {
		s = p.start
		if h, ok := wordBack(text, p.start-1); ok && h.end == p.start-1 && vnHouseWords.has(h.str(text)) {
			s = h.start
		}
	}
	// the alley's number's tail and further alleys: "12/4 ngõ 55"
	for {
		for e < len(text) && (isDigit(text[e]) || text[e] == '/') {
			e++
		}
		w, ok := intlWordAt(text, e+1)
		if e >= len(text) || text[e] != ' ' || !ok || !vnAlleyWords.has(w.str(text)) || w.end+1 >= len(text) ||
			text[w.end] != ' ' || !isDigit(text[w.end+1]) {
			break
		}
		e = w.end + 1
	}
	if e >= len(text) || text[e] != ' ' {
		return s, s
	}
	p := e + 1
	if w, ok := intlWordAt(text, p); ok && vnStreetTypes.has(w.str(text)) && w.end < len(text) && text[w.end] == ' ' {
		p = w.end + 1
	}
	// one to five capitalised syllables
	q, n := p, 0
	for n < 5 && q < len(text) && upperAt(text, q) {
		k := q
		for k < len(text) && (isAlpha(text[k]) || text[k] >= 0x80) {
			k++
		}
		if k == q {
			break
		}
		n++
		e = k
		if k+1 >= len(text) || text[k] != ' ' {
			break
		}
		q = k + 1
	}
	if n == 0 {
		return s, s
	}
	return s, e
}

// vnAlleyAt25 reads the alley address whose first alley number is the run
// r (see above), or returns e <= s.
func vnAlleyAt25(text string, r digitRun) (int, int) {
	if r.end-r.start > 4 {
		return 0, 0 // an alley's number has one to four digits ("Ngõ 123456" is none)
	}
	w, ok := wordBack(text, r.start-1)
	if !ok || w.end != r.start-1 || !vnAlleyWords.has(w.str(text)) {
		return 0, 0
	}
	return vnAlleySpan(text, w.start, r.end)
}
