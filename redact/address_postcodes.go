package redact

// Postcodes of the Nordic countries and Poland written before their town:
// Swedish "411 38 Göteborg" (three digits, a space, two), Polish "00-950
// Warszawa" (two digits, a dash, three). Danish and Norwegian codes have
// four digits and go through postcodeAt. Alone, a code counts only before
// a town the gazetteer knows; after a street address, before any
// capitalised word.

// swedishPostcodeEnd returns where a Swedish postcode whose first group
// is the three-digit run r ends ("114 51").
func swedishPostcodeEnd(text string, r digitRun) (int, bool) {
	e := r.end + 3
	if r.end-r.start != 3 || e > len(text) || text[r.end] != ' ' || !isDigit(text[r.end+1]) || !isDigit(text[r.end+2]) ||
		!wordEndAt(text, e) {
		return 0, false
	}
	return e, true
}

// polishPostcodeEnd returns where a Polish postcode whose first group is
// the two-digit run r ends ("00-950"), not a part of a longer number.
func polishPostcodeEnd(text string, r digitRun) (int, bool) {
	e := r.end + 4
	if r.end-r.start != 2 || e > len(text) || text[r.end] != '-' || !allDigits(text[r.end+1:e]) || !wordEndAt(text, e) ||
		e+1 < len(text) && (text[e] == '-' || text[e] == '/') && isDigit(text[e+1]) {
		return 0, false
	}
	return e, true
}

// townAfter reports whether a town the gazetteer knows follows the space
// at e.
func townAfter(text string, e int) bool {
	if e+1 >= len(text) || text[e] != ' ' || !cityNames.hasFirst(text[e+1]) {
		return false
	}
	w, ok := nextWord(text, e, false)
	return ok && cityNames.has(trimDot(text, w).str(text))
}

// nordicPolishPostcodeAt finds a Swedish or Polish postcode at the run r
// before a known town ("411 38 Göteborg", "00-950 Warszawa").
//
//go:noinline
func nordicPolishPostcodeAt(text string, r digitRun, sp *Span) bool {
	e, ok := swedishPostcodeEnd(text, r)
	reason := "Swedish postcode before a known city"
	if !ok {
		e, ok = polishPostcodeEnd(text, r)
		reason = "Polish postcode before a known city"
	}
	if !ok || !townAfter(text, e) {
		return false
	}
	*sp = Span{Start: r.start, End: e, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.75, Reason: reason}
	return true
}
