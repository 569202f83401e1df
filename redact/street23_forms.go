package redact

import "strings"

// Street forms read in session 23 (issue 9).

// slavicLeadWords are the capitalised South Slavic street types after which a
// street's name opens with a word in lower case, a noun in the genitive
// ("Bulevar oslobođenja 88", "Ulica grada Vukovara 68", "Trg bana
// Jelačića 3", "Булевар ослобођења 88", "Улица краља Милутина 33").
var slavicLeadWords = []string{
	"Ulica", "Bulevar", "Trg", "Obala", "Šetalište", "Cesta",
	"Улица", "Булевар", "Трг", "Обала", "Шеталиште",
}

// slavicLeads holds slavicLeadWords.
var slavicLeads = func() *strTable {
	t := newStrTable(len(slavicLeadWords))
	for _, w := range slavicLeadWords {
		t.or(w, 1)
	}
	return t
}()

// slavicLeadShapes holds, by the last byte of each of slavicLeadWords, its
// length and first byte: slavicLeadMaybe's test.
var slavicLeadShapes = func() (t [256][]struct {
	n     int
	first byte
}) {
	for _, w := range slavicLeadWords {
		c := w[len(w)-1]
		t[c] = append(t[c], struct {
			n     int
			first byte
		}{len(w), w[0]})
	}
	return t
}()

// slavicLeadMaybe is the cheap test before slavicLeadBefore: a word of the
// length and the first and last bytes of one of slavicLeadWords ends at
// the space before j.
func slavicLeadMaybe(text string, j int) bool {
	if j < 5 || text[j-1] != ' ' {
		return false
	}
	for _, sh := range slavicLeadShapes[text[j-2]] {
		if s := j - 1 - sh.n; s >= 0 && text[s] == sh.first {
			return true
		}
	}
	return false
}

// slavicLeadBefore reports whether the word that ends at the space before
// j is one of slavicLeads: the lower-case word at j opens the street's
// name.
func slavicLeadBefore(text string, j int) bool {
	if j < 5 || text[j-1] != ' ' {
		return false
	}
	s := j - 1
	for s > 0 && !isWordStop(text[s-1]) {
		s--
	}
	return slavicLeads.has(text[s : j-1])
}

// fieldEndAfterNumber reports whether the house number at n (its digits,
// a letter, a slash and a second number) ends a field: a comma, a line's
// or the text's end, a semicolon, a bracket or a bar follows it ("88,",
// "12A\n", "7/3;"), not a word ("5 dana").
func fieldEndAfterNumber(text string, n int) bool {
	k := n
	for k < len(text) && isDigit(text[k]) {
		k++ // (most numbers of prose end here, before a space)
	}
	for k < len(text) && k-n < 10 && (isAlpha(text[k]) || isDigit(text[k]) || text[k] == '/' || text[k] == '-') {
		k++
	}
	if k >= len(text) {
		return true
	}
	switch text[k] {
	case ',', '\n', '\r', ';', ')', '|', '\t':
		return true
	}
	return false
}

// rtRWEnd returns the end of an Indonesian neighbourhood unit after "RT"
// at k (the space before its number): "RT 05/RW 02", "RT 5 RW 3", "RT
// 004"; or p, where the part started, when none follows.
func rtRWEnd(text string, k, limit, p int) int {
	if k >= limit || text[k] != ' ' {
		return p
	}
	n := k + 1
	for n < limit && n-k <= 3 && isDigit(text[n]) {
		n++
	}
	if n == k+1 || n-k > 4 {
		return p
	}
	// the RW (community unit) after a slash or a space
	if n+4 <= limit && (text[n] == '/' || text[n] == ' ') && (text[n+1] == 'R' || text[n+1] == 'r') &&
		(text[n+2] == 'W' || text[n+2] == 'w') {
		m := n + 3
		if m < limit && (text[m] == ' ' || text[m] == '.') {
			m++
		}
		d := m
		for d < limit && d-m < 3 && isDigit(text[d]) {
			d++
		}
		if d > m && tailPartEnds(text, d, limit) {
			return d
		}
	}
	if !tailPartEnds(text, n, limit) {
		return p
	}
	return n
}

// ordinalMark reports whether m is the mark of a floor's ordinal in the
// Iberian forms: "º", "ª", "°".
func ordinalMark(m string) bool { return m == "º" || m == "ª" || m == "°" }

// huDotTail returns where a Hungarian street that runs from s to e, e at
// the dot after its house number, ends with that dot and the floor and
// door after it ("Petőfi u. 12. 2/5", "Petőfi u. 112.,"); or e when the
// street has no Hungarian type word or the dot ends a sentence.
func huDotTail(text string, s, e, limit int) int {
	st := text[s:e]
	if !(strings.Contains(st, " u. ") || strings.Contains(st, " utca ") || strings.Contains(st, " út ") ||
		strings.Contains(st, " tér ") || strings.Contains(st, " krt. ") || strings.Contains(st, " körút ")) {
		return e
	}
	k := e + 1
	if k < limit && (text[k] == ',' || text[k] == ';' || text[k] == ')') {
		return k // "112.," : the house number's dot (at a line's end it may end the sentence too)
	}
	if k+1 >= limit || text[k] != ' ' || !isDigit(text[k+1]) {
		return e
	}
	// "2/5" or "2/5." : floor and door
	n := k + 1
	for n < limit && n-k <= 2 && isDigit(text[n]) {
		n++
	}
	if n+1 >= limit || text[n] != '/' || !isDigit(text[n+1]) {
		return e
	}
	n++
	d := n
	for n < limit && n-d < 3 && isDigit(text[n]) {
		n++
	}
	if n < limit && text[n] == '.' {
		n++
	}
	if !tailPartEnds(text, n, limit) {
		return e
	}
	return n
}

