package redact

import "strings"

// Towns after a name in a list item or a quote's credit, the name opening
// the item: a comma, the town, and the item's next field or its end.
//
//	- Amaka Obi, Onitsha - "great app"
//	"Arrived fast" – Tomás Vera, Benidorm – yes
//	– Andrés Soto, Chillán (Chile) – no
//	- Amaka Obi (34, Ilorin) matched with …
//
// A role or a plan may stand where the town stands ("- Ana Ruiz, Manager –
// …"), so the town must be known, or a country in brackets or a state
// code after it must vouch for it. A name and an age in brackets with a
// known town after them ("(34, Ilorin)") give the age too. The sign-off
// that ends its line is signoffTowns' (address3_signoff.go); this adds the
// credit with a field after it, and the list item.

// itemTowns appends the towns (and ages) after the PERSON spans of dst
// that open a list item or a quote's credit (see above). Most spans have
// neither ", " nor " (" after them: one byte test each.
//
//go:noinline
func itemTowns(text string, dst []Span) []Span {
	n := len(dst)
	var g spanGuard // span_guard.go: a list of ten thousand customers and their towns
	for i := 0; i < n; i++ {
		e := dst[i].End
		if e+4 >= len(text) || dst[i].Type != "PERSON" {
			continue
		}
		if sp, ok := ablativeTownAfter(text, e); ok {
			// "Kerem Aslan (Bursa'dan)" (read15_loc.go)
			if !g.townOverlaps(dst, len(text), sp.Start, sp.End) {
				dst = append(dst, sp)
			}
			continue
		}
		if text[e] == ' ' && text[e+1] == '(' && !isDigit(text[e+2]) {
			// "Dilnoza Rakhimova (Tashkent, …)" (loc23_loc.go)
			if sp, ok := bracketTownAfterName(text, e); ok && !g.townOverlaps(dst, len(text), sp.Start, sp.End) {
				dst = append(dst, sp)
				continue
			}
		}
		if !itemAfterName(text, e) {
			// "- Baraka Wekesa (Mr), Machakos, …" (where13_loc.go)
			if e = bracketAfterName(text, e); e < 0 {
				continue
			}
		}
		if text[e] == ' ' {
			dst = bracketAgeTown(text, dst, e+2, &g)
		} else if itemOpensAt(text, dst[i].Start) {
			m := len(dst)
			if dst = itemTownAt(text, dst, e+2, &g); len(dst) == m {
				dst = lastFieldTown(text, dst, e, &g)
			}
			if len(dst) == m && dst[i].End == e {
				dst = proseTownAt(text, dst, dst[i].Start, e+2, &g) // "Ada Obi, Leeds, asked" (read15_loc.go)
			}
		} else if dst[i].End == e {
			dst = proseTownAt(text, dst, dst[i].Start, e+2, &g) // "Ada Obi, Leeds, asked" (read15_loc.go)
		}
	}
	reportWork("itemTowns", g.work+n)
	return dst
}

// itemAfterName reports whether what follows a name that ends at e, with
// at least four bytes after it, may hold an item's town: ", " and a
// capital (or a byte of a rune that may be one), or " (" and a digit.
func itemAfterName(text string, e int) bool {
	if text[e] == ',' {
		return text[e+1] == ' ' && (isUpper(text[e+2]) || text[e+2] >= 0x80)
	}
	return text[e] == ' ' && text[e+1] == '(' && isDigit(text[e+2])
}

// itemOpensAt reports whether the name at s opens a list item ("- ",
// "1. ", "• " at a line's start, or the line's start itself), a table's
// cell (after a bar or a tab) or a quote's credit (a dash after a quote:
// signoffDashBefore).
func itemOpensAt(text string, s int) bool {
	return s == 0 || text[s-1] == '\n' || text[s-1] == '|' || text[s-1] == '\t' ||
		s >= 2 && text[s-1] == ' ' && text[s-2] == '|' || listItemStart(text, s) || signoffDashBefore(text, s) ||
		starsBefore(text, s) // locdob9_loc.go: "★★★★☆ Ana Ruiz, Elche: …"
}

