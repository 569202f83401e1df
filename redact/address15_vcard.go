package redact

import "strings"

// vCard addresses (read15a): an ADR property's value gives its parts by
// position (RFC 6350 6.3.1), "ADR;TYPE=HOME:;;<street>;<locality>;
// <region>;<postcode>;<country>", so once its postcode is found, the
// fields before it are the street, the town and the region whatever
// their words. A business's address (TYPE=WORK) is left to the rules of
// the fields themselves.

// vcardADRBefore appends the street, locality and region of the vCard
// ADR value whose postcode starts at z (a ';' before it), unless a span
// of dst already covers them; ok reports whether z starts the postcode
// field of a (private) ADR value.
func vcardADRBefore(text string, z int, dst []Span) (_ []Span, ok bool) {
	ls := lastNewlineIn(text[:z]) + 1
	line := text[ls:z]
	colon := strings.IndexByte(line, ':')
	if colon < 3 || colon > 48 {
		return dst, false
	}
	name := line[:colon]
	semi := strings.IndexByte(name, ';')
	if semi < 0 {
		semi = len(name)
	}
	if dot := strings.IndexByte(name[:semi], '.'); dot >= 0 {
		name, semi = name[dot+1:], semi-dot-1
	}
	if semi != 3 || !keyLabelFold(name, "adr") || strings.Contains(strings.ToLower(name), "work") {
		return dst, false
	}
	// pobox;extended;street;locality;region; before the postcode
	var f [6]int // f[k] is where field k starts, f[5] the postcode
	k, p := 0, ls+colon+1
	f[0] = p
	for i := p; i < z; i++ {
		if text[i] == ';' && (i == p || text[i-1] != '\\') {
			if k++; k > 5 {
				return dst, false
			}
			f[k] = i + 1
		}
	}
	if k != 5 || f[5] != z {
		return dst, false
	}
	for _, part := range [...]struct {
		k        int
		typ, why string
		street   bool
	}{
		{2, "STREET_ADDRESS", "street field of a vCard address", true},
		{3, "LOCATION", "locality field of a vCard address", false},
		{4, "LOCATION", "region field of a vCard address", false},
	} {
		s, e := f[part.k], f[part.k+1]-1
		for s < e && text[s] == ' ' {
			s++
		}
		for e > s && text[e-1] == ' ' {
			e--
		}
		if e-s < 2 || !isUpper(text[s]) && text[s] < 0x80 && !(part.street && isDigit(text[s])) || coveredBy(dst, s, e) {
			continue
		}
		dst = append(dst, Span{Start: s, End: e, Type: part.typ, Rule: "builtin.address", Score: 0.8, Reason: part.why})
	}
	return dst, true
}

// vcardADRPostcode reads the run r (five digits between semicolons) as
// the postcode field of a vCard ADR value: it appends the fields before
// it and the postcode to dst and returns where the postcode ends, or 0.
func vcardADRPostcode(text string, r digitRun, dst []Span) ([]Span, int) {
	if text[r.start-1] != ';' || r.end >= len(text) || text[r.end] != ';' {
		return dst, 0
	}
	dst, ok := vcardADRBefore(text, r.start, dst)
	if !ok {
		return dst, 0
	}
	return append(dst, Span{Start: r.start, End: r.end, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.85,
		Reason: "postal code field of a vCard address"}), r.end
}
