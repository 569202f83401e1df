package redact

import "strings"

// US rural roads before a town, a state and a ZIP code (issue 9): a
// county, farm-to-market or township road, a state route or a highway and
// its number, a house number before it or a box after it ("CR 312, Buna
// TX 77612", "19850 FM 2920, Tomball, TX 77377", "Route 3 Box 118,
// Hillsboro, TX 76645", "4417 Township Road 118, Millersburg, OH"). The
// town, state and ZIP code vouch for the road; townStateSpans, which
// found them, calls ruralRoadBeforeTown.

// ruralRoadWords are the road words right before the road's number.
var ruralRoadWords = boolTable(map[string]bool{
	"CR": true, "FM": true, "RM": true, "SR": true, "Route": true, "Rte": true, "Rte.": true, "Hwy": true,
	"Highway": true, "HWY": true, "ROUTE": true, "RTE": true, "Road": true, "Rd": true, "Rd.": true, "ROAD": true,
	"RD": true,
})

// ruralRoadStart returns where a rural road that ends at e starts: an
// optional house number, the road words and the road's number, and an
// optional " Box N"; or -1. "Road" and "Rd" count only after "County",
// "Township", "Twp", "Farm", "Ranch", "State" or "Forest".
func ruralRoadStart(text string, e int) int {
	i := e
	// " Box 118" after the road's number
	if k := strings.LastIndex(text[max(0, e-12):e], " Box "); k >= 0 {
		k += max(0, e-12)
		if allDigits(text[k+5:e]) && k+5 < e {
			i = k
		}
	}
	d := i
	for d > 0 && isDigit(text[d-1]) {
		d--
	}
	if d == i || i-d > 5 || d < 3 || text[d-1] != ' ' {
		return -1
	}
	ws := d - 1
	for ws > 0 && text[ws-1] != ' ' && text[ws-1] != '\n' {
		ws--
	}
	w := text[ws : d-1]
	if !ruralRoadWords.has(w) {
		return -1
	}
	start := ws
	if w[0] == 'R' && w[1] != 'M' && w[1] != 'o' && w[1] != 'O' && w[1] != 't' && w[1] != 'T' || w == "Road" || w == "ROAD" {
		// "County Road 14", "Twp Rd 118"
		if ws < 2 || text[ws-1] != ' ' {
			return -1
		}
		ps := ws - 1
		for ps > 0 && text[ps-1] != ' ' && text[ps-1] != '\n' {
			ps--
		}
		switch text[ps : ws-1] {
		case "County", "Township", "Twp", "Twp.", "Farm", "Ranch", "State", "Forest", "COUNTY", "TOWNSHIP", "TWP":
			start = ps
		default:
			return -1
		}
	} else if w == "Route" || w == "Hwy" || w == "Highway" || w == "Rte" {
		if ws >= 7 && (text[ws-6:ws] == "State " || text[ws-3:ws] == "US ") {
			start = strings.LastIndexByte(text[:ws-1], ' ') + 1
		}
	}
	// a house number before it
	if start >= 3 && text[start-1] == ' ' && isDigit(text[start-2]) {
		h := start - 1
		for h > 0 && isDigit(text[h-1]) {
			h--
		}
		if start-1-h <= 6 {
			start = h
		}
	}
	if !clauseStartBefore(text, start) && !(start >= 2 && text[start-2] == '.') {
		return -1
	}
	return start
}

// ruralRoadBeforeTown inserts, at index i of dst (the town and state's
// span, starting at ts), the rural road that ends at the ", " before ts,
// dropping the spans of dst[first:i] it overlaps ("19850" and "FM" read
// as a postcode and a town). It returns dst and the town's new index.
func ruralRoadBeforeTown(text string, dst []Span, first, i, ts int) ([]Span, int) {
	if ts < 8 || text[ts-1] != ' ' || text[ts-2] != ',' {
		return dst, i
	}
	st := ruralRoadStart(text, ts-2)
	if st < 0 {
		return dst, i
	}
	k := i
	for k > first && dst[k-1].End > st {
		k--
	}
	if k < i && dst[k].Type == "STREET_ADDRESS" {
		if k == i-1 && dst[k].Start == st && dst[k].End < ts-2 {
			dst[k].End = ts - 2 // "2231 County Road" found, its number left out
		}
		return dst, i
	}
	sp := Span{Start: st, End: ts - 2, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.85,
		Reason: "rural road and its number before a town, state and ZIP code"}
	// replace dst[k:i] with sp
	tail := append([]Span{sp}, dst[i:]...)
	dst = append(dst[:k], tail...)
	return dst, k + 1
}
