package redact

import "strings"

// The parts of an address line that stand before or after the street the
// address detector read, which a street span left out so that the line
// was only partly masked (issue 9, session 22):
//   - before it, a comma-separated field naming the flat, room, block or
//     box ("Room 4, …", "Flat No. 7C, …", "Bât. C3, …", "Box 12, RR 1"),
//     a flat by its floor ("Top Floor Flat, …"), a Scottish tenement flat
//     position ("3F2, …"), a named residence, chalet, villa or estate
//     ("Résidence Les Pins, …", "Urb. El Mirador, …") or a house's name
//     ("The Old Bakery, …", "Tŷ Mawr, …");
//   - after it, a door letter after a Spanish floor ("2º C"), a Canadian
//     postal station or a post office after a box ("PO Box 12, Stn A",
//     "PO Box 9, Central Post Office"), a numbered rural road's number ("County Road 4100"), a Danish or
//     Icelandic floor and side ("2. th.", "1. hæð"), a Portuguese ground
//     floor ("r/c"), a Dutch ground floor ("3 hs"), and the house number a
//     street read without one
//     ("Ole Rømers Gade 12", "Mill Road, at number 4").
//   - before a street that opens with its number, a bare "no" ("stay
//     for no 12 bank road");
//   - before a street written as one word with its type's suffix, the
//     words of the name it is written with ("Van Hasseltlaan 12",
//     "Burgemeester de Vlugtstraat 4", "Jan van Galenstraat 9", "Alte
//     Bahnhofstr. 3").
// A template's placeholder street ("1 Sample Street", "12 Example Road",
// "123 Main St, Anytown") is no one's address: streetParts22 lowers it
// under DefaultMinScore.
// streetParts22 moves a street span's bounds over them; it adds no span,
// and drops the detector's spans the street now covers ("B" read as a
// town, "Stn A" read as a suburb, a road's number read as a postcode).

// streetParts22 extends the STREET_ADDRESS spans of dst[first:] (the
// address detector's, in order) over the parts before and after them (see
// above) and returns dst without the spans they now cover.
//
//go:noinline
func streetParts22(text string, dst []Span, first int) []Span {
	grown := false
	for i := first; i < len(dst); i++ {
		sp := &dst[i]
		if sp.Type != "STREET_ADDRESS" || sp.Score < DefaultMinScore {
			continue // a business's premises (premisesDemote): its words stay out
		}
		if placeholderStreet22(text, sp.Start, sp.End) {
			sp.Score, sp.Reason = placeholderScore, placeholderReason
			continue
		}
		if roadMarkerBefore24(text, sp.Start) {
			sp.Type = "" // "Milepost 176, Blue Ridge Parkway": no house (street24_premises.go)
			grown = true
			continue
		}
		floor := 0
		if i > first && dst[i-1].End <= sp.Start {
			floor = dst[i-1].End
		}
		if s := sp.Start; s-4 >= floor && isDigit(text[s]) && (text[s-3:s] == "no " || text[s-3:s] == "No ") &&
			(s == 3 || text[s-4] == ' ' || text[s-4] == '\n') {
			sp.Start = s - 3 // "stay for no 12 bank road"
		}
		if s := noLeadWord23(text, sp.Start, floor); s < sp.Start {
			sp.Start = s // "Flat No. 402, …", "Old No. 12, New No. 27, …" (street23_forms.go)
		}
		if s := unitDashLead(text, sp.Start, floor); s < sp.Start {
			sp.Start = s // "33 – 2750 Clearbrook Rd", "#204-1255 Main St" (street23b_parts.go)
		}
		if s := suffixNameStart22(text, sp.Start, floor); s < sp.Start {
			sp.Start = s // "Van Hasseltlaan 12", "Burgemeester de Vlugtstraat 4"
		}
		// (the rest of its line is read only when a field may stand before it)
		houses := sp.Start >= 2 && text[sp.Start-2] == ',' && !contactAfter22(text, sp.End)
		for range 3 {
			s := leadField22(text, sp.Start, floor, houses)
			if s == sp.Start {
				break
			}
			sp.Start = s
		}
		if s := leadPart24(text, sp.Start, floor); s < sp.Start {
			sp.Start = s // "RD 2, 1184 …", "Lot 2231, Kampung …", "3-2, Jalan …" (street24_parts.go)
		}
		if s := numberWordLead25(text, sp.Start, floor); s < sp.Start {
			sp.Start = s // "No. 12 Awolowo Road" (street25_parts.go)
		}
		if s, merged := plotLead25(text, dst, first, i, floor); s < sp.Start {
			if merged {
				dst[i-1].Type = "" // "Erf 1432" read as a street of its own
			}
			sp.Start, grown = s, true // "Erf 1432, 5 …", "Lot 12, …", "RR 3, …" (street25_parts.go)
		}
		limit := min(len(text), sp.End+maxStreetTail)
		for range 6 {
			e := tailPart22(text, sp.Start, sp.End, limit)
			if e <= sp.End {
				// "…, esc. izq., 5º 2ª", "…, бл. 512", "… 97 - 12", "…, Kel. …" (street24_parts.go)
				if e = tailPart24(text, sp.End, limit); e <= sp.End {
					if e = dotUnitTail25(text, sp.End, limit); e <= sp.End {
						break // "Ave., Unit 3" (street25_parts.go)
					}
				}
			}
			sp.End = e
			grown = true
		}
	}
	mtCodeSplit22(text, dst[first:])
	if !grown {
		return dst
	}
	out := first
	for i := first; i < len(dst); i++ {
		if dst[i].Type == "" {
			continue // a road marker's number
		}
		if out > first {
			if a := &dst[out-1]; a.Type == "STREET_ADDRESS" && dst[i].Start >= a.Start && dst[i].Start < a.End {
				if dst[i].End <= a.End {
					continue // "B", "Stn Main", "4100", "Bandar …", "Brgy": now inside the street
				}
				if dst[i].Type == "STREET_ADDRESS" {
					a.End = dst[i].End // the next street's part a tail reached into
					continue
				}
			}
		}
		dst[out] = dst[i]
		out++
	}
	return dst[:out]
}

