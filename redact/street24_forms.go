package redact

import "strings"

// National address forms no street rule read (issue 9, session 24):
//   - a Czech, Slovak, Swedish or Greek street written as one capitalised
//     word and its number right before a postcode of three and two digits
//     and its town ("Kounicova 67a, 602 00 Brno", "Hlavná 42/A, 040 01
//     Košice", "Sveavägen 12, 113 50 Stockholm"): spacedCodeStreet24;
//   - a Bulgarian housing estate's block, with its entrance, floor and
//     flat ("ж.к. Люлин, бл. 512, вх. Б, ет. 4, ап. 38", "zh.k. Mladost
//     1, bl. 24"): bgBlockAt24, read from the block's number;
//   - a Latvian homestead's name in quotes and its parish before the
//     postcode ("\"Priedītes\", Ādažu pagasts, Ādažu novads, LV-2164"):
//     homesteadBeforeCode24;
//   - flats and blocks of a named estate or a street without a house
//     number, as Nigerian, Kenyan, Ghanaian, Tanzanian and Maltese
//     addresses write them ("Flat 6, Block 3, Jakande Estate", "Flat 4,
//     Block B, Triq Santa Venera", "Nyumba Na. 7, Barabara ya Uhuru"):
//     unitEstateAt24;
//   - a Brazilian "R." (rua) before the name, with the number after a
//     comma, when a flat, a neighbourhood or an address label shows it is
//     a street ("R. Augusta, 1508, apto 32"): brInitialStreet24;
//   - a Ghana Post digital address after a Ghanaian phone number on its
//     line ("024 881 2290, GE-231-4470"): ghanaPhoneBefore24.

// spacedCodeStreet24 reads, for the first group r of a three-and-two
// digit postcode after ", " with a capitalised town after it, the street
// of one capitalised word and its number before the comma, and appends
// the street, the postcode and the town to dst. It returns dst and where
// they end (0 when there is no such street).
func spacedCodeStreet24(text string, r digitRun, dst []Span) ([]Span, int) {
	ce := r.end + 3
	if r.start < 8 || text[r.start-2] != ',' || ce+2 > len(text) || text[r.end] != ' ' ||
		!isDigit(text[r.end+1]) || !isDigit(text[r.end+2]) || text[ce] != ' ' || !upperAt(text, ce+1) {
		return dst, 0
	}
	e := r.start - 2 // the comma
	// the number: digits, then a letter, "/digits" or "/letter"
	n := e
	if n >= 2 && isAlpha(text[n-1]) && (isDigit(text[n-2]) || text[n-2] == '/') {
		n--
	}
	for n > 0 && isDigit(text[n-1]) {
		n--
	}
	if n > 1 && text[n-1] == '/' && isDigit(text[n-2]) {
		for n--; n > 0 && isDigit(text[n-1]); n-- {
		}
	}
	if n == e || e-n > 7 || n < 5 || text[n-1] != ' ' || !isDigit(text[n]) {
		return dst, 0
	}
	if e-n == 4 && (text[n] == '1' && text[n+1] == '9' || text[n] == '2' && text[n+1] == '0') {
		return dst, 0 // a year ("Faktura 2024, 118 00 Praha")
	}
	ws := n - 1
	for ws > 0 && text[ws-1] != ' ' && text[ws-1] != '\n' && text[ws-1] != '\t' && text[ws-1] != '(' {
		ws--
	}
	w := text[ws : n-1]
	if len(w) < 4 || len(w) > 32 || !upperAt(w, 0) || !letterWord(w) || notStreetWords.has(w) || cityNames.has(w) || addrStopSet.has(w) ||
		nameFlagsOf(w)&(nameGiven|nameTitle|nameStop|nameFamily) != 0 || !clauseStartBefore(text, ws) {
		return dst, 0
	}
	if _, month := monthNames[strings.ToLower(w)]; month {
		return dst, 0
	}
	if len(dst) > 0 && dst[len(dst)-1].End > ws {
		return dst, 0
	}
	zip := Span{Start: r.start, End: ce, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.85,
		Reason: "postcode after a street address"}
	dst = append(dst, Span{Start: ws, End: e, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.9,
		Reason: "one-word street name and house number before a postcode and town"}, zip)
	return cityAfterPostcode(text, zip, dst, ce)
}

