package redact

// Postcodes of more countries, each read only with its own context:
//   - a country prefix and a dash before it, as European mail writes it
//     ("LT-03107", "LV-1010", "FO-110", "CH-8001", "D-80331", "F-75001",
//     "A-1010", "I-00184", "NL-1012 AB", "B-1000"), taken with a town
//     after it or at the end of an address's line (a Polish "PL-00-950"
//     is not read: its two-digit group after a dash is a date's or a
//     phone number's, and the scan's kinds leave such runs out);
//   - a national postcode label before it ("PSČ 811 02", "TK 106 71",
//     "Τ.Κ. 546 21", "kode pos 40115", "C.P. 06700", "poskod 47300");
//   - three digits and a town after a street (IS, FO "101 Reykjavík",
//     in postcodeAfterAddress);
//   - a Kenyan post office box's postcode after its dash ("P.O. Box
//     1234-00100 Nairobi").

// countryPrefixes are the country codes written before a postcode, with
// the number of digits each country's code has (a bit per length).
var countryPrefixes = map[string]uint8{
	"LT": 1 << 5, "LV": 1 << 4, "EE": 1 << 5, "FO": 1 << 3, "IS": 1 << 3, "CH": 1 << 4, "D": 1 << 5, "DE": 1 << 5,
	"F": 1 << 5, "FR": 1 << 5, "A": 1 << 4, "AT": 1 << 4, "I": 1 << 5, "IT": 1 << 5, "NL": 1 << 4, "B": 1 << 4,
	"BE": 1 << 4, "L": 1 << 4, "LU": 1 << 4, "DK": 1 << 4, "N": 1 << 4, "NO": 1 << 4, "S": 1<<3 | 1<<5,
	"SE": 1<<3 | 1<<5, "FI": 1 << 5, "SF": 1 << 5, "E": 1 << 5, "ES": 1 << 5, "P": 1 << 4, "PT": 1 << 4,
	"SK": 1<<3 | 1<<5, "CZ": 1<<3 | 1<<5, "SI": 1 << 4, "HR": 1 << 5, "H": 1 << 4, "HU": 1 << 4,
	"RO": 1 << 6, "BG": 1 << 4, "GR": 1<<3 | 1<<5, "CY": 1 << 4, "MC": 1 << 5, "PL": 1 << 2, "GL": 1 << 4,
	"LI": 1 << 4, "SM": 1 << 5, "RS": 1 << 5, "BA": 1 << 5, "ME": 1 << 5, "MK": 1 << 4, "AL": 1 << 4,
}