// leadFieldMax bounds the bytes of a field before a street.
const leadFieldMax = 48

// leadField22 returns where the field before the street at s starts when
// it is a flat's, or when houses is set a residence's or a house's (see
// above), and only ", " stands between them, at floor or after; or s.
func leadField22(text string, s, floor int, houses bool) int {
	if s-3 < floor || text[s-1] != ' ' || text[s-2] != ',' {
		return s
	}
	fe := s - 2
	fs := fe
	for fs > floor && fe-fs <= leadFieldMax {
		c := text[fs-1]
		if c == '\n' || c == ',' || c == ':' || c == ';' || c == '(' || c == '|' || c == '\t' || c == '"' {
			break
		}
		fs--
	}
	if fe-fs > leadFieldMax {
		// a sentence before the field: a house's name after its last
		// preposition may still open the address ("… please post them to
		// Gwen at Tŷ Gwyn, 3 …"; street23)
		return leadAfterPreposition(text, fe-leadFieldMax, fe, s, houses)
	}
	for fs < fe && text[fs] == ' ' {
		fs++
	}
	if fs > 0 && fs > floor && text[fs-1] != ' ' && text[fs-1] != '\n' && text[fs-1] != '\t' && text[fs-1] != '(' &&
		text[fs-1] != '"' {
		return s // "x,Flat 2": no field
	}
	if leadFieldKind22(text[fs:fe], houses && (fs == 0 || text[fs-1] != '(')) {
		return fs
	}
	// "living at Tŷ Mawr, 4 …", "à la Résidence …": the field starts after
	// the sentence's last preposition
	return leadAfterPreposition(text, fs, fe, s, houses)
}

// leadAfterPreposition returns where the field text[fs:fe] before the
// street at s starts after its last preposition, when the words after it
// are a flat's, residence's or house's (leadField22); or s.
func leadAfterPreposition(text string, fs, fe, s int, houses bool) int {
	for p := fe - 1; p > fs+2; p-- {
		if text[p] != ' ' {
			continue
		}
		switch text[p-3 : p] {
		case " at", " to", " in", " on", " à", " is": // ("my address is 2/1, …"; street23b)
			if leadFieldKind22(text[p+1:fe], houses) {
				return p + 1
			}
			return s
		}
	}
	return s
}

