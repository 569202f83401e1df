package redact

import "strings"

// Parts of an address line a street span still left outside it (session
// 25), so that the line was only partly masked:
//   - before the house number, a number word with its period, as Nigerian,
//     Ghanaian, Indian, Malaysian and Kenyan addresses write it ("No. 12
//     Awolowo Road", "Nº 4 Rua …"): the bare "No 12" was read already;
//   - before the street, a field naming the plot the house stands on or
//     the rural route that serves it, set off by a comma: a South African
//     erf or stand ("Erf 1432, 5 Kiewiet Street", "Stand 88, …"), a
//     Caribbean, Philippine or Nigerian lot or plot ("Lot 12, Orchard
//     Heights"), a Canadian or American rural route ("RR 3, 455 Chemin
//     …", "R.R. 1, …"); the address detector may have read the field as
//     a street of its own, which the street now takes in;
//   - after an abbreviated street type with its period, the unit the
//     address detector reads after the bare type ("880 W. Belmont Ave.,
//     Unit 3", "Ave., Apt. 3B", "Rd., Suite 210").

// numberWordLead25 returns where the street at s starts with the number
// word and period before its house number ("No. 12 …"), at floor or
// after; or s.
func numberWordLead25(text string, s, floor int) int {
	if s < 4 || !isDigit(text[s]) || text[s-1] != ' ' {
		return s
	}
	if c := text[s-2]; c != '.' && c != 0xBA && c != 0xB0 {
		return s // the number word's last byte: "No.", "Nº", "N°"
	}
	for _, p := range [...]string{"No. ", "NO. ", "no. ", "Nº ", "N° ", "Nr. ", "Nos. "} {
		k := s - len(p)
		if k >= floor && strings.HasSuffix(text[:s], p) && (k == 0 || !isAlnum(text[k-1]) && text[k-1] != '.') {
			return k
		}
	}
	return s
}

// plotLeadWords25 open a plot's or rural route's field before a street,
// as written ("Erf", "Lot", "RR").
var plotLeadWords25 = [...]string{"Erf ", "ERF ", "Stand ", "Lot ", "LOT ", "Plot ", "RR ", "R.R. ", "R.R.", "RR#"}

// plotField25 reports whether text[fs:fe] is a plot's or rural route's
// field (see plotLeadWords25), optionally with "No." before its number,
// opening a clause.
func plotField25(text string, fs, fe int) bool {
	if !clauseStartBefore(text, fs) && !dashBefore24(text, fs) && !afterPreposition25(text, fs) {
		return false
	}
	f := text[fs:fe]
	for _, p := range plotLeadWords25 {
		rest, ok := strings.CutPrefix(f, p)
		if !ok {
			continue
		}
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, "No. "), "No ")
		return houseToken24(rest)
	}
	return false
}

// afterPreposition25 reports whether " at ", " to " or " on " ends right
// before i ("lives at Lot 12, …"), which clauseStartBefore takes in only
// when the word before is lower case.
func afterPreposition25(text string, i int) bool {
	return i >= 4 && (text[i-4:i] == " at " || text[i-4:i] == " to " || text[i-4:i] == " on ")
}

// plotLead25 returns where the street dst[i] starts with the plot's or
// rural route's field before it (see above), at floor or after, and
// whether that field is the span dst[i-1], which the street takes in.
func plotLead25(text string, dst []Span, first, i, floor int) (int, bool) {
	s := dst[i].Start
	if s < 6 || text[s-1] != ' ' || text[s-2] != ',' {
		return s, false
	}
	fe := s - 2
	if i > first && dst[i-1].End == fe && dst[i-1].Type == "STREET_ADDRESS" && fe-dst[i-1].Start <= 16 &&
		plotField25(text, dst[i-1].Start, fe) {
		return dst[i-1].Start, true // "Erf 1432" read as a street
	}
	if !isDigit(text[fe-1]) && !isDigit(text[fe-2]) {
		return s, false // a plot's number ends the field: "Erf 1432", "Lot 7A"
	}
	fs := fe
	for fs > floor && fe-fs < 16 && text[fs-1] != ',' && text[fs-1] != '\n' && text[fs-1] != ':' && text[fs-1] != '(' {
		fs--
	}
	f := text[fs:fe]
	for _, p := range plotLeadWords25 {
		if k := strings.LastIndex(f, p); k >= 0 && plotField25(text, fs+k, fe) {
			return fs + k, false
		}
	}
	return s, false
}

// dotUnitTail25 returns where the unit after the street that ends at e
// ends when the street ends with an abbreviated type whose period the span
// left out, then ", " and a unit ("Ave., Unit 3"), at most limit; or e.
func dotUnitTail25(text string, e, limit int) int {
	if e+8 > limit || text[e] != '.' || text[e+1] != ',' || text[e+2] != ' ' || !isAlpha(text[e-1]) {
		return e
	}
	p := e + 3
	w, ok := intlWordAt(text, p)
	if !ok {
		return e
	}
	var buf [32]byte
	lw := w.str(text)
	if len(lw) > len(buf) {
		return e
	}
	switch lowerASCII(strings.TrimSuffix(lw, "."), &buf) {
	case "unit", "apt", "apartment", "suite", "ste", "flat", "fl", "floor", "rm", "room", "bldg", "lot":
	default:
		return e
	}
	q := w.end
	if q < limit && text[q] == '.' {
		q++
	}
	if q >= limit || text[q] != ' ' {
		return e
	}
	q++
	if q < limit && text[q] == '#' {
		q++
	}
	r := q
	for r < limit && (isAlnum(text[r]) || text[r] == '-') {
		r++
	}
	if r == q || !unitToken22(text[q:r]) || !tailPartEnds(text, r, limit) {
		return e
	}
	return r
}

// irishHouseNumberEnd25 returns where the house number that opens the
// part text[s:e] ends when the rest is a street's name with no type, in
// capitalised words or Irish name parts ("12 Cois Locha", "7 Ard na
// Gréine"); or s.
func irishHouseNumberEnd25(text string, s, e int) int {
	k := s
	for k < e && k-s < 4 && isDigit(text[k]) {
		k++
	}
	if k == s || k+2 > e || text[k] != ' ' {
		return s
	}
	if !capWordsOnly(text, k+1, e) && !irishNameParts(text, k+1, e) {
		return s
	}
	return k
}
