package redact

// Review credits (read16a): a review export (Google, Trustpilot, a shop's
// own page) credits its writer on the line its star rating opens:
// "★★★★★ Ilse Vandermolen - 3 weeks ago", "★★★★☆ Oriel Vantongeren ·
// Local Guide", "★★★★★ Oskar Brenneis: „…“". The class shows in
// several writers' sets (dev16b, holdout7, holdout11, holdout16); names
// the gazetteers know are found already, this reads the unknown ones.
//
// Safe because: the words must sit right after the stars at the line's
// start (starsBefore, locdob9_loc.go), be two to four capitalised words
// with no town among them, end at a credit's separator (" - ", " · ",
// " — ", ": ", ", ", " (" or the line's end) and be spelt like a name
// (spellNameLikeAt); a review's own headline ("★★★★★ Great Service -
// fast") fails the spelling, a quoted review ("★★★★★ \"Lovely …\"") has
// no capitalised run after the stars. Cost: one byte test per candidate
// (the space before it), the rest only after stars.

// reviewCreditName reports whether text[start:end] is the writer's name
// credited after a review's star rating.
func reviewCreditName(text string, start, end int) bool {
	if !starsBefore(text, start) || !reviewCreditEnd(text, end) {
		return false
	}
	return spellNameLikeAt(text, start, end, spellContactMean, spellContactFloor)
}

// reviewCreditEnd reports whether a credit's separator (or the line's
// end) follows the name that ends at e.
func reviewCreditEnd(text string, e int) bool {
	if e == len(text) || text[e] == '\n' || text[e] == '\r' {
		return true
	}
	rest := text[e:]
	for _, sep := range [...]string{" - ", " · ", " — ", " – ", ": ", ", ", " ("} {
		if len(rest) >= len(sep) && rest[:len(sep)] == sep {
			return true
		}
	}
	return false
}

// Thanks and greetings before a repeated first name (read16a): a reply
// addresses the person a text names in full by the first word of that
// name alone, after thanks or a greeting: "Thank you so much Ilse!",
// "Thanks Oriel, see you soon", "Dear Oskar,". cuedFirstNames
// (person16_repeat.go) takes the word there as it takes it before a
// phone number; the word must be the first of a name found in full in
// the same text, so a greeting to a team ("Hi Team") is never read.

// addressBefore reports whether thanks or a greeting, and one space, end
// right before the word at i: "Thank you", "Thank you so much", "Thanks",
// "Hi", "Hello", "Dear".
func addressBefore(text string, i int) bool {
	if i < 3 || text[i-1] != ' ' {
		return false
	}
	head := text[max(i-18, 0) : i-1]
	for _, w := range [...]string{"Thank you so much", "thank you so much", "Thank you", "thank you", "Thanks", "thanks", "Hi", "Hello", "Dear"} {
		if len(head) >= len(w) && head[len(head)-len(w):] == w {
			k := len(head) - len(w)
			return k == 0 || !isAlpha(head[k-1]) && head[k-1] < 0x80
		}
	}
	return false
}

// addressEnd reports whether the word ending at e ends its greeting: a
// comma, a stop, an exclamation mark or the line's end.
func addressEnd(text string, e int) bool {
	if e == len(text) {
		return true
	}
	switch text[e] {
	case ',', '!', '.', '\n', '\r':
		return true
	}
	return false
}