// bgBlockAt24 reads a Bulgarian housing estate's block whose number is
// the run r after "бл. " (or "bl. "), the estate's field before it and
// the entrance, floor and flat after it, and stores it in sp.
func bgBlockAt24(text string, r digitRun, sp *Span) bool {
	b := r.start - 1 // the space after the block's word
	var bs int
	switch {
	case b >= 5 && text[b-5:b] == "бл.":
		bs = b - 5
	case b >= 3 && text[b-3:b] == "bl.":
		bs = b - 3
	default:
		return false
	}
	if bs < 8 || text[bs-1] != ' ' || text[bs-2] != ',' {
		return false
	}
	// the estate's field: its word and one to three words after it
	fe := bs - 2
	fs := fe
	for fs > 0 && fe-fs < 48 && text[fs-1] != ',' && text[fs-1] != ':' && text[fs-1] != '\n' && text[fs-1] != '|' &&
		text[fs-1] != '(' && text[fs-1] != ';' && text[fs-1] != '\t' {
		fs--
	}
	for fs < fe && text[fs] == ' ' {
		fs++
	}
	f := text[fs:fe]
	lead := ""
	for _, l := range bgEstateLeads24 {
		if strings.HasPrefix(f, l) {
			lead = l
			break
		}
	}
	if lead == "" || len(f) <= len(lead)+1 {
		return false
	}
	name := strings.TrimPrefix(f[len(lead):], " ")
	if name == "" || !upperAt(name, 0) && !isDigit(name[0]) {
		return false
	}
	e := r.end
	if e < len(text) && (isAlpha(text[e]) || text[e] == 0xD0) && !partEndAt(text, e) {
		return false
	}
	limit := min(len(text), e+maxStreetTail)
	for range 4 {
		if e+2 >= limit || text[e] != ',' {
			break
		}
		q := bgTail24(text, e+2, limit)
		if q == e+2 {
			break
		}
		e = q
	}
	*sp = Span{Start: fs, End: e, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.9,
		Reason: "housing estate, block number, entrance, floor and flat"}
	return true
}

// bgEstateLeads24 open a Bulgarian housing estate's name (жилищен
// комплекс, квартал), in Cyrillic and in Latin letters.
var bgEstateLeads24 = []string{"ж.к.", "жк ", "Ж.К.", "ж. к.", "кв.", "zh.k.", "zh. k.", "jk ", "j.k.", "kv."}

