package redact

// (loc23) What follows a town that another rule found: the number of its
// district, written after the town in many countries ("Praha 10", "Lyon
// 7e", "Paris 16ème", "Kingston 6", "Dublin 8", "Wien 3"), which the
// town's span takes in, and a state or province the town's span does not
// reach because no comma sets it off: a US or Canadian code after a space
// ("Chinle AZ", "Chula Vista CA", as chats write it) and a region's name
// in brackets ("Kingston (Ontario)"; not before a postcode, which the
// eval sets' writers leave unlabelled, as bracketCodeAfter does).

// districtNumberEnd returns the end of a district number after the town
// that ends at e (" 10", " 7e", " 16ème", " 2nd", " 6W"), or e when none
// follows. The number is 1 to 30 and ends the town's field: the text's or
// line's end, a comma, a bracket, a dash or a full stop follow it, so "Lyon
// 2 weeks" or "Leeds 3 4" stays the town alone.
func districtNumberEnd(text string, e int) int {
	if e+2 > len(text) || text[e] != ' ' || !isDigit(text[e+1]) {
		return e
	}
	j := e + 1
	for j < len(text) && isDigit(text[j]) && j-e <= 2 {
		j++
	}
	if j-e > 3 || j < len(text) && isDigit(text[j]) {
		return e
	}
	if v := atoiASCII(text[e+1 : j]); v < 1 || v > 30 {
		return e
	}
	// the ordinal's suffix: French "7e", "1er", "16ème", "3è", English
	// "2nd", and Dublin's "6W"
	for _, suf := range [...]string{"ème", "eme", "er", "e", "è", "nd", "rd", "th", "st", "W"} {
		if len(text)-j >= len(suf) && text[j:j+len(suf)] == suf {
			j += len(suf)
			break
		}
	}
	if !fieldEndsAt23(text, j) {
		return e
	}
	return j
}

// fieldEndsAt23 reports whether the town's field ends at j.
func fieldEndsAt23(text string, j int) bool {
	if j >= len(text) {
		return true
	}
	switch text[j] {
	case ',', ')', '\n', '\r', ';', '!':
		return true
	case '.':
		return j+1 >= len(text) || text[j+1] == ' ' || text[j+1] == '\n' || text[j+1] == '\r'
	case ' ':
		return j+1 < len(text) && (text[j+1] == '(' || text[j+1] == '-' || text[j+1] == '|' ||
			hasPrefixFoldASCII(text[j+1:], "–") || hasPrefixFoldASCII(text[j+1:], "—"))
	}
	return false
}

// extendDistricts makes each LOCATION span of dst take in the district
// number after it (districtNumberEnd), unless another span starts there.
func extendDistricts(text string, dst []Span) {
	for i := range dst {
		d := &dst[i]
		if d.Type != "LOCATION" || d.End+2 > len(text) || text[d.End] != ' ' || !isDigit(text[d.End+1]) {
			continue
		}
		ne := districtNumberEnd(text, d.End)
		if ne == d.End || townOverlaps(dst, d.End+1, ne) {
			continue
		}
		d.End = ne
	}
}

// regionCodeWords are the US and Canadian codes that are words or labels
// in capitals too ("Leeds OK", "see you IN"): never read without a comma.
var regionCodeWords = map[string]bool{"OK": true, "HI": true, "IN": true, "OR": true, "ID": true, "ME": true,
	"OH": true, "AL": true, "MA": true, "PA": true, "DE": true, "LA": true, "MO": true, "CO": true, "NE": true,
	"ON": true, "PE": true, "NS": true, "SK": true, "MD": true, "GA": true, "VA": true, "AR": true}

// regionAfterTown23 returns a state or province after the town that ends
// at end when no comma sets it off: a US or Canadian code after one space
// that ends the field ("Chinle AZ —"; not before a postcode, which is the
// ZIP detector's context), or a region's name in brackets ("Kingston
// (Ontario)", not before a postcode).
func regionAfterTown23(text string, end int) (Span, bool) {
	if end+3 > len(text) || text[end] != ' ' {
		return Span{}, false
	}
	s := end + 1
	if text[s] == '(' {
		s++
		if !townUpperAt(text, s) {
			return Span{}, false
		}
		for j, k := s, 0; k < 3; k++ {
			e := capWordEnd(text, j)
			if e <= j || e >= len(text) {
				break
			}
			if text[e] == ')' {
				if !regionNames.has(text[s:e]) || countryNames.has(text[s:e]) || e-s < 3 ||
					e+2 < len(text) && text[e+1] == ' ' && (isDigit(text[e+2]) || isUpper(text[e+2])) {
					break // "Montréal (Québec) H2Z 1Z3": before a postcode, as bracketCodeAfter
				}
				return Span{Start: s, End: e, Type: "LOCATION", Rule: "builtin.location", Score: 0.8,
					Reason: "region in brackets after a town"}, true
			}
			if text[e] != ' ' {
				break
			}
			j = e + 1
		}
		return Span{}, false
	}
	if s+2 > len(text) || !isUpper(text[s]) || !isUpper(text[s+1]) {
		return Span{}, false
	}
	c := text[s : s+2]
	if regionCodeWords[c] || !usStateSet.has(c) && !caProvinces[c] {
		return Span{}, false
	}
	if e := s + 2; e < len(text) && (isLetterAt(text, e) || isDigit(text[e]) || !fieldEndsAt23(text, e) && text[e] != '.') {
		return Span{}, false
	}
	return Span{Start: s, End: s + 2, Type: "LOCATION", Rule: "builtin.location", Score: 0.75,
		Reason: "state code after a town"}, true
}
