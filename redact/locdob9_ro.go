package redact

import "strings"

// Romanian administrative units in an address: Bucharest's six sectors
// ("Sector 3, Bucharest") and the county after a commune ("Sinaia, jud.
// Prahova", "județul Cluj"). The county's abbreviation or word is part of
// the span, as Romanian addresses write it; the commune before it is a
// LOCATION too. Read only after a street address that a Romanian street
// type opens, in a text with a person, where such a line says where
// someone lives.

// romanianUnits appends the sectors, counties and communes (see above)
// within romanianUnitReach bytes after the STREET_ADDRESS span dst[i]:
// an address line names them after the street.
func romanianUnits(text string, dst []Span, i int, g *streetGuards) []Span {
	lo := dst[i].End
	hi := min(lo+romanianUnitReach, len(text))
	if k := strings.Index(text[lo:hi], "Sector "); k >= 0 {
		dst = bucharestSector(text, dst, lo+k, &g.over)
	} else if k := strings.Index(text[lo:hi], "sector "); k >= 0 {
		dst = bucharestSector(text, dst, lo+k, &g.over) // (loc22) as lists write it: "…, ap. 4, sector 4, Bucuresti"
	}
	if k := strings.Index(text[lo:hi], "jud"); k >= 0 {
		dst = romanianCounty(text, dst, lo+k, &g.over)
	}
	return dst
}

// romanianStreetTypes are the street types that open a Romanian street
// address, as written with their case ("Str. Florilor nr. 9", "Bd.
// Unirii 12", "Calea Victoriei 40", "Șos. Kiseleff 3").
var romanianStreetTypes = []string{"Str.", "Strada ", "str.", "Bd.", "Bdul", "Bulevardul ", "Calea ", "Aleea ",
	"Șos.", "Şos.", "Sos.", "Șoseaua ", "Splaiul ", "Intrarea ", "Piața ", "Drumul "}

// romanianStreetFirst marks the first bytes of romanianStreetTypes.
var romanianStreetFirst = func() (t [256]bool) {
	for _, w := range romanianStreetTypes {
		t[w[0]] = true
	}
	return t
}()

// romanianStreetAt reports whether a Romanian street type opens the
// street address at s.
func romanianStreetAt(text string, s int) bool {
	if !romanianStreetFirst[text[s]] {
		return false // most streets open with their number
	}
	for _, t := range romanianStreetTypes {
		if strings.HasPrefix(text[s:], t) {
			return true
		}
	}
	return false
}

// romanianUnitReach bounds the bytes after a street read for a sector or
// a county: the flat's parts and a table's bar may come between.
const romanianUnitReach = 64

// bucharestSector appends "Sector N" at s and Bucharest's name after it.
func bucharestSector(text string, dst []Span, s int, g *spanGuard) []Span {
	e := s + len("Sector ") + 1
	if e > len(text) || text[e-1] < '1' || text[e-1] > '6' || e < len(text) && isDigit(text[e]) ||
		s > 0 && isLetterAt(text, s-1) || !bucharestAfter(text, e) {
		return dst
	}
	if !g.townOverlaps(dst, len(text), s, e) {
		dst = append(dst, locationSpan(s, e, 0.75, "Bucharest's sector"))
	}
	if ce, te := e+2, capWordEnd(text, e+2); !g.townOverlaps(dst, len(text), ce, te) {
		dst = append(dst, locationSpan(ce, te, 0.75, "Bucharest after its sector"))
	}
	return dst
}

// romanianCounty appends the county at s ("jud. Prahova", "județul Cluj")
// and the commune before it.
func romanianCounty(text string, dst []Span, s int, g *spanGuard) []Span {
	if s > 0 && isLetterAt(text, s-1) {
		return dst
	}
	p := s + 3
	switch {
	case strings.HasPrefix(text[p:], ". "):
		p += 2
	case strings.HasPrefix(text[p:], "ețul "), strings.HasPrefix(text[p:], "eţul "):
		p += len("ețul ")
	case strings.HasPrefix(text[p:], "etul "):
		p += len("etul ")
	default:
		return dst
	}
	if !townUpperAt(text, p) {
		return dst
	}
	e := capWordEnd(text, p)
	if e <= p || g.townOverlaps(dst, len(text), s, e) {
		return dst
	}
	dst = append(dst, locationSpan(s, e, 0.75, "Romanian county after its abbreviation"))
	// the commune before ", jud."
	if s >= 4 && text[s-2] == ',' && text[s-1] == ' ' {
		cs := s - 2
		for cs > 0 && (isLetterAt(text, cs-1) || text[cs-1] >= 0x80 || text[cs-1] == '-') {
			cs--
		}
		if cs < s-2 && townUpperAt(text, cs) && !g.townOverlaps(dst, len(text), cs, s-2) && plausibleTown(text[cs:s-2]) {
			dst = append(dst, locationSpan(cs, s-2, 0.7, "commune before a Romanian county"))
		}
	}
	return dst
}

// bucharestAfter reports whether a comma and Bucharest's Romanian name
// (with either s-comma or s-cedilla, or none) follows a sector's number that ends at e.
func bucharestAfter(text string, e int) bool {
	r := text[e:]
	return strings.HasPrefix(r, ", Bucure") && (strings.HasPrefix(r[8:], "ști") || strings.HasPrefix(r[8:], "şti") ||
		strings.HasPrefix(r[8:], "sti"))
}