// countryPostcodeAt reads a country-prefixed postcode whose digits start
// with the run r (a dash before it) and appends it, with the town after
// it, to dst. It returns the end of what it appended, or 0.
//
//go:noinline
func countryPostcodeAt(text string, r digitRun, dst []Span) ([]Span, int) {
	d := r.start - 1 // the dash
	s := d
	for s > 0 && isUpper(text[s-1]) && d-s < 2 {
		s--
	}
	if s == d || s > 0 && (isAlpha(text[s-1]) || isDigit(text[s-1]) || text[s-1] == '-' || text[s-1] >= 0x80) {
		return dst, 0
	}
	lens, ok := countryPrefixes[text[s:d]]
	if !ok {
		return dst, 0
	}
	n := r.end - r.start
	e := r.end
	switch {
	case lens&(1<<2) != 0 && n == 2:
		// Polish "PL-00-950"
		if e+4 > len(text) || text[e] != '-' || !allDigits(text[e+1:e+4]) {
			return dst, 0
		}
		e += 4
	case n < 8 && lens&(1<<n) != 0:
		if n == 3 && lens&(1<<5) != 0 && e+3 <= len(text) && text[e] == ' ' && isDigit(text[e+1]) && isDigit(text[e+2]) {
			e += 3 // "SK-811 02", "GR-106 71"
		} else if n == 4 && text[s:d] == "NL" && e+3 <= len(text) && text[e] == ' ' && isUpper(text[e+1]) &&
			isUpper(text[e+2]) {
			e += 3 // "NL-1012 AB"
		}
	default:
		return dst, 0
	}
	if !wordEndAt(text, e) || e < len(text) && (text[e] == '-' || text[e] == '/' || text[e] == '.' && e+1 < len(text) && isDigit(text[e+1])) {
		return dst, 0
	}
	// a town after it, or the end of an address's line after a comma
	// ("…, Rīga, LV-1001")
	town := e+1 < len(text) && text[e] == ' ' && upperAt(text, e+1)
	if town && (d-s == 1 || !lineStartBefore(text, s)) && !knownTownAt(text, e+1) {
		// a one-letter prefix, or one in running text, is also a part
		// number's ("A-1010 Pro", "model CH-1200 Black"): only with a
		// town the gazetteer knows ("A-1010 Wien")
		return dst, 0
	}
	if !town {
		lineEnd := e >= len(text) || text[e] == '\n' || text[e] == '\r' || text[e] == ',' || text[e] == ';' ||
			text[e] == '.' || text[e] == ')'
		if !lineEnd || s < 2 || text[s-1] != ' ' || text[s-2] != ',' {
			return dst, 0
		}
	}
	zip := Span{Start: s, End: e, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.85,
		Reason: "postcode with a country prefix"}
	dst = append(dst, zip)
	if town {
		dst, e = cityAfterPostcode(text, zip, dst, e)
	} else {
		dst = townBeforeCountryCode(text, s, dst) // loc24_zip.go: "…, Rīga, LV-1001"
	}
	return dst, e
}

// intlPostcodeLabels are national postcode labels, lower case, that
// stand before the code: CZ/SK "PSČ", GR "TK"/"Τ.Κ.", ID "kode pos", MX
// "C.P.", MY "poskod", IS "póstnúmer", RO "cod poștal" (its last word).
var intlPostcodeLabels = boolTable(map[string]bool{
	"psč": true, "psč:": true, "psČ": true, "psČ:": true, "tk": true, "t.k.": true, "tk:": true, "τκ": true, "τ.κ.": true, "τκ:": true,
	"pos": true, "pos:": true, "c.p.": true, "c.p": true, "c.p.:": true, "poskod": true, "poskod:": true,
	"póstnúmer": true, "póstnúmer:": true, "poștal": true, "poștal:": true, "poştal": true, "poştal:": true,
	"postal:": true, "postal": true, "pin:": true, "pincode": true, "pincode:": true, "irányítószám": true,
	"irányítószám:": true, "ir.sz.": true, "indeks": true, "indeks:": true, "pasto": true, "pasta": true,
})

// labelledIntlPostcode reads a postcode of three and two digits, four,
// five or six digits whose first group is the run r after one of
// intlPostcodeLabels, and returns its span.
//
//go:noinline
func labelledIntlPostcode(text string, r digitRun) (Span, bool) {
	w, ok := wordBack(text, r.start)
	if !ok || w.end != r.start-1 || w.end-w.start > 16 {
		return Span{}, false
	}
	var buf [32]byte
	b := buf[:0]
	for k := w.start; k < w.end; k++ {
		b = append(b, toLowerASCII(text[k]))
	}
	t := string(b)
	if !intlPostcodeLabels.has(t) && !(t[0] >= 0x80 && intlPostcodeLabels.has(greekLower(t))) {
		return Span{}, false
	}
	if t == "pos" || t == "pos:" || t == "postal" || t == "postal:" || t == "pasto" || t == "pasta" {
		// "kode pos", "código postal", "pašto kodas" only
		v, ok := wordBack(text, w.start)
		vt := ""
		if ok {
			vt = v.str(text)
		}
		switch vt {
		case "kode", "Kode", "KODE", "código", "Código", "cod", "Cod", "code", "Code":
		default:
			return Span{}, false
		}
	}
	e := r.end
	n := r.end - r.start
	switch {
	case n == 3 && e+3 <= len(text) && text[e] == ' ' && isDigit(text[e+1]) && isDigit(text[e+2]):
		e += 3
	case n >= 3 && n <= 6:
	default:
		return Span{}, false
	}
	if !wordEndAt(text, e) || e < len(text) && (text[e] == '-' || text[e] == '/') {
		return Span{}, false
	}
	return Span{Start: r.start, End: e, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.85,
		Reason: "postcode after a national postcode label"}, true
}

