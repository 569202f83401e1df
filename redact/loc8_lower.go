package redact

// Towns in lower case with their state or province code, after a name in
// a casual text written in lower case ("- kevin brady, toledo oh", "amy
// lin, austin tx!"). The town must be known once written in title case,
// and the code, a US state's or a Canadian province's, must end the line,
// the text or the sentence: then both are LOCATION spans.

// lowerTownCodes appends the lower-case towns and codes after the PERSON
// spans of dst (see above). It runs only on a text that starts with a
// lower-case letter and in which the person detector found someone.
//
//go:noinline
func lowerTownCodes(text string, dst []Span) []Span {
	n := len(dst)
	var g spanGuard // span_guard.go: ten thousand lines of names, towns and codes
	for i := 0; i < n; i++ {
		e := dst[i].End
		if e+6 >= len(text) || text[e] != ',' || text[e+1] != ' ' || !isLower(text[e+2]) || dst[i].Type != "PERSON" {
			continue
		}
		cs := e + 2
		// Up to three words in lower case, then the code: the words
		// before the code must be a known town.
		p := cs
		for k := 0; k < 4; k++ {
			we := p
			for we < len(text) && (isLower(text[we]) || text[we] >= 0x80 || text[we] == '-') {
				we++
			}
			if we-p == 2 && p > cs && lowerCodeEndsAt(text, we) {
				code := [2]byte{text[p] - 'a' + 'A', text[p+1] - 'a' + 'A'}
				c := string(code[:])
				t := titleCaseTown(text[cs : p-1])
				if (usStateSet.has(c) || caProvinces[c]) && (townNames.has(t) || cityNames.has(t) || moreTownKnown(t)) &&
					!g.townOverlaps(dst, len(text), cs, we) {
					dst = append(dst, locationSpan(cs, p-1, 0.75, "known town in lower case before a state code, after a name"),
						locationSpan(p, we, 0.75, "state code in lower case after a town, after a name"))
				}
				break
			}
			if we == p || we+1 >= len(text) || text[we] != ' ' {
				break
			}
			p = we + 1
		}
	}
	reportWork("lowerTownCodes", g.work+n)
	return dst
}

// lowerCodeEndsAt reports whether a code in lower case may end at e: the
// end of the text or the line, or a full stop, comma, '!', '?' or ')'
// there.
func lowerCodeEndsAt(text string, e int) bool {
	if e >= len(text) {
		return true
	}
	switch text[e] {
	case '\n', '\r', '.', ',', '!', '?', ')', ';':
		return true
	}
	return false
}
