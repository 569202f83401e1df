package redact

import "strings"

// Words after a street address that are neither a town nor a postcode:
// a postcode's own label on the next line, and the floor and side of a
// Danish flat.

// postcodeLabel reports whether t, a word after a street address, labels
// the postcode after it: "CAP 20146 Milano", "PLZ 80331", "Postnr: 118 26
// Stockholm", "CEP 01310-100". Its caller tests the first letter (c, p
// or z) before the call.
func postcodeLabel(t string) bool {
	t = trimColon(t)
	if len(t) < 2 || len(t) > 12 {
		return false
	}
	var buf [12]byte
	for k := 0; k < len(t); k++ {
		buf[k] = toLowerASCII(t[k])
	}
	return tableLabels[string(buf[:len(t)])] == colZip || string(buf[:len(t)]) == "postnr" ||
		string(buf[:len(t)]) == "postnummer"
}

// trimColon drops a colon at the end of a word.
func trimColon(t string) string {
	if len(t) > 1 && t[len(t)-1] == ':' {
		return t[:len(t)-1]
	}
	return t
}

// lineEndsAt reports whether the line or the sentence ends at e (a dot, a
// line break or the end of the text, spaces allowed before).
func lineEndsAt(text string, e int) bool {
	for e < len(text) && (text[e] == ' ' || text[e] == '\r') {
		e++
	}
	return e >= len(text) || text[e] == '\n' || text[e] == '.' && (e+1 >= len(text) || text[e+1] == ' ' || text[e+1] == '\n')
}

// fieldEndsAt reports whether a line or a field of a list or table ends
// at e: lineEndsAt, or a comma, a semicolon, a bar, a dash between spaces
// or an opening bracket after optional spaces ("Ballito 4420 — 082…",
// "Kiama 2533 | 0431…", "Ballito 4420, South Africa").
func fieldEndsAt(text string, e int) bool {
	if lineEndsAt(text, e) {
		return true
	}
	if e < len(text) && (text[e] == ',' || text[e] == ';') {
		return true
	}
	if e+1 >= len(text) || text[e] != ' ' {
		return false
	}
	switch text[e+1] {
	case '|', '(', '-':
		return true
	}
	return strings.HasPrefix(text[e+1:], "—") || strings.HasPrefix(text[e+1:], "–")
}

// danishFloorAfter reads a Danish flat's floor and side after a street,
// the word w ("2." or "st.") and the word after it ("th.", "tv.", "mf.",
// "sal"): "Lundtoftevej 37, 2. th.". It returns where they end, or end.
func danishFloorAfter(text string, w word, end int) int {
	t := w.str(text)
	if !(t == "st." || len(t) >= 2 && len(t) <= 3 && t[len(t)-1] == '.' && allDigits(t[:len(t)-1])) {
		return end
	}
	v, ok := nextWord(text, w.end, false)
	if !ok {
		return end
	}
	switch v.str(text) {
	case "th.", "tv.", "mf.", "th", "tv", "mf", "sal", "sal.":
		return v.end
	}
	return end
}
