package redact

// Hyphenated house numbers written before the street: a Queens block and
// lot before a numbered street ("148-32 41st Ave", read from the ordinal)
// and a Canadian unit joined to the house number ("2304-1677 Harbour
// Drive", read from the run after the hyphen, of three to six digits). The
// number after the hyphen starts no street of its own (its hyphen is no
// start of an address), so the whole pair is read as one house number
// here. A Queens number before a named street ("97-15 Elm Road") is left:
// testing every run before a hyphen cost more than it found.

// hyphenHouseEnd returns where the second number of a hyphenated house
// number that starts at the run r ends, when r is followed by a hyphen and
// one to five digits smaller than the first (a larger one makes a range)
// and the pair is neither a day and a month ("12-03") nor part of a
// longer chain of numbers (a phone number, a date).
func hyphenHouseEnd(text string, r digitRun) (int, bool) {
	e := r.end
	if e+1 >= len(text) || text[e] != '-' || !isDigit(text[e+1]) {
		return 0, false
	}
	j := e + 1
	for j < len(text) && isDigit(text[j]) && j-e <= 6 {
		j++
	}
	// Most pairs are dates and phone numbers, which go on after the
	// second number ("2024-05-12", "555-123-4567"): tested first.
	if j >= len(text) || text[j] != ' ' || j-e-1 > 5 || r.end-r.start > 5 || text[r.start] == '0' || !startOKAddr(text, r.start) {
		return 0, false
	}
	if dateLike(text[r.start:e], text[e+1:j]) || yearLike(text, r) || // "2024-118": a year and a number
		atoiASCII(text[e+1:j]) >= atoiASCII(text[r.start:e]) { // "120-450 Queen Street": a range of tickets

		return 0, false
	}
	return j, true
}

// hyphenStreetAt reads a street after a hyphenated house number that
// starts at the run r ("2304-1677 Harbour Drive, Fernbrook") into sp.
//
//go:noinline
func hyphenStreetAt(sc *textScan, r digitRun, sp *Span) bool {
	text := sc.text
	j, ok := hyphenHouseEnd(text, r)
	if !ok || !streetWordStart(text, j) {
		return false
	}
	return numberFirstStreet(sc, text, digitRun{start: r.start, end: j}, j, sp)
}

// hyphenHouseBefore returns where a hyphenated house number that ends one
// space before the ordinal street at s starts ("148-32 41st Ave"), given
// the start hs of its second number.
func hyphenHouseBefore(text string, hs int) (int, bool) {
	if hs < 2 || text[hs-1] != '-' || !isDigit(text[hs-2]) {
		return 0, false
	}
	fs := hs - 1
	for fs > 0 && isDigit(text[fs-1]) && hs-1-fs < 6 {
		fs--
	}
	if _, ok := hyphenHouseEnd(text, digitRun{start: fs, end: hs - 1}); !ok {
		return 0, false
	}
	return fs, true
}

// hyphenSecondStreetAt is hyphenStreetAt read from the run r after the
// hyphen, of three to six digits (kindAddrDash), whose first number ends
// one byte before it.
//
//go:noinline
func hyphenSecondStreetAt(sc *textScan, r digitRun, sp *Span) bool {
	fs, ok := hyphenHouseBefore(sc.text, r.start)
	return ok && hyphenStreetAt(sc, digitRun{start: fs, end: r.start - 1}, sp)
}
