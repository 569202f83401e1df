package redact

import "strings"

// The district or town that closes a person's street address after its
// flat or floor (loc17). The class: an address in running text or a
// record that names the street, then the flat, floor or door, then the
// district or town, and then ends ("17 Church Road, apartment 4,
// Kloofview. Blocked drain.", "Cl. 12 # 30-15, apto 301, Laureles, cel.
// 300 …", "Odos Ermou 4, 2ος όροφος, Kifisia, τηλ. …", "Lale Sok. No:8
// Kat:2, Sarıyer – Tel: …"), or names the district right after the
// street and ends there ("12 Kloof Street, Vredehoek, not the office").
// A building's field may stand between ("torre 3, apto 902, Laureles,
// Ibagué", the Colombian and Latin American order), and a district
// word may name the field ("barrio Chapinero Alto, Neiva"): then a known
// town after the district vouches for it and is marked too.
// streetFieldTowns (locdob9_loc.go) reads a known district there, or an
// unknown one that a known town or a postcode after it vouches for; this
// reads past the unit field, and takes an unknown district when the
// address visibly ends after it: the text's or the line's end, a full
// stop before a capital, a comma before a lower-case word, or a phone
// number or e-mail address that follows on the same line.
//
// Safe: only in a text that names a person (townsAfterStreets' person
// flag), never after a shop's or an office's street (businessStreet); the
// word must be no country, region, building part (addressPartWords) or
// name the gazetteers know (nameFlagsOf), and plausibleTown.
//
// Cost: one call per street address of a text that names a person, a few
// byte tests before anything else: nothing on most texts.

// unitWords17 are the words that open a flat's, floor's or door's field
// after a street, lower case ("apartment 6", "apto 402", "Kat:3", "D: 7").
var unitWords17 = []string{"apartment", "apt", "apto", "ap", "app", "appt", "flat", "unit", "suite", "ste",
	"piso", "depto", "dpto", "dept", "casa", "kat", "daire", "d", "lgh", "bloc", "block", "blk", "floor", "fl",
	"étage", "etage", "andar", "stock", "door", "puerta", "pta", "portal", "escalera", "esc", "int", "interno",
	"scala", "whg", "wohnung", "room", "rm", "lot", "stan", "sprat"}

// floorWords17 are the words after a floor's number ("2ος όροφος", "3rd
// floor", "2º andar", "4. Stock").
var floorWords17 = []string{"floor", "όροφος", "ορόφος", "andar", "piso", "stock", "étage", "etage", "og", "kat", "sprat", "emelet"}

// unitFieldEnd returns the end of a unit field that starts at p (one to
// three words, a digit among them, the first a unitWords17 word or the
// last a floorWords17 word), or -1. Most fields after a street are its
// town: the first word is read before anything else, and a capital that
// opens a longer word, or a word no unit starts with, ends the test.
func unitFieldEnd(text string, p int) int {
	if p >= len(text) {
		return -1
	}
	c := text[p]
	digit := isDigit(c)
	if !digit && !unitFirst[c] {
		return -1
	}
	if !digit {
		k := p
		for k < len(text) && k-p <= 9 && (isAlpha(text[k]) || text[k] >= 0x80) {
			k++
		}
		var buf [16]byte
		if lw, ok := lowerASCII16(text[p:k], &buf); !ok || !unitWord17(lw) {
			return -1
		}
	}
	e := p
	for e < len(text) && e-p < 24 && text[e] != ',' && text[e] != '\n' && text[e] != ';' {
		e++
	}
	if e >= len(text) || text[e] != ',' {
		return -1
	}
	f := text[p:e]
	if strings.IndexAny(f, "0123456789") < 0 || strings.Count(f, " ") > 2 {
		return -1
	}
	if !digit {
		return e
	}
	last := f[strings.LastIndexByte(f, ' ')+1:]
	for _, w := range floorWords17 {
		if strings.EqualFold(last, w) {
			return e
		}
	}
	return -1
}

// unitWord17 reports whether w, lower case, is one of unitWords17 (a
// switch, which Go compiles to a search by length and bytes).
func unitWord17(w string) bool {
	switch w {
	case "apartment", "apt", "apto", "ap", "app", "appt", "flat", "unit", "suite", "ste",
		"piso", "depto", "dpto", "dept", "casa", "kat", "daire", "d", "lgh", "bloc", "block", "blk", "floor", "fl",
		"étage", "etage", "andar", "stock", "door", "puerta", "pta", "portal", "escalera", "esc", "int", "interno",
		"scala", "whg", "wohnung", "room", "rm", "lot", "stan", "sprat":
		return true
	}
	return false
}

