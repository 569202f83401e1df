package redact

import "strings"

// Indian addresses typed in lower case, as chat and WhatsApp exports have
// them: "flat 7b, sunrise residency, 3rd cross, jayanagar, bengaluru
// 560041". address_in.go reads the capitalised form; here the PIN after a
// known city (matched in any case, townBeforePostcode) anchors the line,
// and the comma-separated parts before the city are read back: the
// locality right before it (one or two words, no digit), and the street
// from a part that opens with a flat's or house's word to the locality.

// inUnitLeads open the first part of an Indian street address.
var inUnitLeads = boolTable(map[string]bool{
	"flat": true, "house": true, "h.no": true, "h.no.": true, "hno": true, "no.": true, "no": true, "#": true,
	"plot": true, "door": true, "apt": true, "apartment": true, "block": true, "bldg": true, "villa": true,
	"d.no": true, "d.no.": true, "room": true, "shop": true,
})

// lowerPinAt reads a lower-case Indian address line whose PIN is the run
// r and appends its spans to dst.
//
//go:noinline
func lowerPinAt(text string, r digitRun, dst []Span) []Span {
	if text[r.start] == '0' || !wordEndAt(text, r.end) {
		return dst
	}
	ts, te, known := townBeforePostcode(text, r.start)
	if !known {
		// a locality no gazetteer knows right before the PIN ("…, 14th
		// cross, jayanagar 560041"): taken only with a street before
		te = r.start - 1
		ts = te
		for ts > 0 && (isLower(text[ts-1]) || text[ts-1] >= 0x80 || text[ts-1] == ' ' && ts-1 > 0 && isLower(text[ts-2])) &&
			te-ts < 24 {
			ts--
		}
		if ts == te || te-ts >= 24 || strings.Count(text[ts:te], " ") > 1 {
			return dst
		}
	}
	var parts [6][2]int // the parts before the town, nearest first
	n := 0
	p := ts
	for n < len(parts) {
		if p < 3 || text[p-1] != ' ' || text[p-2] != ',' {
			break
		}
		e := p - 2
		s := e
		for s > 0 && e-s < 48 && text[s-1] != ',' && text[s-1] != '\n' && text[s-1] != ':' && !dashSepBefore(text, s) {
			s--
		}
		for s < e && text[s] == ' ' {
			s++
		}
		if s == e || e-s >= 48 || strings.IndexFunc(text[s:e], func(c rune) bool { return c >= 'A' && c <= 'Z' }) >= 0 {
			break
		}
		parts[n] = [2]int{s, e}
		n++
		p = s
	}
	street, sStart := -1, 0
	first := 1 // the nearest part a street may end with (0 is the locality)
	if !known {
		first = 0
	}
	for k := n - 1; k >= first && street < 0; k-- {
		// a flat's or house's word and its number in the part ("deliver
		// at flat 7b"), or a number opening it ("12, temple road")
		for i := parts[k][0]; i < parts[k][1]; {
			w, ok := intlWordAt(text, i)
			if !ok || w.end > parts[k][1] {
				break
			}
			if i == parts[k][0] && isDigit(text[i]) ||
				inUnitLeads.has(w.str(text)) && w.end+1 < parts[k][1] && isDigit(text[w.end+1]) {
				street, sStart = k, i
				break
			}
			i = w.end + 1
		}
	}
	if !known {
		if street < 0 {
			return dst
		}
		return append(dst,
			Span{Start: sStart, End: parts[0][1], Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.85,
				Reason: "lower-case Indian address line before a locality and a PIN"},
			Span{Start: ts, End: te, Type: "LOCATION", Rule: "builtin.location", Score: 0.75,
				Reason: "locality before a PIN after a street"},
			Span{Start: r.start, End: r.end, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.8,
				Reason: "six-digit postcode after a street and a locality"})
	}
	if street >= 1 {
		loc := parts[0]
		if strings.ContainsAny(text[loc[0]:loc[1]], "0123456789") || strings.Count(text[loc[0]:loc[1]], " ") > 1 {
			street = -1 // the part before the town is no locality
		} else {
			dst = append(dst,
				Span{Start: sStart, End: parts[1][1], Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.85,
					Reason: "lower-case Indian address line before a locality, a known city and a PIN"},
				Span{Start: loc[0], End: loc[1], Type: "LOCATION", Rule: "builtin.location", Score: 0.75,
					Reason: "locality before a known city and a PIN"})
		}
	}
	return append(dst,
		Span{Start: ts, End: te, Type: "LOCATION", Rule: "builtin.location", Score: 0.8,
			Reason: "known city before a six-digit postcode"},
		Span{Start: r.start, End: r.end, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.8,
			Reason: "six-digit postcode after a known city"})
}
