package redact

import "strings"

// The parts of an address line that national address grammars put
// before or after the street, which a street span left outside it so that
// the address was only partly masked (issue 9, session 24). Writers label
// them as one address with the street:
//   - before the street, a New Zealand rural delivery route ("RD 2, 1184
//     Moutere Highway", "R.D. 3, 12 Hill Road"), and a lot or a house and
//     flat number written as its own field before a Malay or Spanish
//     street type ("Lot 2231, Kampung …", "3-2, Jalan …", "No. 7A, Lorong
//     …"): leadPart24;
//   - after it, a Spanish staircase, side, floor and door ("esc. izq.",
//     "5º 2ª", "bajo", "pta. 3"), a Bulgarian block, entrance, floor and
//     flat ("бл. 512, вх. Б, ет. 4, ап. 38", "bl. 12, vh. A"), a Baltic
//     flat after a spaced dash ("Brīvības iela 97 - 12"), and the district
//     or estate field of an Indonesian, Malaysian, Philippine, Turkish or
//     Vietnamese address ("Kel. Sukamaju, Kec. Cilodong", "Bandar …",
//     "Taman …", "Brgy. Molino III", "Caddebostan Mah.", "Phường 6"):
//     tailPart24.
// streetParts22 (street22_parts.go) calls both for each street span, and
// drops a district field the address detector read on its own ("Bandar
// …") once it is inside the street.

// leadPart24 returns where the street at s starts with the field
// before it that names its rural delivery route or its lot or house
// number (see above), at floor or after; or s.
func leadPart24(text string, s, floor int) int {
	if s-5 < floor || text[s-1] != ' ' || text[s-2] != ',' {
		return s
	}
	fe := s - 2
	fs := fe
	for fs > floor && fe-fs <= 14 {
		c := text[fs-1]
		if !isAlnum(c) && c != ' ' && c != '.' && c != '-' && c != '/' {
			break
		}
		fs--
	}
	for fs < fe && text[fs] == ' ' {
		fs++
	}
	f := text[fs:fe]
	if f == "" {
		return s
	}
	// at opens the field's words from k: at a line's, a field's or a
	// clause's start, or after a spaced dash
	at := func(k int) bool {
		return (k == 0 || f[k-1] == ' ') && (clauseStartBefore(text, fs+k) || dashBefore24(text, fs+k))
	}
	if isDigit(text[s]) {
		// "RD 2, 1184 Moutere Highway": a New Zealand rural delivery
		// route before a numbered road
		if !isDigit(f[len(f)-1]) || strings.IndexByte(f, 'D') < 0 {
			return s
		}
		for _, p := range [...]string{"RD ", "R.D. "} {
			if k := strings.LastIndex(f, p); k >= 0 && len(f)-k-len(p) <= 2 && allDigits(f[k+len(p):]) && at(k) {
				return fs + k
			}
		}
		return s
	}
	// a lot's or a house's number before a street type that opens the
	// street ("Lot 2231, Kampung …", "3-2, Jalan …", "No. 7A, Lorong …")
	fw, ok := intlWordAt(text, s)
	if !ok || !numberFieldLeads24.has(fw.str(text)) {
		return s
	}
	for _, p := range [...]string{"Lot ", "No. ", "No ", "Plot ", "Nº "} {
		if k := strings.LastIndex(f, p); k >= 0 && houseToken24(f[k+len(p):]) && at(k) {
			return fs + k
		}
	}
	if k := strings.LastIndexByte(f, ' ') + 1; houseToken24(f[k:]) && strings.IndexByte(f[k:], '-') > 0 && at(k) {
		return fs + k // "3-2": a Malaysian shop-house's number and floor
	}
	return s
}

// numberFieldLeads24 are the street and village types before which a
// lot's or house's number stands as a field of its own: Malay, Indonesian
// and the Spanish types of streetLeads that are written so ("14, Calle
// Mayor" is rare, "Lot 12, Kampung …" and "3-2, Jalan …" are common).
var numberFieldLeads24 = boolTable(map[string]bool{
	"Jalan": true, "Jln": true, "Jln.": true, "Jl.": true, "Lorong": true, "Lrg": true, "Lrg.": true,
	"Persiaran": true, "Lebuh": true, "Lebuhraya": true, "Kampung": true, "Kg": true, "Kg.": true,
	"Taman": true, "Tmn": true, "Tmn.": true, "Bandar": true, "Desa": true, "Solok": true, "Medan": true,
	"Laluan": true, "Simpang": true, "Kampong": true, "Gang": true, "Gg.": true,
})

