package redact

import "strings"

// A Philippine address's barangay and town after its street (loc22):
// "deliver to 12 Ilang-Ilang St., Brgy. Santo Niño, Marikina 1800". The
// street ends before the type's full stop, so the field reader after a
// street (streetFieldTowns) sees ".," and no field; the barangay with its
// lead word is a district, and the capitalised words after it are the
// town, known or not, when a four-digit postcode, the line's end or a
// sentence's end follows them. The lead word makes the rule safe: "Brgy."
// opens nothing but a barangay. A barangay with no town after it is left
// as it was (TestIntlStreetForms).

// barangayLeads are the words that open a barangay's name.
var barangayLeads = []string{"Brgy. ", "Brgy ", "Barangay ", "Bgy. "}

// barangayTail appends the barangay and its town after the street
// address dst[i] (see above).
func barangayTail(text string, dst []Span, i int, g *spanGuard) []Span {
	p := dst[i].End
	if p < len(text) && text[p] == '.' {
		p++
	}
	if p+8 >= len(text) || text[p] != ',' || text[p+1] != ' ' || text[p+2] != 'B' {
		return dst
	}
	p += 2
	lead := ""
	for _, l := range barangayLeads {
		if strings.HasPrefix(text[p:], l) {
			lead = l
			break
		}
	}
	if lead == "" || businessStreet(text, dst[i].Start) {
		return dst // or a shop's street ("our shop at …")
	}
	de, n := nameWordsAfter(text, p+len(lead)-1, 3) // the words after the lead's space
	if n == 0 || g.townOverlaps(dst, len(text), p, de) {
		return dst
	}
	cs := de + 2
	if cs >= len(text) || text[de] != ',' || text[de+1] != ' ' || !townUpperAt(text, cs) {
		return dst // a barangay alone stays the street's part (TestIntlStreetForms)
	}
	ce, known := readTown(text, cs)
	if ce <= cs || countryNames.has(text[cs:ce]) || !known && !barangayTownEnds(text, ce) {
		return dst
	}
	dst = append(dst, locationSpan(p, de, 0.75, "barangay after a street address"))
	if g.townOverlaps(dst, len(text), cs, ce) {
		return dst
	}
	return append(dst, locationSpan(cs, ce, 0.75, "town after a barangay"))
}

// barangayTownEnds reports whether a town after a barangay may end at e:
// a four-digit postcode, the line's or the text's end, or a full stop.
func barangayTownEnds(text string, e int) bool {
	if e >= len(text) || text[e] == '\n' || text[e] == '\r' || text[e] == '.' {
		return true
	}
	return e+5 <= len(text) && text[e] == ' ' && allDigits(text[e+1:e+5]) && (e+5 == len(text) || !isDigit(text[e+5]))
}