// homesteadBeforeCode24 reads, before the country postcode dst[k] (a
// Latvian "LV-2164"), a homestead's name in quotes and its parish
// ("\"Priedītes\", Ādažu pagasts, Ādažu novads, LV-2164") and inserts the
// street, and the municipality as a location, before dst[k]. The fields
// are read back from the postcode: an optional municipality (novads),
// the parish (pagasts), and the name in quotes, which must open a field.
func homesteadBeforeCode24(text string, dst []Span, k int) []Span {
	z := dst[k].Start
	if z < 12 || text[z-1] != ' ' || text[z-2] != ',' {
		return dst
	}
	floor := 0
	if k > 0 {
		floor = dst[k-1].End
	}
	fieldBefore := func(e int) (int, bool) {
		s := e
		for s > floor && e-s < 48 && text[s-1] != ',' && text[s-1] != '\n' && text[s-1] != ':' && text[s-1] != '|' {
			s--
		}
		for s < e && text[s] == ' ' {
			s++
		}
		return s, s < e
	}
	var town Span
	e := z - 2
	s, ok := fieldBefore(e)
	if !ok {
		return dst
	}
	if strings.HasSuffix(text[s:e], " novads") && upperAt(text, s) {
		town = Span{Start: s, End: e, Type: "LOCATION", Rule: "builtin.location", Score: 0.8,
			Reason: "municipality before a postcode"}
		if s < 3 || text[s-1] != ' ' || text[s-2] != ',' {
			return dst
		}
		e = s - 2
		if s, ok = fieldBefore(e); !ok {
			return dst
		}
	}
	streetEnd := e
	if strings.HasSuffix(text[s:e], " pagasts") || strings.HasSuffix(text[s:e], " pag.") {
		if !upperAt(text, s) || s < 3 || text[s-1] != ' ' || text[s-2] != ',' {
			return dst
		}
		e = s - 2
		if s, ok = fieldBefore(e); !ok {
			return dst
		}
	} else if town.End == 0 {
		return dst // a name alone before the postcode: a town's or a person's
	}
	// the homestead's name in quotes: "…", „…“, «…»
	f := text[s:e]
	open, close := "", ""
	for _, q := range [...][2]string{{"\"", "\""}, {"„", "“"}, {"„", "”"}, {"«", "»"}, {"“", "”"}} {
		if strings.HasPrefix(f, q[0]) && strings.HasSuffix(f, q[1]) && len(f) > len(q[0])+len(q[1]) {
			open, close = q[0], q[1]
			break
		}
	}
	if open == "" {
		return dst
	}
	name := f[len(open) : len(f)-len(close)]
	if len(name) < 3 || len(name) > 40 || !upperAt(name, 0) || strings.ContainsAny(name, "\"0123456789") {
		return dst
	}
	ins := []Span{{Start: s, End: streetEnd, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.9,
		Reason: "homestead's name in quotes and its parish before a postcode"}}
	if town.End > 0 {
		ins = append(ins, town)
	}
	dst = append(dst, ins...)
	copy(dst[k+len(ins):], dst[k:len(dst)-len(ins)])
	copy(dst[k:], ins)
	return dst
}

// unitEstateAt24 reads a flat's or block's number, the run r after its
// word and before a comma, with the further flat, block and house fields
// after it and the estate or the street without a house number that
// ends them ("Flat 6, Block 3, Jakande Estate", "Flat 4, Block B, Triq
// Santa Venera"), and stores it in sp. The first word must open a field
// or follow a spaced dash.
func unitEstateAt24(text string, r digitRun, sp *Span) bool {
	w := wordEndingAt(text, r.start-1)
	if t := w.str(text); (t == "Na." || t == "No.") && w.start >= 8 && text[w.start-1] == ' ' {
		if h := wordEndingAt(text, w.start-1); h.str(text) == "Nyumba" || h.str(text) == "House" {
			w.start = h.start // "Nyumba Na. 7, Barabara ya …" (Swahili: house number)
		}
	}
	if w.start == w.end || !unitFieldWords24.has(text[w.start:w.start+wordLen24(text, w.start)]) ||
		!clauseStartBefore(text, w.start) && !dashBefore24(text, w.start) {
		return false
	}
	e := r.end
	limit := min(len(text), e+120)
	units := 1
	for range 3 {
		if e+3 >= limit || text[e] != ',' || text[e+1] != ' ' {
			return false
		}
		u, ok := intlWordAt(text, e+2)
		if !ok || !unitFieldWords24.has(u.str(text)) || u.end+2 >= limit || text[u.end] != ' ' {
			break
		}
		v, ok := intlWordAt(text, u.end+1)
		vt := v.str(text)
		if !ok || !houseToken24(vt) && !(len(vt) == 1 && isUpper(vt[0])) {
			return false
		}
		e = v.end
		units++
	}
	if e+3 >= limit || text[e] != ',' || text[e+1] != ' ' {
		return false
	}
	// the estate's or the street's name: one to four capitalised words
	p := e + 2
	var ws [4]word
	nw := 0
	q := p
	for nw < 4 {
		v, ok := intlWordAt(text, q)
		if !ok || v.end > limit || !upperAt(text, v.start) && (nw == 0 || !estateParticle24(v.str(text))) {
			return false
		}
		ws[nw] = v
		nw++
		if partEndAt(text, v.end) {
			break
		}
		if v.end >= len(text) || text[v.end] != ' ' {
			return false
		}
		q = v.end + 1
	}
	end := ws[nw-1].end
	if nw < 2 || !partEndAt(text, end) {
		return false
	}
	last := strings.TrimSuffix(ws[nw-1].str(text), ".")
	firstW := ws[0].str(text)
	switch {
	case estateNames24.has(last) && !businessEstateWords24.has(ws[nw-2].str(text)):
	case streetLeadSet.has(firstW) || intlLeadWord24(firstW):
	case streetTypeSet.has(last) && units >= 2:
	default:
		return false
	}
	*sp = Span{Start: w.start, End: end, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.9,
		Reason: "flat and block numbers and an estate or street name"}
	return true
}

