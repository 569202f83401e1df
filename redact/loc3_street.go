package redact

import "strings"

// Towns after a street address and a preposition. Prose names the street
// first and the town after "in": "at 14 Oak Street in Brookvale",
// "Hauptstraße 12 in Kleinkleckersdorf", "przy ul. Lipowej 8/12 w
// Gdańsku", "Storgatan 4, lgh 1201 i Täby". After a street address the
// capitalised word is the town whether a gazetteer knows it or not. A
// shop's or an office's address is no one's home ("notre boutique, 14 rue
// de la Paix à Lyon"): a premises word before the street stops the rule
// (businessStreet).

// streetTownPreps are the prepositions, with a space on each side, that
// put a town after a street address.
var streetTownPreps = []string{" in ", " w ", " we ", " i ", " à ", " a ", " en ", " em ", " im ", " bei "}

// streetTownReasons are the reasons of townsAfterStreets' spans, one per
// preposition of streetTownPreps: built from the table, never from the
// text, and once, not per span.
var streetTownReasons = func() []string {
	r := make([]string, len(streetTownPreps))
	for k, p := range streetTownPreps {
		r[k] = "town after a street address and '" + strings.TrimSpace(p) + "'"
	}
	return r
}()

// townsAfterStreets appends a LOCATION span for the capitalised town after
// each STREET_ADDRESS span of dst and one of streetTownPreps: a known town,
// or any word plausibleTown accepts that is no country. In a text that
// names a person (person) it also reads the field after each address
// (streetFieldTowns, locdob9_loc.go).
func townsAfterStreets(text string, dst []Span, person bool) []Span {
	n := len(dst)
	g := newStreetGuards() // span_guard_outside.go: ten thousand addresses
	for i := 0; i < n; i++ {
		if typ := dst[i].Type; typ != "STREET_ADDRESS" {
			if person && typ == "ZIP_CODE" {
				dst = streetFieldTowns(text, dst, n, i, g)
			}
			continue
		}
		if person {
			dst = streetFieldTowns(text, dst, n, i, g)
			dst = unitFieldTowns(text, dst, n, i, g) // loc17_street.go: "…, apto 402, Laureles, cel. …"
		}
		s, e := dst[i].Start, dst[i].End
		if e+8 < len(text) && (text[e] == ',' || text[e] == '.') {
			dst = barangayTail(text, dst, i, &g.over) // loc22_tail.go: "…St., Brgy. Santo Niño, Marikina 1800"
		}
		if c := text[s]; c >= 0xEA && c <= 0xED {
			dst = koreanUnitsAround(text, dst, i, g) // loc22_cjk.go: "부산광역시 해운대구 센텀중앙로 97"
		}
		if e+3 >= len(text) || text[e] != ' ' {
			continue
		}
		cs, prep := -1, 0
		for k, p := range streetTownPreps {
			if strings.HasPrefix(text[e:], p) {
				cs, prep = e+len(p), k
				break
			}
		}
		if cs < 0 || !townUpperAt(text, cs) {
			continue
		}
		ce, known := readTown(text, cs)
		if ce <= cs || g.over.townOverlaps(dst, len(text), cs, ce) {
			continue
		}
		if !known && (!plausibleTown(text[cs:ce]) || countryNames.has(text[cs:ce])) {
			continue
		}
		// The costlier test last: few streets have a town after "in".
		if businessStreet(text, s) || g.afterBusinessStreet(text, dst, n, s) {
			continue
		}
		dst = append(dst, Span{Start: cs, End: ce, Type: "LOCATION", Rule: "builtin.location", Score: 0.75,
			Reason: streetTownReasons[prep]})
		if ce+1 < len(text) && text[ce] == ' ' && isDigit(text[ce+1]) {
			// "… à Rennes 35000 depuis mai", "in Fitzroy 3065 with
			// her dog" (address_intl_postcodes.go)
			if z, ok := nextWord(text, ce, false); ok && proseTownPostcode(text, z) && !g.over.townOverlaps(dst, len(text), z.start, z.end) {
				dst = append(dst, Span{Start: z.start, End: trimDot(text, z).end, Type: "ZIP_CODE", Rule: "builtin.zip_code",
					Score: 0.8, Reason: "postcode after a street's town in running text"})
			}
		}
		if ze := ce + 8; ze <= len(text) && text[ce] == ' ' && text[ce+1] == '(' && text[ze-1] == ')' &&
			allDigits(text[ce+2:ze-1]) && !g.over.townOverlaps(dst, len(text), ce+2, ze-1) {
			// "… à Saint-Gilles (85800)": five digits in brackets after
			// the town (as postcodeAfterTown reads them after a known one)
			dst = append(dst, Span{Start: ce + 2, End: ze - 1, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.8,
				Reason: "five-digit postcode in brackets after a street's town"})
		}
	}
	reportWork("townsAfterStreets", g.work()+len(dst))
	return dst
}

// afterBusinessStreet reports whether a business's street address of
// streets ends at most 60 bytes before s, on the same line and in the same
// bracket: the street at s is the same business's ("12 rue X à Lyon et 3
// place Y à Strasbourg").
func afterBusinessStreet(text string, streets []Span, s int) bool {
	for j := range streets {
		d := &streets[j]
		if d.Type == "STREET_ADDRESS" && d.End < s && s-d.End <= 60 &&
			strings.IndexAny(text[d.End:s], "\n()") < 0 && businessStreet(text, d.Start) {
			return true
		}
	}
	return false
}

// businessStreet reports whether a premises word introduces the street
// address at s (premisesBefore, address_premises.go), also across an
// opening bracket, the premises word in the singular or the plural
// ("nos deux boutiques (12 rue …").
func businessStreet(text string, s int) bool {
	if premisesBefore(text, s) != "" {
		return true
	}
	if s < 2 || text[s-1] != '(' {
		return false
	}
	// The word before the bracket, also in the plural ("boutiques").
	var buf [32]byte
	w := lowerWordBeforeAt(text, s-1, &buf)
	k, _ := premisesKind(w)
	if k&premNoun == 0 && strings.HasSuffix(w, "s") {
		k, _ = premisesKind(w[:len(w)-1])
	}
	return k&premNoun != 0 || premisesBefore(text, s-1) != ""
}