// houseToken24 reports whether f is a house's or lot's number: one to
// eight bytes of digits, letters, '-' and '/', starting with a digit,
// with at most two letters ("2231", "3-2", "7A", "12-3A", "15/2").
func houseToken24(f string) bool {
	if f == "" || len(f) > 8 || !isDigit(f[0]) {
		return false
	}
	letters := 0
	for k := 0; k < len(f); k++ {
		switch c := f[k]; {
		case isDigit(c), c == '-', c == '/':
		case isAlpha(c):
			letters++
		default:
			return false
		}
	}
	return letters <= 2 && f[len(f)-1] != '-' && f[len(f)-1] != '/'
}

// dashBefore24 reports whether a spaced dash (" - ", " – ") ends right
// before i, as list lines set off an address ("Mr Obi - Flat 6, …").
func dashBefore24(text string, i int) bool {
	return i >= 3 && text[i-3:i] == " - " || i >= 5 && text[i-5:i] == " – "
}

// tailPart24 returns where the part after the street that ends at e ends
// (see above), at most limit; or e.
func tailPart24(text string, e, limit int) int {
	if e+3 >= limit {
		return e
	}
	switch {
	case text[e] == ',' && text[e+1] == ' ':
		p := e + 2
		if q := esTail24(text, p, limit); q > p {
			return q
		}
		if q := bgTail24(text, p, limit); q > p {
			return q
		}
		if q := districtField24(text, p, limit); q > p {
			return q
		}
	case text[e] == ' ' && text[e+1] == '-' && text[e+2] == ' ' && isDigit(text[e-1]):
		// "Brīvības iela 97 - 12, Rīga": a Latvian or Lithuanian flat
		p := e + 3
		q := p
		for q < limit && isDigit(text[q]) && q-p < 4 {
			q++
		}
		if q > p && q-p <= 3 && (q >= len(text) || text[q] == ',' || text[q] == '\n' || text[q] == ';' || text[q] == '|') {
			return q
		}
	}
	return e
}

// esTail24 returns where a Spanish staircase, side, floor or door at p
// ends ("esc. izq.", "esc. B", "5º 2ª", "2.º 3.ª", "1º B", "bajo A",
// "pta. 3", "dcha."), when a part ends there; or p.
func esTail24(text string, p, limit int) int {
	w, ok := intlWordAt(text, p)
	if !ok || w.end > limit {
		return p
	}
	t := w.str(text)
	var buf [32]byte
	lt := lowerASCII(t, &buf)
	switch lt {
	case "esc.", "escalera", "pta.", "puerta", "portal", "bloque", "blq.", "bl.":
		v, ok := intlWordAt(text, w.end+1)
		if !ok || w.end >= len(text) || text[w.end] != ' ' || v.end > limit || v.end-v.start > 6 {
			return p
		}
		if vt := v.str(text); !esSide24(vt) && !houseToken24(vt) && !(len(vt) == 1 && isUpper(vt[0])) {
			return p
		}
		if partEndAt(text, v.end) {
			return v.end
		}
		return p
	case "izq.", "izqda.", "izda.", "izq", "izda", "dcha.", "dcha", "drcha.", "dcho.", "dch.", "bajo", "ático",
		"entlo.", "entresuelo", "pral.", "principal":
		if partEndAt(text, w.end) {
			return w.end
		}
		return p
	}
	// a floor: one or two digits and an ordinal mark, then the door
	d := p
	for d < w.end && isDigit(text[d]) && d-p < 2 {
		d++
	}
	if d == p {
		return p
	}
	if rest := text[d:w.end]; !esOrdinalMark(rest) {
		return p
	}
	if partEndAt(text, w.end) {
		return w.end
	}
	if w.end+1 >= limit || text[w.end] != ' ' {
		return p
	}
	v, ok := intlWordAt(text, w.end+1)
	if !ok || v.end > limit || !partEndAt(text, v.end) {
		return p
	}
	vt := v.str(text)
	if len(vt) == 1 && isUpper(vt[0]) || esSide24(vt) {
		return v.end // "1º B", "3º izq."
	}
	k := 0
	for k < len(vt) && isDigit(vt[k]) && k < 2 {
		k++
	}
	if k > 0 && esOrdinalMark(vt[k:]) {
		return v.end // "5º 2ª"
	}
	return p
}

