package redact

import "strings"

// A house known by its lot, plot, erf or stand in a named scheme or
// estate, with no street (session 25): Caribbean, Philippine, Nigerian,
// Ghanaian and South African writing ("Lot 23, Hope Pastures, Kingston
// 6", "Lot 47 Greenvale, Mandeville", "Plot 17, Block 4, Lekki Phase
// 1\nLagos", "Lot 5 Blk 12, Phase 2, Camella Homes, Brgy. …", "Erf 88,
// Protea Park, Hermanus"). lotAt25 reads, at a digit run after
// such a word that opens a clause, the lot's number, an optional block and
// phase, and the scheme's name (one to three capitalised words, a phase's
// number after them), when a known town follows on the line or the next,
// or the name ends with an estate word ("Homes", "Estates", "Gardens").
// An auction's "Lot 5, Victorian Chair, £20" has no town after it.

// lotWords25 are the plot words, capitalised, before the number.
var lotWords25 = boolTable(map[string]bool{"Lot": true, "LOT": true, "Plot": true, "Erf": true, "ERF": true, "Stand": true})

// lotSchemeEnd25 returns where the lot address whose number starts at p
// ends (see above), or p.
func lotSchemeEnd25(text string, p int) int {
	q := p
	for q < len(text) && q-p < 8 && (isAlnum(text[q]) || text[q] == '-' || text[q] == '/') {
		q++
	}
	if !houseToken24(text[p:q]) {
		return p
	}
	// block and phase fields: " Blk 12", ", Block 4", ", Phase 2"
	for range 2 {
		k := q
		if strings.HasPrefix(text[k:], ", ") {
			k += 2
		} else if strings.HasPrefix(text[k:], " ") {
			k++
		} else {
			break
		}
		u, ok := intlWordAt(text, k)
		if !ok || !lotUnits25(u.str(text)) || u.end+1 >= len(text) || text[u.end] != ' ' || !isAlnum(text[u.end+1]) {
			break
		}
		m := u.end + 1
		for m < len(text) && m-u.end <= 5 && (isAlnum(text[m]) || text[m] == '-') {
			m++
		}
		q = m
	}
	// the scheme's name
	if strings.HasPrefix(text[q:], ", ") {
		q += 2
	} else if strings.HasPrefix(text[q:], " ") {
		q++
	} else {
		return p
	}
	last := ""
	n := 0
	for n < 4 && q < len(text) && upperAt(text, q) {
		k := q
		for k < len(text) && (isAlpha(text[k]) || text[k] >= 0x80 || text[k] == '-' || text[k] == '\'') {
			k++
		}
		if k == q {
			break
		}
		last, q = text[q:k], k
		n++
		if q+1 >= len(text) || text[q] != ' ' {
			break
		}
		if (last == "Phase" || last == "Sector" || last == "Stage") && isDigit(text[q+1]) {
			q++
			for q < len(text) && isDigit(text[q]) {
				q++
			}
			break
		}
		if !upperAt(text, q+1) {
			break
		}
		q++
	}
	if n == 0 || n == 4 || q < len(text) && text[q] != ',' && text[q] != '\n' && text[q] != ')' && text[q] != '\r' {
		return p
	}
	estate, town := gen24AreaWords.has(last) || last == "Estates", townAfterLot25(text, q)
	if !estate && !town {
		return p // "Lot 5, Victorian Chair, £20"; "Lot 12, Kingston, sold": no town after the name
	}
	return q
}

// lotUnits25 reports whether w names a block or phase field after a lot.
func lotUnits25(w string) bool {
	switch w {
	case "Blk", "Blk.", "Block", "Phase", "Ph.", "BLK", "BLOCK":
		return true
	}
	return false
}

// townAfterLot25 reports whether a known town opens the next field after
// q: after ", " or a line break, a phase field ("Phase 2, ") passed over.
func townAfterLot25(text string, q int) bool {
	for range 2 {
		switch {
		case strings.HasPrefix(text[q:], ", "):
			q += 2
		case strings.HasPrefix(text[q:], "\n"):
			q++
		default:
			return false
		}
		if strings.HasPrefix(text[q:], "Phase ") {
			k := q + 6
			for k < len(text) && isDigit(text[k]) {
				k++
			}
			if k == q+6 {
				return false
			}
			q = k
			continue
		}
		return q < len(text) && knownTownAt(text, q)
	}
	return false
}

// streetCovers25 reports whether a street span of spans overlaps s..e and
// reaches e.
func streetCovers25(spans []Span, s, e int) bool {
	for _, sp := range spans {
		if sp.Type == "STREET_ADDRESS" && sp.Start < e && sp.End >= e && sp.End > s {
			return true
		}
	}
	return false
}

// lotAt25 reads the lot address whose number is the run r (see above),
// or returns e <= s; a street span of spans that already covers it wins.
func lotAt25(text string, r digitRun, spans []Span) (int, int) {
	w, ok := wordBack(text, r.start-1)
	if !ok || w.end != r.start-1 || !lotWords25.has(w.str(text)) {
		return 0, 0
	}
	if !clauseStartBefore(text, w.start) && !dashBefore24(text, w.start) && !afterPreposition25(text, w.start) {
		return 0, 0
	}
	e := lotSchemeEnd25(text, r.start)
	if e <= r.start || streetCovers25(spans, w.start, e) {
		return 0, 0 // none, or the street rules read it ("Lot 45, Greendale Main Road")
	}
	return w.start, e
}
