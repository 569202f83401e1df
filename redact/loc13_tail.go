package redact

import "strings"

// The flat's parts after a street that the unit readers leave (issue 9):
// a German floor and building part ("Ahornstraße 8, Hinterhaus, 3. OG
// links", "birkenstr 31, 2. hinterhof", "Aufgang B"), Italian and Spanish
// stairs, doors and floors ("scala B, int. 7", "portal 2, 1ºB", "bajo
// B"), and Belgian, French and Swedish flats ("bte 12", "appt 34", "lgh
// 1102"). They are read after a street is found, so the span masks the
// whole of a home's address; they find no street of their own.

// tailUnitWords take a short value after them ("scala B", "bte 12").
var tailUnitWords = boolTable(map[string]bool{
	"scala": true, "Scala": true, "interno": true, "int.": true, "Int.": true, "piano": true, "portal": true,
	"Portal": true, "puerta": true, "Puerta": true, "esc.": true, "Esc.": true, "escalera": true, "apto": true,
	"apto.": true, "Apto": true, "torre": true, "Torre": true, "bajo": true, "Bajo": true, "appt": true,
	"appt.": true, "app.": true, "bte": true, "boîte": true, "lgh": true, "lgh.": true, "Aufgang": true,
	"aufgang": true, "apt": true, "flat": true,
})

// tailFloorWords follow a German floor's number and its dot ("3. OG").
var tailFloorWords = boolTable(map[string]bool{
	"OG": true, "og": true, "Etage": true, "etage": true, "Stock": true, "stock": true, "Obergeschoss": true,
})

// tailBuildingWords name a German building's part, alone or after a
// number and its dot ("Hinterhaus", "2. Hinterhof").
var tailBuildingWords = boolTable(map[string]bool{
	"Hinterhaus": true, "hinterhaus": true, "Vorderhaus": true, "vorderhaus": true, "Seitenflügel": true,
	"seitenflügel": true, "Hinterhof": true, "hinterhof": true, "Gartenhaus": true, "gartenhaus": true,
	"Quergebäude": true, "quergebäude": true,
})

// tailSides follow a German floor ("3. OG links").
var tailSides = boolTable(map[string]bool{"links": true, "rechts": true, "mitte": true, "Mitte": true, "li.": true, "re.": true})

// tailFirst marks the bytes that may open a flat's part: digits (tested
// further by tailMaybe), the first letters of tailUnitWords and
// tailBuildingWords in lower case, and of the capitalised ones only "H",
// "V", "S" and "P" ("Hinterhaus", "Vorderhaus", "Seitenflügel", "Scala",
// "Portal", "Puerta"): a town after a street opens with any capital, so
// "Aufgang", "Bajo", "Torre", "Apto", "Int." and "Esc." are read only in
// lower case.
var tailFirst = func() (t [256]bool) {
	for _, c := range []byte("0123456789sipeatbhlvgqfHVSP") {
		t[c] = true
	}
	return t
}()

// tailMaybe is the cheap test before flatTailAfter: after the street's
// end e, a comma or a space, then a byte of tailFirst, and after a digit
// a dot or a "º" or "ª" within two bytes ("3. OG", "1ºB"; not the
// postcode in "…, 75020 Paris").
func tailMaybe(text string, e int) bool {
	if e+4 >= len(text) {
		return false
	}
	p := e + 1
	if text[e] == ',' {
		p++
	}
	if p+3 >= len(text) || !tailFirst[text[p]] {
		return false
	}
	if isDigit(text[p]) {
		q := p + 1
		if isDigit(text[q]) {
			q++
		}
		return text[q] == '.' || text[q] == 0xC2
	}
	return true
}

// flatTailAfter returns where the flat's parts after a street that ends
// at e end, or e.
//
//go:noinline
func flatTailAfter(text string, e int) int {
	for n := 0; n < 4; n++ {
		i := e
		if i < len(text) && text[i] == ',' {
			i++
		}
		if i+2 >= len(text) || text[i] != ' ' {
			return e
		}
		i++
		end := tailPartAt(text, i)
		if end == 0 {
			return e
		}
		e = end
	}
	return e
}

// tailPartAt returns where one of flatTailAfter's parts that starts at i
// ends, or 0.
func tailPartAt(text string, i int) int {
	w, ok := tailWordAt(text, i)
	if !ok {
		return 0
	}
	t := text[i:w]
	switch {
	case tailBuildingWords.has(t):
		return w
	case tailUnitWords.has(t):
		v, ok := tailWordAt(text, w+1)
		if !ok || w >= len(text) || text[w] != ' ' || v-w-1 > 5 || !tailValue(text[w+1:v]) {
			if t == "bajo" || t == "Bajo" {
				return w // "bajo" alone: the ground floor
			}
			return 0
		}
		return v
	case len(t) <= 6 && isDigit(t[0]) && (strings.HasSuffix(t, ".") || strings.Contains(t, "º") || strings.Contains(t, "ª")):
		if !strings.HasSuffix(t, ".") {
			return w // "1ºB", "3º"
		}
		// "3. OG", "2. Hinterhof", "3. OG links"
		v, ok := tailWordAt(text, w+1)
		if !ok || w >= len(text) || text[w] != ' ' {
			return 0
		}
		u := text[w+1 : v]
		if tailBuildingWords.has(u) {
			return v
		}
		if !tailFloorWords.has(u) {
			return 0
		}
		if s, ok := tailWordAt(text, v+1); ok && v < len(text) && text[v] == ' ' && tailSides.has(text[v+1:s]) {
			return s
		}
		return v
	}
	return 0
}

// tailWordAt returns where the word that starts at i ends: bytes up to a
// space, a comma, a semicolon, a bracket or a line break, at most 16.
func tailWordAt(text string, i int) (int, bool) {
	j := i
	for j < len(text) && j-i <= 16 {
		c := text[j]
		if c == ' ' || c == ',' || c == ';' || c == ')' || c == '\n' || c == '(' {
			break
		}
		j++
	}
	if j < len(text) && j > i && text[j-1] == '.' && !(j-i <= 5) {
		j-- // a sentence's dot
	}
	return j, j > i && j-i <= 16
}

// tailValue reports whether v is a unit's short value: digits or letters,
// with "º", "ª" or a dash ("7", "B", "2b", "1ºB", "12-3").
func tailValue(v string) bool {
	if v == "" {
		return false
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		if !isAlnum(c) && c != '-' && c < 0x80 {
			return false
		}
	}
	// A letter door is one or two letters led by a capital ("bajo B",
	// "scala C"): "bajo la lluvia" is no floor with a door "la".
	return isDigit(v[0]) || len(v) <= 2 && v[0] >= 'A' && v[0] <= 'Z'
}
