package redact

import "strings"

// Postcodes of issue 9 that no rule read: a six-digit code after a town
// on a street's line (Romanian "…, Brașov 500030", Russian,
// Kazakh and Chinese codes are six digits too), a Hungarian
// four-digit code before its town and street ("7621 Pécs, Kossuth
// Lajos u. 12."), and the Norwegian label "postnummer".

// sixDigitCodeOnStreetLine reads the six-digit run r as a postcode when a
// capitalised town comes right before it ("Brașov 500030", "jud. Cluj
// 077190") and a street address of dst ends on the same line at most 60
// bytes before.
//
//go:noinline
func sixDigitCodeOnStreetLine(text string, r digitRun, dst []Span) (Span, bool) {
	if len(dst) == 0 || !wordEndAt(text, r.end) || text[r.start-1] != ' ' {
		return Span{}, false
	}
	last := dst[len(dst)-1]
	if last.Type != "STREET_ADDRESS" || last.End > r.start || r.start-last.End > 60 ||
		strings.IndexByte(text[last.End:r.start], '\n') >= 0 {
		return Span{}, false
	}
	k := r.start - 1
	for k > 0 && text[k-1] != ' ' && text[k-1] != ',' && text[k-1] != '|' {
		k--
	}
	if k == r.start-1 || !upperAt(text, k) || !letterWord(text[k:r.start-1]) {
		return Span{}, false
	}
	return Span{Start: r.start, End: r.end, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.8,
		Reason: "6-digit postcode after a town on a street's line"}, true
}

// huStreetTypes are Hungarian street types as written after the name.
var huStreetTypes = []string{" u. ", " utca ", " út ", " tér ", " krt. ", " körút ", " köz ", " sor ", " fasor ", " rakpart "}

// huCodeBeforeTown reads the four-digit run r as a Hungarian postcode: a
// town of one or two capitalised words after it, a comma, and a street
// with a Hungarian type word and a house number on the same line within
// 50 bytes ("7621 Pécs, Kossuth Lajos u. 12."). It appends the
// postcode and the town to dst and returns where the town ends (0 when
// r is none).
//
//go:noinline
func huCodeBeforeTown(text string, r digitRun, dst []Span) ([]Span, int) {
	c := strings.IndexByte(text[r.end:min(len(text), r.end+30)], ',')
	if c < 2 {
		return dst, 0
	}
	town := text[r.end+1 : r.end+c]
	if strings.Count(town, " ") > 1 || !upperAt(town, 0) {
		return dst, 0
	}
	rest := text[r.end+c : min(len(text), r.end+c+50)]
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	for _, t := range huStreetTypes {
		if k := strings.Index(rest, t); k > 0 && k+len(t) < len(rest) && isDigit(rest[k+len(t)]) {
			zp := Span{Start: r.start, End: r.end, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.8,
				Reason: "Hungarian postcode before its town and street"}
			dst, e := cityAfterPostcode(text, zp, append(dst, zp), r.end)
			return dst, e
		}
	}
	if st, ok := huBareStreet(text, r.start, r.end+c); ok {
		// "2310 Szigetszentmiklós, Gyöngyvirág 9." (loc12_hu.go)
		zp := Span{Start: r.start, End: r.end, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.8,
			Reason: "Hungarian postcode before its town and street"}
		dst, _ = cityAfterPostcode(text, zp, append(dst, zp), r.end)
		return append(dst, st), st.End
	}
	return dst, 0
}

// postnummerBefore reports whether the Norwegian and Danish label
// "postnummer" (any case, a colon allowed) ends right before the run
// starting at i, after a space.
func postnummerBefore(text string, i int) bool {
	j := i - 1
	if j < 10 || text[j] != ' ' {
		return false
	}
	if text[j-1] == ':' {
		j--
	}
	return j >= 10 && equalFoldASCII(text[j-10:j], "postnummer") && (j == 10 || !isAlpha(text[j-11]))
}
