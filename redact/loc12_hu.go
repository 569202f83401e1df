package redact

// A Hungarian street of one word with no type word of its own after a
// postcode and its town ("2310 Szigetszentmiklós, Gyöngyvirág 9.",
// "8000 Székesfehérvár, Holdfénypart 14."): the house number's trailing
// dot, the Hungarian way of writing it, and the postcode and town before
// make the word a street.

// huBareStreet reads the street that follows the town's comma at c: ", ",
// a capitalised word of letters, a space, a house number of one to four
// digits and its dot, then the line's or the field's end. The postcode at
// p must open a line or a field (a line break, ';', '|', ", " or ": "
// before it). It returns the street's span.
func huBareStreet(text string, p, c int) (Span, bool) {
	if c+8 > len(text) || text[c] != ',' || text[c+1] != ' ' || !upperAt(text, c+2) || !huFieldStart(text, p) {
		return Span{}, false
	}
	s := c + 2
	k := s
	for k < len(text) && text[k] != ' ' && text[k] != ',' && text[k] != '\n' {
		k++
	}
	w := text[s:k]
	if len(w) < 4 || len(w) > 40 || k+3 > len(text) || text[k] != ' ' || !letterWord(w) || notStreetWords.has(w) {
		return Span{}, false
	}
	d := k + 1
	for d < len(text) && d-k <= 5 && isDigit(text[d]) {
		d++
	}
	if d == k+1 || d-k > 5 || d >= len(text) || text[d] != '.' {
		return Span{}, false
	}
	if e := d + 1; e < len(text) && text[e] != ' ' && text[e] != '\n' && text[e] != ';' && text[e] != ',' && text[e] != '\r' {
		return Span{}, false
	}
	return Span{Start: s, End: d + 1, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.85,
		Reason: "one-word street and house number with its dot after a Hungarian postcode and town"}, true
}

// huFieldStart reports whether p opens the text, a line or a field: a
// line break, a tab, ';' or '|' right before it, or ", ", ": " or "| ".
func huFieldStart(text string, p int) bool {
	if p == 0 {
		return true
	}
	switch text[p-1] {
	case '\n', '\t', ';', '|':
		return true
	case ' ':
		return p >= 2 && (text[p-2] == ',' || text[p-2] == ':' || text[p-2] == '|')
	}
	return false
}
