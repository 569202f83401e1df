package redact

import "strings"

// The flat, floor and door after a street's house number, in the national
// forms the postal services document (UPU address formats): the Nordic and
// Dutch house letter and flat ("Storgatan 7 C, lgh 1204", "Hämeenkatu 31
// C 17", "Koivutie 4 as 9", "Storgata 21 C, H0304", "Götgatan 73, 2
// tr", "Storgata 33B, 3. etg.", "Kerkstraat 41-II", "Oudegracht 97-bis",
// "Van Baerlestraat 8 huis"), the Spanish and Catalan floor and door ("4º
// B", "4t 2a", "àtic 1a", "entresòl", "piso 5 depto b", "apto 502"), the
// French floor ("3e étage porte droite", "appartement 3B", "app. 2"), the
// German floor ("3. Etage links", "2. OG rechts"), the Greek ("2ος
// όροφος"), Turkish ("Kat:3 Daire:7"), Albanian ("kati 3") and English
// ones ("apartment 6", "apt 2"). The address detector ends a street at its
// house number; streetTails extends it over these parts, so that the flat
// is masked with its street. It adds no span: a street it did not find
// stays unfound.

// maxStreetTail bounds the bytes a street's unit parts may add.
const maxStreetTail = 48

// streetTails extends each STREET_ADDRESS span of spans (the address
// detector's, in order) over the unit parts after it, up to the next span.
//
//go:noinline
func streetTails(text string, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		if sp.Type != "STREET_ADDRESS" || sp.End >= len(text) {
			continue
		}
		limit := min(len(text), sp.End+maxStreetTail)
		if i+1 < len(spans) && spans[i+1].Start >= sp.End && spans[i+1].Start < limit {
			limit = spans[i+1].Start
		}
		if text[sp.End] == '.' {
			sp.End = huDotTail(text, sp.Start, sp.End, limit) // "Petőfi u. 12. 2/5" (street23_forms.go)
		}
		if e := streetTail(text, sp.End, limit); e > sp.End {
			sp.End = e
		}
	}
}

// streetTail returns where the unit parts after a street that ends at e
// end (see above), at most limit, or e when there are none. The street
// must end with its house number or its letter.
func streetTail(text string, e, limit int) int {
	if e < 1 || !isAlnum(text[e-1]) || e >= limit {
		return e
	}
	if isDigit(text[e-1]) {
		e = tailHouseSuffix(text, e, limit)
	} else if text[e] == ' ' {
		e = sgNumberedStreetEnd(text, e, limit) // "Orchidvale St 21 #11-402" (street21b_sg.go)
	}
	for range 3 {
		p := e
		if p+1 < limit && text[p] == ',' && text[p+1] == ' ' {
			p += 2
		} else if p < limit && text[p] == ' ' {
			p++
		} else {
			break
		}
		f := tailUnitPartEnd(text, p, limit)
		if f <= p {
			break
		}
		e = f
	}
	return e
}

// tailHouseSuffix returns the end of the house number's suffix at e: a dash
// or slash and a Roman floor, "bis" or a letter ("-III", "-bis", "/B"),
// or a space and a house letter and maybe a flat's number ("14 B", "14 B
// 22"); else e.
func tailHouseSuffix(text string, e, limit int) int {
	if e+1 < limit && (text[e] == '-' || text[e] == '/') {
		k := e + 1
		for k < limit && k-e <= 5 && isAlpha(text[k]) {
			k++
		}
		if t := text[e+1 : k]; k > e+1 && tailPartEnds(text, k, limit) && (tailRomanFloor(t) || t == "bis" || t == "ter" || len(t) == 1) {
			return k
		}
		return e
	}
	if e+2 < limit && text[e] == ' ' && text[e+1] >= 'A' && text[e+1] <= 'H' && !isAlnum(text[e+2]) {
		k := e + 2
		if k+1 < limit && text[k] == ' ' && isDigit(text[k+1]) {
			d := k + 1
			for d < limit && isDigit(text[d]) {
				d++
			}
			if d-k <= 4 && tailPartEnds(text, d, limit) {
				return d // "14 B 22": the flat's number
			}
		}
		if tailPartEnds(text, k, limit) && !(k+1 < limit && text[k] == ' ' && !isDigit(text[k+1]) && !tailUnitWordAt(text, k+1, limit)) {
			return k
		}
	}
	return e
}

