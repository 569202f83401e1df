package redact

import "strings"

// Postcodes farther after a street address. afterStreetWords reads the
// town and the postcode in the three words after a street; a flat's
// building, stair and floor often stand between ("37 rue des Glycines,
// Bât. C, 2e étage, 94400 Vitry-sur-Seine", "Av. Bezerra de Menezes,
// 1520, bloco B, apto 304, Fortaleza - CE, 60325-002"), and an address
// written on lines puts the postcode on a line of its own after the town
// and province ("Mississauga, ON\nL5G 1C9"). When no postcode was found
// next to the street, postcodeLater looks for one at the start of a later
// comma-separated part of the street's line, or alone on one of the two
// lines after it.

// maxTailBytes bounds how far after the street, in bytes, the postcode
// of its line may start; maxTailPart bounds each part passed over.
const (
	maxTailBytes = 120
	maxTailPart  = 40
)

// afterStreet reads what follows a street address that ends at end: the
// town, district, state and postcode next to it (afterStreetWords), and,
// when that finds no postcode, one farther on (postcodeLater).
func afterStreet(sc *textScan, end int, dst []Span, skipTo int) ([]Span, int) {
	text := sc.text
	n0 := len(dst)
	dst, skipTo = afterStreetWords(text, end, dst, skipTo)
	if len(dst) > n0 && dst[n0].Type == "LOCATION" {
		// "11 Beech Walk, Chapel Allerton, Leeds": the suburb passed over
		dst = suburbBefore(text, end, dst, n0)
	}
	town := false
	for _, s := range dst[n0:] {
		switch s.Type {
		case "ZIP_CODE":
			return dst, skipTo
		case "LOCATION":
			town = true
		}
	}
	return postcodeLater(sc, end, !town, dst, skipTo)
}

// suburbBefore inserts, before dst[n0] (the town that afterStreetWords
// found after the street that ends at end), the suburb or district set
// off by commas between them: "27 Thornbury Avenue, Kings Heath,
// Birmingham", "48b Coronation Street, Reddish, Stockport SK5 6DL". It
// is one to three capitalised words of letters, and no flat's part
// ("Flat B", "Apt 4"); an Indian locality before a town and its PIN too
// ("Koramangala, Bengaluru 560034", "Aldona, Mapusa, Goa 403507"),
// which the eval sets label a LOCATION.
//
//go:noinline
func suburbBefore(text string, end int, dst []Span, n0 int) []Span {
	town := dst[n0].Start
	if town-end < 5 || town-end > 40 || text[end] != ',' || text[town-2] != ',' || text[town-1] != ' ' {
		return dst
	}
	s, e := end+1, town-2
	for s < e && text[s] == ' ' {
		s++
	}
	words := 0
	for i := s; i < e; {
		j := i
		for j < e && text[j] != ' ' {
			j++
		}
		w := text[i:j]
		if !upperAt(text, i) && text[i] < 0xC0 || unitWords[w] || unitWords[strings.TrimSuffix(w, ".")] {
			return dst
		}
		for k := 0; k < len(w); k++ {
			if c := w[k]; !(isAlpha(c) || c >= 0x80 || c == '-' || c == '\'') {
				return dst
			}
		}
		words++
		i = j + 1
	}
	if words == 0 || words > 3 {
		return dst
	}
	dst = append(dst, Span{})
	copy(dst[n0+1:], dst[n0:])
	dst[n0] = Span{Start: s, End: e, Type: "LOCATION", Rule: "builtin.location", Score: 0.8,
		Reason: "suburb between a street address and its town"}
	return dst
}

// postcodeLater appends a postcode (and the town after it) that opens a
// later part of the street's line (only when parts says so: no town was
// found after the street, so that flat's parts may stand there), or
// stands alone on one of the two lines after it.
//
//go:noinline
func postcodeLater(sc *textScan, end int, parts bool, dst []Span, skipTo int) ([]Span, int) {
	text := sc.text
	le := sc.lineEnd(end) // not lineEndAt: read to the end of a long line for every street on it (linear25)
	reportWork("postcodeLater", sc.endWork)
	i := end
	for parts && i < le && i-end < maxTailBytes {
		c := strings.IndexByte(text[i:min(le, i+maxTailPart+1)], ',') // a comma farther on ends the loop as none does
		if c < 0 || c > maxTailPart {
			break
		}
		j := i + c + 1
		for j < le && text[j] == ' ' {
			j++
		}
		if j >= le || !isDigit(text[j]) {
			i = j
			continue
		}
		r := digitRun{j, j}
		for r.end < le && isDigit(text[r.end]) {
			r.end++
		}
		// A plain number of four digits may be a year ("Rotterdam
		// before February 24, 2024."): it needs its town after it.
		sp, ok := postcodeAfterAddress(text, r)
		if ok && sp.Type == "ZIP_CODE" && (townAfter(text, sp.End) || sp.End-sp.Start != 4 && lineEndsAt(text, sp.End)) {
			// skipTo stays: the parts passed over may hold another
			// street ("1995, Javastraat 41-3, 1094 HB"), whose runs
			// the caller still reads.
			sp.Reason = "postcode after a street address and a flat's parts"
			dst, _ = cityAfterPostcode(text, sp, append(dst, sp), skipTo)
			return dst, skipTo
		}
		i = j
	}
	// A postcode alone on one of the two lines after the street's.
	ls := le + 1
	for range 2 {
		if ls >= len(text) {
			break
		}
		e := lineEndAt(text, ls)
		s, t := trimPipes(text, ls, e)
		if sp, ok := postcodeLineAt(text, s, t); ok {
			return append(dst, sp), skipTo
		}
		ls = e + 1
	}
	return dst, skipTo
}

// townAfter reports whether a capitalised word (a town) follows the
// postcode that ends at e after one space.
func townAfter(text string, e int) bool {
	return e+1 < len(text) && text[e] == ' ' && (upperAt(text, e+1) || text[e+1] >= 0xC0)
}

// postcodeLineAt reports a Canadian, UK or Irish postcode that fills the
// line text[s:e] alone.
func postcodeLineAt(text string, s, e int) (Span, bool) {
	if e-s < 6 || e-s > 8 {
		return Span{}, false
	}
	if caPostcodeShape(text[s:e]) {
		return Span{Start: s, End: e, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.85,
			Reason: "Canadian postcode on its own line after a street address"}, true
	}
	if ee, ok := eircodeAt(text, s); ok && ee == e {
		return Span{Start: s, End: e, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.85,
			Reason: "Eircode on its own line after a street address"}, true
	}
	var sp Span
	k := s
	for k < e && !isDigit(text[k]) {
		k++
	}
	if k < e {
		r := digitRun{k, k}
		for r.end < e && isDigit(text[r.end]) {
			r.end++
		}
		if ukPostcodeAt(text, r, &sp) && sp.Start == s && sp.End == e {
			sp.Reason = "UK postcode on its own line after a street address"
			return sp, true
		}
	}
	return Span{}, false
}

// caPostcodeShape reports whether p is a Canadian postcode and nothing
// else: "L5G 1C9" or "L5G1C9" (caLetter's letters).
func caPostcodeShape(p string) bool {
	if len(p) == 7 && p[3] == ' ' {
		p = p[:3] + p[4:]
	}
	return len(p) == 6 && caLetter(p[0], true) && isDigit(p[1]) && caLetter(p[2], false) && isDigit(p[3]) &&
		caLetter(p[4], false) && isDigit(p[5])
}
