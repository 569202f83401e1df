package redact

import (
	"unicode"
	"unicode/utf8"
)

// (loc24) The town before a country-prefixed postcode that ends an
// address's line, as Baltic and other European mail writes it: "Brīvības
// iela 97 - 12, Rīga, LV-1001", "Gedimino pr. 5-3, Vilnius, LT-01103",
// "…, Tallinn, EE-10117". countryPostcodeAt reads the postcode; the town
// before its comma is one the gazetteer knows, and opens its field (a
// comma, a line's start or a colon before it), so a street's unknown
// words are never read as one.

// townBeforeCountryCode appends the known town that ends at the comma
// before a country-prefixed postcode starting at s (text[s-2:s] is ", ").
func townBeforeCountryCode(text string, s int, dst []Span) []Span {
	te := s - 2
	fs := te
	for fs > 0 && te-fs < 40 && text[fs-1] != ',' && text[fs-1] != '\n' && text[fs-1] != ':' && text[fs-1] != ';' {
		fs--
	}
	for fs < te && text[fs] == ' ' {
		fs++
	}
	if te-fs < 2 || !townUpperAt(text, fs) {
		return dst
	}
	if ce, known := readTown(text, fs); !known || ce != te || townOverlaps(dst, fs, te) {
		return dst
	}
	return append(dst, locationSpan(fs, te, 0.8, "known town before a country-prefixed postcode"))
}

// (loc24) A postcode and a known town after a house or flat number and a
// comma, where the street before them is one the address detector does
// not read: "Kounicova 67a, 602 00 Brno", "Hlavná 42/A, 040 01 Košice",
// "ап. 38, 1336 София", "Ανεξαρτησίας 45, 3040 Λεμεσός". The postcode has
// the national forms of three and two digits (CZ, SK, GR, SE), four or
// five digits; the town is one the gazetteer knows and closes its field,
// so "Unit 5, 1200 Oxford Street" and "ages 4, 1990 Berlin wall" stay
// unmarked.

// postcodesAfterNumbers appends the postcodes and towns of
// postcodeTownAfterNumber at the runs no span of dst holds: after the
// address walk, so that a street before them, read back from the
// postcode ("Ilica 212, 10000 Zagreb"), keeps its reading. runs starts
// at the first candidate the walk saw.
func postcodesAfterNumbers(text string, runs []digitRun, kinds []uint32, dst []Span) []Span {
	for i, r := range runs {
		n := r.end - r.start
		if n < 3 || n > 5 || r.start < 4 || text[r.start-2] != ',' || text[r.start-1] != ' ' || kinds[i]&kindsAddress == 0 {
			continue
		}
		covered := false
		for k := range dst {
			if dst[k].Start < r.end && r.start < dst[k].End {
				covered = true
				break
			}
		}
		if !covered {
			dst, _ = postcodeTownAfterNumber(text, r, dst)
		}
	}
	return dst
}

// postcodeTownAfterNumber reads the postcode at the run r (text[r.start-2:
// r.start] is ", ") and the town after it, and appends both to dst. It
// returns the end of what it appended, or 0.
//
//go:noinline
func postcodeTownAfterNumber(text string, r digitRun, dst []Span) ([]Span, int) {
	e := r.end
	switch r.end - r.start {
	case 3:
		if e+3 >= len(text) || text[e] != ' ' || !isDigit(text[e+1]) || !isDigit(text[e+2]) {
			return dst, 0
		}
		e += 3 // "602 00"
	case 4, 5:
	default:
		return dst, 0
	}
	if e+2 >= len(text) || text[e] != ' ' || !townUpperAt(text, e+1) || !houseNumberEndsAt(text, r.start-2) {
		return dst, 0
	}
	ce, known := readTown(text, e+1)
	if !known || !fieldEndsAt23(text, ce) {
		return dst, 0
	}
	if w := text[e+1 : ce]; countryNames.has(w) || regionNames.has(w) || !streetWordBefore24(text, r.start-2) {
		return dst, 0
	}
	dst = append(dst, Span{Start: r.start, End: e, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.8,
		Reason: "postcode before a known town, after a house number"},
		locationSpan(e+1, ce, 0.8, "known town after a postcode"))
	return dst, ce
}

// houseNumberEndsAt reports whether a house or flat number ends at c (a
// comma): one to five digits, a letter or a part after a slash or a dash
// ("67a", "42/A", "14-7"), after a space; streetWordBefore24 then wants a
// street's word before it: one that starts with a capital ("Kounicova
// 67a") or an abbreviation with its dot ("ап. 38", "bl. 4"), not a
// lower-case word ("ages 4, 1990 Berlin").
func houseNumberEndsAt(text string, c int) bool {
	if c > 2 && text[c-1] >= 0x80 {
		// a letter of another script after the number: "45Α", "12б"
		r, n := utf8.DecodeLastRuneInString(text[:c])
		if !unicode.IsLetter(r) || c-n < 1 || !isDigit(text[c-n-1]) {
			return false
		}
		c -= n
	}
	s := c
	for s > 0 && c-s < 10 && (isASCIIAlnum(text[s-1]) || text[s-1] == '/' || text[s-1] == '-') {
		s--
	}
	if s == c || !isDigit(text[s]) {
		return false
	}
	if s < 3 || text[s-1] != ' ' {
		return false
	}
	letters := 0
	for k := s; k < c; k++ {
		if isAlpha(text[k]) {
			letters++
		}
	}
	return letters <= 1
}