// tailRomanFloor reports whether t is a Roman number of a floor, I to VIII.
func tailRomanFloor(t string) bool {
	switch t {
	case "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "hs", "huis":
		return true
	}
	return false
}

// tailPartEnds reports whether a unit part may end at k: the limit, a space,
// or punctuation that ends a field.
func tailPartEnds(text string, k, limit int) bool {
	if k >= limit {
		return true
	}
	switch text[k] {
	case ' ', ',', '.', ';', ')', '\n', '\r', '|', '\t':
		return true
	}
	return false
}

// unitTailWords are the words, lower case, that name a flat, floor,
// building part or door before its number or letter.
var unitTailWords = boolTable(map[string]bool{
	"lgh": true, "as": true, "apt": true, "apartment": true, "app": true, "appt": true, "appartement": true,
	"apto": true, "ap": true, "piso": true, "depto": true, "dpto": true, "casa": true, "kat": true,
	"daire": true, "kamer": true, "kati": true, "torre": true, "bloco": true, "bloque": true, "porta": true,
	"puerta": true, "esc": true, "escalera": true, "whg": true, "wohnung": true, "flat": true, "unit": true,
	"suite": true, "ste": true, "bât": true, "bat": true, "bâtiment": true,
	// Norwegian flat, Latvian flat, Serbian and Croatian flat, Italian
	// stair and interior, Catalan main floor, Spanish door, Indonesian
	// neighbourhood units ("leil. H0302", "dz. 8", "stan 14", "scala B,
	// int. 6", "pral. 2a", "piso 8 dto B", "RT 05/RW 02"; street23)
	"leil": true, "leilighet": true, "dz": true, "stan": true, "стан": true, "scala": true, "int": true,
	"interno": true, "pral": true, "dto": true, "rt": true,
})

// unitTailAlone are the parts, lower case, that stand without a number
// ("entresòl", "huis": the ground floor).
var unitTailAlone = boolTable(map[string]bool{
	"entresòl": true, "entresuelo": true, "huis": true, "bajo": true, "sobreático": true, "rdc": true,
	"hinterhaus": true, "vorderhaus": true, "souterrain": true, "penthouse": true,
	// German back and side buildings, Danish ground floor and cellar,
	// Catalan ground floor ("Rückgebäude 2. Stock", "Æblevej 7, st.",
	// "baixos"; street23)
	"rückgebäude": true, "hinterhof": true, "seitenflügel": true, "quergebäude": true, "gartenhaus": true,
	"st": true, "kld": true, "baixos": true,
})

// floorTailWords are the words after a floor's number, lower case ("3e
// étage", "4 tr", "2. etg.", "2ος όροφος", "3. Etage", "2. OG").
var floorTailWords = boolTable(map[string]bool{
	"étage": true, "etage": true, "tr": true, "etg": true, "floor": true, "όροφος": true, "andar": true,
	"piso": true, "stock": true, "og": true, "kat": true, "emelet": true, "kerros": true, "sal": true,
	"ezk": true, "esk": true, "ezkerra": true, "eskuina": true, // Basque left and right: "3. ezk." (street23)
})

// sideWords are the sides of a landing after a floor, lower case ("3e
// étage gauche", "3. Etage links").
var sideWords = boolTable(map[string]bool{
	"gauche": true, "droite": true, "links": true, "rechts": true, "mitte": true, "izquierda": true,
	"derecha": true, "esquerdo": true, "direito": true, "esq": true, "dto": true, "izq": true, "dcha": true,
})

// tailWord21At returns the end of the word of letters (any script) at p, at
// most limit and 16 bytes, and the word in lower case in buf.
func tailWord21At(text string, p, limit int, buf *[32]byte) (int, string) {
	k := p
	for k < limit && k-p < 16 && (isAlpha(text[k]) || text[k] >= 0x80) {
		k++
	}
	if k == p || k-p >= 16 {
		return p, ""
	}
	w := lowerASCII(text[p:k], buf)
	if k < limit && text[k] == '.' {
		k++ // "app.", "etg."
	}
	return k, w
}

// tailUnitWordAt reports whether one of unitTailWords starts at p.
func tailUnitWordAt(text string, p, limit int) bool {
	var buf [32]byte
	_, w := tailWord21At(text, p, limit, &buf)
	return unitTailWords.has(strings.TrimSuffix(w, "."))
}

