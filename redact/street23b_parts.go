package redact

import "strings"

// Parts of an address line read in session 23's second round (issue 9):
//   - a Canadian flat's number joined to the civic number by a spaced
//     dash before it ("33 – 2750 Clearbrook Rd", "#204 - 1255 Main St",
//     "12 - 450 Rue Principale"): unitDashLead;
//   - a Glasgow tenement flat written floor/door as its own field ("2/1,
//     14 Dumbarton Road", "0/2, …"): tenementSlash;
//   - the two cross streets after a Yucatán or Campeche grid address
//     ("Calle 60 #491 x 57 y 59", "C. 21 No. 102 por 18 y 20"):
//     crossStreetsEnd;
//   - a rural road's kilometre marker and the farm after it, in
//     Portuguese, Spanish and Italian ("Estrada Municipal SP-81, km 4,
//     Sítio Boa Vista", "Carretera Federal 200, km 12", "Strada
//     Provinciale 7, km 3"): kmRoadAt, read from the number after "km".

// unitDashLead returns where a flat's number joined by a dash or an en
// dash between spaces to the street's number at s starts, at floor or
// after, when it stands alone in its field; or s.
func unitDashLead(text string, s, floor int) int {
	if s-2 < floor || !isDigit(text[s]) {
		return s
	}
	j := s
	switch {
	case s-5 >= floor && text[s-5:s] == " – ":
		j = s - 5
	case s-3 >= floor && text[s-3:s] == " - ":
		j = s - 3
	default:
		return s // ("33-2750 …" is hyphenStreetAt's, street21b_hyphen.go)
	}
	// the flat: one to four digits and a letter, or "#" before them
	u := j
	for u > floor && j-u < 5 && isAlnum(text[u-1]) {
		u--
	}
	if u == j || !isDigit(text[u]) || !isDigit(text[j-1]) && !isAlpha(text[j-1]) || j-u > 4 {
		return s
	}
	if u > floor && text[u-1] == '#' {
		u--
	}
	if u >= 2 && text[u-1] == ':' && isDigit(text[u-2]) {
		return s // a time before a dash ("2:30pm - 77 maple ave", lower24_streets.go)
	}
	if u == 0 {
		return u
	}
	switch text[u-1] {
	case ' ', '\n', '\t', '(', ':', ',', '|':
		if u >= 2 && text[u-1] == ' ' && (isDigit(text[u-2]) || text[u-2] == '-' || text[u-2] == '+') {
			return s // a phone's groups ("604 33-2750 …")
		}
		return u
	}
	return s
}

// tenementSlash reports whether w is a Glasgow tenement flat's floor and
// door written with a slash ("2/1", "0/2"): a digit, '/', a digit.
func tenementSlash(w string) bool {
	return len(w) == 3 && isDigit(w[0]) && w[1] == '/' && w[2] >= '1' && w[2] <= '9'
}

// crossStreetsEnd returns where the cross streets after the grid address
// text[s:e] end ("… #491 x 57 y 59", "… No. 102 por 18 y 20"), at most
// limit; or e. The street opens with "Calle" or "C." and a number.
func crossStreetsEnd(text string, s, e, limit int) int {
	if !strings.HasPrefix(text[s:e], "Calle ") && !strings.HasPrefix(text[s:e], "C. ") &&
		!strings.HasPrefix(text[s:e], "calle ") {
		return e
	}
	p := e + 1
	switch {
	case strings.HasPrefix(text[p:limit], "x "):
		p += 2
	case strings.HasPrefix(text[p:limit], "por "):
		p += 4
	default:
		return e
	}
	q := gridNumberEnd(text, p, limit)
	if q == p {
		return e
	}
	if strings.HasPrefix(text[q:limit], " y ") {
		if r := gridNumberEnd(text, q+3, limit); r > q+3 {
			q = r
		}
	}
	if q < limit && isAlnum(text[q]) {
		return e
	}
	return q
}