// itemTownAt appends the town that starts at cs, after a name and a
// comma, when the item's field ends after it (see itemTownEnd). g
// answers townOverlaps(dst, …).
func itemTownAt(text string, dst []Span, cs int, g *spanGuard) []Span {
	if !townUpperAt(text, cs) {
		return dst
	}
	ce, known := readTown(text, cs)
	if ce <= cs || g.townOverlaps(dst, len(text), cs, ce) {
		return dst
	}
	w := text[cs:ce]
	if countryNames.has(w) || regionNames.has(w) {
		return dst
	}
	if known {
		// a known district before its city: "- Ana Ruiz, Karşıyaka, Konya"
		if ds, de, ok := districtBefore(text, cs, ce); ok {
			dst = append(dst, locationSpan(cs, ce, 0.7, "known district before a known town after a name that opens a list item"))
			if g.townOverlaps(dst, len(text), ds, de) {
				return dst // the town is another rule's (signoffTowns')
			}
			return append(dst, locationSpan(ds, de, 0.75, "town after a name that opens a list item or a quote's credit"))
		}
	}
	country := countryInBrackets(text, ce)
	if !known && (country == 0 || !plausibleTown(w) || nameFlagsOf(w) != 0 || signoffRoleWord(w)) && !regionVouches(text, ce) {
		return dst
	}
	end := ce
	if country > 0 {
		end = country
	}
	if !itemEndsAt(text, end) && listSepAfter(text, end) < 0 && !(end < len(text) && text[end] == ',' && regionVouches(text, ce)) &&
		!(known && creditColonAt(text, end)) && !(known && contactFieldAt(text, dst, end)) { // where13_loc.go
		return dst
	}
	return append(dst, locationSpan(cs, ce, 0.75, "town after a name that opens a list item or a quote's credit"))
}

// countryInBrackets returns the end of " (Country)" right after a town
// that ends at e ("Valdivia (Chile)"), or 0.
func countryInBrackets(text string, e int) int {
	if e+4 >= len(text) || text[e] != ' ' || text[e+1] != '(' || !townUpperAt(text, e+2) {
		return 0
	}
	ce := capWordEnd(text, e+2)
	for ce+1 < len(text) && text[ce] == ' ' && townUpperAt(text, ce+1) {
		ce = capWordEnd(text, ce+1)
	}
	if ce >= len(text) || text[ce] != ')' || !countryNames.has(text[e+2:ce]) {
		return 0
	}
	return ce + 1
}

// bracketAgeTown appends, for "(34, Ilorin)" after a name (the digits at
// p), the age and the town, when the town is known and closes the
// brackets, and for "(68)" the age. g answers townOverlaps(dst, …).
func bracketAgeTown(text string, dst []Span, p int, g *spanGuard) []Span {
	ae, ok := digitsAt(text, p, 1, 3)
	if !ok || ae >= len(text) || atoiASCII(text[p:ae]) > 110 {
		return dst
	}
	if text[ae] == ')' {
		// "Mr Lim Ah Seng (68)": bracketAge (dob_age.go) reads the word
		// before the bracket, which must be a given name or follow one;
		// here the person detector has read the whole name
		if !g.townOverlaps(dst, len(text), p, ae) {
			dst = append(dst, Span{Start: p, End: ae, Type: "AGE", Rule: "builtin.age", Score: 0.75,
				Reason: "number in brackets after a name"})
		}
		return townAfterBracketAge(text, dst, ae+1, g) // "Niilo Aho (46), Inari – …" (locdob10_loc.go)
	}
	if text[ae] == ' ' && ae+2 < len(text) {
		// "Matúš Horváth (12 r.)", "Jonas (8 m.)", "Aino (9 v)": the
		// abbreviation of years in brackets (loc23_age.go)
		if ue := ageUnitEnd23(text, ae+1); ue > 0 && ue < len(text) && text[ue] == ')' && !g.townOverlaps(dst, len(text), p, ae) {
			dst = append(dst, Span{Start: p, End: ae, Type: "AGE", Rule: "builtin.age", Score: 0.75,
				Reason: "number and a unit of years in brackets after a name"})
		}
		return dst
	}
	if text[ae] == '!' && ae+1 < len(text) && text[ae+1] == ')' {
		// "Wiepkje (88!)" after a name the gazetteers do not know
		// (bracketAge reads it after a known one)
		if !g.townOverlaps(dst, len(text), p, ae) {
			dst = append(dst, Span{Start: p, End: ae, Type: "AGE", Rule: "builtin.age", Score: 0.75,
				Reason: "number in brackets after a name"})
		}
		return dst
	}
	if ae+3 >= len(text) || text[ae] != ',' || text[ae+1] != ' ' {
		return dst
	}
	cs := ae + 2
	if !townUpperAt(text, cs) {
		return dst
	}
	ce, known := readTown(text, cs)
	if ce >= len(text) || text[ce] != ')' || g.townOverlaps(dst, len(text), cs, ce) {
		return dst
	}
	if !known || countryNames.has(text[cs:ce]) {
		// "(31, Tema)": a town no list knows, or a plan or a role ("(34,
		// Manager)"), after an adult's age: the age only (locdob9; a
		// count such as "(3, Premium)" is below)
		if v := atoiASCII(text[p:ae]); v >= 16 && v <= 99 && !g.townOverlaps(dst, len(text), p, ae) {
			dst = append(dst, Span{Start: p, End: ae, Type: "AGE", Rule: "builtin.age", Score: 0.7,
				Reason: "adult's age before a word in brackets after a name"})
		}
		return dst
	}
	if !g.townOverlaps(dst, len(text), p, ae) {
		dst = append(dst, Span{Start: p, End: ae, Type: "AGE", Rule: "builtin.age", Score: 0.75,
			Reason: "number before a town in brackets after a name"})
	}
	return append(dst, locationSpan(cs, ce, 0.75, "known town after an age in brackets after a name"))
}