// tailUnitPartEnd returns the end of one unit part at p (see above), or p.
func tailUnitPartEnd(text string, p, limit int) int {
	if p >= limit {
		return p
	}
	var buf [32]byte
	if isDigit(text[p]) {
		return tailFloorPartEnd(text, p, limit)
	}
	if text[p] == 'H' && p+5 <= limit && allDigits(text[p+1:p+5]) && tailPartEnds(text, p+5, limit) {
		return p + 5 // the Norwegian flat number "H0203"
	}
	k, w := tailWord21At(text, p, limit, &buf)
	if w == "" {
		return p
	}
	// A part without a number ends its field: "ático de la casa" is prose.
	alone := tailPartEnds(text, k, limit) && (k >= limit || text[k] != ' ')
	if unitTailAlone.has(w) && (alone || w != "st" && k+1 < limit && text[k] == ' ' && tailFloorPartEnd(text, k+1, limit) > k+1) {
		return k // "Rückgebäude 2. Stock": the floor is the next part (street23)
	}
	if w == "àtic" || w == "atic" || w == "ático" {
		if q := tailDoorEnd(text, k, limit); q > k {
			return q // "àtic 1a"
		}
		if alone {
			return k
		}
		return p
	}
	if w == "k" && k+1 < limit && text[k] == '-' && isDigit(text[k+1]) {
		n := k + 1
		for n < limit && n-k <= 3 && isDigit(text[n]) {
			n++
		}
		if tailPartEnds(text, n, limit) {
			return n // the Latvian building ("korpuss"): "Jomas iela 5 k-2" (street23)
		}
		return p
	}
	if !unitTailWords.has(w) {
		return p
	}
	// The number or letter after the word: "lgh 1102", "Kat:3", "depto b",
	// "app. 2", "appartement 3B".
	if k < limit && text[k] == ':' {
		k++
	}
	if w == "rt" {
		return rtRWEnd(text, k, limit, p) // "RT 05/RW 02" (street23_forms.go)
	}
	if k < limit && text[k] == ' ' {
		k++
	}
	n := k
	digits := false
	for n < limit && n-k < 6 && isAlnum(text[n]) {
		digits = digits || isDigit(text[n])
		n++
	}
	if n == k || !tailPartEnds(text, n, limit) || !digits && (n-k > 1 || !unitLetterWords.has(w)) {
		return p
	}
	return n
}

// unitLetterWords are the unitTailWords a letter alone may follow
// ("depto b", "Bât. C", "puerta A"); the others want a digit ("lgh 1102",
// "as 5": not "as a").
var unitLetterWords = boolTable(map[string]bool{
	"depto": true, "dpto": true, "piso": true, "puerta": true, "porta": true, "bloque": true, "bloco": true,
	"torre": true, "esc": true, "escalera": true, "bât": true, "bat": true, "bâtiment": true, "apt": true,
	"app": true, "appt": true, "apartment": true, "appartement": true, "flat": true, "unit": true,
	"scala": true, "dto": true, // street23
})

// tailFloorPartEnd returns the end of a floor part that starts with a digit
// at p ("3e étage", "4 tr", "2. etg.", "3. Etage links", "2ος όροφος",
// "4º B", "4t 2a"), or p.
func tailFloorPartEnd(text string, p, limit int) int {
	k := p
	for k < limit && k-p < 2 && isDigit(text[k]) {
		k++
	}
	if k < limit && isDigit(text[k]) {
		return p // three digits: a postcode or a number, no floor
	}
	// The ordinal's mark: "e", "er", "ème", "º", "°", "ª", "ος", "t", "n", "r", ".".
	m := k
	for m < limit && m-k < 4 && (isAlpha(text[m]) || text[m] >= 0x80) {
		m++
	}
	if m < limit && text[m] == '.' {
		m++
	}
	if m > k && k-p <= 2 && ordinalMark(text[k:m]) && (m >= limit || text[m] == ',' || text[m] == '\n' || text[m] == ';') {
		return m // a floor alone at a field's end: "Rúa do Franco, 44, 1º," (street23)
	}
	if m >= limit || text[m] != ' ' {
		return p
	}
	if q := tailDoorEnd(text, m, limit); q > m && m > k {
		return q // "4t 2a", "4º B"
	}
	var buf [32]byte
	e, w := tailWord21At(text, m+1, limit, &buf)
	if !floorTailWords.has(w) || !tailPartEnds(text, e, limit) {
		return p
	}
	// A side of the landing, or a door: "gauche", "porte droite", "links".
	if e+1 < limit && text[e] == ' ' {
		s := e + 1
		if strings.HasPrefix(text[s:limit], "porte ") {
			s += len("porte ")
		}
		if s2, w2 := tailWord21At(text, s, limit, &buf); sideWords.has(w2) && tailPartEnds(text, s2, limit) {
			return s2
		}
	}
	return e
}