// leadUnitWords are the words, lower case, that open a flat's, room's,
// block's or box's field ("Room 4", "Bât. C3", "Box 12").
var leadUnitWords = boolTable(map[string]bool{
	"flat": true, "apt": true, "apartment": true, "appt": true, "app": true, "appartement": true, "room": true,
	"rm": true, "unit": true, "suite": true, "bât": true, "bat": true, "bâtiment": true, "block": true,
	"blk": true, "bloc": true, "house": true, "no": true, "box": true, "maisonette": true, "portal": true,
	"escalier": true, "esc": true, "entrée": true, "door": true, "villa": true, "casa": true, "bungalow": true,
	"plot": true, "số": true, // Nigerian, Pakistani plots, Vietnamese "Số 42" (number; street23)
})

// leadResidenceWords are the words, lower case, that open a named
// residence, chalet, villa or estate ("Résidence Les Pins", "Urb. El
// Mirador").
var leadResidenceWords = boolTable(map[string]bool{
	"résidence": true, "residence": true, "résidences": true, "chalet": true, "villa": true, "urb": true,
	"urbanización": true, "urbanizacion": true, "edificio": true, "edif": true, "immeuble": true,
	"imm": true, "domaine": true, "lotissement": true, "conjunto": true, "condominio": true, "cond": true,
	"mas": true, "bastide": true, "quinta": true, "finca": true, "cortijo": true,
})

// leadFloorWords are the words, lower case, of a flat named by its floor
// ("Top Floor Flat", "2nd Floor Flat", "Garden Flat").
var leadFloorWords = boolTable(map[string]bool{
	"ground": true, "first": true, "second": true, "third": true, "fourth": true, "top": true, "upper": true,
	"lower": true, "basement": true, "garden": true, "floor": true, "1st": true, "2nd": true, "3rd": true,
	"4th": true, "5th": true, "attic": true,
})

// houseNameHeads open a house's name, houseNameTails end one ("The Old
// Bakery", "Tŷ Mawr", "Ivy Cottage", "Hill Farm").
var (
	houseNameHeads = boolTable(map[string]bool{
		"The": true, "Tŷ": true, "Ty": true, "Bryn": true, "Plas": true, "Hen": true, "Pen": true, "Old": true,
	})
	houseNameTails = boolTable(map[string]bool{
		"Cottage": true, "House": true, "Lodge": true, "Barn": true, "Farm": true, "Forge": true, "Mill": true,
		"Granary": true, "Stables": true, "Rectory": true, "Vicarage": true, "Farmhouse": true, "Bungalow": true,
		"Byre": true, "Bothy": true, "Schoolhouse": true, "Coach": true, "Oast": true, "Smithy": true,
		// a block of flats named before its street ("Lotus Residency, 14 …",
		// "Abbey Court, 21 …"; street23b)
		"Apartments": true, "Apts": true, "Residency": true, "Residences": true, "Mansions": true, "Court": true,
		"Towers": true, "Tower": true, "Enclave": true, "Manor": true, "Flats": true,
	})
)

// leadFieldKind22 reports whether the field f before a street names a
// flat, or when houses is set a residence or a house (see above).
func leadFieldKind22(f string, houses bool) bool {
	var ws [6]string
	n := 0
	for w := range strings.FieldsSeq(f) {
		if n == len(ws) {
			return false
		}
		ws[n] = w
		n++
	}
	if n == 0 {
		return false
	}
	var buf [32]byte
	lw := func(w string) string {
		w = strings.TrimSuffix(w, ".")
		if len(w) > len(buf) {
			return ""
		}
		return lowerASCII(w, &buf)
	}
	if n == 1 {
		return tenementFlat(ws[0]) || tenementSlash(ws[0])
	}
	var buf0 [32]byte
	w0 := ""
	if w := strings.TrimSuffix(ws[0], "."); len(w) <= len(buf0) {
		w0 = lowerASCII(w, &buf0) // its own buffer: lw's is reused
	}
	// "Room 4", "Flat No. 7C", "House No. C12/4", "Bât. C3", "Box 12"
	if leadUnitWords.has(w0) && n <= 3 {
		k := 1
		if n == 3 {
			if m := lw(ws[1]); m != "no" && m != "nº" && m != "n°" && m != "#" && m != "nr" {
				return houses && (leadHouseName(ws[:n]) || leadResidence(w0, ws[:n]))
			}
			k = 2
		}
		if unitToken22(ws[k]) {
			return true
		}
	}
	if houses && leadResidence(w0, ws[:n]) {
		return true
	}
	// "Top Floor Flat", "2nd Floor Flat", "Garden Flat"
	if lw(ws[n-1]) == "flat" {
		ok := true
		for _, w := range ws[:n-1] {
			ok = ok && leadFloorWords.has(lw(w))
		}
		if ok {
			return true
		}
	}
	return houses && leadHouseName(ws[:n])
}

