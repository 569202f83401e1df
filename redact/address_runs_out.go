package redact

// The spans addressRuns appends, out of its loop. Most digit runs find
// nothing, and the loop's code is what the prompts with digits fetch for
// every run: the appends of a found span, their span literals and the
// reading of what follows (afterStreet, cityAfterPostcode) are kept in
// these small functions so that the loop's code stays short and the
// lines its failing runs touch are fewer.

// appendStreetSpan appends sp, a street, and what follows it, and
// returns where addressRuns goes on.
//
//go:noinline
func appendStreetSpan(text string, dst []Span, sp *Span) ([]Span, int) {
	dst = append(dst, *sp)
	return afterStreet(text, sp.End, dst, sp.End)
}

// appendStreet appends the street text[st:e] found for reason, and what
// follows it, and returns where addressRuns goes on.
//
//go:noinline
func appendStreet(text string, dst []Span, st, e int, reason string) ([]Span, int) {
	dst = append(dst, Span{Start: st, End: e, Type: "STREET_ADDRESS", Rule: "builtin.address",
		Score: 0.85, Reason: reason})
	return afterStreet(text, e, dst, e)
}

// appendLabelledZip appends the four-digit postcode r after a postcode
// label.
//
//go:noinline
func appendLabelledZip(dst []Span, r digitRun) ([]Span, int) {
	return append(dst, Span{Start: r.start, End: r.end, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.8,
		Reason: "four-digit postcode after a postcode label"}), r.end
}

// appendPostcodeSpan appends sp, a postcode, and the city after it, and
// returns where addressRuns goes on.
//
//go:noinline
func appendPostcodeSpan(text string, dst []Span, sp *Span) ([]Span, int) {
	dst = append(dst, *sp)
	return cityAfterPostcode(text, *sp, dst, sp.End)
}
