package redact

// Polish postcodes (two digits, a dash, three: "31-542 Kraków") before
// their town, when a street on the same line, a postcode label or a known
// town vouches for them; in a table's postcode column ("kod", "pc") the
// table reader marks them (table.go, table7_labels.go).

// plCodeAt reads a Polish postcode whose first two digits are the run r
// ("31-542", a dash and three digits) before a capitalised town when a
// street or town span before it on the line, a known town after it or a
// postcode label before it vouches for it. It
// appends the code (and a town after it) to dst and returns where they
// end (0 when it reads nothing).
//
//go:noinline
func plCodeAt(text string, r digitRun, dst []Span) ([]Span, int) {
	e := r.end + 4
	if e > len(text) || !allDigits(text[r.end+1:e]) || !wordEndAt(text, e) ||
		e+1 < len(text) && (text[e] == '-' || text[e] == '.' || text[e] == '/') && isDigit(text[e+1]) {
		return dst, 0
	}
	zip := Span{Start: r.start, End: e, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.8,
		Reason: "Polish postcode before its town"}
	if e+2 >= len(text) || text[e] != ' ' || !upperAt(text, e+1) {
		return dst, 0
	}
	if !spanOnLine(text, dst, r.start) && !knownTownAt(text, e+1) && !plCodeLabel(text, r.start) {
		return dst, 0
	}
	dst = append(dst, zip)
	return cityAfterPostcode(text, zip, dst, e)
}

// plCodeLabel reports whether a postcode label and a colon end right
// before the code at s ("Kod pocztowy: 31-542", "kod: 31-542").
func plCodeLabel(text string, s int) bool {
	k := s - 1
	for k > 0 && text[k] == ' ' {
		k--
	}
	if k < 3 || text[k] != ':' {
		return false
	}
	w, ok := wordBack(text, k)
	if !ok || w.end-w.start > 12 {
		return false
	}
	var buf [32]byte
	switch lowerASCII(w.str(text), &buf) {
	case "kod", "pocztowy", "pocztowy.", "kod.":
		return true
	}
	return false
}