// leadResidence reports whether the words ws, the first w0 in lower case,
// name a residence, chalet or estate: its word, then one to four words
// whose first is capitalised or a particle before a capitalised word.
func leadResidence(w0 string, ws []string) bool {
	if !leadResidenceWords.has(w0) || len(ws) < 2 || len(ws) > 5 {
		return false
	}
	k := 1
	if streetParticle(ws[k]) && k+1 < len(ws) {
		k++
	}
	return upperRuneAt(ws[k], 0) && !hasDigit22(ws[k])
}

// leadHouseName reports whether the words ws name a house: two to four
// capitalised words without digits, the first a house name's head or the
// last its tail ("The Old Bakery", "Ivy Cottage").
func leadHouseName(ws []string) bool {
	if len(ws) < 2 || len(ws) > 4 || !houseNameHeads.has(ws[0]) && !houseNameTails.has(ws[len(ws)-1]) {
		return false
	}
	for k, w := range ws {
		if !upperRuneAt(w, 0) || hasDigit22(w) || k > 0 && addrStopSet.has(w) {
			return false
		}
	}
	return true
}

// unitToken22 reports whether w is a flat's, room's or box's number: at
// most eight bytes of letters, digits, '-' and '/', with a digit, or a
// single capital ("12", "7C", "B-702", "C12/4", "D").
func unitToken22(w string) bool {
	if len(w) == 1 {
		return w[0] >= 'A' && w[0] <= 'Z' || isDigit(w[0])
	}
	if len(w) > 8 {
		return false
	}
	digit := false
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case isDigit(c):
			digit = true
		case isAlpha(c), c == '-' && k > 0, c == '/' && k > 0:
		default:
			return false
		}
	}
	return digit
}

// tenementFlat reports whether w is a Scottish tenement flat's position:
// its floor (a digit, or P, G, B for the ground and basement), 'F' and
// the door's number ("2F1", "PF3").
func tenementFlat(w string) bool {
	if len(w) < 3 || len(w) > 4 {
		return false
	}
	c := w[0]
	if !isDigit(c) && c != 'P' && c != 'G' && c != 'B' {
		return false
	}
	k := 1
	if k < len(w) && isDigit(w[k]) && isDigit(c) {
		k++
	}
	if k >= len(w)-1 || w[k] != 'F' {
		return false
	}
	return allDigits(w[k+1:])
}

// tailPart22 returns the end of one part after the street text[s:e] (see
// above), at most limit; or e.
func tailPart22(text string, s, e, limit int) int {
	if e+2 > limit {
		return e
	}
	last := text[e-1]
	switch {
	case last == 0xBA || last == 0xAA || last == 0xB0:
		// "2º C", "1ª B": a door letter after the floor's mark
		if e >= 2 && text[e-2] == 0xC2 && text[e] == ' ' && text[e+1] >= 'A' && text[e+1] <= 'H' &&
			tailPartEnds(text, e+2, limit) {
			return e + 2
		}
	}
	if isDigit(last) && (strings.HasPrefix(text[e:limit], " hs") || strings.HasPrefix(text[e:limit], " HS")) &&
		tailPartEnds(text, e+3, limit) {
		return e + 3 // the Dutch ground floor: "Kerkstraat 3 hs"
	}
	if isDigit(last) && text[e] == ',' {
		if q := kmTailEnd(text, s, e, limit); q > e {
			return q // "Strada Provinciale 7, km 3" (street23b_parts.go)
		}
	}
	if isDigit(last) && text[e] == ' ' {
		if q := crossStreetsEnd(text, s, e, limit); q > e {
			return q // "Calle 60 #491 x 57 y 59" (street23b_parts.go)
		}
	}
	if isAlpha(last) {
		if q := streetNumberAfter22(text, s, e, limit); q > e {
			return q
		}
	}
	if text[e] != ',' || text[e+1] != ' ' {
		return e
	}
	p := e + 2
	if strings.Contains(text[s:e], "Box") || strings.Contains(text[s:e], "BOX") {
		if q := boxStationEnd(text, p, limit); q > p {
			return q
		}
	}
	if q := nordicFloorEnd(text, p, limit); q > p {
		return q
	}
	if p+3 <= limit && text[p:p+3] == "r/c" && tailPartEnds(text, p+3, limit) {
		q := p + 3
		for _, side := range [...]string{" esq.", " dto.", " esq", " dto", " dt.º", " drt."} {
			if strings.HasPrefix(text[q:limit], side) && tailPartEnds(text, q+len(side), limit) {
				return q + len(side)
			}
		}
		return q // "Travessa da Fonte 4, r/c"
	}
	return e
}