// estateParticle24 reports whether t, lower case, joins the words of a
// street's or an estate's name: a particle of streetParticle or a Swahili
// connective ("Barabara ya Uhuru", "Mtaa wa Kongo").
func estateParticle24(t string) bool {
	switch t {
	case "ya", "wa", "la", "za", "cha", "of":
		return true
	}
	return streetParticle(t)
}

// unitFieldWords24 name a flat's, block's or house's field.
var unitFieldWords24 = boolTable(map[string]bool{
	"Flat": true, "Block": true, "Blk": true, "Blk.": true, "House": true, "Plot": true, "Apt": true, "Apt.": true,
	"Apartment": true, "FLAT": true, "BLOCK": true, "HOUSE": true, "Nyumba": true,
})

// lead24 marks the byte before the space before a number that may open
// one of this file's forms: the last byte of unitFieldWords24 and of the
// number markers after "Nyumba" and "House" ("Na.", "No."), lead24Unit,
// and the comma before a Brazilian street's number, lead24Comma. One
// table load rules out most numbers.
var lead24 = func() (t [256]uint8) {
	for _, c := range []byte("tkeaTKE.") {
		t[c] = lead24Unit
	}
	t[','] = lead24Comma
	return t
}()

const (
	lead24Unit uint8 = 1 + iota
	lead24Comma
)

// wordLen24 returns the length of the word at i, up to a space.
func wordLen24(text string, i int) int {
	j := i
	for j < len(text) && text[j] != ' ' {
		j++
	}
	return j - i
}

// estateNames24 end a housing estate's name.
var estateNames24 = boolTable(map[string]bool{
	"Estate": true, "Estates": true, "Homes": true, "Gardens": true, "Court": true, "Towers": true, "Villas": true,
	"Flats": true, "Quarters": true, "Apartments": true, "Mansions": true, "Heights": true, "Residency": true,
	"Layout": true, "Close": true, "Crescent": true, "Town": true, "Scheme": true, "Village": true, "Barracks": true,
})

// businessEstateWords24 make an estate a business's ("Trading Estate",
// "Business Park", "Industrial Estate").
var businessEstateWords24 = boolTable(map[string]bool{
	"Trading": true, "Industrial": true, "Business": true, "Retail": true, "Enterprise": true, "Commercial": true,
	"Science": true, "Technology": true, "Office": true, "Shopping": true,
})

// intlLeadWord24 reports whether w opens a street in the languages whose
// leads the address detector reads only before a number: Maltese "Triq",
// Malay "Jalan", "Lorong".
func intlLeadWord24(w string) bool {
	switch w {
	case "Triq", "Jalan", "Lorong", "Barabara", "Mtaa", "Njia":
		return true
	}
	return false
}