// noLeadWords are the words, lower case, that name what a number after
// "No." numbers when a street opens with it: a flat's, house's, door's or
// plot's number, or the Indian old and new door numbers ("Flat No. 402",
// "H. No. 5", "Old No. 12, New No. 27").
var noLeadWords = boolTable(map[string]bool{
	"flat": true, "house": true, "door": true, "plot": true, "old": true, "h.": true, "h": true, "shop": false,
	"room": true, "apt": true, "apartment": true, "unit": true, "block": true, "site": true,
})

// noLeadWord23 returns where the word before a street that opens with
// "No." or "No " at s starts when it is one of noLeadWords, at floor or
// after, a space between them, or where the Vietnamese "Số" (number)
// before its house number starts; or s.
func noLeadWord23(text string, s, floor int) int {
	if isDigit(text[s]) && s-floor >= len("Số ") && (text[s-len("Số "):s] == "Số " || text[s-len("số "):s] == "số ") &&
		(s == len("Số ") || !isLetterAt(text, s-len("Số ")-1)) {
		return s - len("Số ") // the Vietnamese "Số 42, Ngõ 115 …" (number)
	}
	if s+3 > len(text) || text[s] != 'N' || text[s+1] != 'o' || !(text[s+2] == '.' || text[s+2] == ' ') ||
		s < 3 || text[s-1] != ' ' {
		return s
	}
	j := s - 1
	for j > floor && !isWordStop(text[j-1]) {
		j--
	}
	if j == s-1 || s-1-j > 9 {
		return s
	}
	var buf [32]byte
	if !noLeadWords.has(lowerASCII(text[j:s-1], &buf)) {
		return s
	}
	return j
}

// ghanaGPSAt reads a Ghana Post GPS digital address whose last group is
// the run r: a region's and a district's letter, a dash, three or four
// digits, a dash and four ("GA-354-1729", "AK-0418-2270"), with its name
// ("GPS", "digital address", "GhanaPost") in the 48 bytes before it: the
// shape alone is an order's or a plate's number too.
func ghanaGPSAt(text string, r digitRun, sp *Span) bool {
	d := r.start - 1 // the second dash
	m := d
	for m > 0 && isDigit(text[m-1]) && d-m <= 4 {
		m--
	}
	s := m - 3
	if n := d - m; n < 3 || n > 4 || s < 0 || text[m-1] != '-' || !isUpper(text[s]) || !isUpper(text[s+1]) ||
		s > 0 && (isAlnum(text[s-1]) || text[s-1] == '-' || text[s-1] >= 0x80) {
		return false
	}
	if r.end < len(text) && (isAlnum(text[r.end]) || text[r.end] == '-') {
		return false
	}
	if !containsAnyFold(text[max(0, s-48):s], ghanaGPSWords) && !(ghanaRegion24(text[s]) && ghanaPhoneBefore24(text, s)) {
		return false
	}
	*sp = Span{Start: s, End: r.end, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.9,
		Reason: "Ghana Post GPS digital address after its name"}
	return true
}

// ghanaGPSWords name a Ghana Post GPS address (lower case).
var ghanaGPSWords = []string{"gps", "digital address", "ghanapost", "ghana post"}

// bizTradeWords23 are trade and institution nouns of a business's own
// name in the languages of the writers, that a customer's record does
// not put before a home address: opticians, dentists, physiotherapists,
// foot clinics, pharmacies, archives and theatres ("Oční optika …",
// "Mosoly Fogászat, …", "Fizioterapija …, …", "Φαρμακείο …, …",
// "Teatre: …, …"). They join bizTable (business12_block.go) as bizTrade:
// every guard of businessChain still holds, so a customer, a delivery, a
// person or a residence word in the head keeps the address masked.
const bizTradeWords23 = `
	optika optikk fogászat fogorvosi fogorvos fizioterapija fizioterapia fizioterapie
	fodklinik fodklinikken fodterapeut fotvård fotterapeut jalkahoito podologie podología podologia
	φαρμακείο Φαρμακείο οπτικά Οπτικά apteka apteki lékárna lekáreň gyógyszertár eczane farmacie apotek apoteket
	archiv archiwum archivio archivo arkiv arkivet levéltár
	teatre teatro teatr divadlo színház kazalište pozorište gledališče θέατρο Θέατρο
	stomatologie stomatologia zubní tandlæge tandläkare tandlege hammaslääkäri tandarts tandartspraktijk
	sastrería sartoria schneiderei cykelsmeden cykelværksted sykkelverksted gasthaus gasthof
`

// bizWords23 joins bizTradeWords23 to bizTable.
func bizWords23(or func(string, uint32)) {
	for w := range strings.FieldsSeq(bizTradeWords23) {
		or(w, bizTrade)
	}
}

// villageStreet reports whether tok, which opens with "By", is a Danish,
// Norwegian or Swedish village's own street: "By" (village) and a street
// suffix ("Bygade", "Byvej", "Bygatan", "Byvägen"), which hasStreetSuffix's
// length rule leaves out.
//
//go:noinline
func villageStreet(tok string) bool {
	if len(tok) < 5 || tok[1] != 'y' {
		return false
	}
	switch tok[2:] {
	case "gade", "vej", "gatan", "vägen", "veien", "gata", "vei":
		return true
	}
	return false
}