// streetNumberAfter22 returns the end of a house number after the street
// text[s:e], which ends with its type and no number ("Ole Rømers Gade 12",
// "Mill Road, at number 4"), at most limit; or e.
func streetNumberAfter22(text string, s, e, limit int) int {
	sp := strings.LastIndexByte(text[s:e], ' ')
	if sp < 0 {
		return e
	}
	if q := roadNumberOf(text, s, e, limit); q > e {
		return q
	}
	if isDigit(text[s]) {
		return e // the street has its number already
	}
	last := text[s+sp+1 : e]
	p := e
	switch {
	case p+1 < limit && text[p] == ' ' && isDigit(text[p+1]):
		p++
	case strings.HasPrefix(text[p:limit], ", at number "):
		p += len(", at number ")
	case strings.HasPrefix(text[p:limit], ", number "):
		p += len(", number ")
	default:
		return e
	}
	if !streetTypeSet.has(last) && !hasStreetSuffix(last) && !nordicStreetWords.has(last) {
		return e
	}
	q := p
	for q < limit && q-p < 4 && isDigit(text[q]) {
		q++
	}
	if q == p || q < limit && isDigit(text[q]) {
		return e
	}
	if q < limit && isAlpha(text[q]) && (q+1 >= limit || !isAlnum(text[q+1])) {
		q++ // "12B"
	}
	if q < limit && text[q] != ',' && text[q] != '\n' && text[q] != ';' && text[q] != ')' && text[q] != '\r' &&
		text[q] != '|' && text[q] != '\t' {
		return e // "Mill Road 2 times"
	}
	return q
}

// nordicStreetWords are Nordic and German street types written as a word
// of their own after the name ("Ole Rømers Gade", "Große Berg Straße").
var nordicStreetWords = boolTable(map[string]bool{
	"Gade": true, "Vej": true, "Gata": true, "Gatan": true, "Vei": true, "Veien": true, "Vegur": true,
	"Straße": true, "Strasse": true, "Allé": true, "Plads": true, "Torv": true,
})

// roadNumberOf returns the end of a numbered rural road's number right
// after the street text[s:e], which ends with the road's type ("17 County
// Road 4100", "Range Road 215"), at most limit; or e.
func roadNumberOf(text string, s, e, limit int) int {
	if e+2 > limit || text[e] != ' ' || !isDigit(text[e+1]) {
		return e
	}
	st := text[s:e]
	ok := false
	for _, t := range [...]string{"County Road", "County Rd", "Range Road", "Range Rd", "Township Road", "Township Rd",
		"Farm Road", "Forest Road", "State Route", "Rural Route", "Concession Road", "Concession Rd",
		"Sideroad", "Side Road", "Side Rd"} {
		if strings.HasSuffix(st, t) {
			ok = true
			break
		}
	}
	if !ok {
		return e
	}
	q := e + 1
	for q < limit && q-e <= 5 && isDigit(text[q]) {
		q++
	}
	if q-e > 5 || q < limit && isAlnum(text[q]) {
		return e
	}
	return q
}

// boxStationEnd returns the end of a postal station or a post office at p,
// after a box's number and ", " ("Stn A", "STN Main", "Central Post
// Office"), at most limit; or p.
func boxStationEnd(text string, p, limit int) int {
	for _, st := range [...]string{"Stn ", "STN ", "Station ", "Succ. ", "Succursale "} {
		if strings.HasPrefix(text[p:limit], st) {
			q := p + len(st)
			k := q
			for k < limit && (isAlpha(text[k]) || text[k] == '-') {
				k++
			}
			if k > q && isUpper(text[q]) && tailPartEnds(text, k, limit) {
				return k
			}
			return p
		}
	}
	// one to three capitalised words and "Post Office"
	q := p
	for range 4 {
		if strings.HasPrefix(text[q:limit], "Post Office") {
			return q + len("Post Office")
		}
		k := q
		for k < limit && isAlpha(text[k]) {
			k++
		}
		if k == q || !isUpper(text[q]) || k >= limit || text[k] != ' ' {
			return p
		}
		q = k + 1
	}
	return p
}