// brInitialStreet24 reads a Brazilian street written with "R." before
// its name and its number after a comma, the run r ("R. Augusta, 1508"),
// and stores it in sp, with the flat after it. An initial before a
// surname and an age looks the same ("R. Silva, 42"), so a flat's word
// after the number, or an address label before the street on its line,
// must show it is one.
func brInitialStreet24(text string, r digitRun, sp *Span) bool {
	c := r.start - 2 // the comma
	if c < 6 || text[c] != ',' || r.end-r.start > 5 || !strings.Contains(text[max(0, c-48):c], "R. ") {
		return false
	}
	// the name: one to five words, capitalised or particles, after "R. "
	s := c
	for k := 0; k < 5; k++ {
		ws := s
		for ws > 0 && text[ws-1] != ' ' && text[ws-1] != '\n' {
			ws--
		}
		if ws == s || ws < 3 || text[ws-1] != ' ' {
			return false
		}
		t := text[ws:s]
		if t == "R." || t == "r." {
			break
		}
		if !upperAt(text, ws) && !streetParticle(t) {
			return false
		}
		s = ws - 1
	}
	rs := s - 2
	if rs < 0 || text[rs:s] != "R." && text[rs:s] != "r." || !clauseStartBefore(text, rs) {
		return false
	}
	e := r.end
	if e < len(text) && isAlpha(text[e]) {
		e++
	}
	end := unitAfter(text, e)
	if end == e && !brAddressLabelBefore24(text, rs) {
		return false
	}
	*sp = Span{Start: rs, End: end, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.85,
		Reason: "street-type word, street name, comma, house number"}
	return true
}

// brAddressLabelBefore24 reports whether an address label (endereço,
// end., morada) stands on the line before i, at most 48 bytes back.
func brAddressLabelBefore24(text string, i int) bool {
	ls := i
	for ls > 0 && i-ls < 48 && text[ls-1] != '\n' {
		ls--
	}
	return containsAnyFold(text[ls:i], brAddressLabels24)
}

// swahiliBoxEnd24 returns where a box written in Swahili ("S.L.P.", at
// st) ends when its postcode is joined to its number by a dash ("S.L.P.
// 80447-80100"): the writers of Swahili lines keep the two as one
// address, where English lines' "P.O. Box 1184-40100" gives a box and a
// postcode (kenyanBoxPostcode); or e.
func swahiliBoxEnd24(text string, st, e int) int {
	if e+6 > len(text) || text[e] != '-' || text[st] != 'S' || !strings.HasPrefix(text[st:], "S.L.P.") ||
		!allDigits(text[e+1:e+6]) || e+6 < len(text) && isDigit(text[e+6]) {
		return e
	}
	return e + 6
}

// brAddressLabels24 are the Portuguese address labels (lower case).
var brAddressLabels24 = []string{"endereço", "endereco", "end.", "morada"}

// ghanaPhoneBefore24 reports whether a Ghanaian phone number (0 and a
// mobile network's two digits, then seven: "024 881 2290", "0551234567",
// or after +233) stands on the line in the 48 bytes before s.
func ghanaPhoneBefore24(text string, s int) bool {
	ls := s
	for ls > 0 && s-ls < 48 && text[ls-1] != '\n' {
		ls--
	}
	l := text[ls:s]
	if strings.Contains(l, "+233") {
		return true
	}
	for i := 0; i+10 <= len(l); i++ {
		if l[i] != '0' || i > 0 && isDigit(l[i-1]) {
			continue
		}
		switch l[i+1 : i+3] {
		case "20", "23", "24", "25", "26", "27", "28", "50", "53", "54", "55", "56", "57", "59":
		default:
			continue
		}
		// seven more digits, in groups of three and four or not at all
		d, j := 0, i+3
		for j < len(l) && d < 7 && (isDigit(l[j]) || l[j] == ' ' || l[j] == '-') {
			if isDigit(l[j]) {
				d++
			}
			j++
		}
		if d == 7 && (j == len(l) || !isDigit(l[j])) {
			return true
		}
	}
	return false
}

// ghanaRegion24 reports whether c is the first letter of a Ghana Post GPS
// code's region (Ashanti, Bono, Central, Eastern, Greater Accra,
// Northern, Upper East, Upper West, Volta, Western).
func ghanaRegion24(c byte) bool {
	switch c {
	case 'A', 'B', 'C', 'E', 'G', 'N', 'U', 'X', 'V', 'W':
		return true
	}
	return false
}