// gridNumberEnd returns the end of a street's number at p (one to three
// digits and a letter, "57", "20A"), at most limit; or p.
func gridNumberEnd(text string, p, limit int) int {
	q := p
	for q < limit && q-p < 3 && isDigit(text[q]) {
		q++
	}
	if q == p {
		return p
	}
	if q < limit && text[q] >= 'A' && text[q] <= 'H' && (q+1 >= limit || !isAlnum(text[q+1])) {
		q++
	}
	return q
}

// pkStreetPartsAfter returns where the numbered street and the block,
// sector or phase after a house's or plot's number that ends at e end
// (Pakistani and Cambodian forms: "House 12-B, Street 7, Block 13-D",
// "Plot 5, Khayaban-e-Seher, Phase VI DHA", "House 45, St. 12, Sector
// G-9/1", "House 9, Gali 4"), at most three parts, the first a street
// (a street word and its number, or a name joined by "-e-"); or e.
func pkStreetPartsAfter(text string, e int) int {
	if e+2 < len(text) && text[e] == '-' && text[e+1] >= 'A' && text[e+1] <= 'Z' && wordEndAt(text, e+2) {
		e += 2 // "House 12-B"
	}
	end := e
	for k := range 3 {
		if end+3 >= len(text) || text[end] != ',' || text[end+1] != ' ' {
			break
		}
		p := end + 2
		w, ok := intlWordAt(text, p)
		if !ok {
			break
		}
		q := -1
		switch t := w.str(text); {
		case pkStreetWords.has(t):
			q = pkPartNumberEnd(text, w.end)
		case k > 0 && pkBlockWords.has(t):
			if q = pkPartNumberEnd(text, w.end); q > 0 && q+4 < len(text) && text[q] == ' ' && isUpper(text[q+1]) &&
				isUpper(text[q+2]) {
				if v, ok := intlWordAt(text, q+1); ok && v.end-v.start <= 4 && allUpperASCII(v.str(text)) {
					q = v.end // "Phase VI DHA"
				}
			}
		case strings.Contains(t, "-e-") && upperAt(text, w.start):
			q = w.end // "Khayaban-e-Seher"
		}
		if q < 0 || !partEndAt(text, q) {
			break
		}
		if k == 0 && q == w.end && !strings.Contains(w.str(text), "-e-") {
			break
		}
		end = q
	}
	if end == e {
		return e
	}
	return end
}

// pkStreetWords name a numbered street after a house's number ("Street
// 7", "St. 12", "Gali 4", "Lane 3"); pkBlockWords a block, sector or
// phase of a housing scheme ("Block 13-D", "Sector G-9/1", "Phase VI").
var (
	pkStreetWords = boolTable(map[string]bool{
		"Street": true, "St.": true, "St": true, "Gali": true, "Lane": true, "Road": true, "Rd.": true,
	})
	pkBlockWords = boolTable(map[string]bool{
		"Block": true, "Blk": true, "Sector": true, "Phase": true, "Sangkat": true,
	})
)

// pkPartNumberEnd returns the end of a part's number or code after the
// space at p ("7", "13-D", "G-9/1", "VI"), or -1.
func pkPartNumberEnd(text string, p int) int {
	if p+1 >= len(text) || text[p] != ' ' {
		return -1
	}
	q := p + 1
	for q < len(text) && q-p <= 8 && (isAlnum(text[q]) || text[q] == '-' || text[q] == '/') {
		q++
	}
	t := text[p+1 : q]
	if q-p > 8 || t == "" || !hasDigit22(t) && !romanNumeral(t) && !(len(t) == 1 && isUpper(t[0])) {
		return -1
	}
	return q
}

// romanNumeral reports whether t is a Roman numeral of up to five letters
// ("II", "VI", "XII").
func romanNumeral(t string) bool {
	if len(t) == 0 || len(t) > 5 {
		return false
	}
	for k := 0; k < len(t); k++ {
		if t[k] != 'I' && t[k] != 'V' && t[k] != 'X' {
			return false
		}
	}
	return true
}

// The kilometre's "km" and "Km" open intlPair's gate, as a type word's
// last two bytes do (kmRoadAt).
func init() {
	for _, w := range []string{"km", "Km"} {
		p := uint32(w[0]) | uint32(w[1])<<8
		intlPairs[p>>6] |= 1 << (p & 63)
	}
}

