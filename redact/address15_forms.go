package redact

import "strings"

// Street forms of read15a: Malaysian section roads named by a code
// ("Jalan SS21/7, No. 5", "Jalan USJ 9/5", address_intl.go's marker
// walk) and Rwanda's numbered city streets ("KG 7 Ave, House 19").

// sectionCode reports whether t is a township section's road code: capitals
// and digits with one slash between digits ("SS21/37", "PJU1/42"), as
// Malaysian roads are named after "Jalan".
func sectionCode(t string) bool {
	slash := -1
	for k := 0; k < len(t); k++ {
		switch c := t[k]; {
		case c == '/':
			if slash >= 0 || k == 0 || k+1 == len(t) || !isDigit(t[k-1]) || !isDigit(t[k+1]) {
				return false
			}
			slash = k
		case isUpper(c) || isDigit(c):
		default:
			return false
		}
	}
	return slash > 0 && isUpper(t[0])
}

// kigaliTypes are the street types of Rwanda's numbered city streets.
var kigaliTypes = [...]string{"Avenue", "Street", "Road", "Ave", "St", "Rd"}

// kigaliStreetAt reads the run r (one to three digits after "KG ", "KN "
// or "KK ", the districts' prefixes) as a Rwandan city street when a street type
// follows it ("KG 7 Ave", "KN 5 Rd"), with the house's number after a
// comma ("KG 7 Ave, House 19", "KN 3 St, No. 12").
func kigaliStreetAt(text string, r digitRun, sp *Span) bool {
	s := r.start - 3
	if c := text[r.start-2]; c != 'G' && c != 'N' && c != 'K' || s > 0 && isAlnum(text[s-1]) || r.end+3 > len(text) || text[r.end] != ' ' {
		return false
	}
	e := -1
	for _, t := range kigaliTypes {
		p := r.end + 1
		if p+len(t) <= len(text) && text[p:p+len(t)] == t {
			e = p + len(t)
			break
		}
	}
	if e < 0 || e < len(text) && (isAlnum(text[e]) || text[e] >= 0x80) {
		return false
	}
	if e < len(text) && text[e] == '.' {
		e++
	}
	// ", House 23", ", Plot 7", ", No. 12"
	if p := e + 2; p < len(text) && text[e] == ',' && text[e+1] == ' ' {
		for _, w := range [...]string{"House ", "Plot ", "No. ", "No "} {
			if p+len(w) < len(text) && text[p:p+len(w)] == w && isDigit(text[p+len(w)]) {
				q := p + len(w)
				for q < len(text) && q-p-len(w) < 5 && isDigit(text[q]) {
					q++
				}
				if q == len(text) || !isAlnum(text[q]) {
					e = q
				}
				break
			}
		}
	}
	*sp = Span{Start: s, End: e, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.85,
		Reason: "Rwandan numbered street: district prefix, number, street type"}
	return true
}

// esLowFloorAfter reads a Spanish floor named by a word after a street,
// with its door after it: the mezzanine ("Entlo. 2ª"), the main floor
// ("Pral. 1ª") or the attic ("ático"). (The ground floor, "bajo B", is
// loc13_tail.go's on main.) It returns where they end; ok is false when w is no such
// floor.
func esLowFloorAfter(text string, w word) (int, bool) {
	switch strings.TrimSuffix(w.str(text), ".") {
	case "entlo", "Entlo", "pral", "Pral", "ático", "Ático":
	default:
		return 0, false
	}
	if v, ok := nextWord(text, w.end, false); ok {
		vt := strings.TrimSuffix(v.str(text), ".")
		if len(vt) == 1 && isUpper(vt[0]) || len(vt) >= 3 && len(vt) <= 4 && isDigit(vt[0]) && (strings.HasSuffix(vt, "ª") || strings.HasSuffix(vt, "º")) ||
			vt == "izq" || vt == "izda" || vt == "dcha" {
			return trimSentenceDot(text, v), true
		}
	}
	// no door: the word closes the address's part
	if e := w.end; e == len(text) || text[e] == ',' || text[e] == '\n' || text[e] == '\r' || text[e] == ')' ||
		text[e] == '.' && (e+1 == len(text) || text[e+1] == ' ' || text[e+1] == '\n' || text[e+1] == ',') {
		return trimSentenceDot(text, w), true
	}
	return 0, false
}
