package redact

func init() { register(ibanDetector{}) }

// ibanDetector finds IBANs (ISO 13616): a registered country code, two
// check digits and the country's BBAN length, compact or in groups of four,
// case-insensitive, with a valid mod-97 checksum.
type ibanDetector struct{}

func (ibanDetector) ID() string      { return "builtin.iban" }
func (ibanDetector) Types() []string { return []string{"IBAN_CODE"} }

func (d ibanDetector) Detect(text string, dst []Span) []Span {
	return detectAlone(d, text, dst)
}

// ibanLengths is the total IBAN length per country (SWIFT IBAN registry).
var ibanLengths = map[[2]byte]int{}

// ibanLen is ibanLengths as an array indexed by the country code's
// letters less 'A' (0: no IBAN), for the scan's per-run lookup.
var ibanLen [26][26]uint8

// ibanFormats is the BBAN structure per country in the registry's notation
// (n digits, a upper-case letters, c letters or digits), indexed like
// ibanLen, for the countries whose structure is known here; others are
// checked by length only.
var ibanFormats [26][26][]bbanPart

// bbanPart is a run of count characters of one class ('n', 'a' or 'c').
type bbanPart struct {
	count int
	class byte
}

var ibanFormatSpec = map[string]string{
	"AD": "8n12c", "AE": "19n", "AL": "8n16c", "AT": "16n", "AZ": "4a20c", "BA": "16n", "BE": "12n",
	"BG": "4a6n8c", "BH": "4a14c", "BR": "23n1a1c", "BY": "4c4n16c", "CH": "5n12c", "CR": "18n",
	"CY": "8n16c", "CZ": "20n", "DE": "18n", "DK": "14n", "DO": "4c20n", "EE": "16n", "EG": "25n",
	"ES": "20n", "FI": "14n", "FO": "14n", "FR": "10n11c2n", "GB": "4a14n", "GE": "2a16n", "GI": "4a15c",
	"GL": "14n", "GR": "7n16c", "GT": "4c20c", "HR": "17n", "HU": "24n", "IE": "4a14n", "IL": "19n",
	"IQ": "4a15n", "IS": "22n", "IT": "1a10n12c", "JO": "4a4n18c", "KW": "4a22c", "KZ": "3n13c",
	"LB": "4n20c", "LC": "4a24c", "LI": "5n12c", "LT": "16n", "LU": "3n13c", "LV": "4a13c", "LY": "21n",
	"MC": "10n11c2n", "MD": "2c18c", "ME": "18n", "MK": "3n10c2n", "MR": "23n", "MT": "4a5n18c",
	"MU": "4a19n3a", "NL": "4a10n", "NO": "11n", "PK": "4a16c", "PL": "24n", "PS": "4a21c", "PT": "21n",
	"QA": "4a21c", "RO": "4a16c", "RS": "18n", "SA": "2n18c", "SC": "4a20n3a", "SE": "20n", "SI": "15n",
	"SK": "20n", "SM": "1a10n12c", "ST": "21n", "SV": "4a20n", "TL": "19n", "TN": "20n", "TR": "6n16c",
	"UA": "6n19c", "VA": "18n", "VG": "4a16n", "XK": "16n",
}

// parseBBANFormat parses "4a14n" into parts; it returns nil on a bad spec.
func parseBBANFormat(spec string) []bbanPart {
	var parts []bbanPart
	n := 0
	for i := 0; i < len(spec); i++ {
		c := spec[i]
		if isDigit(c) {
			n = n*10 + int(c-'0')
			continue
		}
		if n == 0 || (c != 'n' && c != 'a' && c != 'c') {
			return nil
		}
		parts = append(parts, bbanPart{n, c})
		n = 0
	}
	return parts
}

// bbanMatches checks an upper-case BBAN against a structure.
func bbanMatches(b []byte, parts []bbanPart) bool {
	i := 0
	for _, p := range parts {
		for k := 0; k < p.count; k++ {
			if i >= len(b) {
				return false
			}
			c := b[i]
			switch p.class {
			case 'n':
				if !isDigit(c) {
					return false
				}
			case 'a':
				if !isUpper(c) {
					return false
				}
			}
			i++
		}
	}
	return i == len(b)
}