// kmRoadLeads open a rural road's name before its kilometre marker.
var kmRoadLeads = boolTable(map[string]bool{
	"Estrada": true, "Estr.": true, "Rodovia": true, "Rod.": true, "Carretera": true, "Ctra.": true,
	"Camino": true, "Caminho": true, "Strada": true, "Route": true,
})

// kmFarmWords open the name of a farm or smallholding after a road's
// kilometre ("Sítio Boa Vista", "Chácara Santa Rita", "Finca El Olivo").
var kmFarmWords = boolTable(map[string]bool{
	"Sítio": true, "Sitio": true, "Chácara": true, "Chacara": true, "Fazenda": true, "Finca": true,
	"Rancho": true, "Granja": true, "Quinta": true, "Cascina": true, "Podere": true, "Lote": true,
})

// kmRoadAt reads the kilometre r after "km " or "Km " that follows a
// rural road's name in its field (one of kmRoadLeads and up to 48 bytes,
// then ", " or a space), with a farm's name after it, and stores the
// street in sp. The field opens a line, follows a label or a cell of a
// table; after ", " in a sentence it names a business's place as often
// ("Cooperativa …, Ctra. de … km 4").
func kmRoadAt(text string, r digitRun, sp *Span) bool {
	k := r.start - 3
	if k < 10 || text[k]|0x20 != 'k' || text[k-1] != ' ' {
		return false
	}
	fe := k - 1
	if text[fe-1] == ',' {
		fe--
	}
	fs := fe
	for fs > 0 && fe-fs <= 48 {
		c := text[fs-1]
		if c == '\n' || c == ',' || c == ':' || c == ';' || c == '(' || c == '|' || c == '\t' || c == '"' {
			break
		}
		fs--
	}
	if fs > 0 && text[fs-1] == ',' && text[fs] == ' ' {
		return false // a list's field after a name: a business's line as often as a customer's
	}
	for fs < fe && text[fs] == ' ' {
		fs++
	}
	w, ok := intlWordAt(text, fs)
	if !ok || fe-fs > 48 || w.end >= fe || !kmRoadLeads.has(w.str(text)) {
		return false
	}
	e := kmNumberEnd(text, r.end)
	if e < 0 {
		return false
	}
	*sp = Span{Start: fs, End: e, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.85,
		Reason: "rural road and its kilometre marker"}
	return true
}

// kmNumberEnd returns where a kilometre's number that ends at e ends,
// with its decimals ("4", "3,5") and the farm's name after it ("…,
// Sítio Boa Vista"), or -1 when no part may end there.
func kmNumberEnd(text string, e int) int {
	if e+1 < len(text) && (text[e] == ',' || text[e] == '.') && isDigit(text[e+1]) {
		e += 2 // "km 4,5"
		for e < len(text) && isDigit(text[e]) {
			e++
		}
	}
	if !partEndAt(text, e) && !(e < len(text) && text[e] == ' ') {
		return -1
	}
	if e+3 < len(text) && text[e] == ',' && text[e+1] == ' ' {
		if v, ok := intlWordAt(text, e+2); ok && kmFarmWords.has(v.str(text)) {
			if ce, n := nameWordsAfter(text, v.end, 3); n > 0 {
				e = ce
			}
		}
	}
	return e
}

// kmTailEnd returns the end of the kilometre marker after the rural road
// text[s:e] (one of kmRoadLeads first: "Strada Provinciale 7, km 3"), at
// most limit; or e.
func kmTailEnd(text string, s, e, limit int) int {
	p := e + 5
	if p >= limit || text[e] != ',' || text[e+2]|0x20 != 'k' || text[e+3] != 'm' || text[e+4] != ' ' || !isDigit(text[p]) {
		return e
	}
	if w, ok := intlWordAt(text, s); !ok || !kmRoadLeads.has(w.str(text)) {
		return e
	}
	q := p
	for q < limit && q-p < 4 && isDigit(text[q]) {
		q++
	}
	if q = kmNumberEnd(text, q); q < 0 || q > limit {
		return e
	}
	return q
}