// streetWordBefore24 reports whether the word before the house number that
// ends at c (houseNumberEndsAt holds) is a street's: see streetWordEndsAt.
func streetWordBefore24(text string, c int) bool {
	s := c
	for s > 0 && text[s-1] != ' ' {
		s--
	}
	return s >= 3 && streetWordEndsAt(text, s-1)
}

// streetWordEndsAt reports whether the word that ends at e starts with a
// capital (any script) or ends with a dot.
func streetWordEndsAt(text string, e int) bool {
	if text[e-1] == '.' {
		return true
	}
	s := e
	for s > 0 && e-s < 40 && text[s-1] != ' ' && text[s-1] != '\n' && text[s-1] != ',' && text[s-1] != '(' {
		s--
	}
	if s >= e || !townUpperAt(text, s) {
		return false
	}
	if _, ok := monthAt(text, s); ok {
		return false // "Delivered March 12, 2024 Tartu": a date
	}
	var buf [16]byte
	w, ok := lowerWord(text, s, e, &buf)
	return !ok || !referenceNouns24.has(w)
}

// referenceNouns24 are the nouns before a number that is no house number
// ("Order 12, 50410 Tartu", "Room 4, 1200 guests"), lower case.
var referenceNouns24 = boolTable(map[string]bool{"order": true, "orden": true, "commande": true, "bestellung": true, "auftrag": true, "zamówienie": true, "objednávka": true,
	"objednávky": true, "tilaus": true, "tellimus": true, "sipariş": true, "invoice": true, "factura": true, "facture": true, "rechnung": true, "faktura": true, "fattura": true,
	"room": true, "zimmer": true, "chambre": true, "habitación": true, "camera": true, "pokój": true, "table": true, "tisch": true, "mesa": true, "page": true, "seite": true, "página": true,
	"item": true, "artikel": true, "ticket": true, "booking": true, "buchung": true, "reserva": true, "seat": true, "row": true, "gate": true, "ref": true, "case": true, "no": true, "nr": true,
	"number": true, "nummer": true, "número": true, "numéro": true, "numero": true, "year": true, "jahr": true, "año": true, "week": true, "woche": true, "day": true, "tag": true,
	"step": true, "level": true, "grade": true, "klasse": true, "class": true, "group": true, "gruppe": true, "team": true, "lot": true, "batch": true, "version": true, "chapter": true})

// cityFieldBefore24 reports whether the field before a PIN label that
// starts at k ends with a known town: on the line before ("City:
// Pune\nPIN: 411001") or before two spaces or a tab on the same line, as
// forms lay their fields out ("City: Bengaluru  PIN: 560041"). A PIN
// label alone, or after one space, may be a card's (pinSpan).
func cityFieldBefore24(text string, k int) bool {
	e := k
	for e > 0 && k-e < 8 && (text[e-1] == ' ' || text[e-1] == '\t') {
		e--
	}
	switch {
	case e > 0 && text[e-1] == '\n':
		e--
		if e > 0 && text[e-1] == '\r' {
			e--
		}
	case k-e < 2 && !(k-e == 1 && text[e] == '\t'):
		return false
	}
	s := e
	for s > 0 && e-s < 24 && text[s-1] != ' ' && text[s-1] != '\n' && text[s-1] != ':' && text[s-1] != ',' {
		s--
	}
	return s < e && (cityNames.has(text[s:e]) || townNames.has(text[s:e]))
}

// sideFieldStart24 returns where a second field starts on a key: value
// line whose value starts at vs and whose line ends at ve: two spaces or
// a tab, then a key of one to three words and its colon ("City: Pune
// PIN: 411001", "Town: Leeds\tPostcode: LS1 4GL"), as forms pasted from
// a PDF lay their fields out side by side; ve when there is none.
func sideFieldStart24(text string, vs, ve int) int {
	for i := vs; i+2 < ve; i++ {
		if text[i] != '\t' && (text[i] != ' ' || text[i+1] != ' ') {
			continue
		}
		j := i + 1
		for j < ve && (text[j] == ' ' || text[j] == '\t') {
			j++
		}
		if j >= ve || !isAlpha(text[j]) && text[j] < 0x80 {
			continue
		}
		for k, words := j, 1; k < ve && k-j < 24; k++ {
			switch c := text[k]; {
			case c == ':':
				if k > j {
					return i
				}
			case c == ' ':
				if words++; words > 3 {
					k = ve
				}
			case c == ',' || c == '.' || c == ';' || isDigit(c):
				k = ve
			}
		}
	}
	return ve
}