// greekLower lower-cases the Greek capitals of a postcode label ("ΤΚ",
// "Τ.Κ.").
func greekLower(t string) string {
	switch t {
	case "ΤΚ", "τκ":
		return "τκ"
	case "Τ.Κ.", "τ.κ.":
		return "τ.κ."
	case "ΤΚ:":
		return "τκ:"
	}
	return t
}

// kenyanBoxPostcode reads the postcode after a post office box's number
// and a dash ("P.O. Box 1234-00100 Nairobi") that ends at e.
func kenyanBoxPostcode(text string, e int) (Span, bool) {
	if e+6 > len(text) || text[e] != '-' || !allDigits(text[e+1:e+6]) || !wordEndAt(text, e+6) {
		return Span{}, false
	}
	return Span{Start: e + 1, End: e + 6, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.85,
		Reason: "postcode after a post office box number"}, true
}

// labelledIntlPostcodeInto is labelledIntlPostcode storing its span in sp.
func labelledIntlPostcodeInto(text string, r digitRun, sp *Span) bool {
	zp, ok := labelledIntlPostcode(text, r)
	if ok {
		*sp = zp
	}
	return ok
}

// labelByteIntl marks the last bytes of intlPostcodeLabels (a colon, a
// dot, the last letter, the last byte of "Č", "Κ" and "κ"), tested before
// labelledIntlPostcode.
var labelByteIntl = func() (t [256]bool) {
	for _, c := range []byte(":.kKsSdDlLrR") {
		t[c] = true
	}
	t["Č"[1]], t["č"[1]], t["Κ"[1]], t["κ"[1]] = true, true, true, true
	return t
}()

// knownTownAt reports whether a town of the gazetteer opens the text at i.
func knownTownAt(text string, i int) bool {
	_, known := readTown(text, i)
	return known
}

// lineStartBefore reports whether the word at s opens a line or a part of
// an address line: only spaces and tabs, then a line break, a comma, a
// colon, a dash or a bar (or the text's start), are before it.
func lineStartBefore(text string, s int) bool {
	for s > 0 && (text[s-1] == ' ' || text[s-1] == '\t') {
		s--
	}
	if s == 0 {
		return true
	}
	switch text[s-1] {
	case '\n', '\r', ',', ':', '-', '|', ';', '(':
		return true
	}
	return false
}

// proseTownPostcode reports whether the word w, after a town that follows
// a street address, is a postcode that running text puts there: four
// digits that are no year of 1900 to 2099, or five digits, with a space
// and a lower-case word or the end of the sentence after them ("12 Smith
// Street, Fitzroy 3065 with her dog", "3 rue des Lilas, Rennes 35000
// depuis mai").
func proseTownPostcode(text string, w word) bool {
	p := trimDot(text, w)
	n := p.end - p.start
	if n != 4 && n != 5 || !allDigits(p.str(text)) {
		return false
	}
	if n == 4 && (text[p.start] == '1' && text[p.start+1] == '9' || text[p.start] == '2' && text[p.start+1] == '0') {
		return false
	}
	e := p.end
	if e >= len(text) {
		return true
	}
	switch text[e] {
	case '.', '!', '?', ';', ')', '\n', '\r':
		return e+1 >= len(text) || !isDigit(text[e+1])
	case ' ':
		return e+1 < len(text) && (isLower(text[e+1]) || text[e+1] >= 0xC0 && !upperAt(text, e+1))
	}
	return false
}
