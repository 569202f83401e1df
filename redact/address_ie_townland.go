package redact

// Irish rural addresses have no house number: An Post writes the
// townland, the road (if any), the post town and the county, then the
// Eircode ("Rathcoole, Kilbeggan Road, Tullamore, Co. Offaly R35 H2K8").
// An Eircode found after a county (eircodeInContext) vouches for the line
// before it: irishLinesBefore reads the county, the town before it and
// one to three parts of capitalised words before the town, back to where
// the line or its field opens, as the street address.

// irishLinesBefore returns the spans of the townland and road, the town
// and the county of an Irish address line whose Eircode starts at z, in
// text order, appended to dst; it appends nothing when the line is not
// such a list of parts or a span of dst already covers part of it.
//
//go:noinline
func irishLinesBefore(text string, z int, dst []Span) []Span {
	// the county: "Co. Offaly", "Co Offaly", "County Offaly", then spaces
	// or a comma before the Eircode
	j := z
	for j > 0 && (text[j-1] == ' ' || text[j-1] == ',') {
		j--
	}
	c, ok := wordBack(text, j)
	if !ok || c.end != j || !irishCounties.has(c.str(text)) {
		return dst
	}
	co, ok := wordBack(text, c.start)
	if !ok || co.end != c.start-1 {
		return dst
	}
	switch co.str(text) {
	case "Co.", "Co", "County":
	default:
		return dst
	}
	// the parts before the county, nearest first: the town, then the
	// road and the townland
	var parts [4][2]int
	n := 0
	p := co.start
	for n < len(parts) {
		if p < 3 || text[p-1] != ' ' || text[p-2] != ',' {
			break
		}
		e := p - 2
		s := partStart(text, e)
		if s == e {
			return dst
		}
		if !capWordsOnly(text, s, e) && !irishNameParts(text, s, e) { // "Cnoc an Óir" (street17_ie.go)
			if h := irishHouseNumberEnd25(text, s, e); n >= 1 && h > s {
				// a numbered street with no type opens the line's
				// address: "12 Cois Locha, Carrigaline, Co. Cork"
				// (street25_parts.go)
				parts[n] = [2]int{s, e}
				n++
				p = -1
				break
			}
			// the farthest part after a delivery word: "Send to
			// Cloonfad, Charlestown, Co. Mayo"
			if n < 1 {
				return dst
			}
			k := deliveryWordEnd(text, s, e)
			if k < 0 || !capWordsOnly(text, k, e) {
				return dst
			}
			parts[n] = [2]int{k, e}
			n++
			p = -1
			break
		}
		parts[n] = [2]int{s, e}
		n++
		p = s
	}
	for k := 1; k < n; k++ {
		// a person's name before the town ("Name: Mary Walsh,
		// Tullamore, Co. Offaly") is no townland (address_uk_house.go);
		// a name before the townland ends the address ("Mary Walsh,
		// Rathcoole, Tullamore, Co. Offaly"; street25_parts.go)
		if givenNameAt(text, parts[k][0], parts[k][1]) {
			if k < 2 {
				return dst
			}
			n, p = k, -1
			break
		}
	}
	if n < 2 || p >= 0 && (!lineStartBefore(text, parts[n-1][0]) || n == len(parts) && parts[n-1][0] >= 2 && text[parts[n-1][0]-2] == ',') {
		return dst
	}
	street := Span{Start: parts[n-1][0], End: parts[1][1], Type: "STREET_ADDRESS", Rule: "builtin.address",
		Score: 0.8, Reason: "Irish townland and road before the post town, county and Eircode"}
	if len(dst) > 0 && dst[len(dst)-1].End > street.Start {
		return dst
	}
	return append(dst, street,
		Span{Start: parts[0][0], End: parts[0][1], Type: "LOCATION", Rule: "builtin.location", Score: 0.8,
			Reason: "Irish post town before its county"},
		Span{Start: co.start, End: c.end, Type: "LOCATION", Rule: "builtin.location", Score: 0.85,
			Reason: "Irish county after a street address"})
}

// capWordsOnly reports whether text[s:e] is one to four words that each
// open with a capital (any script) and hold only letters, apostrophes,
// hyphens and dots, as a townland's, road's or town's name does.
func capWordsOnly(text string, s, e int) bool {
	words := 0
	for i := s; i < e; {
		if !upperAt(text, i) {
			return false
		}
		j := i
		for j < e && text[j] != ' ' {
			if c := text[j]; !(isAlpha(c) || c >= 0x80 || c == '\'' || c == '-' || c == '.') {
				return false
			}
			j++
		}
		words++
		for j < e && text[j] == ' ' {
			j++
		}
		i = j
	}
	return words >= 1 && words <= 4
}

// deliveryWordEnd returns where the words after the last of "to", "at",
// "in" or "of" in text[s:e] start ("Send to Cloonfad", "lives at
// Cloonfad", a death notice's "aged 90, of Cloonfad"), or -1. The word
// may open the text (k == 2: no byte before it to read).
func deliveryWordEnd(text string, s, e int) int {
	for k := e - 1; k >= s+2; k-- {
		if text[k] == ' ' && (k == 2 || text[k-3] == ' ') {
			switch text[k-2 : k] {
			case "to", "at", "in", "of":
				return k + 1
			}
		}
	}
	return -1
}

// partStart returns where the part of an address line that ends at e
// starts: after the comma, line break, bar, colon, tab, semicolon or
// bracket before it (at most 40 bytes back) and the spaces after that.
func partStart(text string, e int) int {
	s := e
	for s > 0 && e-s < 40 && text[s-1] != ',' && text[s-1] != '\n' && text[s-1] != '|' && text[s-1] != ':' &&
		text[s-1] != '\t' && text[s-1] != ';' && text[s-1] != '(' {
		s--
	}
	for s < e && text[s] == ' ' {
		s++
	}
	return s
}
