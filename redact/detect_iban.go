package redact

func init() { register(ibanDetector{}) }

// ibanDetector finds IBANs (ISO 13616): a registered country code, two
// check digits and the country's BBAN length, compact or in groups of four,
// case-insensitive, with a valid mod-97 checksum.
type ibanDetector struct{}

func (ibanDetector) ID() string      { return "builtin.iban" }
func (ibanDetector) Types() []string { return []string{"IBAN_CODE"} }

func (d ibanDetector) Detect(text string, dst []Span) []Span {
	return d.detectScan(newScan(text), dst)
}

// ibanLengths is the total IBAN length per country (SWIFT IBAN registry).
var ibanLengths = map[[2]byte]int{}

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
	}
}

func (ibanDetector) detectScan(sc *textScan, dst []Span) []Span {
	text := sc.text
	runs := sc.digitRuns()
	var buf [34]byte
	for _, r := range runs {
		// The check digits follow the two-letter country code directly.
		p := r.start
		if p < 2 || r.end-r.start < 2 || !isAlpha(text[p-1]) || !isAlpha(text[p-2]) {
			continue
		}
		s := p - 2
		if s > 0 && (isAlnum(text[s-1]) || text[s-1] == '_') {
			continue
		}
		cc := [2]byte{text[s] &^ 0x20, text[s+1] &^ 0x20}
		want, ok := ibanLengths[cc]
		if !ok {
			continue
		}
		// Collect want alphanumerics; single spaces or dashes may separate
		// groups of four after the first group.
		n := 0
		i := s
		grouped := false
		for i < len(text) && n < want {
			c := text[i]
			if isAlnum(c) {
				if isLower(c) {
					c -= 'a' - 'A'
				}
				buf[n] = c
				n++
				i++
				continue
			}
			if (c == ' ' || c == '-') && n%4 == 0 && n > 0 && i+1 < len(text) && isAlnum(text[i+1]) {
				grouped = true
				i++
				continue
			}
			break
		}
		if n != want || (i < len(text) && isAlnum(text[i])) {
			continue
		}
		if mod97Rearranged(buf[:n]) != 1 {
			continue
		}
		reason := "IBAN with the registered length for its country and a valid mod-97 checksum"
		if grouped {
			reason = "IBAN in groups of four with the registered length for its country and a valid mod-97 checksum"
		}
		dst = append(dst, Span{Start: s, End: i, Type: "IBAN_CODE", Rule: "builtin.iban", Score: 1, Reason: reason})
	}
	return dst
}
