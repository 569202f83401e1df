package redact

// A couple written with one family name whose first given name no
// gazetteer knows ("Dovid & Rivka Lindenbaum", "Zbyszko & Danuta
// Wrzosek") looked like a firm of two words ("Quillby & Marsh Joinery",
// ampersandFirmBefore): the full name after the "&" was dropped, and the
// couple with it. A full name that opens with a given name no word
// shares, of two or three words and no trade's word last, is a person's
// name after the "&" too (read18p).

// ampersandCouple reports whether text[start:end], nameToks words after
// an "&" whose first word is an unambiguous given name (firstGiven), is
// a person's full name rather than the second half of a firm's name.
func ampersandCouple(text string, start, end, nameToks int, firstGiven bool) bool {
	return firstGiven && nameToks >= 2 && nameToks <= 3 && !businessLast(text, start, end)
}