// esOrdinalMark reports whether s is an ordinal mark as written after a
// Spanish or Catalan floor's or door's number: "º", "ª", "°", ".º", ".ª".
func esOrdinalMark(s string) bool {
	switch s {
	case "º", "ª", "°", ".º", ".ª", "º.", "ª.":
		return true
	}
	return false
}

// esSide24 reports whether t is a Spanish side ("izq.", "dcha.", "izda").
func esSide24(t string) bool {
	switch strings.ToLower(t) {
	case "izq.", "izqda.", "izda.", "izq", "izda", "dcha.", "dcha", "drcha.", "dcho.", "dch.", "ctro.", "centro":
		return true
	}
	return false
}

// bgTail24 returns where a Bulgarian block, entrance, floor or flat at p
// ends ("бл. 512", "вх. Б", "ет. 4", "ап. 38"; in Latin letters "bl.",
// "vh.", "et.", "ap."), when a part ends there; or p.
func bgTail24(text string, p, limit int) int {
	w, ok := intlWordAt(text, p)
	if !ok || w.end+2 >= limit || text[w.end] != ' ' {
		return p
	}
	switch w.str(text) {
	case "бл.", "вх.", "ет.", "ап.", "Бл.", "Вх.", "Ет.", "Ап.", "bl.", "vh.", "vkh.", "et.", "ap.":
	default:
		return p
	}
	v, ok := intlWordAt(text, w.end+1)
	if !ok || v.end > limit || v.end-v.start > 8 || !partEndAt(text, v.end) {
		return p
	}
	vt := v.str(text)
	if !isDigit(vt[0]) && !(len(vt) <= 2 && isUpper(vt[0])) && !(vt[0] >= 0xD0 && vt[0] <= 0xD1 && len(vt) <= 4) {
		return p
	}
	return v.end
}

// districtField24 returns where the district, village or estate field at
// p ends: a district word and one to three capitalised words or a number
// after it ("Kel. Sukamaju", "Kec. Cilodong", "Bandar Menjalara", "Taman
// Melati", "Brgy. Molino III", "Phường 6"), or one to three capitalised
// words and a Turkish neighbourhood's word after them ("Caddebostan
// Mah."); or p.
func districtField24(text string, p, limit int) int {
	w, ok := intlWordAt(text, p)
	if !ok || w.end+2 >= limit || !upperAt(text, p) {
		return p
	}
	if districtWords24.has(w.str(text)) {
		if text[w.end] != ' ' {
			return p
		}
		e := w.end
		for n := 0; n < 3; n++ {
			v, ok := intlWordAt(text, e+1)
			if !ok || v.end > limit {
				break
			}
			vt := v.str(text)
			if !upperAt(text, v.start) && !isDigit(vt[0]) || len(vt) > 24 {
				break
			}
			e = v.end
			if partEndAt(text, e) || e >= len(text) || text[e] != ' ' {
				break
			}
		}
		if e == w.end || !partEndAt(text, e) {
			return p
		}
		if text[e-1] == '.' && !strings.HasSuffix(text[w.start:e], "Mah.") {
			e-- // a sentence's full stop
		}
		return e
	}
	// "Caddebostan Mah.": the name, then the neighbourhood's word
	e := w.end
	for n := 0; n < 3; n++ {
		if e >= len(text) || text[e] != ' ' {
			return p
		}
		v, ok := intlWordAt(text, e+1)
		if !ok || v.end > limit {
			return p
		}
		switch v.str(text) {
		case "Mah.", "Mahallesi", "Mh.", "Mahalle":
			if partEndAt(text, v.end) || v.end < len(text) && text[v.end] == '.' {
				return v.end
			}
			return p
		}
		if !upperAt(text, v.start) {
			return p
		}
		e = v.end
	}
	return p
}

// districtWords24 open an address's district, village, estate or ward
// field: Indonesian (kelurahan, kecamatan, desa), Malay (bandar, taman,
// kampung, seksyen), Filipino (barangay, purok, sitio) and Vietnamese
// (phường, xã) words, with their abbreviations.
var districtWords24 = boolTable(map[string]bool{
	"Kel.": true, "Kelurahan": true, "Kec.": true, "Kecamatan": true, "Desa": true, "Ds.": true,
	"Bandar": true, "Taman": true, "Tmn.": true, "Kampung": true, "Kg.": true, "Seksyen": true,
	"Brgy.": true, "Brgy": true, "Bgy.": true, "Barangay": true, "Purok": true, "Sitio": true,
	"Phường": true, "Xã": true, "Ấp": true, "Thôn": true,
})
