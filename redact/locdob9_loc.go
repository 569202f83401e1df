package redact

// Towns after an age set off by commas: "Pani Ewa Lis, 81 lat, z
// Tarnowa", "Rosa Ortiz, 34 años, de Elche". The from-word that follows a
// name after a comma (residenceTowns) follows the age the name's
// apposition gives as well.

// ageUnitEndsAt reports whether an AGE span of dst ends at e, or one
// space and an age unit (ageUnits: "lat", "años", "years") before e: the
// age of "81 lat, z Tarnowa". g (typ "AGE") reads dst's AGE ends at a
// bounded cost: a list of ten thousand such items.
func ageUnitEndsAt(text string, dst []Span, e int, g *posGuard) bool {
	s := e
	for s > 0 && e-s < 17 && isCtxWordByte(text[s-1]) && text[s-1] != '.' {
		s--
	}
	var buf [16]byte
	if w, ok := lowerWord(text, s, e, &buf); !ok || !ageUnitTable.has(w) || s < 2 || text[s-1] != ' ' {
		return false
	}
	return g.at(dst, len(text), s-1) // span_guard_outside.go
}

// starsBefore reports whether a review's rating opens the line before the
// name at s: one or more stars ("★", "☆", "⭐") and a space at the line's
// start, as review exports credit their writer ("★★★★☆ Ana Ruiz, Elche:
// …").
func starsBefore(text string, s int) bool {
	if s < 4 || text[s-1] != ' ' {
		return false
	}
	k := s - 1
	for n := 0; k >= 3; n++ {
		switch text[k-3 : k] {
		case "★", "☆", "⭐":
			k -= 3
			continue
		}
		return n > 0 && (k == 0 || text[k-1] == '\n')
	}
	return k < s-1 && k == 0
}

// creditColonAt reports whether a review's quote follows the town that
// ends at e in a credit: a colon, a space and a quotation mark ("Ana
// Ruiz, Elche: \"Great beans\"").
func creditColonAt(text string, e int) bool {
	if e+3 > len(text) || text[e] != ':' || text[e+1] != ' ' {
		return false
	}
	switch c := text[e+2]; {
	case c == '"' || c == '\'':
		return true
	case c == 0xE2 && e+5 <= len(text): // “ „ «
		return text[e+2:e+5] == "“" || text[e+2:e+5] == "„"
	case c == 0xC2 && e+4 <= len(text):
		return text[e+2:e+4] == "«"
	}
	return false
}

// fieldNoteAfter reports whether a note follows the known town that ends
// at e and fills a list field: "– Naivasha; asked for a ramp", "– Machakos,
// arriving on Friday" (a semicolon, or a comma and a lower-case
// word).
func fieldNoteAfter(text string, e int) bool {
	if e+2 >= len(text) || text[e+1] != ' ' {
		return false
	}
	return text[e] == ';' || text[e] == ',' && isLower(text[e+2])
}

// slashField returns the bounds of a district and its town written with
// a slash in the fields of a list item from p on (townField's walk): a
// known district, '/', and a known town that fills its field, as Turkish
// and Latin American records write them ("Tepebaşı/Eskişehir",
// "Coyoacán/CDMX" is not read: the town must be known).
func slashField(text string, p int) (int, int, int, int, bool) {
	for range maxListFields {
		if townUpperAt(text, p) {
			de, known := readTown(text, p)
			if known && de+1 < len(text) && text[de] == '/' && townUpperAt(text, de+1) {
				te, k2 := readTown(text, de+1)
				if k2 && (itemEndsAt(text, te) || listSepAfter(text, te) >= 0 || fieldNoteAfter(text, te)) &&
					!countryNames.has(text[de+1:te]) {
					return p, de, de + 1, te, true
				}
			}
		}
		if p = nextListField(text, p); p < 0 {
			return 0, 0, 0, 0, false
		}
	}
	return 0, 0, 0, 0, false
}

// Districts and towns after a street address set off by a comma or a
// dash, as addresses in running text and records write them: "12 Mango
// Close, Ikeja, and visits are welcome", "Rua das Flores, 12, apto 4 –
// Vila Mariana, Jundiaí", "Travessa do Sol, n.º 3, Bairro Alto,
// 2300-001 Tomar". The address detector marks a known city right after
// a street; this adds the district a gazetteer knows, one it does not
// know that another known town or a postcode follows, and the known town
// after that district. A shop's address (a premises word before the
// street) is no one's home, as for townsAfterStreets.

// streetDistrictSep returns where a field starts after a street address
// that ends at e: after ", " or a spaced dash (" – ", " — ", " - "), or -1.
func streetDistrictSep(text string, e int) int {
	if e+3 < len(text) && text[e] == ',' && text[e+1] == ' ' {
		return e + 2
	}
	return listSepAfter(text, e)
}

