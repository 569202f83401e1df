package redact

// An Australian unit and house number written with a slash and no unit
// word before it ("lives at 14/2 Banksia Street"): streetAt reads it only
// when a capitalised word follows the second number, so that fractions,
// dates and "24/7 support" cost one test.

// slashAfterNumberMaybe reports whether the bytes from e, a '/' after a
// house number, are a second number of up to four digits (and an
// optional letter) followed by a space and a capital letter.
func slashAfterNumberMaybe(text string, e int) bool {
	j := e + 1
	for j < len(text) && j-e <= 4 && isDigit(text[j]) {
		j++
	}
	if j == e+1 {
		return false
	}
	if j < len(text) && isAlpha(text[j]) {
		j++
	}
	return j+1 < len(text) && text[j] == ' ' && isUpper(text[j+1])
}

// slashStreetAt is streetAt for a unit/number house number at the run r
// with no capitalised word before it.
//
//go:noinline
func slashStreetAt(text string, r digitRun, sp *Span) bool {
	e, ok := houseSlash(text, r)
	if !ok || e+1 >= len(text) || text[e] != ' ' || !streetWordStart(text, e) {
		return false
	}
	return numberFirstStreet(nil, text, r, e, sp)
}

// austrianDoor reports whether the number at k, the third of a house
// number written with slashes ("Lindengasse 14/2/9"), is an Austrian
// door rather than a date's year although the first two may be a day and
// a month: it has one digit, which no year has ("5/3/12" stays a date).
func austrianDoor(text string, k int) bool {
	return k+1 >= len(text) || !isDigit(text[k+1])
}