func init() {
	for _, e := range []struct {
		cc string
		n  int
	}{
		{"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16}, {"BG", 22},
		{"BH", 22}, {"BI", 27}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22}, {"CY", 28}, {"CZ", 24},
		{"DE", 22}, {"DJ", 27}, {"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29}, {"ES", 24}, {"FI", 18},
		{"FK", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22}, {"GE", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27},
		{"GT", 28}, {"HN", 28}, {"HR", 21}, {"HU", 28}, {"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IS", 26},
		{"IT", 27}, {"JO", 30}, {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32}, {"LI", 21}, {"LT", 20},
		{"LU", 20}, {"LV", 21}, {"LY", 25}, {"MC", 27}, {"MD", 24}, {"ME", 22}, {"MK", 19}, {"MN", 20},
		{"MR", 27}, {"MT", 31}, {"MU", 30}, {"NI", 28}, {"NL", 18}, {"NO", 15}, {"OM", 23}, {"PK", 24},
		{"PL", 28}, {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"RU", 33}, {"SA", 24},
		{"SC", 31}, {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27}, {"SO", 23}, {"ST", 25},
		{"SV", 28}, {"TL", 23}, {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VA", 22}, {"VG", 24}, {"XK", 20},
		{"YE", 30},
		// Experimental (not in the registry) but in wide use.
		{"AO", 25}, {"BF", 28}, {"BJ", 28}, {"CI", 28}, {"CM", 27}, {"CV", 25}, {"DZ", 26}, {"GA", 27},
		{"IR", 26}, {"MA", 28}, {"MG", 27}, {"ML", 28}, {"MZ", 25}, {"SN", 28}, {"TG", 28},
	} {
		ibanLengths[[2]byte{e.cc[0], e.cc[1]}] = e.n
		ibanLen[e.cc[0]-'A'][e.cc[1]-'A'] = uint8(e.n)
	}
	for cc, spec := range ibanFormatSpec {
		key := [2]byte{cc[0], cc[1]}
		parts := parseBBANFormat(spec)
		total := 0
		for _, p := range parts {
			total += p.count
		}
		// A spec that disagrees with the registered length is ignored (the
		// tests check that none does).
		if parts != nil && total+4 == ibanLengths[key] {
			ibanFormats[cc[0]-'A'][cc[1]-'A'] = parts
			ibanMasks[cc[0]-'A'][cc[1]-'A'] = bbanMaskOf(parts) // iban_fast.go
		}
	}
}

func (ibanDetector) detectScan(sc *textScan, dst []Span) []Span {
	text := sc.text
	runs, kinds, anyKind := sc.runKinds()
	if anyKind&kindIBAN == 0 {
		return dst
	}
	var buf [34]byte
	for i, r := range runs {
		if kinds[i]&kindIBAN == 0 {
			continue
		}
		// The check digits follow the two-letter country code directly.
		p := r.start
		if p < 2 || r.end-r.start < 2 || !isAlpha(text[p-1]) || !isAlpha(text[p-2]) {
			continue
		}
		s := p - 2
		if s > 0 && (alnumBefore(text, s) || text[s-1] == '_') {
			continue
		}
		cc := [2]byte{text[s] &^ 0x20, text[s+1] &^ 0x20} // letters, see above
		want := int(ibanLen[cc[0]-'A'][cc[1]-'A'])
		if want == 0 {
			continue
		}
		// Collect want alphanumerics; single spaces or dashes may separate
		// groups of four after the first group.
		n, i, seen, digits := ibanCollect(text, s, want, &buf) // iban_fast.go
		grouped := seen&ibanGrouped != 0
		if n != want || (i < len(text) && isAlnum(text[i])) {
			continue
		}
		// Mixed case ("LV80 bANK …") is a typo or a look-alike, not an IBAN.
		if seen&(ibanUpper|ibanLower) == ibanUpper|ibanLower {
			continue
		}
		// The BBAN structure, when known (bbanMatches, by masks:
		// iban_fast.go).
		if m := &ibanMasks[cc[0]-'A'][cc[1]-'A']; !m.fits(digits) {
			continue
		}
		if ibanRemainder(buf[:n]) != 1 {
			continue
		}
		reason := "IBAN with the registered length for its country and a valid mod-97 checksum"
		if grouped {
			reason = "IBAN in groups of four with the registered length for its country and a valid mod-97 checksum"
		}
		score := 1.0
		if notCustomerAfter(text, i) {
			score, reason = premisesScore, reasonNotCustomer // struct23_iban.go
		}
		dst = append(dst, Span{Start: s, End: i, Type: "IBAN_CODE", Rule: "builtin.iban", Score: score, Reason: reason})
	}
	return dst
}

// insideIBANChain reports whether position p follows, through groups of up
// to four letters or digits separated by single spaces, a group that opens
// an IBAN (two letters and two digits, e.g. "MT84 MALT 0110 …"). Other
// digit detectors use it not to report the middle of an invalid or
// unsupported IBAN.
func insideIBANChain(text string, p int) bool {
	for k := 0; k < 9; k++ {
		if p < 2 || text[p-1] != ' ' || !isAlnum(text[p-2]) {
			return false
		}
		e := p - 1
		s := e
		for s > 0 && e-s < 5 && isAlnum(text[s-1]) {
			s--
		}
		if e-s > 4 || (s > 0 && isAlnum(text[s-1])) {
			return false
		}
		if e-s == 4 && isAlpha(text[s]) && isAlpha(text[s+1]) && isDigit(text[s+2]) && isDigit(text[s+3]) {
			return true
		}
		p = s
	}
	return false
}
