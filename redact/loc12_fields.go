package redact

// A postcode in a field of its own right after a street's field, in a
// CSV export or a table row ("Av. Insurgentes 455 depto 3;03100;Benito
// Juárez", "…| 4 Rue Neuve | 1000 | Bruxelles |"), and the town in the
// field after it: the street found before vouches for both.

// fieldSeps are the bytes that end a field of a CSV export or a table row.
var fieldSeps = [256]bool{';': true, ',': true, '|': true, '\t': true}

// fieldPostcodeAt reads the run r (four or five digits) as a postcode when
// it fills the field right after a street's (the street span ends at the
// separator before it) and a capitalised town of up to four words fills
// the next field ("Calle Pino 12;2024;done" has none). It appends both and
// returns the end of what it read, or 0.
//
//go:noinline
func fieldPostcodeAt(text string, r digitRun, dst []Span) ([]Span, int) {
	sep := text[r.start-1]
	e := r.end
	for e < len(text) && text[e] == ' ' {
		e++
	}
	if e >= len(text) || text[e] != sep {
		return dst, 0
	}
	s := e + 1
	for s < len(text) && text[s] == ' ' {
		s++
	}
	te := s
	words := 0
	for te < len(text) && text[te] != sep && text[te] != '\n' && text[te] != '\r' && te-s <= 40 {
		if text[te] == ' ' {
			words++
		} else if text[te] < 0x80 && !isAlpha(text[te]) && text[te] != '.' && text[te] != '-' && text[te] != '\'' {
			return dst, 0
		}
		te++
	}
	for te > s && text[te-1] == ' ' {
		te--
	}
	if te-s < 3 || te-s > 40 || words > 3 || !upperAt(text, s) {
		return dst, 0
	}
	dst = append(dst,
		Span{Start: r.start, End: r.end, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.8,
			Reason: "postcode in the field after a street's, before a town's"},
		Span{Start: s, End: te, Type: "LOCATION", Rule: "builtin.address", Score: 0.8,
			Reason: "town in the field after a postcode's, after a street's"})
	return dst, te
}

// fieldAfterStreet reports whether a street span of dst ends at the
// separator right before the run r.
func fieldAfterStreet(text string, r digitRun, dst []Span) bool {
	n := len(dst)
	return n > 0 && dst[n-1].End == r.start-1 && dst[n-1].Type == "STREET_ADDRESS"
}
