package redact

import "strings"

// Romanian administrative units in an address: Bucharest's six sectors
// ("Sector 3, București") and the county after a commune ("Snagov, jud.
// Ilfov", "județul Cluj"). The county's abbreviation or word is part of
// the span, as Romanian addresses write it; the commune before it is a
// LOCATION too. Read only in a text with a person and an address (the
// anchor of residenceSpansOf), where such a line says where someone
// lives.

// romanianUnits appends the sectors, counties and communes of text (see
// above).
//
//go:noinline
func romanianUnits(text string, dst []Span) []Span {
	for i := 0; ; {
		k := strings.Index(text[i:], "Sector ")
		if k < 0 {
			break
		}
		s := i + k
		e := s + len("Sector ") + 1
		i = e - 1
		if e > len(text) || text[e-1] < '1' || text[e-1] > '6' || e < len(text) && isDigit(text[e]) ||
			s > 0 && isLetterAt(text, s-1) || !bucharestAfter(text, e) {
			continue
		}
		if !townOverlaps(dst, s, e) {
			dst = append(dst, locationSpan(s, e, 0.75, "Bucharest's sector"))
		}
		if ce, te := e+2, capWordEnd(text, e+2); !townOverlaps(dst, ce, te) {
			dst = append(dst, locationSpan(ce, te, 0.75, "Bucharest after its sector"))
		}
	}
	for i := 0; ; {
		k := strings.Index(text[i:], "jud")
		if k < 0 {
			break
		}
		s := i + k
		i = s + 3
		if s > 0 && isLetterAt(text, s-1) {
			continue
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
			continue
		}
		if !townUpperAt(text, p) {
			continue
		}
		e := capWordEnd(text, p)
		if e <= p || townOverlaps(dst, s, e) {
			continue
		}
		dst = append(dst, locationSpan(s, e, 0.75, "Romanian county after its abbreviation"))
		// the commune before ", jud."
		if s >= 4 && text[s-2] == ',' && text[s-1] == ' ' {
			cs := s - 2
			for cs > 0 && (isLetterAt(text, cs-1) || text[cs-1] >= 0x80 || text[cs-1] == '-') {
				cs--
			}
			if cs < s-2 && townUpperAt(text, cs) && !townOverlaps(dst, cs, s-2) && plausibleTown(text[cs:s-2]) {
				dst = append(dst, locationSpan(cs, s-2, 0.7, "commune before a Romanian county"))
			}
		}
	}
	return dst
}

// bucharestAfter reports whether ", București" (or "Bucuresti",
// "Bucureşti") follows a sector's number that ends at e.
func bucharestAfter(text string, e int) bool {
	r := text[e:]
	return strings.HasPrefix(r, ", Bucure") && (strings.HasPrefix(r[8:], "ști") || strings.HasPrefix(r[8:], "şti") ||
		strings.HasPrefix(r[8:], "sti"))
}