// nordicFloorEnd returns the end of a Danish or Icelandic floor and side at
// p ("2. th.", "st. tv.", "1. mf", "3. hæð"), at most limit; or p.
func nordicFloorEnd(text string, p, limit int) int {
	q := p
	switch {
	case strings.HasPrefix(text[q:limit], "st. "):
		q += 4
	case q+3 < limit && isDigit(text[q]) && text[q+1] == '.' && text[q+2] == ' ':
		q += 3
	default:
		return p
	}
	for _, side := range [...]string{"tv.", "th.", "mf.", "tv", "th", "mf", "hæð", "sal"} {
		if strings.HasPrefix(text[q:limit], side) && tailPartEnds(text, q+len(side), limit) {
			return q + len(side)
		}
	}
	return p
}

// hasDigit22 reports whether w holds an ASCII digit.
func hasDigit22(w string) bool {
	for k := 0; k < len(w); k++ {
		if isDigit(w[k]) {
			return true
		}
	}
	return false
}

// contactAfter22 reports whether the rest of the line after a street that
// ends at e holds an e-mail address or a phone number's digits (nine or
// more digits in all): a contact line, which a business's name opens as
// often as a house's ("Villa Sari, Jl. …, Ubud, WA 0811 …"), so the
// residence or house name before the street is left to the business
// checks (business12_block.go, biz21_namehead.go). A bracket's field is no
// house's either: "(Rose Bakery House, …" names a shop.
func contactAfter22(text string, e int) bool {
	digits := 0
	for k := e; k < len(text) && k-e < 200; k++ {
		switch c := text[k]; {
		case c == '\n':
			return false
		case c == '@':
			return true
		case isDigit(c):
			if digits++; digits >= 9 {
				return true
			}
		}
	}
	return false
}

// suffixNameParticles are the particles, exact case, between the words of
// a Dutch or German street's name before its one-word part ("Jan van
// Galenstraat", "Graf von Galen Str.").
var suffixNameParticles = boolTable(map[string]bool{
	"van": true, "de": true, "der": true, "den": true, "ter": true, "von": true, "vom": true, "zu": true,
	"Van": true, "De": true, "Ter": true, "Von": true,
})

// suffixNameLabels are words, exact case, that label an address rather
// than name its street ("Adres Kerkstraat 5").
var suffixNameLabels = boolTable(map[string]bool{
	"Adres": true, "Adresse": true, "Address": true, "Anschrift": true, "Bezoekadres": true, "Postadres": true,
	"Woonadres": true, "Lieferadresse": true, "Rechnungsadresse": true, "Straat": true, "Straße": true, "Strasse": true,
})

// suffixNameStops are capitalised function words of four letters or more
// that open a sentence before a street ("Nach Bahnhofstraße 4", "Till
// Vasagatan 7"), exact case.
var suffixNameStops = boolTable(map[string]bool{
	"Till": true, "Från": true, "Naar": true, "Nach": true, "Voor": true, "Nabij": true, "Hier": true,
	"Dort": true, "Unser": true, "Unsere": true, "Onze": true, "Bitte": true, "Graag": true, "Stuur": true,
	"Schick": true, "Ihre": true, "Deine": true, "Jouw": true, "Uw": true, "Mijn": true, "Meine": true,
	"Bring": true, "Send": true, "Deliver": true, "Ship": true, "Post": true, "Hinter": true, "Neben": true,
	"Gegenüber": true, "Tegenover": true, "Naast": true, "Achter": true, "Over": true, "Utanför": true,
	"Lever": true, "Lieferung": true, "Levering": true, "Afhalen": true, "Abholung": true,
})

