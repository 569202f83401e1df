package redact

// British addresses with a house name and no number: the Royal Mail's
// form is the house's name, the street, the locality or town and the
// postcode ("Rose Cottage, Mill Lane, Bampton OX18 2HE", "The Old Rectory,
// Church Lane, Great Massingham, Norfolk NR21 0AB"). A UK postcode found by
// its grammar vouches for the line before it: ukLinesBefore reads, back
// from the town before the postcode, the nearest part whose last word is a
// street type, and the house's name before it when that part opens the
// line.

// ukLinesBefore appends to dst the street (and house name) of a UK address
// line whose postcode starts at z, or nothing when the line holds no
// street part of capitalised words or a span of dst already covers it.
//
//go:noinline
func ukLinesBefore(text string, z int, dst []Span) []Span {
	if z < 8 || text[z-1] != ' ' {
		return dst
	}
	// the parts before the postcode, nearest first (the first is the town,
	// before the postcode without a comma)
	var parts [5][2]int
	n := linePartsBefore(text, z-1, parts[:], true) // street9_streets.go
	// the street: the nearest part but the town that ends with a type
	st := -1
	for k := 1; k < n; k++ {
		if w := wordEndingAt(text, parts[k][1]); streetTypeSet.has(w.str(text)) && w.start > parts[k][0] {
			st = k
			break
		}
	}
	if st < 0 {
		return dst
	}
	start := parts[st][0]
	if st+1 < n && lineStartBefore(text, parts[st+1][0]) && !givenNameAt(text, parts[st+1][0], parts[st+1][1]) {
		start = parts[st+1][0] // the house's name
	} else if h := houseNameInClause(text, start); h >= 0 {
		start = h // "which is The Old Barn, Mill Lane, …" (street17_uk.go)
	} else if !lineStartBefore(text, start) {
		return dst
	}
	if len(dst) > 0 && dst[len(dst)-1].End > start {
		return dst
	}
	return append(dst, Span{Start: start, End: parts[st][1], Type: "STREET_ADDRESS", Rule: "builtin.address",
		Score: 0.8, Reason: "house name and street before the town and UK postcode"})
}

// givenNameAt reports whether the first word of text[s:e] is a given name
// of the gazetteers (a person's name, not a house's).
func givenNameAt(text string, s, e int) bool {
	k := s
	for k < e && text[k] != ' ' {
		k++
	}
	f := nameFlagsOf(text[s:k])
	return f&nameGiven != 0 && f&(nameCity|nameStop) == 0
}
