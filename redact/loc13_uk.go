package redact

// A British flat's line whose street has no type word (issue 9): "Flat 2A,
// 37 Kings Reach, Leeds LS1 4XY". ukLinesBefore wants a type word
// ("Road", "Lane"); here the flat before the house number, the town and
// the UK postcode after it hold the street instead.

// ukFlatWords open a flat's unit before its code ("Flat 2A").
var ukFlatWords = boolTable(map[string]bool{"Flat": true, "Apartment": true, "Apt": true, "Apt.": true, "Maisonette": true})

// ukFlatLine appends the flat and street, and the town, of a UK address
// line whose postcode starts at z: the town (capitalised words) before
// the postcode, a house number and one to three capitalised words before
// the town, and a flat's word and code before them.
//
//go:noinline
func ukFlatLine(text string, z int, dst []Span) []Span {
	e := z - 1
	if e < 16 || text[e] != ' ' {
		return dst
	}
	if text[e-1] == ',' {
		e--
	}
	var parts [2][2]int
	if linePartsBefore(text, e, parts[:], false) < 2 || !capWordsOnly(text, parts[0][0], parts[0][1]) {
		return dst
	}
	ss, se := parts[1][0], parts[1][1]
	i := ss
	for i < se && isDigit(text[i]) {
		i++
	}
	if i == ss || i-ss > 4 {
		return dst
	}
	if i < se && isAlpha(text[i]) {
		i++
	}
	if i+2 >= se || text[i] != ' ' || !capWordsOnly(text, i+1, se) {
		return dst
	}
	// The flat before the comma: "Flat 2A", "Apartment 14".
	c := ss - 2
	if c < 6 || text[c] != ',' {
		return dst
	}
	cs := c
	for cs > 0 && isAlnum(text[cs-1]) && c-cs <= 4 {
		cs--
	}
	if cs == c || c-cs > 4 || cs < 5 || text[cs-1] != ' ' {
		return dst
	}
	fs := cs - 1
	for fs > 0 && (isAlpha(text[fs-1]) || text[fs-1] == '.') {
		fs--
	}
	if !ukFlatWords.has(text[fs:cs-1]) || fs > 0 && isAlnum(text[fs-1]) {
		return dst
	}
	if len(dst) > 0 && dst[len(dst)-1].End > fs {
		return dst
	}
	return append(dst,
		Span{Start: fs, End: se, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.85,
			Reason: "flat, house number and street name before the town and UK postcode"},
		Span{Start: parts[0][0], End: parts[0][1], Type: "LOCATION", Rule: "builtin.address", Score: 0.8,
			Reason: "town between a flat's street and a UK postcode"})
}