// streetFieldTowns appends the district (and its town) in the field
// after the STREET_ADDRESS or ZIP_CODE span dst[i] (see above), and for a
// Romanian street its sector or county (locdob9_ro.go); dst[:n] are the
// spans before the address rules'. A ZIP_CODE's field must be a known
// town. townsAfterStreets calls it in its walk over the addresses, in a
// text that names a person. Most addresses have the address detector's
// city right after them (streetFieldMaybe).
//
//go:noinline
func streetFieldTowns(text string, dst []Span, n, i int, g *streetGuards) []Span {
	typ := dst[i].Type
	if typ == "STREET_ADDRESS" && romanianStreetAt(text, dst[i].Start) {
		dst = romanianUnits(text, dst, i, g) // locdob9_ro.go
	}
	if !streetFieldMaybe(text, dst[:n], i) {
		return dst
	}
	cs := streetDistrictSep(text, dst[i].End)
	if cs < 0 || !townUpperAt(text, cs) || g.starts.at(dst, len(text), cs) {
		return dst // most towns there are the address detector's
	}
	ce, known := readTown(text, cs)
	if ce <= cs || g.over.townOverlaps(dst, len(text), cs, ce) {
		return dst
	}
	w := text[cs:ce]
	if !districtEndsAt(text, dst, ce, &g.zips) && !proseTownEnd(text, cs, ce) || countryNames.has(w) || regionNames.has(w) || addressPartWords[w] {
		return dst
	}
	next, nextKnown := -1, false
	if ce+3 < len(text) && text[ce] == ',' && text[ce+1] == ' ' {
		next = ce + 2
		if townUpperAt(text, next) {
			ne, k := readTown(text, next)
			nextKnown = k && !countryNames.has(text[next:ne]) // a region may be a city too (Brazil's and Mexico's states)
		}
	}
	vouched := next >= 0 && (nextKnown || isDigit(text[next]))
	if !known && (typ == "ZIP_CODE" || !plausibleTown(w) || nameFlagsOf(w) != 0 ||
		!vouched && !proseTownEnd(text, cs, ce)) { // loc21_street.go: "…, Kleinfontein with her twins"
		return dst
	}
	if typ == "STREET_ADDRESS" && (businessStreet(text, dst[i].Start) || g.afterBusinessStreet(text, dst, n, dst[i].Start)) {
		return dst
	}
	dst = append(dst, locationSpan(cs, ce, 0.7, "district or town after a street address and a comma or a dash"))
	if nextKnown {
		if ne, _ := readTown(text, next); !g.over.townOverlaps(dst, len(text), next, ne) {
			dst = append(dst, locationSpan(next, ne, 0.75, "known town after a street address's district"))
		}
	}
	return dst
}

// addressPartWords are the parts of a building that follow a street
// address where a district may stand ("Gneisenaustraße 4, Hinterhaus,
// 10961 Potsdam").
var addressPartWords = map[string]bool{
	"Hinterhaus": true, "Vorderhaus": true, "Seitenflügel": true, "Gartenhaus": true, "Quergebäude": true,
	"Hofgebäude": true, "Souterrain": true, "Dachgeschoss": true, "Erdgeschoss": true, "Hochparterre": true,
	"Basement": true, "Ground Floor": true, "Rear": true, "Annex": true, "Annexe": true, "Penthouse": true,
	"Bajo": true, "Entresuelo": true, "Ático": true, "Sobreloja": true, "Cave": true, "Rez-de-chaussée": true,
}

// districtEndsAt reports whether the field of an address ends at e, after a
// district or town: the text's or the line's end, a comma, a semicolon,
// a full stop or a closing bracket, a list separator, or a space and a
// postcode dst holds ("Ikeja, and", "Bairro Alto, 1200-001", "Vila
// Mariana – SP"), not a longer name the gazetteer knows the start of
// ("Taman" of "Taman Sri Muda").
func districtEndsAt(text string, dst []Span, e int, zips *posGuard) bool {
	if e >= len(text) {
		return true
	}
	switch text[e] {
	case ',', ';', '.', ')', '\n', '\r':
		return true
	case ' ':
		if listSepAfter(text, e) >= 0 {
			return true
		}
		return zips.at(dst, len(text), e+1) // span_guard_outside.go
	}
	return false
}

// spanStartsAt reports whether a span of dst starts at s.
func spanStartsAt(dst []Span, s int) bool {
	for i := range dst {
		if dst[i].Start == s {
			return true
		}
	}
	return false
}

// streetFieldMaybe reports whether a field may follow the address span
// dst[i]: ", " or a space and a bar or a dash after it, and no span of
// dst starting within three bytes (the address detector's city, most
// often the next span).
func streetFieldMaybe(text string, dst []Span, i int) bool {
	e := dst[i].End
	if e+3 >= len(text) || !(text[e] == ',' && text[e+1] == ' ' || text[e] == ' ' && listSepByte[text[e+1]]) {
		return false
	}
	return i+1 >= len(dst) || dst[i+1].Start-e > 3 || dst[i+1].Start < e
}
