package redact

import "slices"

// streetRuns25 adds to dst[first:] the streets that session 25's readers
// find at a digit run: a Vietnamese alley's number (street25_vn.go), a
// lot's or plot's number (street25_lot.go), an Indonesian estate's house
// number after its block (street25_blok.go). The last two bytes of the
// word before the run pick the reader, so a run after any other word
// costs a few instructions.
//
//go:noinline
func streetRuns25(text string, runs []digitRun, dst []Span, first int) []Span {
	for _, r := range runs {
		if r.start < 5 || text[r.start-1] != ' ' {
			continue
		}
		var s, e int
		var score float64
		var reason string
		c, b := text[r.start-2], text[r.start-3] // the word's last two bytes
		switch {
		case c == 0xB5 || c == 'h' && b == 'c' || c == 'm' && (b == 0xBB || b == 'e') || c == 'o' && b == 'g' ||
			c == 't' && (b == 0x87 || b == 'e'):
			// "ngõ", "ngách", "ngach", "hẻm", "hem", "ngo", "kiệt", "kiet"
			s, e = vnAlleyAt25(text, r)
			score, reason = 0.95, vnAlleyReason25
		case c == 't' && b == 'o' || c == 'T' && b == 'O' || (c == 'f' || c == 'F') && (b == 'r' || b == 'R') ||
			c == 'd' && b == 'n':
			// "Lot", "Plot", "LOT", "Erf", "ERF", "Stand"
			s, e = lotAt25(text, r, dst[first:])
			score, reason = 0.85, lotReason25
		case (c == 'o' || c == 'O') && (b == 'N' || b == 'n') || c == '.' && (b == 'o' || b == 'O'):
			// "No", "no", "NO", "No."
			s, e = blokAt25(text, r)
			score, reason = 0.9, blokReason25
		}
		if e <= s {
			continue
		}
		dst = addStreet25(dst, first, Span{Start: s, End: e, Type: "STREET_ADDRESS", Rule: "builtin.address",
			Score: score, Reason: reason})
	}
	return dst
}

// Reasons of the streets streetRuns25 adds.
const (
	vnAlleyReason25 = "Vietnamese house number, alleys and street"
	lotReason25     = "lot or plot number and the scheme's name before a town"
	blokReason25    = "housing estate, block and house number (ID)"
)

// addStreet25 inserts the street sp into dst[first:] (the address
// detector's spans, in order), widened over the street spans it overlaps,
// and drops every span it overlaps, and returns dst.
func addStreet25(dst []Span, first int, sp Span) []Span {
	out := first
	for i := first; i < len(dst); i++ {
		o := dst[i]
		if o.End > sp.Start && o.Start < sp.End {
			if o.Type == "STREET_ADDRESS" {
				sp.Start, sp.End = min(sp.Start, o.Start), max(sp.End, o.End)
			}
			continue
		}
		dst[out] = o
		out++
	}
	dst = dst[:out]
	k := first
	for k < len(dst) && dst[k].Start < sp.Start {
		k++
	}
	return slices.Insert(dst, k, sp)
}
