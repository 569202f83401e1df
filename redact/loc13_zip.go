package redact

// A ZIP code after a lower-case town with no state, right after a street
// (issue 9): "…, 88 W 5th St apt 3, fresno 93721". usLowerAddressAt wants
// the state between the town and the ZIP code; here the street found
// just before holds the chain instead: one to three lower-case words
// after its comma, then the five digits that end a word.

// townZipAfterStreet appends the town and the ZIP code when the five-digit
// run r follows a lower-case town that follows the last span of dst, a
// street, and ", ". It returns the end of the ZIP code, or 0.
//
//go:noinline
func townZipAfterStreet(text string, r digitRun, dst []Span) ([]Span, int) {
	n := len(dst)
	if n == 0 || dst[n-1].Type != "STREET_ADDRESS" || r.start-dst[n-1].End > 32 || !wordEndAt(text, r.end) {
		return dst, 0
	}
	ts := dst[n-1].End + 2
	if ts >= r.start || text[ts-2] != ',' || text[ts-1] != ' ' {
		return dst, 0
	}
	words := 0
	for i := ts; i < r.start-1; {
		j := i
		for j < r.start-1 && isLower(text[j]) {
			j++
		}
		if j == i || j-i > 14 || text[j] != ' ' || townArticles.has(text[i:j]) {
			return dst, 0
		}
		words++
		i = j + 1
	}
	if words == 0 || words > 3 {
		return dst, 0
	}
	return append(dst,
		Span{Start: ts, End: r.start - 1, Type: "LOCATION", Rule: "builtin.address", Score: 0.8,
			Reason: "lower-case town before a ZIP code, after a street"},
		Span{Start: r.start, End: r.end, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.85,
			Reason: "five-digit ZIP code after a lower-case town, after a street"}), r.end
}