// suffixNameStart22 returns where the name of a street that starts at s
// with a one-word name and its type's suffix ("Hasseltlaan 12") starts
// when one to three capitalised words or particles stand right before it
// on its line, at floor or after ("Van Hasseltlaan 12"); or s. A town, a
// title, a given name alone before a particle-less street, a label or a
// function word ends the walk, and the first word taken is capitalised.
func suffixNameStart22(text string, s, floor int) int {
	e := s
	for e < len(text) && e-s < 40 && text[e] != ' ' && text[e] != ',' && text[e] != '\n' {
		e++
	}
	t := text[s:e]
	if e == s || e-s >= 40 || !upperAt(text, s) || !hasStreetSuffix(t) && !hasStreetSuffix(strings.TrimSuffix(t, ".")) && !villageStreet(t) {
		return s
	}
	start, p := s, s
	for n := 0; n < 3; n++ {
		if p-2 < floor || text[p-1] != ' ' {
			break
		}
		k := p - 1
		for k > floor && text[k-1] != ' ' && text[k-1] != '\n' && text[k-1] != '\t' && text[k-1] != '(' {
			k--
		}
		w := text[k : p-1]
		if w == "" || !letterWord(w) {
			break
		}
		if suffixNameParticles.has(w) {
			p = k
			if upperAt(w, 0) {
				start = k // "Van Hasseltlaan"
			}
			continue
		}
		f := nameFlagsOf(w)
		if !upperAt(w, 0) || addrStopSet.has(w) || suffixNameLabels.has(w) || suffixNameStops.has(w) ||
			cityNames.has(w) || f&(nameTitle|nameStop|nameGreeting) != 0 || len(w) < 4 && f&nameGiven == 0 {
			break // "Till Vasagatan 7", "An Kerkstraat": a short word is a preposition's
		}
		p = k
		start = k
	}
	return start
}

// mtCodeSplit22 mends a Maltese postcode that afterStreet read as a town's
// last word and a four-digit postcode ("Naxxar NXR" and "1234" after
// "Triq il-Wied 4, "): the three capitals go to the postcode.
func mtCodeSplit22(text string, spans []Span) {
	for i := 0; i+1 < len(spans); i++ {
		a, b := &spans[i], &spans[i+1]
		if a.Type != "LOCATION" || b.Type != "ZIP_CODE" || b.Start != a.End+1 || b.End-b.Start != 4 ||
			a.End-a.Start < 6 || text[a.End-4] != ' ' || !isUpper(text[a.End-3]) || !isUpper(text[a.End-2]) ||
			!isUpper(text[a.End-1]) || !upperAt(text, a.Start) {
			continue
		}
		switch text[a.End-3 : a.End] {
		case "NSW", "VIC", "QLD", "TAS", "ACT":
			continue // an Australian state before its postcode
		}
		a.End -= 4
		b.Start -= 4
		b.Score = 0.85
		b.Reason = mtPostcodeReason
	}
}

// mtPostcodeReason is the reason of a Maltese postcode (loc12_mt.go's).
const mtPostcodeReason = "Maltese postcode: three capitals and four digits after a locality"

// placeholderScore and placeholderReason are the score and reason of a
// template's placeholder street.
const (
	placeholderScore  = 0.3
	placeholderReason = "a template's placeholder street (Sample, Example, Anytown), no one's address"
)

// placeholderWords are the words, exact case, that make a street a
// template's placeholder.
var placeholderWords = boolTable(map[string]bool{
	"Sample": true, "Example": true, "Placeholder": true, "Dummy": true, "Fake": true, "Fictional": true,
	"Fictitious": true, "Anystreet": true, "Nowhere": true, "sample": true, "example": true, "placeholder": true,
	"dummy": true, "fake": true, "Beispielstraße": true, "Musterstraße": true, "Musterweg": true,
	"Voorbeeldstraat": true, "Exemple": true, "Ejemplo": true, "Esempio": true,
})

// placeholderStreet22 reports whether the street text[s:e] holds a
// placeholder's word, or a placeholder town follows it ("…, Anytown").
func placeholderStreet22(text string, s, e int) bool {
	for k := s; k < e; {
		j := k
		for j < e && text[j] != ' ' && text[j] != ',' && text[j] != '.' {
			j++
		}
		if j > k && placeholderWords.maybeBytes(text[k], j-k) && placeholderWords.has(text[k:j]) {
			return true
		}
		k = j + 1
	}
	p := e
	for p < len(text) && p-e < 2 && (text[p] == ',' || text[p] == ' ') {
		p++
	}
	if p >= len(text) || text[p] != 'A' && text[p] != 'M' {
		return false
	}
	rest := text[p:min(len(text), p+12)]
	return strings.HasPrefix(rest, "Anytown") || strings.HasPrefix(rest, "Any Town") || strings.HasPrefix(rest, "Anyville") ||
		strings.HasPrefix(rest, "Musterstadt") || strings.HasPrefix(rest, "Musterhausen")
}
