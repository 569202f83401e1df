package redact

import "strings"

// (loc23) An age in digits next to a name the person detector found,
// where the digit scan (ageAt) needs the name in its gazetteers and many
// names are in none of them ("Alemayehu Bekele Woldemariam is 66",
// "Sgt Bhim Bahadur Thapa, 88 this year", "Emir Begović iz Tuzle, 61
// god."): read after the PERSON spans, in residenceSpansOf's loop, at
// the places where13_words.go reads ages in words. A number there is an
// age only when its clause ends right after it, or an age's abbreviation
// or a time follows ("turns 2 in January"); "Ana Roy, 12 Main Street"
// and "Ana Roy is 5 minutes late" stay as they are. Also "Jānis, turns
// fifty": a turning verb and an age in words after a comma.

// ageAfterName23 returns the age after the PERSON span that ends at e,
// unless a span of dst already covers it.
func ageAfterName23(text string, dst []Span, e int, g *spanGuard) (Span, bool) {
	if e+4 >= len(text) {
		return Span{}, false
	}
	var p int
	verb := false
	if text[e] == ' ' && text[e+1] == '(' {
		// a bracket between the name and its age: the name in its own
		// script, a maiden name ("Kim Ji-woo (김지우), 29 —", "Aino Salo
		// (o.s. Niemi), 58 v.")
		if e = asideEnd23(text, e+2); e < 0 || e+4 >= len(text) {
			return Span{}, false
		}
	}
	switch {
	case text[e] == ',' && text[e+1] == ' ' && isDigit(text[e+2]):
		p = e + 2
	case text[e] == ',' && text[e+1] == ' ':
		return wordAgeAfterCommaVerb(text, dst, e+2, g)
	case text[e] == ' ':
		if c := text[e+1]; c != 'i' && c != 't' && c != 'w' && c != 'f' {
			return Span{}, false // most words after a name: one byte test
		}
		q, ok := ageVerbAfterName(text, e+1)
		if !ok || q >= len(text) || !isDigit(text[q]) {
			return Span{}, false
		}
		p, verb = q, true
	default:
		return Span{}, false
	}
	d := p
	for d < len(text) && isDigit(text[d]) && d-p < 4 {
		d++
	}
	if d-p > 3 || d < len(text) && (isDigit(text[d]) || isLetterAt(text, d)) {
		return Span{}, false
	}
	if v := atoiASCII(text[p:d]); v < 1 || v > 110 || ageRangeAfter(text, d) || g.townOverlaps(dst, len(text), p, d) {
		return Span{}, false
	}
	if !ageClauseEnds23(text, d, verb) {
		return Span{}, false
	}
	return Span{Start: p, End: d, Type: "AGE", Rule: "builtin.age", Score: 0.75,
		Reason: "number next to a name, ending its clause"}, true
}

// ageVerbAfterName returns where the number starts after a verb of age
// that starts at s, right after a name: "is", "turns", "turned",
// "turning", "is turning", "will be", "wird", "fyller", "fylder".
func ageVerbAfterName(text string, s int) (int, bool) {
	for _, v := range [...]string{"is turning ", "will be ", "is ", "turns ", "turned ", "turning ", "wird ", "fyller ", "fylder "} {
		if strings.HasPrefix(text[s:], v) {
			return s + len(v), true
		}
	}
	return 0, false
}