// districtBefore reports whether the known town text[cs:ce] is a
// district before its town: ", " and another known town that ends the
// item's field follow it ("Karşıyaka, Konya"). A district no gazetteer
// knows is left out: a plan or a tier stands there as often ("Gold,
// Leeds"). It returns the second town's bounds.
func districtBefore(text string, cs, ce int) (int, int, bool) {
	if ce+3 >= len(text) || text[ce] != ',' || text[ce+1] != ' ' || !townUpperAt(text, ce+2) {
		return 0, 0, false
	}
	ds := ce + 2
	de, known := readTown(text, ds)
	if !known || countryNames.has(text[ds:de]) || regionNames.has(text[ds:de]) {
		return 0, 0, false
	}
	if !itemEndsAt(text, de) && listSepAfter(text, de) < 0 {
		return 0, 0, false
	}
	return ds, de, true
}

// maxItemLine bounds the bytes of a list item read for its last field.
const maxItemLine = 160

// lastFieldTown appends the known town that fills the last comma field of
// a list item opened by a name that ends at e: "- Tomás Vera, Gold tier,
// Benidorm.", "- Ana Ruiz, Silver, since 2019, Elche". g, when not nil,
// answers townOverlaps(dst, …).
func lastFieldTown(text string, dst []Span, e int, g *spanGuard) []Span {
	le := e
	for le < len(text) && le-e < maxItemLine && text[le] != '\n' && text[le] != '\r' {
		le++
	}
	if le-e >= maxItemLine {
		return dst
	}
	end := le
	for end > e && (text[end-1] == ' ' || text[end-1] == '.') {
		end--
	}
	c := strings.LastIndex(text[e:end], ", ")
	if c <= 0 {
		return dst // the name's own comma: itemTownAt's field
	}
	cs := e + c + 2
	if !townUpperAt(text, cs) {
		return dst
	}
	ce, known := readTown(text, cs)
	if !known || ce != end || g.townOverlaps(dst, len(text), cs, ce) || countryNames.has(text[cs:ce]) || regionNames.has(text[cs:ce]) {
		return dst
	}
	return append(dst, locationSpan(cs, ce, 0.7, "known town closing a list item that a name opens"))
}

// districtField returns the bounds of the second town when the list field
// at p is a known district and its known town ("Karşıyaka, Konya"; see
// districtBefore); the district ends two bytes before it.
func districtField(text string, p int) (int, int, bool) {
	if !townUpperAt(text, p) {
		return 0, 0, false
	}
	ce, known := readTown(text, p)
	if !known || ce <= p {
		return 0, 0, false
	}
	return districtBefore(text, p, ce)
}

// locationSpan is a LOCATION span of the location rule.
func locationSpan(s, e int, score float64, reason string) Span {
	return Span{Start: s, End: e, Type: "LOCATION", Rule: "builtin.location", Score: score, Reason: reason}
}