// tailDoorEnd returns the end of a door after a floor and the space at
// m: a digit and "a" or "ª" ("2a", "1ª"), or a single capital ("B"); or m.
func tailDoorEnd(text string, m, limit int) int {
	if m+2 > limit || text[m] != ' ' {
		return m
	}
	s := m + 1
	if isDigit(text[s]) {
		k := s + 1
		if k < limit && text[k] == 'a' {
			k++
		} else if strings.HasPrefix(text[k:limit], "ª") {
			k += len("ª")
		} else {
			return m
		}
		if tailPartEnds(text, k, limit) {
			return k
		}
		return m
	}
	if s < limit && text[s] >= 'A' && text[s] <= 'H' && tailPartEnds(text, s+1, limit) {
		return s + 1
	}
	return m
}

// streetEndsWithUnit reports whether the street text[s:e] ends with a unit
// part streetTails read after a comma ("Calle 10 # 43-31, apto 502"):
// unitFieldTowns reads the district after it as after a unit field.
func streetEndsWithUnit(text string, s, e int) bool {
	k := strings.LastIndex(text[s:e], ", ")
	if k < 0 {
		return false
	}
	p := s + k + 2
	return tailUnitPartEnd(text, p, e) == e
}

// The lot, block or house word before a street's house number, which the
// address detector leaves out when the number opens the street: the block
// and lot of South-East Asian housing estates ("Blk 318 Clementi Ave 5",
// "Blk 3 Lot 9 Ilang-Ilang St"), the Caribbean and South African lot,
// plot and stand ("LP 18, Eastern Main Road", "Lot 21 Palm Avenue", "Plot
// 27, Mango Road", "Erf 310") and the West African and Indian house number
// ("House No. 14, Ring Road"). streetHeads moves the street's start back
// over them.

// streetHeadWords are the words, exact case, that name a lot, block or
// house before its number.
var streetHeadWords = boolTable(map[string]bool{
	"Blk": true, "BLK": true, "blk": true, "Block": true, "Lot": true, "LOT": true, "lot": true,
	"Plot": true, "plot": true, "LP": true, "Stand": true, "Erf": true, "House": true, "house": true,
})

// streetHeads moves the start of each STREET_ADDRESS span of spans back
// over the lot, block or house words before it (see above), never into
// the span before it.
//
//go:noinline
func streetHeads(text string, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		if sp.Type != "STREET_ADDRESS" || sp.Start < 3 {
			continue
		}
		floor := 0
		if i > 0 && spans[i-1].End <= sp.Start {
			floor = spans[i-1].End
		}
		for range 2 {
			s := streetHeadBefore(text, sp.Start, floor)
			if s == sp.Start {
				break
			}
			sp.Start = s
		}
	}
}

// streetHeadBefore returns where a lot, block or house word before the
// street at s starts ("Blk " before "412 …", "Blk 7 " before "Lot 12 …",
// "House " before "No. 14"), at floor or after; or s.
func streetHeadBefore(text string, s, floor int) int {
	if s-2 < floor || text[s-1] != ' ' {
		return s
	}
	e := s - 1
	if e > 0 && text[e-1] == ',' {
		return s
	}
	// "Blk 7 " before "Lot 12": a number between the word and the street.
	n := e
	for n > floor && isDigit(text[n-1]) {
		n--
	}
	if n < e && isDigit(text[s]) {
		return s // the street opens with a number: no second number before it
	}
	if n < e {
		if n-1 <= floor || text[n-1] != ' ' {
			return s
		}
		e = n - 1
	}
	w := e
	for w > floor && isAlpha(text[w-1]) {
		w--
	}
	if w == e || w > floor && isAlnum(text[w-1]) || !streetHeadWords.has(text[w:e]) {
		return s
	}
	return w
}