// unitFirst marks the first bytes of unitWords17, in either ASCII case
// (0xC3 for "étage").
var unitFirst = func() (t [256]bool) {
	for _, w := range unitWords17 {
		c := w[0]
		t[c] = true
		if c >= 'a' && c <= 'z' {
			t[c-('a'-'A')] = true
		}
	}
	return t
}()

// lowerASCII16 lower-cases an ASCII word of at most 16 bytes into buf.
func lowerASCII16(w string, buf *[16]byte) (string, bool) {
	if len(w) > len(buf) {
		return "", false
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return w, true // "étage", "όροφος": compared as written
		}
		buf[i] = toLowerASCII(w[i])
	}
	return string(buf[:len(w)]), true
}

// maxUnitSpans bounds the spans phoneOrMailWithin reads for one address.
const maxUnitSpans = 256

// unitFieldTowns appends the district or town that closes the person's
// address dst[i] (a STREET_ADDRESS) after its unit field, or right after
// the street when the address ends there (see above). dst[:n] are the
// spans before the address rules'.
//
//go:noinline
func unitFieldTowns(text string, dst []Span, n, i int, g *streetGuards) []Span {
	e := dst[i].End
	if e+4 >= len(text) {
		return dst
	}
	p := -1
	switch {
	case text[e] == ',' && text[e+1] == ' ':
		p = e + 2
	case text[e] == ' ' && (isLower(text[e+1]) || isUpper(text[e+1]) || isDigit(text[e+1])):
		p = e + 1 // "No:15 Kat:2, …", "Avenue apartment 6, …"
	default:
		return dst
	}
	// Up to three fields of the flat, floor or building ("torre 2, apto
	// 1103, …", "apto 1502, edificio Torre Sol, …").
	unit := false
	for range 3 {
		ue := unitFieldEnd(text, p)
		if ue < 0 && text[e] == ',' {
			ue = buildingFieldEnd(text, p)
		}
		if ue < 0 || ue+2 >= len(text) || text[ue+1] != ' ' {
			break
		}
		p, unit = ue+2, true
	}
	unit = unit || streetEndsWithUnit(text, dst[i].Start, e) // address21_tail.go: the unit inside the street
	if !unit && text[e] != ',' {
		return dst
	}
	p, district := districtWordAt(text, p) // "barrio El Peñón", "Bairro da Graça"
	if !townUpperAt(text, p) || g.starts.at(dst, len(text), p) {
		return dst
	}
	ce, known := readTown(text, p)
	if ce <= p || g.over.townOverlaps(dst, len(text), p, ce) {
		return dst
	}
	w := text[p:ce]
	if countryNames.has(w) || regionNames.has(w) || addressPartWords[w] {
		return dst
	}
	next, nextEnd := knownTownAfterComma(text, ce)
	closed := districtEndsAt(text, dst, ce, &g.zips)
	if !((known || district || next > 0) && (unit || district) && closed) &&
		!(plausibleTown(w) && (known || nameFlagsOf(w) == 0) && addressClosedAt(text, dst, ce)) {
		return dst
	}
	if businessStreet(text, dst[i].Start) || g.afterBusinessStreet(text, dst, n, dst[i].Start) {
		return dst
	}
	dst = append(dst, locationSpan(p, ce, 0.7, "district or town that closes a street address"))
	if next > 0 && !g.over.townOverlaps(dst, len(text), next, nextEnd) {
		// "…, apto 502, barrio El Peñón, Neiva": the town after the district
		dst = append(dst, locationSpan(next, nextEnd, 0.75, "known town after a street address's district"))
	}
	return dst
}

// knownTownAfterComma returns the bounds of a known town (no country)
// after ", " at e that ends its field (the text's or the line's end, a
// comma, a full stop, a bracket), or 0, 0.
func knownTownAfterComma(text string, e int) (int, int) {
	if e+3 >= len(text) || text[e] != ',' || text[e+1] != ' ' || !townUpperAt(text, e+2) {
		return 0, 0
	}
	s := e + 2
	te, known := readTown(text, s)
	if !known || countryNames.has(text[s:te]) {
		return 0, 0
	}
	if te < len(text) {
		switch text[te] {
		case ',', '.', ')', '\n', '\r', ';':
		default:
			return 0, 0
		}
	}
	return s, te
}