// ageClauseEnds23 reports whether the clause of an age ends at d: the
// text's or line's end, a comma (not one of a list of numbers, though a
// house number and its street may follow: "Ms Ana Roy, 38, 14 Jan Smuts
// Avenue"), a full stop, a bracket, a dash between spaces, "this year",
// an age's abbreviation ("61 god.", "58 v.") or, after a verb, a time or
// "and" ("turns 2 in January", "is 66 and needs").
func ageClauseEnds23(text string, d int, verb bool) bool {
	if d >= len(text) {
		return true
	}
	switch text[d] {
	case '\n', '\r', ';', ')', '!':
		return true
	case '.':
		return d+1 >= len(text) || text[d+1] == ' ' || text[d+1] == '\n' || text[d+1] == '\r'
	case ',':
		if !numberListAfter(text, d) {
			return true
		}
		// ", 14 Jan Smuts Avenue": a house number and its street
		j := d + 2
		for j < len(text) && isDigit(text[j]) {
			j++
		}
		return j+1 < len(text) && text[j] == ' ' && isUpper(text[j+1])
	case ' ':
	default:
		return false
	}
	rest := text[d+1:]
	if len(rest) > 0 && (rest[0] == '-' || rest[0] == '|' || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—")) {
		return true
	}
	if strings.HasPrefix(rest, "this year") {
		return true
	}
	if ue := ageUnitEnd23(text, d+1); ue > 0 && (ue >= len(text) || ageUnitClosed23(text, ue)) {
		return true // "Ane Goikoetxea, 2 urte, ama: …", "…, 61 god."
	}
	if !verb {
		return false
	}
	for _, w := range [...]string{"in ", "on ", "next ", "this ", "today", "tomorrow", "and ", "but ", "so ", "years", "yrs"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// wordAgeAfterCommaVerb reads "turns fifty", "turning sixty" or "who is
// seventy" set off by a comma after a name (at p): the age in words, when
// ageWordValue knows it.
func wordAgeAfterCommaVerb(text string, dst []Span, p int, g *spanGuard) (Span, bool) {
	if c := text[p]; c != 'w' && c != 'i' && c != 't' && c != 'f' {
		return Span{}, false // most words after a name's comma: one byte test
	}
	if strings.HasPrefix(text[p:], "who ") {
		p += len("who ")
	}
	q, ok := ageVerbAfterName(text, p)
	if !ok || q >= len(text) || !isLower(text[q]) {
		return Span{}, false
	}
	we := q
	for we < len(text) && we-q < 24 && (isLower(text[we]) || text[we] == '-') {
		we++
	}
	if !ageWordValue(text[q:we]) || !wordAgeClosed(text, we, true) && !ageClauseEnds23(text, we, true) || g.townOverlaps(dst, len(text), q, we) {
		return Span{}, false
	}
	return wordAgeSpan(q, we), true
}

// ageUnitAbbrevs are the abbreviations of "years" after an age, with
// their dot, in the languages that write them ("61 god." HR/SR/BS, "58
// v." FI, "12 r." CS/SK, "8 m." LT, "7 l." PL, "6 J." DE, "40 a." ET, "9
// g." LV, "70 г." BG/RU).
var ageUnitAbbrevs = [...]string{"god.", "v.", "r.", "m.", "l.", "J.", "j.", "a.", "g.", "г.", "v"}

// ageUnitEnd23 returns the end of an age's unit that starts at s: one of
// ageUnitAbbrevs or the Basque "urte" ("2 urte"), or 0. The words of
// ageUnits are ageAt's, in the digit scan.
func ageUnitEnd23(text string, s int) int {
	for _, u := range ageUnitAbbrevs {
		if strings.HasPrefix(text[s:], u) && (u[len(u)-1] == '.' || s+len(u) >= len(text) || !isLetterAt(text, s+len(u))) {
			return s + len(u)
		}
	}
	if strings.HasPrefix(text[s:], "urte") && (s+4 >= len(text) || !isLetterAt(text, s+4)) {
		return s + 4
	}
	return 0
}

// ageUnitClosed23 reports whether an age's unit that ends at u closes its
// field: a comma, a bracket, a line's end, a dash, or the dot of a
// sentence.
func ageUnitClosed23(text string, u int) bool {
	switch text[u] {
	case ',', ')', '\n', '\r', ';':
		return true
	case '.':
		return u+1 >= len(text) || text[u+1] == ' ' || text[u+1] == '\n'
	case ' ':
		return u+1 < len(text) && (text[u+1] == '-' || text[u+1] == '(' || strings.HasPrefix(text[u+1:], "–") || strings.HasPrefix(text[u+1:], "—"))
	}
	return false // "2 a.m. meeting"
}

// pronounWordAges23 appends the English ages in tens written as words
// after a personal pronoun and a verb of age ("she is sixty-two", "he
// turned forty that night", "she's seventy now") in a text that names a
// person: every such number word holds "ty" (twenty to ninety), which one
// search finds. A number word alone ("forty minutes", "the seventies")
// stays unmarked.
//
//go:noinline
func pronounWordAges23(text string, dst []Span) []Span {
	var g spanGuard // townOverlaps for a long text's many ages
	for from := 0; from+1 < len(text); {
		// every tens word ends in "ty": found from its 'y', a rarer byte
		// than 't', so IndexByte stops less often than strings.Index did
		j := strings.IndexByte(text[from+1:], 'y')
		if j < 0 {
			break
		}
		k := from + j // text[k+1] is the 'y'
		if text[k] != 't' {
			from = k + 1
			continue
		}
		from = k + 2
		ws := k
		for ws > 0 && isLower(text[ws-1]) {
			ws--
		}
		we := k + 2
		for we < len(text) && we-ws < 24 && (isLower(text[we]) || text[we] == '-') {
			we++
		}
		if ws < 4 || text[ws-1] != ' ' || !ageWordValue(text[ws:we]) || !pronounAgeVerbBefore(text, ws-1) {
			continue
		}
		if !wordAgeClosed(text, we, true) && !ageClauseEnds23(text, we, true) && !timeWordAfter23(text, we) ||
			g.townOverlaps(dst, len(text), ws, we) {
			continue
		}
		dst = append(dst, wordAgeSpan(ws, we))
		from = we
	}
	return dst
}

// pronounAgeVerbBefore reports whether a pronoun and a verb of age end at
// the space at p: "she is", "he's", "i'm", "she turned", "he turns",
// "she is turning", "she will be", "she'll be", "who is", with "now",
// "just" or "only" allowed before the number.
func pronounAgeVerbBefore(text string, p int) bool {
	var buf [16]byte
	w, q, ok := wordBeforeSpace(text, p+1, &buf)
	if ok && (w == "now" || w == "just" || w == "only" || w == "already") {
		w, q, ok = wordBeforeSpace(text, q, &buf)
	}
	if !ok {
		return false
	}
	switch w {
	case "she's", "he's", "i'm", "she’s", "he’s", "i’m", "shes", "hes":
		return true
	case "is", "turned", "turns", "turning", "be":
	default:
		return false
	}
	verb := w
	if w, q, ok = wordBeforeSpace(text, q, &buf); !ok {
		return false
	}
	if verb == "be" {
		if w == "she'll" || w == "he'll" || w == "she’ll" || w == "he’ll" {
			return true
		}
		if w != "will" {
			return false
		}
		w, _, ok = wordBeforeSpace(text, q, &buf)
		return ok && (w == "she" || w == "he")
	}
	if verb == "turning" && (w == "is" || w == "was") {
		w, _, ok = wordBeforeSpace(text, q, &buf)
	}
	return ok && (w == "she" || w == "he" || w == "who" || verb != "is" && w == "i")
}

// timeWordAfter23 reports whether a time follows the age that ends at e
// ("turned forty that night", "is sixty next week").
func timeWordAfter23(text string, e int) bool {
	if e+1 >= len(text) || text[e] != ' ' {
		return false
	}
	rest := text[e+1:]
	for _, w := range [...]string{"that ", "this ", "last ", "next ", "today", "tomorrow", "yesterday", "now", "soon"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// ageOpensAfterName23 reports whether what follows e may open an age
// ageAfterName23 reads (the switch's first tests): ", " or a space and
// a verb's first letter.
func ageOpensAfterName23(text string, e int) bool {
	if c := text[e+1]; text[e] == ',' {
		return c == ' '
	} else if text[e] == ' ' {
		return c == 'i' || c == 't' || c == 'w' || c == 'f'
	}
	return false
}

// asideEnd23 returns the end of a short bracket whose text starts at s
// (the closing bracket's end), when it holds no digit, line break or
// second bracket, or -1. The closing bracket is found first, and the
// bytes before it are read only when an age may open after it.
func asideEnd23(text string, s int) int {
	k := strings.IndexByte(text[s:min(len(text), s+40)], ')')
	if k <= 0 || s+k+5 >= len(text) || !ageOpensAfterName23(text, s+k+1) {
		return -1 // an end the caller would turn away
	}
	for _, b := range []byte(text[s : s+k]) {
		if b == '\n' || b == '(' || isDigit(b) {
			return -1
		}
	}
	return s + k + 1
}