// buildingFieldEnd returns the end of a building's field that starts at p
// after a flat's ("edificio Torre Sol", "torre 2", "bloco B", "Building
// 4"): a building word and at most three more words before a comma, or -1.
func buildingFieldEnd(text string, p int) int {
	switch head3(text, p) {
	case 'e'<<16 | 'd'<<8 | 'i', 't'<<16 | 'o'<<8 | 'r', 'b'<<16 | 'l'<<8 | 'o', 'c'<<16 | 'o'<<8 | 'n',
		'r'<<16 | 'e'<<8 | 's', 'b'<<16 | 'u'<<8 | 'i', 'b'<<16 | 'l'<<8 | 'd', 't'<<16 | 'o'<<8 | 'w',
		'i'<<16 | 'n'<<8 | 't', 'm'<<16 | 'a'<<8 | 'n', 'm'<<16 | 'z'<<8 | ' ', 'l'<<16 | 'o'<<8 | 't',
		'e'<<16 | 't'<<8 | 'a':
	default:
		return -1 // most fields after a street are its town: one switch
	}
	k := p
	for k < len(text) && k-p <= 12 && isAlpha(text[k]) {
		k++
	}
	var buf [16]byte
	lw, ok := lowerASCII16(text[p:k], &buf)
	if !ok || k >= len(text) || text[k] != ' ' {
		return -1
	}
	switch lw {
	case "edificio", "edif", "torre", "bloco", "bloque", "conjunto", "residencial", "building", "bldg", "tower",
		"interior", "manzana", "mz", "lote", "etapa":
	default:
		return -1
	}
	e := k
	for e < len(text) && e-p < 40 && text[e] != ',' && text[e] != '\n' {
		e++
	}
	if e >= len(text) || text[e] != ',' || strings.Count(text[p:e], " ") > 3 {
		return -1
	}
	return e
}

// districtWordAt reports whether a district word opens the field at p
// ("barrio El Peñón", "Bairro da Graça", "colonia Roma", "Col.
// Juárez") and returns where the district's name starts: after the word,
// or at it for "Bairro", which Portuguese writes as part of the name.
func districtWordAt(text string, p int) (int, bool) {
	switch head3(text, p) {
	case 'b'<<16 | 'a'<<8 | 'r', 'b'<<16 | 'a'<<8 | 'i', 'c'<<16 | 'o'<<8 | 'l', 'u'<<16 | 'r'<<8 | 'b',
		's'<<16 | 'e'<<8 | 'c', 'q'<<16 | 'u'<<8 | 'a':
	default:
		return p, false // one switch for most fields
	}
	for _, w := range [...]string{"barrio ", "bairro ", "colonia ", "col. ", "urbanización ", "urb. ", "sector ", "quartier "} {
		if len(text)-p > len(w) && strings.EqualFold(text[p:p+len(w)], w) {
			if w == "bairro " {
				return p, true
			}
			return p + len(w), true
		}
	}
	return p, false
}

// addressClosedAt reports whether a person's address visibly ends at e,
// after its district: the text's or the line's end, a full stop before a
// capital or the line's end, a comma before a lower-case word, or a phone
// number or e-mail address of dst that starts within 12 bytes after a
// comma or a spaced dash ("Laureles, cel. 300 …", "Sarıyer – Tel: …").
func addressClosedAt(text string, dst []Span, e int) bool {
	if e >= len(text) || text[e] == '\n' || text[e] == '\r' {
		return true
	}
	switch text[e] {
	case '.':
		return e+1 >= len(text) || text[e+1] == '\n' || e+2 < len(text) && text[e+1] == ' ' && isUpper(text[e+2])
	case ',':
		if e+2 < len(text) && text[e+1] == ' ' && isLower(text[e+2]) {
			return true
		}
	case ' ':
		if listSepAfter(text, e) < 0 {
			return false
		}
	default:
		return false
	}
	return phoneOrMailWithin(text, dst, e)
}

// phoneOrMailWithin reports whether a PHONE_NUMBER or EMAIL_ADDRESS span
// of dst starts within 12 bytes after e, on the same line. A text of more
// than maxUnitSpans spans (a long list) is not read: no answer.
func phoneOrMailWithin(text string, dst []Span, e int) bool {
	if len(dst) > maxUnitSpans {
		return false
	}
	for k := range dst {
		s := dst[k].Start
		if s > e && s-e <= 12 && (dst[k].Type == "PHONE_NUMBER" || dst[k].Type == "EMAIL_ADDRESS") &&
			strings.IndexByte(text[e:s], '\n') < 0 {
			return true
		}
	}
	return false
}

// head3 returns the three bytes at p, ASCII lower-cased, as one number
// (the first byte highest), or 0 near the text's end: the first test of a
// field's word, one switch on constants and no string.
func head3(text string, p int) uint32 {
	if p+3 > len(text) {
		return 0
	}
	return uint32(toLowerASCII(text[p]))<<16 | uint32(toLowerASCII(text[p+1]))<<8 | uint32(toLowerASCII(text[p+2]))
}
