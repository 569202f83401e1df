package redact

import (
	"math/bits"
	"strings"
)

// Street addresses, postcodes and the city of an address. The detector
// walks the engine's shared digit runs: a house number starts or ends a
// street (US/UK "14 Elm Street", FR "12 rue de la Paix", DE "Hauptstraße 5",
// ES "Calle Mayor 3", IT "Via Roma 10", NL "Keizersgracht 123"), and a
// postcode is a digit group with the grammar and neighbours of one (a US
// state before a ZIP, a UK postcode's inward code, a city after a DE/FR/NL
// code, or a "zip"/"postcode" context word).

func init() { register(addressDetector{}) }

type addressDetector struct{}

func (addressDetector) ID() string { return "builtin.address" }
func (addressDetector) Types() []string {
	return []string{"STREET_ADDRESS", "ZIP_CODE", "LOCATION"}
}

func (d addressDetector) Detect(text string, dst []Span) []Span {
	return detectAlone(d, text, dst)
}

// streetTypes are street-type words that end an English street name
// (matched case-sensitively, with an optional dot for abbreviations).
var streetTypes = map[string]bool{
	"Street": true, "St": true, "Avenue": true, "Ave": true, "Av": true, "Road": true, "Rd": true,
	"Drive": true, "Dr": true, "Lane": true, "Ln": true, "Boulevard": true, "Blvd": true, "Court": true,
	"Ct": true, "Place": true, "Pl": true, "Way": true, "Terrace": true, "Ter": true, "Close": true,
	"Crescent": true, "Cres": true, "Square": true, "Sq": true, "Parkway": true, "Pkwy": true,
	"Highway": true, "Hwy": true, "Circle": true, "Cir": true, "Trail": true, "Trl": true, "Row": true,
	"Mews": true, "Gardens": true, "Grove": true, "Hill": true, "Walk": true, "Alley": true, "Loop": true,
	"Pike": true, "Plaza": true, "Point": true, "Ridge": true, "View": true, "Green": true, "Rise": true,
	"Wharf": true, "Quay": true, "Broadway": true, "Park": true, "Lawn": true, "Lawns": true, "Heights": true,
	"Vale": true, "Meadows": true, "Manor": true, "Glen": true, "Downs": true, "street": true, "avenue": true, "road": true,
	"Parade": true, "Pde": true, "Esplanade": true, "Esp": true, "Circuit": true, "Cct": true, "Promenade": true,
	// British thoroughfare and development names of the Royal Mail's
	// address file that end a street as the types above do ("4 Mill
	// Quarter", "12 Tanners Yard", "3 Kirk Wynd", "9 Burn Brae", "6 Ash
	// Croft", "2 Rose Cottages", "8 Elm Villas", "5 Cherry Orchard").
	"Quarter": true, "Yard": true, "Wynd": true, "Brae": true, "Croft": true, "Garth": true, "Cottages": true,
	"Villas": true, "Orchard": true, "Paddock": true, "QUARTER": true, "YARD": true, "COTTAGES": true,
	// Dutch and Afrikaans types written as a word of their own after the
	// name, as South African addresses do ("7 Mark Straat", "12 Ou Kaap Weg").
	"Straat": true, "Laan": true, "Weg": true, "Rylaan": true, "Steeg": true,
	// Addresses written in capitals, as on labels and in CRM exports.
	"STREET": true, "ST": true, "AVENUE": true, "AVE": true, "ROAD": true, "RD": true, "DRIVE": true, "LANE": true,
	"BOULEVARD": true, "BLVD": true, "COURT": true, "PLACE": true, "WAY": true, "TERRACE": true, "CLOSE": true,
	"CRESCENT": true, "SQUARE": true, "GARDENS": true, "GROVE": true, "PARADE": true, "HIGHWAY": true,
	"PL": true, "DR": true, "LN": true, "CT": true, "CIR": true, "PKWY": true, "HWY": true, "TRL": true,
	"TER": true, "SQ": true, "HILL": true, "ROW": true, "WALK": true, "MEWS": true, "RISE": true, "VALE": true,
	"CIRCLE": true, "TRAIL": true, "QUAY": true, "WHARF": true, "PARKWAY": true, "HEIGHTS": true, "MANOR": true,
	"CIRCUIT": true, "ESPLANADE": true, "PROMENADE": true, // loc3: the rest of the types above in capitals
}

// lowerLeads are the Spanish, Catalan, Italian and Portuguese street types
// that prose writes in lower case before a capitalised name ("en la calle
// de Alcalá 45", "in corso Vittorio Emanuele 12"). "via" and "place" are
// left out: as English words they stand before brand names ("pay via
// PayPal 3 times").
var lowerLeads = map[string]bool{
	"calle": true, "avenida": true, "paseo": true, "plaza": true, "carrer": true, "viale": true,
	"piazza": true, "corso": true, "rua": true, "c/": true, "ul.": true, "al.": true, "os.": true, "pl.": true,
	"ulica": true, "aleja": true, "plac": true,
	"avda.": true, "avda": true, "pza.": true, "ctra.": true, "c.so": true, "v.le": true, "p.za": true, "p.zza": true,
	"rúa": true, "nám.": true, "náměstí": true, "tř.": true,
	// Bulgarian, Romanian, Indonesian abbreviations (address_intl.go)
	"bul.": true, "zh.k.": true, "str.": true, "bd.": true, "jl.": true, "ж.к.": true, "ул.": true, "бул.": true,
	// Greek, Russian and Ukrainian (address_intl.go)
	"οδό": true, "οδός": true, "οδού": true, "λεωφόρο": true, "λεωφ.": true, "просп.": true, "пер.": true,
	"наб.": true, "пл.": true, "вул.": true,
}

// streetLeads are street-type words that start a street name in French,
// Spanish, Italian and Portuguese forms, lower or capitalised.
var streetLeads = map[string]bool{
	"rue": true, "Rue": true, "avenue": true, "boulevard": true, "Boulevard": true, "bd": true, "place": true,
	"Place": true, "chemin": true, "Chemin": true, "allée": true, "Allée": true, "impasse": true,
	"Impasse": true, "quai": true, "Quai": true, "route": true, "Route": true, "cours": true,
	"Calle": true, "calle": true, "Avenida": true, "avenida": true, "Avda": true, "Paseo": true,
	"paseo": true, "Plaza": true, "plaza": true, "Carrer": true, "carrer": true, "Camino": true,
	"Ronda": true, "Via": true, "via": true, "Viale": true, "viale": true, "Piazza": true, "piazza": true,
	"Corso": true, "corso": true, "Largo": true, "Vicolo": true, "Rua": true, "rua": true, "Travessa": true,
	"Avenue": true, "C/": true, "c/": true,
	"Chaussée": true, "chaussée": true, // Belgian and French: "Chaussée de Louvain 88" (read18s)
	// Polish (and transliterated Russian) "ul." (street), "al." (avenue),
	// "os." (estate), "pl." (square), written before the name.
	"ul.": true, "Ul.": true, "al.": true, "Al.": true, "os.": true, "pl.": true, "ulica": true, "aleja": true,
	"plac": true, "Osiedle": true, "osiedle": true, // "Osiedle Słoneczne 12 m. 8" (street17)
	// Abbreviations of Spanish, Portuguese and Italian street types
	// ("Avda. de la Constitución 22", "Pº de Gracia 5", "C.so Buenos Aires
	// 12"). "C." and "R." (calle, rua) are left out: an initial or a
	// sentence's last letter looks the same ("vitamin C. Take 2").
	// Irish street and estate names, which have no English type word
	// ("7 Ard Na Mara", "14 Cnoc na Gréine", "3 Bóthar an Chnoic").
	"Ard": true, "Árd": true, "Cnoc": true, "Bóthar": true, "Sráid": true, "Ascaill": true, "Páirc": true,
	"Radharc": true, "Céide": true, "Lána": true, "Bóithrín": true, "Plás": true, "Cúirt": true,
	"Avda.": true, "avda.": true, "Avd.": true, "Av.": true, "av.": true, "Pza.": true,
	"pza.": true, "Plza.": true, "Pº": true, "P.º": true, "Pso.": true, "Ctra.": true, "ctra.": true,
	"Trav.": true, "Tv.": true, "Pç.": true, "C.so": true, "c.so": true, "V.le": true, "v.le": true,
	"P.za": true, "p.za": true, "P.zza": true, "p.zza": true,
	// Galician, Catalan, Italian, Portuguese and Romanian street types
	// and their abbreviations ("Rúa da Raíña 22", "Passeig del Born 9",
	// "Località Poggio Alto 7", "Frazione Case Nuove 3", "Praça da Sé 4",
	// "Strada Lungă 12", "Calea Victoriei 15", "Bd. Unirii 7"), Greek
	// transliterated ("Odos Ermou 10", "Leoforos Kifisias 44").
	"Rúa": true, "rúa": true, "Praza": true, "Avinguda": true, "Passeig": true, "Rambla": true, "Plaça": true,
	"Travessera": true, "Camí": true, "Località": true, "Loc.": true, "Frazione": true, "Fraz.": true,
	"Contrada": true, "C.da": true, "Borgo": true, "Strada": true, "Salita": true, "Lungomare": true,
	"Circonvallazione": true, "Traversa": true, "Praça": true, "Alameda": true, "Estrada": true, "Rodovia": true,
	"Str.": true, "Bd.": true, "Bdul.": true, "Bulevardul": true, "Calea": true, "Aleea": true, "Șoseaua": true,
	"Splaiul": true, "Intrarea": true, "Odos": true, "Odós": true, "Leoforos": true,
	// Czech and Slovak "nám." (square) and "tř." (avenue) before the name.
	"nám.": true, "Nám.": true, "náměstí": true, "tř.": true,
	// Vietnamese street, street (Hanoi), alley and lane types after the
	// house number ("123 Đường Lê Lợi", "45 phố Hàng Bạc", "12 Ngõ Huế").
	"Đường": true, "đường": true, "Phố": true, "phố": true, "Ngõ": true, "ngõ": true, "Hẻm": true, "hẻm": true,
}

// streetSuffixes end German, Dutch and Nordic street names written as one word.
var streetSuffixes = []string{
	"straße", "strasse", "str.", "weg", "platz", "allee", "gasse", "ring", "damm", "ufer", "chaussee",
	"gracht", "straat", "laan", "plein", "kade", "singel", "dijk", "steeg", "markt", "gatan", "vägen",
	"vej", "gade", "veien", "gata", "stieg", "pfad", "berg", "katu", "kuja", "polku", "vei", "graben",
	// Finnish "tie" (road) after a genitive's 'n' ("Mannerheimintie",
	// "Hämeentie"); given names end in "ttie" or "stie" ("Lottie",
	// "Kirstie")
	"ntie",
}

// unitWords introduce an apartment, suite or flat after the street.
var unitWords = map[string]bool{
	"Apt": true, "Apt.": true, "Apartment": true, "apt": true, "flat": true, "unit": true, "suite": true,
	"Suite": true, "Ste": true, "Ste.": true,
	"Unit": true, "Flat": true, "Fl": true, "Floor": true, "Room": true, "Rm": true, "#": true, "Bldg": true,
	"Wohnung": true, "Whg.": true, "Etage": true, "piso": true, "Piso": true, "Bloque": true, "Interno": true,
	"int.": true, "int": true, "Int": true, "Int.": true, "Depto": true, "Depto.": true, "depto": true, "depto.": true,
	"bis": true, "ter": true, "Bus": true, "bus": true, "m.": true, "lok.": true, "kv.": true,
	"apto": true, "apto.": true, "Apto": true, "Apto.": true, "ap.": true,
	"lgh": true, "lgh.": true, "Lgh": true, // Swedish lägenhet: "Götgatan 48, lgh 1203"
	"APT": true, "APT.": true, "UNIT": true, "STE": true, "STE.": true, "SUITE": true, "FL": true, "RM": true,
	"BLDG": true,
}

// usStates are the US state and territory abbreviations.
var usStates = func() map[string]bool {
	m := map[string]bool{}
	for s := range strings.FieldsSeq("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI") {
		m[s] = true
	}
	return m
}()

// directions may stand between a house number and an English street name.
var directions = map[string]bool{
	"N": true, "S": true, "E": true, "W": true, "NE": true, "NW": true, "SE": true, "SW": true,
	"N.": true, "S.": true, "E.": true, "W.": true, "North": true, "South": true, "East": true, "West": true,
}

// addrStop are capitalised function words that never belong to a street name.
var addrStop = func() map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq("The This That These Those A An And Or But If In On At To For From With By Of As Our Your My His Her Their We You I It He She They Please Thanks Dear Hi Hello Is Are Was Were Be Have Has Had Do Does Did Will Can Could Would Should May Might Must Order Invoice Ticket Version Release Item Items Page Pages Step Steps Room Chapter Section Table Figure Year Years Day Days Percent Points") {
		m[w] = true
	}
	return m
}()

// The address word lists as word tables (all their map values are true).
var (
	streetLeadSet = boolTable(withIntlLeads(streetLeads)) // address_intl.go
	streetTypeSet = boolTable(streetTypes)
	directionSet  = boolTable(directions)
	addrStopSet   = boolTable(addrStop)
	unitWordSet   = boolTable(unitWords)
	usStateSet    = boolTable(usStates)
	particleSet   = boolTable(nameParticles)
)

// boolTable builds a word table of the keys of m whose value is true.
func boolTable(m map[string]bool) *strTable {
	t := newStrTable(len(m))
	for k, v := range m {
		if v {
			t.or(k, 1)
		}
	}
	return t
}

// word is a whitespace-delimited token position.
type word struct{ start, end int }

// nextWord returns the word after position i, skipping at most one comma
// and spaces (never a line break). ok is false at the end of the text.
func nextWord(text string, i int, allowComma bool) (word, bool) {
	j := i
	comma := false
	for j < len(text) && (text[j] == ' ' || text[j] == ',' && allowComma && !comma) {
		if text[j] == ',' {
			comma = true
		}
		j++
	}
	if j == i || j >= len(text) {
		return word{}, false
	}
	// addrWordAt, in line, its ASCII letters (never a word stop) read
	// eight at a time while eight bytes are left: nextWord is the address
	// detector's most called reader. lowerMask of the bytes with 0x20 set
	// marks the letters of either case, and no other byte.
	k := j
	for k+8 <= len(text) {
		nl := ^lowerMask(load64(text, k)|0x2020202020202020) & 0x8080808080808080
		if nl != 0 {
			k += bits.TrailingZeros64(nl) >> 3
			break
		}
		k += 8
	}
	for k < len(text) && !isWordStop(text[k]) {
		k++
	}
	if k == j {
		return word{}, false
	}
	return word{j, k}, true
}

// addrWordAt returns the word that starts at j, up to the next word stop;
// ok is false when a stop (or the end) is at j.
func addrWordAt(text string, j int) (word, bool) {
	k := j
	for k < len(text) && !isWordStop(text[k]) {
		k++
	}
	if k == j {
		return word{}, false
	}
	return word{j, k}, true
}

// isWordStop ends an address word: space, comma, semicolon, brackets,
// quotes, line breaks and sentence punctuation other than a dot.
func isWordStop(c byte) bool { return addrByte[c]&addrWordStop != 0 }

// Byte classes of addrByte.
const (
	addrWordStop  = 1 << iota // isWordStop
	addrStartOK               // startOKAddr: a house number may follow
	addrSuffixEnd             // the last byte of a street suffix (see hasStreetSuffix)
)

var addrByte = func() (t [256]uint8) {
	for _, c := range []byte(" ,;\n\r\t()\"!?:<>[]{}") {
		t[c] |= addrWordStop
	}
	for _, c := range []byte(" \n\t,(\"':>[;|") {
		t[c] |= addrStartOK
	}
	for _, s := range streetSuffixes {
		t[s[len(s)-1]] |= addrSuffixEnd
	}
	t['f'] |= addrSuffixEnd // "…hof" (hofStreet, street21b_hof.go)
	return t
}()

// trimDot drops a trailing dot from a word unless it is an abbreviation
// the caller wants with its dot.
func trimDot(text string, w word) word {
	if w.end > w.start+1 && text[w.end-1] == '.' {
		w.end--
	}
	return w
}

func isCapWord(text string, w word) bool {
	return w.end > w.start && upperAt(text, w.start)
}

func (addressDetector) detectScan(sc *textScan, dst []Span) []Span {
	first := len(dst)
	dst = addressRuns(sc, dst)
	if len(sc.runs) > 0 && (sc.sum.newline != 0 || isLower(sc.text[0])) {
		dst = lower24Streets(sc, dst, first) // lower24_streets.go: "- wei-lin chao, 2219 baseline rd, apt 611, nepean, k2c 0c7"
	}
	dst = streetRuns25(sc.text, sc.runs, dst, first) // street25_runs.go: "số 15 ngõ 102 phố Huế", "Lot 23, Hope Pastures, …", "… Blok D3 No. 12"
	if len(dst) > first {
		streetTails(sc.text, dst[first:])          // address21_tail.go: "Storgatan 7 C, lgh 1204"
		dst = gen24ChainTails(sc.text, dst, first) // gen24_street.go: "Plot 23-B, Block K, Model Town"
		streetHeads(sc.text, dst[first:])          // address21_tail.go: "Blk 412 …", "Lot 17 …"
		dst = streetJoins(sc.text, dst, first)     // street21b_join.go: "Flat 3, Birch Court, 27 Millbank Road"
		dst = townStateSpans(sc.text, dst, first)  // address_state.go
		landmarkDemote(sc.text, dst[first:])       // address_landmark.go
		if premisesDemote(sc.text, dst[first:]) {
			sc.premises = true
		}
		if premisesDemote24(sc.text, dst[first:]) {
			sc.premises = true // "Unit 6, Oak Business Park", "… tiedote … Osoite: …" (street24_premises.go)
		}
		dst = streetParts22(sc.text, dst, first) // street22_parts.go: "Room 4, …", "…, 2. th.", street24_parts.go
	}
	return dst
}

// addressRuns is detectScan's walk over the digit runs.
func addressRuns(sc *textScan, dst []Span) []Span {
	text := sc.text
	runs, kinds, anyKind := sc.runKinds()
	if anyKind&kindsAddress == 0 {
		return dst
	}
	skipTo := 0
	afterComma := -1 // the first run of three to five digits after ", " (loc24_zip.go)
	var sp Span
	for i, r := range runs {
		if kinds[i]&kindsAddress == 0 || r.start < skipTo {
			continue
		}
		if kinds[i]&kindsAddrMark != 0 && r.start >= 2 && (text[r.start-1] == '-' || text[r.start-1] == '#') {
			// "LT-03107 Vilnius", "Calle Hidalgo #45" (address_intl*.go):
			// no other rule reads a run after a dash or a '#'
			if text[r.start-1] == '-' {
				if isUpper(text[r.start-2]) {
					var e int
					n0 := len(dst)
					if dst, e = countryPostcodeAt(text, r, dst); e > 0 {
						skipTo = e
						if r.start >= 4 && text[r.start-3] == 'L' && text[r.start-2] == 'V' {
							dst = homesteadBeforeCode24(text, dst, n0) // "\"Priedītes\", Ādažu pagasts, LV-2164" (street24_forms.go)
						}
					}
				} else if r.end+1 < len(text) && text[r.end] == ' ' && isUpper(text[r.end+1]) && isDigit(text[r.start-2]) && hyphenSecondStreetAt(sc, r, &sp) {
					dst = append(dst, sp) // "2304-1677 Harbour Drive" (street21b_hyphen.go)
					skipTo = sp.End
					dst, skipTo = afterStreet(sc, sp.End, dst, skipTo)
				} else if r.end-r.start == 4 && i > 0 && runs[i-1].end == r.start-1 && runs[i-1].start >= 3 &&
					text[runs[i-1].start-1] == '-' && isUpper(text[runs[i-1].start-2]) && ghanaGPSAt(text, r, &sp) {
					dst = append(dst, sp) // "GA-354-1729" (street23_forms.go)
					skipTo = sp.End
				}
			} else if intlStreetGate(text, r) && intlStreetAt(text, r, &sp) || gen24HashStreet(sc, r, &sp) { // gen24_street.go: "#23 Coconut Drive"
				dst = append(dst, sp)
				skipTo = sp.End
				dst, skipTo = afterStreet(sc, sp.End, dst, skipTo)
			}
			continue
		}
		// Cheap tests first, the same that open streetAt (a house number
		// has at most five digits and starts a word) and postcodeAt (a UK
		// outward code's one or two digits follow a capital; other codes
		// have four or five digits and start a word as a house number
		// does), so most runs cost no call.
		n := r.end - r.start
		if n > 5 {
			if n == 6 {
				// only an Indian PIN after its label or a known city
				// ("Bengaluru 560041")
				n0 := len(dst)
				if dst = pinAt(text, r, dst); len(dst) == n0 && r.start >= 2 && labelByteIntl[text[r.start-2]] {
					if zp, ok := labelledIntlPostcode(text, r); ok {
						dst = append(dst, zp) // "cod poștal 400123" (address_intl_postcodes.go)
						skipTo = zp.End
					}
				}
				if len(dst) == n0 && r.start >= 2 && text[r.start-1] == '(' {
					var zp Span
					if sgPostcodeAt(text, r, &zp) {
						dst = append(dst, zp) // "S(520088)" (read16b_sg_postcode.go)
						skipTo = zp.End
					}
				}
				if len(dst) == n0 && n0 > 0 && r.start-dst[n0-1].End <= 60 {
					if zp, ok := sixDigitCodeOnStreetLine(text, r, dst); ok {
						dst = append(dst, zp) // "…, Brașov 500030" (street9_postcodes.go)
						skipTo = zp.End
					}
				}
				if len(dst) == n0 && r.start >= 4 && text[r.start-1] == ' ' && isLower(text[r.start-2]) {
					// "…, jayanagar, bengaluru 560041" (address_in_lower.go)
					if dst = lowerPinAt(text, r, dst); len(dst) > n0 {
						skipTo = r.end
					}
				}
			}
			continue
		}
		if n >= 3 && r.start >= 4 && text[r.start-2:r.start] == ", " && afterComma < 0 {
			afterComma = i
		}
		sok := startOKAddr(text, r.start)
		if sok && streetAt(sc, r, &sp) {
			if sp.End+1 < len(text) && (text[sp.End] == ' ' || text[sp.End] == ',') {
				sp.End = intlTailAfter(text, sp.End) // "Av. Reforma No. 150 Int. 4", "bul. Vitosha 14, vh. A" (address_intl.go)
				if tailMaybe(text, sp.End) {
					sp.End = flatTailAfter(text, sp.End) // "Ahornstraße 8, Hinterhaus, 3. OG links" (loc13_tail.go)
				}
			}
			dst = append(dst, sp)
			skipTo = sp.End
			dst, skipTo = afterStreet(sc, sp.End, dst, skipTo)
			continue
		}
		// A word and a space before the number: a national street type
		// ("Str. Florilor nr. 12, bl. B4", "Rákóczi út 44.": address_intl.go,
		// intlBefore has no ':'), or a label and a colon. (One test of the
		// space for both.)
		if sok && r.start >= 4 && text[r.start-1] == ' ' {
			if m := lead24[text[r.start-2]]; m != 0 && r.start >= 6 && r.end+3 < len(text) &&
				(m == lead24Unit && n <= 3 && text[r.end] == ',' && unitEstateAt24(text, r, &sp) || // "Flat 6, Block 3, Jakande Estate"
					m == lead24Comma && n <= 5 && brInitialStreet24(text, r, &sp)) { // "R. Augusta, 1508, apto 32" (street24_forms.go)
				dst = append(dst, sp)
				skipTo = sp.End
				dst, skipTo = afterStreet(sc, sp.End, dst, skipTo)
				continue
			}
			if b := text[r.start-2]; intlBefore[b] {
				if b == '.' && n <= 4 && bgBlockAt24(text, r, &sp) {
					// "ж.к. Люлин, бл. 512, вх. Б" (street24_forms.go)
					dst = append(dst, sp)
					skipTo = sp.End
					dst, skipTo = afterStreet(sc, sp.End, dst, skipTo)
					continue
				}
				if intlPair(text, r.start-1) && (intlStreetGate(text, r) && intlStreetAt(text, r, &sp) ||
					b == '.' && (lowerTurkishStreet(text, r, &sp) || // "bağdat cad. 212/4" (street9_lower.go)
						turkishTypeNumber(text, r, &sp))) || // "Lale Sok. 14/3" (address_tr.go)
					r.end+10 < len(text) && (text[r.end] == ',' || text[r.end] == '/') &&
						(namedStreetAt(text, r, &sp) || greekStreetAt(text, r, &sp)) || // "Σταδίου 22, Αθήνα" (street17_gr.go)
					text[r.start-3] == 'K' && n <= 3 && kigaliStreetAt(text, r, &sp) || // "KG 7 Ave, House 19" (address15_forms.go)
					b == 'm' && text[r.start-3]|0x20 == 'k' && n <= 3 && kmRoadAt(text, r, &sp) { // "Estrada Municipal SP-81, km 4" (street23b_parts.go)
					dst = append(dst, sp)
					skipTo = sp.End
					dst, skipTo = afterStreet(sc, sp.End, dst, skipTo)
					continue
				}
				if c := chatPair(text[r.start-3], b); c != 0 && n <= 4 && (c == 2 || chatWordAfter(text, r.end)) &&
					lowerChatStreet(text, r, c == 2, &sp) {
					// "she's at 14 mill lane now", "to flat 4, 61 three bridges rd",
					// "lindenstr 12, 2. hinterhof" (loc13_lower.go)
					if tailMaybe(text, sp.End) {
						sp.End = flatTailAfter(text, sp.End)
					}
					dst = append(dst, sp)
					skipTo = sp.End
					dst, skipTo = afterStreet(sc, sp.End, dst, skipTo)
					continue
				}
			} else if b == ':' {
				if unitCivicStreet(text, r, &sp) {
					// "Address: 1108-250 Wellington St W" (address_unit.go)
					dst = append(dst, sp)
					skipTo = sp.End
					dst, skipTo = afterStreet(sc, sp.End, dst, skipTo)
					continue
				}
				if st, e, reason := streetAfterColon(text, r); reason != "" {
					dst = append(dst, Span{Start: st, End: e, Type: "STREET_ADDRESS", Rule: "builtin.address",
						Score: 0.85, Reason: reason})
					skipTo = e
					dst, skipTo = afterStreet(sc, e, dst, skipTo)
					continue
				}
			}
		}
		if c := wordEndBeforeNumber[text[max(r.start, 2)-2]]; c != 0 && sok && r.start >= 4 {
			if text[r.start-1] == ':' {
				// "Moda Cad. No:12" (address_tr.go; "No: 12" goes
				// through streetAfterColon)
				if c == endsNo && r.start >= 5 && text[r.start-3] == 'N' {
					if st, e, ok := turkishStreet(text, r); ok {
						dst = append(dst, Span{Start: st, End: e, Type: "STREET_ADDRESS", Rule: "builtin.address",
							Score: 0.85, Reason: "street name, Turkish street type, house number after 'No:'"})
						skipTo = e
						dst, skipTo = afterStreet(sc, e, dst, skipTo)
						continue
					}
				}
			} else if text[r.start-1] == ' ' {
				if c&endsBox != 0 {
					if st, ok := poBoxBefore(text, r.start-1); ok {
						e := swahiliBoxEnd24(text, st, poBoxNumberEnd(text, r.end)) // "S.L.P. 80447-80100" (street24_forms.go)
						reason := "post office box number"
						if rr, ok := routeBox(text, st, r.start-1, e); rr != "" {
							// "RR 3, Site 2", "RMB 4521, Nowra", "HC 74
							// Box 12, Sanders": a route goes on with its
							// parts or its town ("scored RR 2, then" does
							// not; address_box.go).
							if !ok {
								continue
							}
							reason = rr
						}
						dst = append(dst, Span{Start: st, End: e, Type: "STREET_ADDRESS", Rule: "builtin.address",
							Score: 0.85, Reason: reason})
						skipTo = e
						if zp, ok := kenyanBoxPostcode(text, e); ok {
							// "P.O. Box 1234-00100 Nairobi" (address_intl_postcodes.go)
							dst = append(dst, zp)
							skipTo = zp.End
							dst, skipTo = cityAfterPostcode(text, zp, dst, skipTo)
							continue
						}
						dst, skipTo = afterStreet(sc, e, dst, skipTo)
						continue
					}
				}
				if c&endsMark != 0 && markStreetAt(text, r, text[r.start-2], &sp) {
					// "Rua do Pinhal, n.º 31, r/c", "Villa n° 48, Sicap
					// Baobabs" (address_pt.go), "봉은사로 215, 302동 1104호"
					// (address_cjk.go)
					dst = append(dst, sp)
					skipTo = sp.End
					dst, skipTo = afterStreet(sc, sp.End, dst, skipTo)
					continue
				}
				// "QLD 4000": a state before it makes an Australian postcode.
				if c&endsAUState != 0 && n == 4 && (isUpper(text[r.start-2]) || auLowerStateBefore(text, r.start)) &&
					auPostcodeAt(text, r, &sp) {
					dst = append(dst, sp)
					skipTo = sp.End
					continue
				}
			}
		}
		switch n {
		case 4:
			// Only a city after it makes a four-digit postcode here, or
			// a postcode label right before it ("postcode 2480").
			if !sok {
				if kinds[i]&kindAddrCJK != 0 {
					dst, skipTo = jpBanchiRun(text, r, dst, skipTo) // "町1203番地" (address_cjk.go)
				}
				continue
			}
			if r.start > 0 && fieldSeps[text[r.start-1]] && fieldAfterStreet(text, r, dst) {
				// "…| 4 Rue Neuve | 1000 | Bruxelles" (loc12_fields.go)
				var e int
				if dst, e = fieldPostcodeAt(text, r, dst); e > 0 {
					skipTo = e
					continue
				}
			}
			if r.start >= 5 && text[r.start-1] == ' ' && labelLastByte[text[r.start-2]] && labelEndPair(text, r.start-2) &&
				postcodeLabelEnd(text, r.start) > 0 && wordEndAt(text, r.end) {
				dst = append(dst, Span{Start: r.start, End: r.end, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.8,
					Reason: "four-digit postcode after a postcode label"})
				skipTo = r.end
				continue
			}
			if r.end >= len(text) || text[r.end] != ' ' {
				if r.start >= 10 && isUpper(text[r.start-2]) && isUpper(text[r.start-3]) && isUpper(text[r.start-4]) {
					// "Birkirkara BKR 4012" at a line's or a field's end (loc12_mt.go)
					var e int
					if dst, e = mtPostcodeAt(text, r, dst); e > 0 {
						skipTo = e
					}
					continue
				}
				if r.end+5 < len(text) && text[r.end] == '-' && text[r.end+4] == ' ' {
					// "4900-321 Viana do Castelo" (address_pt.go)
					var e int
					if dst, e = ptCodeLine(text, r, dst); e > 0 {
						skipTo = e
					}
				}
				continue
			}
		case 5:
			if !sok {
				continue
			}
			if r.start > 0 && fieldSeps[text[r.start-1]] {
				if fieldAfterStreet(text, r, dst) {
					// "…depto 3;03100;Benito Juárez" (loc12_fields.go)
					var e int
					if dst, e = fieldPostcodeAt(text, r, dst); e > 0 {
						skipTo = e
						continue
					}
				}
				var e int
				if dst, e = vcardADRPostcode(text, r, dst); e > 0 {
					// "ADR;TYPE=HOME:;;…;Boise;ID;83702;USA" (address15_vcard.go)
					skipTo = e
					continue
				}
			}
		case 1, 2:
			if r.start == 0 || !isUpper(text[r.start-1]) {
				// "Kraków, 31-054" (address_postcodes.go)
				if n == 2 && sok && r.end+1 < len(text) && text[r.end] == '-' && isDigit(text[r.end+1]) {
					var e int
					if dst, e = postcodeAfterTown(text, r, dst); e > 0 {
						skipTo = e
						continue
					}
					if dst, e = lowerStreetBefore(text, r, dst); e > 0 {
						skipTo = e // "ul. lipowa 12 m 4, 00-950 warszawa" (address_intl.go)
						continue
					}
					if dst, e = plCodeAt(text, r, dst); e > 0 {
						skipTo = e // "Kod pocztowy: 31-542 Kraków" (address_pl.go)
						continue
					}
				}
				if r.end+4 < len(text) && (text[r.end] == '-' || text[r.end] == 'b') && sok {
					// "3-12-5 Nishi-Shinjuku", "Teheran-ro 12-gil" (address_jpkr.go),
					// "6a avenida 3-21 zona 2" read from the cross street (street17_gt.go)
					if isDigit(text[r.end+1]) && (jpBlockAt(text, r, &sp) || gtGridStreetAt(text, r, &sp)) ||
						krRoadAt(text, r, &sp) {
						dst = append(dst, sp)
						skipTo = sp.End
						dst, skipTo = afterStreet(sc, sp.End, dst, skipTo)
					}
				} else if !sok && text[r.start-1] >= 0x80 && r.start >= 3 && r.end+3 <= len(text) &&
					(text[r.end] == '-' || text[r.end] == 0xE4 || text[r.end] == 0xE5 || text[r.end] == 0xE7) &&
					cjkScriptAt(text, r, &sp) {
					// "渋谷区恵比寿2-14-6", "芝田1丁目3番地5号", "建国路88号"
					// (address_cjk.go), after its prefecture, city and
					// ward (locdob10_cjk.go)
					dst = append(cjkAdminTowns(text, sp.Start, dst), sp)
					skipTo = sp.End
				}
				continue
			}
		case 3:
			if kinds[i]&kindAddrCJK != 0 {
				dst, skipTo = jpBanchiRun(text, r, dst, skipTo) // "町427番地" (address_cjk.go)
				continue
			}
			if r.end+5 <= len(text) && text[r.end] == '-' && (sok || jpMarkBefore(text, r.start)) {
				// "Tokyo 160-0023" (address_jpkr.go), "〒060-0042",
				// "060-0042 東京都" (address_cjk.go): four digits after
				// the dash, the next run, which most phone numbers'
				// groups ("555-123-4567") are not
				if i+1 < len(runs) && runs[i+1] == (digitRun{r.end + 1, r.end + 5}) {
					if zp, ok := jpPostcodeAt(text, r); ok {
						dst = append(dst, zp)
						skipTo = zp.End
					} else if !sok || cjkAfterCode(text, r.end+5) {
						if zp, ok := jpPostcodeScript(text, r); ok {
							dst = append(dst, zp)
							skipTo = zp.End
						}
					}
				}
				continue
			}
			// "i Göteborg (417 05)" (address_postcodes.go)
			if sok && r.end+3 < len(text) && text[r.end] == ' ' && isDigit(text[r.end+2]) && !isDigit(text[r.end+3]) {
				var e int
				if dst, e = postcodeAfterTown(text, r, dst); e > 0 {
					skipTo = e
				} else if dst, e = spacedCodeStreet24(text, r, dst); e > 0 {
					skipTo = e // "Kounicova 67a, 602 00 Brno" (street24_forms.go)
				} else if r.start >= 2 && labelByteIntl[text[r.start-2]] {
					// "PSČ 811 02", "TK 106 71" (address_intl_postcodes.go)
					if zp, ok := labelledIntlPostcode(text, r); ok {
						dst = append(dst, zp)
						skipTo = zp.End
						dst, skipTo = cityAfterPostcode(text, zp, dst, skipTo)
					}
				}
			}
			continue
		default:
			continue
		}
		if postcodeAt(text, r, &sp) {
			if st, ok := ruralLineBefore(text, sp.Start); ok && (len(dst) == 0 || dst[len(dst)-1].End <= st.Start) {
				dst = append(dst, st) // "Lieu-dit Les Granges, 46100 Figeac" (address_intl.go)
			} else if st, ok := streetBeforeCode(text, r, dst); ok {
				dst = append(dst, st) // "Tamme 9-3, 50410 Tartu" (street9_streets.go)
			} else if sp.Reason == eircodeReason {
				// "Rathcoole, Kilbeggan Road, Tullamore, Co. Offaly R35
				// H2K8" (address_ie_townland.go)
				dst = irishLinesBefore(text, sp.Start, dst)
			} else if sp.Rule == "builtin.uk_postcode" {
				// "Rose Cottage, Mill Lane, Bampton OX18 2HE"
				// (address_uk_house.go)
				n0 := len(dst)
				if dst = ukLinesBefore(text, sp.Start, dst); len(dst) == n0 {
					dst = welshLinesBefore(text, sp.Start, dst) // "Ty Coch, Heol y Bont, …" (street9_streets.go)
				}
				if len(dst) == n0 {
					dst = ukHouseNameLine(text, sp.Start, dst) // "The Old Smithy, Nether Stowey, TA5 1LN" (loc12_uk.go)
				}
				if len(dst) == n0 {
					dst = ukFlatLine(text, sp.Start, dst) // "Flat 2A, 37 Kings Reach, Leeds LS1 4XY" (loc13_uk.go)
				}
			}
			if sp.Start > 0 && text[sp.Start-1] == ';' {
				dst, _ = vcardADRBefore(text, sp.Start, dst) // "ADR;TYPE=HOME:;;…;Town;;PC" (address15_vcard.go)
			}
			dst = append(dst, sp)
			skipTo = sp.End
			dst, skipTo = cityAfterPostcode(text, sp, dst, skipTo)
		} else if comma := r.start >= 2 && text[r.start-2] == ',' && r.end+1 < len(text) && text[r.end] == ' '; comma &&
			(n == 5 || n == 4) && r.start >= 8 && isLower(text[r.end+1]) {
			// "via dante 7, 20121 milano" (address_intl.go; comma: the
			// bytes of ", " before the run and a space after it, tested
			// once for this and the next form)
			var e int
			if dst, e = lowerStreetBefore(text, r, dst); e > 0 {
				skipTo = e
			}
		} else if comma && upperAt(text, r.end+1) && (n == 5 && ruralStreetBefore(text, r, &sp) ||
			oneWordStreetBefore(text, r, &sp) && (len(dst) == 0 || dst[len(dst)-1].End <= sp.Start)) {
			// "Hameau de la Croix, 12340 Bozouls": the lead makes the
			// postcode (address_intl.go); "Tamme 9-3, 50410 Tartu",
			// "Lindenweg 4, 39031 Bruneck": the postcode and town make
			// the street (street9_streets.go)
			dst = append(dst, sp, Span{Start: r.start, End: nlLettersEnd(text, r), Type: "ZIP_CODE", Rule: "builtin.zip_code",
				Score: 0.85, Reason: "postcode after a street address"}) // "8011 PK" (street17_nl.go)
			skipTo = r.end
			dst, skipTo = cityAfterPostcode(text, dst[len(dst)-1], dst, skipTo)
		} else if r.start >= 2 && text[r.start-1] == ' ' && labelByteIntl[text[r.start-2]] && labelledIntlPostcodeInto(text, r, &sp) {
			// "kode pos 40115", "C.P. 06700" (address_intl_postcodes.go)
			dst = append(dst, sp)
			skipTo = sp.End
			dst, skipTo = cityAfterPostcode(text, sp, dst, skipTo)
		} else if n == 5 && r.start >= 4 && text[r.start-1] == ' ' && text[r.start-2] >= 0x80 && krPostcodeAt(text, r, dst, &sp) {
			// "서울 06236", "우편번호 04524" (address_cjk.go)
			dst = append(dst, sp)
			skipTo = sp.End
		} else if n == 4 && r.end+2 < len(text) && isUpper(text[r.end+2]) || n == 5 && r.end < len(text) && text[r.end] == ')' {
			// "in Utrecht (3531 CJ)", "à Bordeaux (33000)" (address_postcodes.go)
			var e int
			if dst, e = postcodeAfterTown(text, r, dst); e > 0 {
				skipTo = e
			}
		} else if n == 4 && r.end+8 < len(text) && isUpper(text[r.end+1]) {
			// "7621 Pécs, Kossuth Lajos u. 12." (street9_postcodes.go;
			// case 4 left only runs with a space after them)
			var e int
			if dst, e = huCodeBeforeTown(text, r, dst); e > 0 {
				skipTo = e
			}
		} else if n == 5 && r.start >= 12 && text[r.start-1] == ' ' && isLower(text[r.start-2]) {
			// "14 willow ln, macon ga 31201" (loc12_uslower.go)
			var e int
			if dst, e = usLowerAddressAt(text, r, dst); e > 0 {
				skipTo = e
			} else if dst, e = townZipAfterStreet(text, r, dst); e > 0 {
				skipTo = e // "…, 88 W 5th St apt 3, fresno 93721" (loc13_zip.go)
			}
		}
	}
	if afterComma >= 0 {
		// "Kounicova 67a, 602 00 Brno", "ап. 38, 1336 София": a postcode
		// and a known town no other reading took (loc24_zip.go)
		dst = postcodesAfterNumbers(text, runs[afterComma:], kinds[afterComma:], dst)
	}
	return dst
}

// addressLabels are field labels, lower case, after which a house number
// and capitalised words are a street whatever its type word ("Address: 45
// Nile Corniche, Cairo").
var addressLabels = boolTable(map[string]bool{
	"address": true, "adresse": true, "anschrift": true, "dirección": true, "direccion": true,
	"indirizzo": true, "adres": true, "street": true, "straße": true, "strasse": true, "rue": true,
	"calle": true, "via": true, "adresa": true, "adress": true, "endereço": true, "endereco": true,
	"morada": true, "osoite": true, "domicilio": true, "adressi": true,
})

// streetAfterColon reads a street whose house number, the run r, comes
// after ": ": after an address label (labelledStreet) or after a Turkish
// street and "No:" (turkishStreet). It returns the street's bounds and
// reason ("" when there is none), one call in addressRuns for both.
//
//go:noinline
func streetAfterColon(text string, r digitRun) (int, int, string) {
	if e, ok := labelledStreet(text, r); ok {
		return r.start, e, "house number and street name after an address label"
	}
	if st, e, ok := turkishStreet(text, r); ok {
		return st, e, "street name, Turkish street type, house number after 'No:'"
	}
	return 0, 0, ""
}

// labelledStreet reads the street whose house number is the run r after
// an address label and ": " ("Address: 45 Nile Corniche", "home_address:
// 7 Marine Parade"): the number, with an optional letter, then one to four
// capitalised words. It returns where the street ends.
func labelledStreet(text string, r digitRun) (int, bool) {
	e := r.start - 2 // the colon
	s := e
	for s > 0 && (isAlpha(text[s-1]) || text[s-1] >= 0x80) {
		s--
	}
	if s > 0 && isDigit(text[s-1]) {
		return 0, false
	}
	var buf [16]byte
	if w, ok := lowerWord(text, s, e, &buf); !ok || !addressLabels.has(w) {
		return 0, false
	}
	n, ok := houseNumber(text, r)
	if !ok || n >= len(text) || text[n] != ' ' {
		return 0, false
	}
	end, words := nameWordsAfter(text, n, 4)
	return end, words > 0
}

// wordEndBeforeNumber marks the last bytes of the words that may stand
// right before a post office box number (endsBox): "Box", "Postfach",
// "Postbus", "Correos", "Apdo.", "POB", and the rural routes "RR", "RMB"
// (Italian "Casella Postale" is left out: an 'e' before a number, "the
// 3", "are 5", would send most numbers to poBoxBefore); the last letters
// of the Australian states (NSW, VIC, QLD, WA, SA, TAS, ACT, NT, and nsw,
// vic, qld: endsAUState); and the 'o' of a Turkish "No:" before the number
// (endsNo), so that one table load tells which of them a number may
// follow.
var wordEndBeforeNumber = func() (t [256]uint8) {
	for _, c := range "xXhHsS.bBRCD" { // "HC 74", "PSC 1234", "RD 2" (address_box.go)
		t[c] |= endsBox
	}
	for _, c := range "WCDASTdwc" { // "qld", "nsw", "vic" in chats' lower case
		t[c] |= endsAUState
	}
	t['o'] |= endsNo // "No:12", two bytes before the number
	for _, c := range []byte{0xBA, 0xB0, 0x9C, 0xB8} {
		// the last bytes of 'º' and '°' ("n.º 12") and of the Korean
		// road endings 로 and 길 (markStreetAt, address_pt.go)
		t[c] |= endsMark
	}
	return t
}()

const (
	endsBox uint8 = 1 << iota
	endsAUState
	endsNo
	endsMark
)

// poBoxWords are the words, lower case, that name a post office box right
// before its number; "box" counts only after "PO", "P.O." or "post office".
var poBoxWords = []string{"postfach", "postbus", "apdo.", "pob", "postboks", "postbox", "s.l.p.", "p.k."} // Swahili sanduku la posta, Turkish posta kutusu (street24)

// poBoxBefore reports whether the word that ends at e (a space follows it)
// names a post office box (PO Box 4521, P.O. Box, Post Office Box,
// Postfach, Postbus, Apartado de Correos, Apdo., POB), and
// where that name starts. A bare "Box 12" is a product's box, not an
// address.
func poBoxBefore(text string, e int) (int, bool) {
	s := e
	for s > 0 && (isAlpha(text[s-1]) || text[s-1] == '.') {
		s--
	}
	w := text[s:e]
	for _, b := range poBoxWords {
		if equalFoldASCII(w, b) {
			return s, true
		}
	}
	switch w {
	case "RR", "R.R.", "RMB", "HC", "PSC", "CMR", "RD", "Rt.", "Rte.":
		// a rural route (Canada, the US), a roadside mail box
		// (Australia), a US highway contract route or a US military
		// postal service center: "RR 3, Site 2, Box 9", "RMB 1234",
		// "HC 74 Box 12", "PSC 1234, Box 5678" (address_box.go)
		return s, s == 0 || !isLetterAt(text, s-1)
	}
	var lead []string
	switch {
	case equalFoldASCII(w, "box"):
		lead = []string{"po", "p.o.", "p. o.", "p o", "post office"}
	case equalFoldASCII(w, "correos"):
		lead = []string{"apartado de"}
	default:
		return 0, false
	}
	for _, l := range lead {
		st := s - 1 - len(l)
		if st >= 0 && text[s-1] == ' ' && equalFoldASCII(text[st:s-1], l) && (st == 0 || !isAlpha(text[st-1])) {
			return st, true
		}
	}
	return 0, false
}

// poBoxNumberEnd returns where a box number that ends at e ends when more
// groups of two digits follow it, as German numbers are written
// ("Postfach 10 11 12"), or when a rural route's site, compartment and box
// follow it ("RR 3, Site 2, Box 9", "RR 1, Comp 12").
func poBoxNumberEnd(text string, e int) int {
	for e+3 <= len(text) && text[e] == ' ' && isDigit(text[e+1]) && isDigit(text[e+2]) &&
		(e+3 == len(text) || !isDigit(text[e+3])) {
		e += 3
	}
	for k := 0; k < 3; k++ {
		j := e
		if j+2 < len(text) && text[j] == ',' && text[j+1] == ' ' {
			j += 2
		} else if boxAfterRoute(text, j) {
			j++ // "RR 2 Box 14" (address_box.go)
		}
		w, ok := addrWordAt(text, j)
		if !ok || j == e || !ruralParts.has(text[w.start:w.end]) || w.end+1 >= len(text) || text[w.end] != ' ' {
			return e
		}
		d := w.end + 1
		n := d
		for n < len(text) && n-d < 5 && isDigit(text[n]) {
			n++
		}
		if n == d || !wordEndAt(text, n) {
			return e
		}
		e = n
	}
	return e
}

// ruralParts name the parts of a rural route's address after its number.
var ruralParts = boolTable(map[string]bool{
	"Site": true, "Comp": true, "Box": true, "Stn": true, "Station": true, "Compartment": true,
	"SITE": true, "COMP": true, "BOX": true,
})

// houseNumber reports whether the run r (with an optional letter, e.g.
// 221B) is a plausible house number, and where it ends.
func houseNumber(text string, r digitRun) (int, bool) {
	if r.end-r.start > 5 || !startOKAddr(text, r.start) {
		return 0, false
	}
	e := r.end
	if e < len(text) && (text[e] >= 'A' && text[e] <= 'Z' || text[e] >= 'a' && text[e] <= 'z') && wordEndAt(text, e+1) {
		e++
	}
	if !wordEndAt(text, e) {
		return 0, false
	}
	if e < len(text) && (text[e] == '.' || text[e] == '-' || text[e] == '/' || text[e] == ':') &&
		e+1 < len(text) && text[e+1] >= '0' && text[e+1] <= '9' {
		return 0, false // a date, time, version or range
	}
	return e, true
}

func startOKAddr(text string, i int) bool {
	if uint(i-1) < uint(len(text)) { // i > 0 (unsigned: no bounds check)
		return addrByte[text[i-1]]&addrStartOK != 0
	}
	return true
}

// streetAt finds a street address that has the run r as its house number
// and stores it in sp. The number is first or last: the tests that open
// both readings (a space or comma after the number and its optional
// letter, then a word that may start a street; a capitalised word before
// it) come before houseNumber, as most runs fail them.
func streetAt(sc *textScan, r digitRun, sp *Span) bool {
	text := sc.text
	e := r.end // where houseNumber's number ends, when it accepts one
	if e < len(text) && (text[e] >= 'A' && text[e] <= 'Z' || text[e] >= 'a' && text[e] <= 'z') {
		e++
		if r.start >= 2 && text[r.start-1] == ' ' && isDigit(text[r.start-2]) && ordinalNumberStreet(text, r, sp) {
			return true // "1450 21st St NW", read from the ordinal (address_ordinal.go)
		}
	}
	first := e+1 < len(text) && (text[e] == ' ' || text[e] == ',') && streetWordStart(text, e)
	last := r.start >= 3 && upperOrLeadBefore(text, r.start)
	if !first && !last {
		if r.end+1 < len(text) && text[r.end] == '/' && slashAfterNumberMaybe(text, r.end) {
			return slashStreetAt(text, r, sp)
		}

		return (commaBefore(text, r) || markByteBefore(text, r) && markCommaBefore(text, r)) && commaStreetAt(sc, r, sp)
	}
	e, ok := houseNumber(text, r)
	if !ok {
		if r.end < len(text) && text[r.end] == '/' {
			// "5/18 Beach Rd" (unit 5 of number 18), "ul. Długa 84/92"
			// (house 84, flat 92): read as houseNumber's numbers are.
			if e, ok = houseSlash(text, r); ok {
				if e+2 < len(text) && text[e] == ',' && unitLineStreet(text, r, e, sp) {
					return true // "Door 5/2, Kutchery Road" (address_in.go)
				}
				first = e+1 < len(text) && text[e] == ' ' && streetWordStart(text, e)
			}
		}
		if !ok {
			// A range of house numbers ("Prinsengracht 263-267",
			// "Hauptstraße 12-14") only after the street name.
			if e, ok = houseRange(text, r); !ok || !last {
				return (commaBefore(text, r) || markByteBefore(text, r) && markCommaBefore(text, r)) && commaStreetAt(sc, r, sp)
			}
			first = false
		}
	}
	// Number first: a capital letter, a lower-case street-type word or a
	// French "bis"/"ter" must follow.
	if first && (text[e] == ',' && unitLineStreet(text, r, e, sp) || numberFirstStreet(sc, text, r, e, sp)) {
		return true
	}
	// Number last: the street name is before the number.
	if !last {
		if r.end+5 < len(text) && r.start >= 8 && unitChatFirst[text[r.end+1]] && text[r.end] == ' ' && isLower(text[r.start-2]) &&
			lowerLedStreetUnit(text, r, sp) {
			return true // "calle morelos 118 int 2" (street9_lower.go)
		}
		return (commaBefore(text, r) || markByteBefore(text, r) && markCommaBefore(text, r)) && commaStreetAt(sc, r, sp)
	}
	start, reason, ok := streetBeforeNumber(text, r.start)
	if !ok && e+3 < len(text) && text[e] == '-' && isUpper(text[e+1]) && text[e+2] == ',' && text[e+3] == ' ' {
		e += 2 // a letter after a hyphen: "Laan van Oost 812-C, 7311 KL Kwakkelveen" (read18s)
	}
	if !ok && !first && e+2 < len(text) && text[e] == ',' && isDigit(text[e+2]) && ordinalStreetAt(text, r, e, sp) {
		return true // "No. 22, 4th Main Road" (address_unit.go)
	}
	if !ok && postcodeTownAfter(text, e) {
		// "Am Lindenhof 7, 80331 München": a German street led by a
		// preposition, taken only with a postcode and town after it, as
		// "Am 5. Mai" or "Im Jahr 2020" have none. (The postcode and town
		// are tested first: most numbers after a capitalised word,
		// "January 9", have none, and the walk back costs more.)
		if start, ok = prepositionStreet(text, r.start); ok {
			reason = "preposition, street name, house number, postcode"
		} else if start, ok = leadStreetEndingAt(text, r.start-1, true); ok {
			// "via Toledo 256, 80134 Napoli": a lower-case "via" leads a
			// street only with a postcode and town after it ("pay via
			// PayPal 3 times" has none).
			reason = "street-type word, street name, house number, postcode"
		}
	} else if !ok && e+2 < len(text) && text[e] == ',' && text[e+1] == ' ' && r.start > 8 &&
		(isDigit(text[e+2]) && !(e+6 < len(text) && (text[e+2] == '1' && text[e+3] == '9' || text[e+2] == '2' && text[e+3] == '0') && !isDigit(text[e+6])) ||
			!isDigit(text[e+2]) && unitAfter(text, e) > e) {
		// (not before a year: "December 12, 2024"; or a flat's floor or
		// unit instead of the postcode: "Adresse: Solsikken 23, 2. th.")
		// "Adresa: Národní 12, 110 00 Praha": a street with no type
		// word, an address label before it and a postcode after it.
		start, ok = labelledNameStreet(text, r.start)
		reason = "address label, street name, house number, postcode"
		if !isDigit(text[e+2]) {
			reason = "address label, street name, house number, flat"
		}
	} else if !ok && e+3 < len(text) && text[e] == ',' && text[e+1] == ' ' && r.start > 8 && upperAt(text, e+2) &&
		knownTownAt(text, e+2) {
		// "Adresa: Ilica 105, Zagreb": a street with no type word, an
		// address label before it and a town the gazetteer knows after
		// it (address_intl_postcodes.go)
		start, ok = labelledNameStreet(text, r.start)
		reason = "address label, street name, house number, town"
	} else if !ok && (e >= len(text) || text[e] == '\n' || text[e] == '\r') && r.end-r.start <= 3 && r.start > 8 {
		// A form's line ends after the number ("Straße: Am Lindenhof 3\n").
		start, ok = labelledPrepositionStreet(text, r.start)
		reason = "address label, preposition, street name, house number"
	}
	if ok {
		end := unitAfter(text, e)
		ctx := ""
		if addressFilter.maybeAt(sc, start-40, start) {
			ctx = contextBefore(text, start, 40, ctxAddress)
		}
		// A street-type word, a name and a number ("Str. Mihai Eminescu
		// 14") outscore the person detector's reading of the name alone,
		// even of a given and a family name it knows (0.95).
		score := 0.8
		if reason == leadBeforeNumber || reason == nordicTypeReason {
			score = 0.96
		}
		*sp = Span{Start: start, End: end, Type: "STREET_ADDRESS", Rule: "builtin.address",
			Score: boost(score, ctx, 0.95), Reason: withContext(reason, ctx)}
		return true
	}
	return false
}

// leadBeforeNumber is streetBeforeNumber's reason for a street led by its
// type word ("Calle Mayor 3", "Via Roma 10").
const leadBeforeNumber = "street-type word, street name, house number"

// numberFirstStreet is streetAt for a street after its house number, the
// run r, whose number (with a letter or a second number) ends at e. sc is
// the text's scan, or nil for callers that do not have it.
func numberFirstStreet(sc *textScan, text string, r digitRun, e int, sp *Span) bool {
	end, reason, ok := streetAfterNumber(text, e)
	if !ok {
		// "8120 99 Ave NW": a numbered street after the house number
		// (locdob10_ca.go)
		return (e == r.end || e == r.end+1 && isUpper(text[r.end])) && r.start >= 2 && text[r.start-1] == ' ' &&
			isDigit(text[r.start-2]) && quadrantNumberStreet(text, r, e, sp) ||
			r.end-r.start >= 2 && !yearLike(text, r) && unitNamedStreet(text, r, e, sp) // "1450 Aldergrove Concourse, Apt 6F" (loc13_unit.go)
	}
	if r.start >= 2 && isDigit(text[r.start-2]) && (text[r.start] == '0' || phoneChainTail(text, r)) {
		// the last group of a phone number ("913 456 078, Rua
		// Augusta"): a house number has no leading zero (locdob10)
		return false
	}
	end = unitAfter(text, end)
	start := unitBefore(text, r.start)
	ctx := ""
	if addressFilter.maybeIn(sc, text, r.start-40, r.start) {
		ctx = contextBefore(text, r.start, 40, ctxAddress)
	}
	// A number, a street-type word and a name ("8 avenue Jean
	// Jaurès", "12 rue Victor Hugo") outscore the person detector's
	// reading of the name alone, which would leave the number.
	score := 0.8
	if reason == leadAfterNumber {
		score = 0.9
		if text[e+1] >= 0x80 && givenNameStreet(text, e, end) {
			// the type word itself reads as a given name ("123 Đường
			// Lê Lợi"): the person detector scores the type and the
			// name as a full name (0.95)
			score = 0.96
		}
	} else if reason == vnAlleyReason {
		score = 0.96 // over a person's reading of the street's name ("Lê Văn Sỹ")
	} else if givenNameStreet(text, e, end) {
		score = 0.9
	}
	*sp = Span{Start: start, End: end, Type: "STREET_ADDRESS", Rule: "builtin.address",
		Score: boost(score, ctx, 0.95), Reason: withContext(reason, ctx)}
	return true
}

// addressFilter pre-tests a street's window for an address word.
var addressFilter = newCtxFilter(ctxAddress)

// streetWordStart is a cheap filter: the word after position e (after
// spaces and a comma) starts with a capital or a letter that starts a
// lower-case street-type word.
func streetWordStart(text string, e int) bool {
	j := e
	for j < len(text) && j-e < 3 && (text[j] == ' ' || text[j] == ',') {
		j++
	}
	if j >= len(text) {
		return false
	}
	c := text[j]
	switch {
	case c >= 'A' && c <= 'Z', c >= 0x80:
		return true
	case c == 'r', c == 'a', c == 'b', c == 'p', c == 'c', c == 'q', c == 'v', c == 'i', c == 't':
		return true
	}
	return false
}

// upperOrLeadBefore is a cheap filter: the word before the number at n
// (after one space) is capitalised. (A lower-case street-type word there,
// "rue 5", never starts a street: streetBeforeNumber wants it capitalised.)
func upperOrLeadBefore(text string, n int) bool {
	if text[n-1] != ' ' {
		return false
	}
	j := n - 1
	for j > 0 && !isWordStop(text[j-1]) {
		j--
	}
	return j < n-1 && (upperAt(text, j) ||
		j >= 4 && text[j-2] == '.' && text[j-3] == 'l' && text[j-1] == ' ' && text[j-4]|0x20 == 'u' || // "ul. lipowa 12"
		j >= 3 && text[j-2] == 's' && nordicFirst[text[j]] && nordicTypeAt(text, j, n-1) || // "Olav Kyrres gate 15B" (street9_streets.go)
		j >= 2 && text[j-2] == 'q' && mtArticleMaybe(text[j:n-1]) && mtArticleWord(text[j:n-1]) || // "Triq il-Wied 4" (street22)
		slavicLeadMaybe(text, j) && fieldEndAfterNumber(text, n) && slavicLeadBefore(text, j) || // "Bulevar oslobođenja 88," (street23_forms.go)
		isLower(text[j]) && gen24SlavicLeadNear(text, j) && fieldEndAfterNumber(text, n)) // "Ulica Domovinskog rata 45," (gen24_street.go)
}

// leadAfterNumber is streetAfterNumber's reason for a street led by its
// type word ("12 rue de la Paix").
const leadAfterNumber = "house number then street-type word and street name"

// streetAfterNumber reads "[,] [direction] Name... Type" or "[,] lead
// [particles] Name..." after a house number ending at e.
func streetAfterNumber(text string, e int) (int, string, bool) {
	w, ok := nextWord(text, e, true)
	if !ok {
		return 0, "", false
	}
	tok := text[w.start:w.end]
	// bis/ter after a French number
	if tok == "bis" || tok == "ter" {
		if w, ok = nextWord(text, w.end, true); !ok {
			return 0, "", false
		}
		tok = text[w.start:w.end]
	}
	if c := tok[0] | 0x20; (c == 'n' || c == 'h' || c == 'k') && len(tok) >= 4 && len(tok) <= 7 {
		if end, ok := vnAlleyAfter(text, w); ok {
			return end, vnAlleyReason, true // "8 Ngõ 12 Láng Hạ" (read16b_vn_alley.go)
		}
	}
	lead := streetLeadSet.has(tok)
	if c := tok[0]; c >= 'a' && c <= 'z' && !lead && tok != "bis" {
		return 0, "", false
	}
	if !lead && welshFirst[tok[0]] && welshLead(tok) {
		if end, n := welshNameAfter(text, w.end); n > 0 {
			return end, "house number, Welsh street or house word and name", true // "4 Ty'n y Llwyn" (street9_streets.go)
		}
	}
	if lead {
		end, n := nameWordsAfter(text, irishAnAfter(text, tok, w.end), 5) // "Bóthar an Chnoic" (read16b_ie_article.go)
		if n == 0 {
			return 0, "", false
		}
		return end, leadAfterNumber, true
	}
	if isCapWord(text, w) && (hasStreetSuffix(tok) || hasStreetSuffix(trimDot(text, w).str(text))) {
		return trimSentenceDot(text, w), "house number then one-word street name", true
	}
	if directionSet.has(tok) {
		if w2, ok := nextWord(text, w.end, false); ok {
			w = w2
		}
	}
	// British "4 The Crescent, Galway": "The" and a street type that ends
	// the clause.
	if tok == "The" {
		if t2, ok := nextWord(text, w.end, false); ok && isCapWord(text, t2) && streetTypeSet.has(t2.str(text)) &&
			(t2.end == len(text) || text[t2.end] == ',' || text[t2.end] == '\n') {
			return t2.end, "house number, \"The\" and street type", true
		}
	}
	// English: 1-4 capitalised words, the last a street type.
	for k := 0; k < 5; k++ {
		tw := trimDot(text, w)
		t := text[tw.start:tw.end]
		if k > 0 && streetTypeSet.has(t) {
			if isUpper(t[len(t)-1]) && !capsStreetEnd(text, tw.end) {
				return 0, "", false // "50 BIG ROAD TRIP": a banner in capitals, not an address
			}
			if w2, ok := nextWord(text, w.end, false); ok && text[w.end-1] != '.' && isCapWord(text, w2) &&
				streetTypeSet.has(trimDot(text, w2).str(text)) {
				w = w2 // "Oak Ridge Rd", "Forest Hill Drive": a name word that is a street type too
			}
			end := trimSentenceDot(text, w)
			// a post-directional: "Pennsylvania Avenue NW"
			if d, ok := nextWord(text, w.end, false); ok && text[w.end-1] != '.' && directionSet.has(trimDot(text, d).str(text)) {
				end = trimSentenceDot(text, d)
			}
			return end, "house number, street name and street type", true
		}
		if !isCapWord(text, w) && !(k == 0 && isOrdinal(t)) && !(k > 0 && isDigit(t[0]) && isOrdinal(t) && inLocalityBefore(text, w.start)) {
			return 0, "", false
		}
		if addrStopSet.has(t) {
			return 0, "", false
		}
		if w2, ok := nextWord(text, w.end, false); ok {
			w = w2
		} else if k == 0 && w.end < len(text) && text[w.end] == ',' && welshCompoundFirst[t[0]] && welshCompoundStreet(text, w) {
			return w.end, "house number, Welsh street of one word, town", true // "7 Maesycoed, Llanarth" (loc13_welsh.go)
		} else {
			return 0, "", false
		}
	}
	return 0, "", false
}

// capsStreetEnd reports whether a street type written in capitals, ending
// at e, ends the street as on a label: a comma, a line break or the end of
// the text after it (with an optional dot).
//
//go:noinline
func capsStreetEnd(text string, e int) bool {
	if e < len(text) && text[e] == '.' {
		e++
	}
	if e+1 < len(text) && text[e] == ' ' {
		// a post-directional or a unit in capitals: "77 PEACHTREE ST NW,",
		// "1904 W 18TH ST APT 3R,"
		if w, ok := nextWord(text, e, false); ok {
			t := w.str(text)
			return directionSet.has(t) || capsUnitWords.has(t)
		}
	}
	return e >= len(text) || text[e] == ',' || text[e] == '\n' || text[e] == '\r'
}

// capsUnitWords are the unit words of addresses written in capitals.
var capsUnitWords = boolTable(map[string]bool{
	"APT": true, "APT.": true, "UNIT": true, "STE": true, "STE.": true, "SUITE": true, "FL": true, "RM": true,
	"BLDG": true, "#": true,
})

// isOrdinal reports whether t is like "1st", "42nd", "5th".
func isOrdinal(t string) bool {
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 {
		return false
	}
	switch t[i:] {
	case "st", "nd", "rd", "th", "ST", "ND", "RD", "TH": // capitals: "1904 W 18TH ST"
		return true
	}
	return false
}

// trimSentenceDot ends a street word before a dot that closes a sentence
// (an abbreviation like "St." keeps its dot when more text follows on the
// same line in address order is not known, so the dot is dropped).
func trimSentenceDot(text string, w word) int {
	if w.end > w.start+1 && text[w.end-1] == '.' {
		return w.end - 1
	}
	return w.end
}

// streetParticle reports whether t is a lower-case word that may stand
// between the capitalised words of a street's name: a name particle, or
// an Italian or Portuguese article joined to "di" or "de" ("Via dei
// Mille", "Via degli Orti", "Rua do Ouvidor").
func streetParticle(t string) bool {
	switch t {
	case "des", "dei", "delle", "degli", "dello", "dos", "do", "na":
		return true // Irish "na": "Cnoc na Gréine"
	case "dal", "dals", "digl", "dla":
		return true // Romansh: "Via dal Bagn 4", "Via digl Mulin 2" (street22)
	}
	return particleSet.has(t)
}

// nameWordsAfter reads up to max words that are capitalised or name
// particles (de, la, del, di, du, des, l') and returns the end of the last
// capitalised one and how many capitalised words it read.
func nameWordsAfter(text string, i, limit int) (int, int) {
	end, n := i, 0
	for k := 0; k < limit; k++ {
		w, ok := nextWord(text, i, false)
		if !ok {
			break
		}
		t := text[w.start:w.end]
		if strings.HasPrefix(t, "l'") || strings.HasPrefix(t, "d'") || strings.HasPrefix(t, "l’") ||
			mtArticleMaybe(t) && mtArticleWord(t) { // "Triq il-Wied" (loc12_mt.go)
			end, n = trimSentenceDot(text, w), n+1
			i = w.end
			continue
		}
		if streetParticle(t) {
			i = w.end
			continue
		}
		if !isCapWord(text, w) || nameFlagsOf(trimDot(text, w).str(text))&nameGreeting != 0 {
			break
		}
		end, n = trimSentenceDot(text, w), n+1
		i = w.end
		if text[w.end-1] == '.' {
			break
		}
	}
	return end, n
}

func (w word) str(text string) string { return text[w.start:w.end] }

// hasStreetSuffix reports whether tok ends with a German/Dutch/Nordic
// street suffix and is longer than it.
func hasStreetSuffix(tok string) bool {
	// The first letter is never part of the suffix (the word is longer), so
	// a capitalised word needs no lower-casing.
	if len(tok) < 5 || addrByte[tok[len(tok)-1]]&addrSuffixEnd == 0 {
		return false
	}
	for _, s := range suffixesByLast[tok[len(tok)-1]] {
		if len(tok) > len(s)+2 && tok[len(tok)-len(s):] == s {
			return s != "ring" || !nounInEring(tok)
		}
	}
	return false
}

// nounInEring reports whether tok, which ends in "ring", is a Nordic,
// Dutch or German noun made with "-ering" ("Leverering", "Planering",
// "Registrering", "Verzekering") rather than a street named for a ring
// road ("Kaiserring", "Salierring", "Ostring"), whose "ring" follows a
// whole word.
func nounInEring(tok string) bool {
	return len(tok) >= 6 && tok[len(tok)-5] == 'e'
}

// streetTypeWord reports whether tok is a capitalised German, Dutch or
// Nordic street-type word written on its own or after a hyphen
// ("Mariahilfer Straße", "Karl-Marx-Str.", "Konrad-Adenauer-Allee",
// "Oude Gracht"): one of streetSuffixes but "ring", "berg", "stieg",
// "pfad" and the Nordic ones, which name other things when capitalised
// alone ("Diamond Ring", "Berg").
func streetTypeWord(tok string) bool {
	if len(tok) < 3 || tok[0] < 'A' || tok[0] > 'Z' {
		return false
	}
	for _, s := range suffixesByLast[tok[len(tok)-1]] {
		if len(s) == len(tok) && s[0] == tok[0]|0x20 && s[1:] == tok[1:] && !notAlone[s] {
			return true
		}
	}
	return false
}

// notAlone are the streetSuffixes that streetTypeWord leaves out.
var notAlone = map[string]bool{"ring": true, "berg": true, "stieg": true, "pfad": true, "gatan": true,
	"vägen": true, "vej": true, "gade": true, "veien": true, "gata": true}

// suffixesByLast are the streetSuffixes by their last byte.
var suffixesByLast = func() (t [256][]string) {
	for _, s := range streetSuffixes {
		t[s[len(s)-1]] = append(t[s[len(s)-1]], s)
	}
	return t
}()

// streetBeforeNumber finds a street name ending right before the number
// at n ("Hauptstraße 5", "Calle Mayor 3", "Via Roma 10").
func streetBeforeNumber(text string, n int) (int, string, bool) {
	if n < 2 || text[n-1] != ' ' {
		return 0, "", false
	}
	// Walk back over up to 5 words on the same line.
	i := n - 1
	starts := [6]int{}
	k := 0
	typeAlone := false // the word before the number is a street-type word alone ("Straße")
	after := ""        // the word read before this one (after it in the text)
	for k < len(starts) && i > 0 {
		j := i
		for j > 0 && !isWordStop(text[j-1]) {
			j--
		}
		if j == i {
			break
		}
		w := word{j, i}
		t := w.str(text)
		starts[k] = j
		k++
		if k > 1 && gen24RoadFirst[t[0]] && gen24RoadLead(text, j, t, n) {
			return j, leadBeforeNumber, true // "…, Put Firula 8," (gen24_street.go)
		}
		// Every street-type word and suffix ends with a byte of
		// addrSuffixEnd: one table load rules out most words before a
		// number ("March 5", "Order 12").
		if k == 1 && addrByte[t[len(t)-1]]&addrSuffixEnd != 0 && isCapWord(text, w) {
			if hasStreetSuffix(t) || hasStreetSuffix(strings.TrimSuffix(t, ".")) || t[len(t)-1] == 'f' && hofStreet(text, j, t) ||
				t[0] == 'B' && villageStreet(t) { // "Bygade 21", "Byvej 4" (street23_forms.go)
				return j, "one-word street name then house number", true // "Lindenhof 7" (street21b_hof.go)
			}
			if typeAlone = streetTypeWord(t); !typeAlone {
				if h := strings.LastIndexByte(t, '-'); h > 0 && (streetTypeWord(t[h+1:]) || gen24HyphenType(t, h)) {
					return j, "hyphenated street name then house number", true // "Karl-Marx-Straße 8"
				}
			}
		}
		if k == 2 && typeAlone && isCapWord(text, w) {
			return j, "street name and street-type word, then house number", true // "Mariahilfer Straße 45"
		}
		// A type word leads only a name (never the word before the number
		// alone: "Kölner Str. 40" ends with one).
		if k > 1 && streetLeadSet.has(t) && (isCapWord(text, w) || lowerLeads[t] || t == "via" && inVia(text, j, n)) {
			return outerLead(text, j), leadBeforeNumber, true
		}
		if !isCapWord(text, w) && !streetParticle(t) && !(k > 2 && dayBeforeDe(t, after)) && !lowerNameWords.has(t) &&
			!(mtArticleMaybe(t) && mtArticleWord(t)) && // "Triq il-Kappillan Mifsud 21", "Triq il-Wied 4" (loc12_mt.go, street22)
			!(slavicLeadMaybe(text, j) && fieldEndAfterNumber(text, n) && slavicLeadBefore(text, j)) && // "Bulevar oslobođenja 88,", "Ulica grada Vukovara 68," (street23_forms.go)
			!(k == 1 && fieldEndAfterNumber(text, n) && gen24SlavicLeadNear(text, j)) { // "Ulica Domovinskog rata 45," (gen24_street.go)
			if k == 1 && j >= 4 && (text[j-4:j] == "ul. " || text[j-4:j] == "Ul. ") && (j == 4 || !isLetterAt(text, j-5)) {
				return j - 4, leadBeforeNumber, true // chat's "ul. piotrkowska 104" (address_intl.go)
			}
			if k == 1 && nordicTypeAt(text, j, i) {
				if st := nordicStreetStart(text, j); st >= 0 {
					return st, nordicTypeReason, true // "Kristian Augusts gate 15B" (street9_streets.go)
				}
			}
			if len(t) <= 3 && j >= 5 && text[j-1] == ' ' {
				if ws := wordEndingAt(text, j-1).start; ws < j-1 && gen24RoadFirst[text[ws]] && gen24RoadLead(text, ws, text[ws:j-1], n) {
					return ws, leadBeforeNumber, true // "Pot k Sejmišču 12," (gen24_street.go)
				}
			}
			break // (lowerNameWords: "Ulica kralja Tomislava 8", address_intl.go)
		}
		if j < 2 || text[j-1] != ' ' {
			break
		}
		after = t
		i = j - 1
	}
	return 0, "", false
}

// dayBeforeDe reports whether t, a word of a street's name before the
// word after, is the day of a date the street is named for ("Rua 1 de
// Maio", "Avenida 5 de Outubro", "Calle 2 de Mayo").
func dayBeforeDe(t, after string) bool {
	return (after == "de" || after == "do") && len(t) <= 2 && allDigits(t)
}

// outerLead returns where a street-type word starts that leads a street
// whose name begins with another one at j, up to two particles between
// them ("Pº de la Alameda 7", "Calle Plaza 3"), or j.
func outerLead(text string, j int) int {
	i := j
	for k := 0; k < 3 && i >= 2 && text[i-1] == ' '; k++ {
		w := wordEndingAt(text, i-1)
		s := w.start
		if s == i-1 {
			break
		}
		t := w.str(text)
		if streetLeadSet.has(t) && isCapWord(text, w) {
			return s
		}
		if !streetParticle(t) {
			break
		}
		i = s
	}
	return j
}

// commaBefore reports whether ", " comes right before the run r.
func commaBefore(text string, r digitRun) bool {
	return r.start >= 4 && text[r.start-1] == ' ' && text[r.start-2] == ','
}

// commaStreetAt is streetAt for a house number after a led street and a
// comma, as Spanish and Italian write it ("Calle de Alcalá, 45"). It is
// apart from streetAt, which most runs leave early, so that streetAt's
// own code stays small.
//
//go:noinline
func commaStreetAt(sc *textScan, r digitRun, sp *Span) bool {
	text := sc.text
	c := r.start - 2 // the comma
	if text[c] != ',' {
		c = gen24NumMarkComma(text, r.start-1) // ", n.º 18" (gen24_street.go)
	}
	if !capWordEndsAt(text, c) {
		return false
	}
	e, ok := houseNumber(text, r)
	if !ok {
		if e, ok = houseRange(text, r); !ok {
			return false
		}
	}
	// The number ends the street's part of the address: "Plaza Mayor, 3
	// días de fiesta" is a count.
	if e < len(text) && text[e] != ',' && text[e] != ';' && text[e] != '.' && text[e] != '\n' && text[e] != ')' &&
		!dashPartAfter(text, e) {
		return false
	}
	start, ok := leadStreetEndingAt(text, c, false)
	if !ok {
		return false
	}
	end := unitAfter(text, e)
	ctx := ""
	if addressFilter.maybeAt(sc, start-40, start) {
		ctx = contextBefore(text, start, 40, ctxAddress)
	}
	score := 0.8
	if titleInside(text, start, r.start) {
		// a street named for a titled person ("Rua Dr. Ricardo Jorge,
		// 45"), which the person detector reads as a title and a name
		score = 0.9
	}
	*sp = Span{Start: start, End: end, Type: "STREET_ADDRESS", Rule: "builtin.address",
		Score: boost(score, ctx, 0.95), Reason: withContext("street-type word, street name, comma, house number", ctx)}
	return true
}

// capWordEndsAt reports whether a capitalised word ends at e.
func capWordEndsAt(text string, e int) bool {
	w := wordEndingAt(text, e)
	return w.start < e && upperAt(text, w.start)
}

// wordEndingAt returns the word that ends at e, back to a word stop; it
// is empty (start == e) when a stop is right before e.
func wordEndingAt(text string, e int) word {
	j := e
	for j > 0 && !isWordStop(text[j-1]) {
		j--
	}
	return word{j, e}
}

// ledStreetStart walks back from i, the end of a street's last word, over
// up to six words on one line, each capitalised or accepted by inner, to
// a lead word that lead accepts (never the last word itself), and returns
// where the lead starts: "Calle de Alcalá", "Am Lindenhof".
func ledStreetStart(text string, i int, lead func(text string, w word) bool, inner func(t string) bool) (int, bool) {
	// (read15a) six words: a lead and five name words, "C/ de Sant
	// Martí Més Baix, 14"
	for k := 0; k < 6 && i > 0; k++ {
		w := wordEndingAt(text, i)
		j := w.start
		if j == i {
			return 0, false
		}
		if k > 0 && lead(text, w) {
			return j, true
		}
		if !isCapWord(text, w) && !inner(w.str(text)) && !(k > 0 && titleAbbrev(w.str(text))) {
			return 0, false
		}
		if j < 2 || text[j-1] != ' ' {
			return 0, false
		}
		i = j - 1
	}
	return 0, false
}

// leadStreetEndingAt finds a street led by a street-type word ("Calle de
// Alcalá", "Via Roma", "C/ Mayor") whose last word ends at i and returns
// where it starts; the words after the type word are capitalised or name
// particles. The type word is capitalised or one of lowerLeads, or of any
// case when anyCase is set.
func leadStreetEndingAt(text string, i int, anyCase bool) (int, bool) {
	if anyCase {
		return ledStreetStart(text, i, anyCaseLead, leadInnerWord)
	}
	return ledStreetStart(text, i, streetLead, leadInnerWord)
}

// streetLead accepts a capitalised street-type word or one of lowerLeads;
// anyCaseLead any street-type word.
func streetLead(text string, w word) bool {
	t := w.str(text)
	return streetLeadSet.has(t) && (isCapWord(text, w) || lowerLeads[t]) ||
		t[len(t)-1] == '.' && gen24AbbrevLead(text, w) // "C. de Pujades", "R. Dom João V" (gen24_street.go)
}

func anyCaseLead(text string, w word) bool { return streetLeadSet.has(w.str(text)) }

// houseRange reads a range of house numbers starting at the run r
// ("263-267"): up to five digits, '-', a larger number of up to five digits
// and an optional letter, then a word end; or a Dutch floor, one digit
// after a number no day of a month has ("263-2", "41-3"). It returns where
// it ends.
func houseRange(text string, r digitRun) (int, bool) {
	e := r.end
	if r.end-r.start > 5 || !startOKAddr(text, r.start) || e+1 >= len(text) || text[e] != '-' || !isDigit(text[e+1]) {
		return 0, false
	}
	j := e + 1
	for j < len(text) && isDigit(text[j]) && j-e <= 6 {
		j++
	}
	if n := atoiASCII(text[r.start:r.end]); j-e-1 > 5 || atoiASCII(text[e+1:j]) <= n && !(j-e == 2 && (r.end-r.start >= 3 || n > 31)) {
		// "12-03" is a date, not a range; "263-2" and "41-3" (a Dutch
		// floor after a number no day of a month has) are house numbers.
		return 0, false
	}
	if j < len(text) && isAlpha(text[j]) && wordEndAt(text, j+1) {
		j++
	}
	if !wordEndAt(text, j) || j < len(text) && (text[j] == '-' || text[j] == '.' || text[j] == '/') && j+1 < len(text) && isDigit(text[j+1]) {
		return 0, false
	}
	return j, true
}

// slashNumberAt reports whether digits and a slash start at i ("5/18").
func slashNumberAt(text string, i int) bool {
	j := i
	for j < len(text) && j-i < 5 && isDigit(text[j]) {
		j++
	}
	return j > i && j < len(text) && text[j] == '/'
}

// houseSlash reads a house number written with a slash at the run r: "5/18"
// (unit 5 of number 18, in Australia) or "84/92" (house 84, flat 92, in
// Poland): two numbers of up to four digits and an optional letter, then a
// word end. A third number makes a date ("5/18/2024"), unless the first
// two cannot be a day and a month and it has at most three digits: an
// Austrian stair and door ("45/3/12", and "8/2/5": a one-digit door,
// which no year has).
func houseSlash(text string, r digitRun) (int, bool) {
	e := r.end
	if r.end-r.start > 4 || e+1 >= len(text) || text[e] != '/' || !isDigit(text[e+1]) || !startOKAddr(text, r.start) {
		return 0, false
	}
	j := e + 1
	for j < len(text) && isDigit(text[j]) {
		j++
	}
	if j-e-1 > 4 {
		return 0, false
	}
	if j < len(text) && isAlpha(text[j]) && wordEndAt(text, j+1) {
		j++
	}
	if j+1 < len(text) && text[j] == '/' && isDigit(text[j+1]) &&
		(!dateLike(text[r.start:r.end], text[e+1:j]) || austrianDoor(text, j+1)) {
		// An Austrian stair and door after the house number ("45/3/12"),
		// where the first two numbers cannot be a day and a month, or
		// the door has one digit (address_slash.go).
		k := j + 1
		for k < len(text) && isDigit(text[k]) {
			k++
		}
		if k-j-1 <= 3 {
			j = k
		}
	}
	if !wordEndAt(text, j) || j+1 < len(text) && (text[j] == '/' || text[j] == '-' || text[j] == '.') && isDigit(text[j+1]) {
		return 0, false
	}
	return j, true
}

// dateLike reports whether the numbers a and b may be a day and a month,
// in either order.
func dateLike(a, b string) bool {
	x, y := atoiASCII(a), atoiASCII(b)
	return x >= 1 && y >= 1 && (x <= 31 && y <= 12 || x <= 12 && y <= 31)
}

// labelledPrepositionStreet returns the start of a German street led by a
// preposition before the number at n when an address label and a colon
// open it ("Straße: Am Lindenhof 3"), which vouch for it as a postcode
// and town after it would.
//
//go:noinline
func labelledPrepositionStreet(text string, n int) (int, bool) {
	if strings.LastIndexByte(text[max(0, n-40):n], ':') < 0 {
		return 0, false
	}
	start, ok := prepositionStreet(text, n)
	if !ok || start < 3 || text[start-1] != ' ' || text[start-2] != ':' {
		return 0, false
	}
	s := start - 2
	for s > 0 && (isAlpha(text[s-1]) || text[s-1] >= 0x80) {
		s--
	}
	var buf [16]byte
	if w, ok := lowerWord(text, s, start-2, &buf); !ok || !addressLabels.has(w) {
		return 0, false
	}
	return start, true
}

// labelledNameStreet returns the start of a street name of one to three
// capitalised words (name particles between them) that ends before the
// number at n, when an address label and ": " open it ("Adresa: Národní
// 12", "Osoite: Mannerheimintie 10"). Its caller wants a postcode or a
// flat's parts after the number.
//
//go:noinline
func labelledNameStreet(text string, n int) (int, bool) {
	i := n - 1 // the space before the number
	if i < 4 || text[i] != ' ' {
		return 0, false
	}
	for k := 0; k < 4 && i > 0 && text[i] == ' '; k++ {
		w := wordEndingAt(text, i)
		j := w.start
		if j == i {
			break
		}
		if !isCapWord(text, w) && !(k > 0 && particleSet.has(w.str(text))) {
			break
		}
		if j >= 3 && text[j-1] == ' ' && text[j-2] == ':' {
			// the label before the colon
			s := j - 2
			for s > 0 && (isAlpha(text[s-1]) || text[s-1] >= 0x80) {
				s--
			}
			var buf [16]byte
			if l, ok := lowerWord(text, s, j-2, &buf); ok && addressLabels.has(l) && (s == 0 || !isDigit(text[s-1])) {
				return j, true
			}
			return 0, false
		}
		i = j - 1
	}
	return 0, false
}

// lowerWordBefore reports whether the word that ends one space before i
// starts with a lower-case ASCII letter ("member ID 88231", "order no"):
// a state abbreviation there is no state.
func lowerWordBefore(text string, i int) bool {
	if i < 2 || text[i-1] != ' ' {
		return false
	}
	j := i - 1
	for j > 0 && isAlpha(text[j-1]) {
		j--
	}
	return j < i-1 && text[j] >= 'a' && text[j] <= 'z'
}

// atoiASCII parses up to nine ASCII digits.
func atoiASCII(s string) int {
	v := 0
	for i := 0; i < len(s) && i < 9; i++ {
		v = v*10 + int(s[i]-'0')
	}
	return v
}

// prepositionLeads start German street names: "Am Lindenhof", "An der
// Alster", "Im Winkel", "Auf dem Berg", "Zum Hafen", "Unter den Linden".
var prepositionLeads = boolTable(map[string]bool{
	"Am": true, "An": true, "Im": true, "Auf": true, "Zum": true, "Zur": true, "Unter": true, "In": true,
	"Hinter": true, "Vor": true, "Beim": true, "Über": true, "Alte": true, "Alter": true, "Alten": true,
})

// prepositionStreet returns the start of a street name led by a German
// preposition that ends before n: one to three capitalised words, and
// articles ("der", "dem", "den"), after the preposition.
func prepositionStreet(text string, n int) (int, bool) {
	if n < 2 || text[n-1] != ' ' {
		return 0, false
	}
	return ledStreetStart(text, n-1, prepositionLead, isArticle)
}

func prepositionLead(text string, w word) bool { return prepositionLeads.has(w.str(text)) }

func isArticle(t string) bool { return t == "der" || t == "dem" || t == "den" }

// postcodeTownAfter reports whether ", 12345 Town" (or " 12345 Town")
// follows position e.
func postcodeTownAfter(text string, e int) bool {
	j := e
	if j < len(text) && text[j] == ',' {
		j++
	}
	if j >= len(text) || text[j] != ' ' {
		return false
	}
	j++
	d := j
	for j < len(text) && isDigit(text[j]) {
		j++
	}
	return j-d == 5 && j+1 < len(text) && text[j] == ' ' && (text[j+1] >= 'A' && text[j+1] <= 'Z' || text[j+1] >= 0xC0)
}

// unitBefore returns where a flat or unit written before the house number
// starts ("Flat 3, 27 Station Road", "Apt 4B, 12 Main St"), or start.
func unitBefore(text string, start int) int {
	i := start
	if i > 0 && text[i-1] == ' ' {
		i--
	}
	if i > 0 && text[i-1] == ',' {
		i--
	}
	if i == start {
		return start
	}
	if text[i] == ' ' && slashNumberAt(text, start) {
		// "Unit 5/18 Beach Rd": the unit word right before a slashed number.
		j := i
		for j > 0 && start-j < 12 && (isAlpha(text[j-1]) || text[j-1] == '.') {
			j--
		}
		if j < i && (j == 0 || !isASCIIAlnum(text[j-1])) && unitWordSet.has(text[j:i]) {
			return j
		}
	}
	// The unit's number or letter: up to six bytes, a digit first or at
	// most two bytes, as unitAfter takes them.
	ve := i
	for i > 0 && ve-i < 7 && isASCIIAlnum(text[i-1]) {
		i--
	}
	if i == ve || ve-i > 6 || !(isDigit(text[i]) || ve-i <= 2) || i == 0 || text[i-1] != ' ' {
		return start
	}
	we := i - 1
	i = we
	for i > 0 && we-i < 10 && (isAlpha(text[i-1]) || text[i-1] == '.') {
		i--
	}
	if i == we || i > 0 && isASCIIAlnum(text[i-1]) || !unitWordSet.has(text[i:we]) {
		return start
	}
	return i
}

// unitAfter extends a street address over ", Apt 4B" or " Suite 200".
func unitAfter(text string, end int) int {
	w, ok := nextWord(text, end, true)
	if !ok {
		return end
	}
	t := w.str(text)
	if t == "#" || strings.HasPrefix(t, "#") && len(t) > 1 {
		if len(t) > 1 {
			return trimSentenceDot(text, w)
		}
	}
	if t == "bis" || t == "ter" {
		return w.end // "Kanaalstraat 44 bis": the suffix is the whole unit ("44 bis in Utrecht")
	}
	if !unitWordSet.has(t) {
		if e := danishFloorAfter(text, w, end); e != end {
			return e // address_tail.go
		}
		return ptFloorAfter(text, w, end)
	}
	v, ok := nextWord(text, w.end, false)
	if !ok {
		return end
	}
	vt := v.str(text)
	if len(vt) > 6 || !(vt[0] >= '0' && vt[0] <= '9' || len(vt) <= 2) {
		return end
	}
	return trimSentenceDot(text, v)
}

// ptFloorAfter reads a Portuguese or Spanish floor, with the side or door
// after it, after a street: the word w and the word after it ("3.º Esq.",
// "2.º Dto", "1º", "3º B", "2º izquierda"). It returns where they end, or
// end when w is no floor.
func ptFloorAfter(text string, w word, end int) int {
	t := w.str(text)
	if e, ok := esLowFloorAfter(text, w); ok {
		return e // (read15a) "Entlo. 2ª", "ático" (address15_forms.go)
	}
	k := 0
	for k < len(t) && k < 2 && isDigit(t[k]) {
		k++
	}
	if k == 0 || !(strings.HasPrefix(t[k:], ".º") || strings.HasPrefix(t[k:], "º")) {
		return end
	}
	if v, ok := nextWord(text, w.end, false); ok {
		switch vt := strings.TrimSuffix(v.str(text), "."); vt {
		case "Esq", "Dto", "Dt.º", "Drt", "esq", "dto", "izq", "izda", "dcha", "dcha.":
			return v.end // the abbreviation's dot with it
		case "Frente", "izquierda", "derecha", "andar":
			return trimSentenceDot(text, v)
		default:
			if len(vt) == 1 && isUpper(vt[0]) {
				return trimSentenceDot(text, v) // a door: "3º B"
			}
			if k := len(vt); k >= 3 && k <= 4 && isDigit(vt[0]) && (strings.HasSuffix(vt, "ª") || strings.HasSuffix(vt, "º")) {
				return trimSentenceDot(text, v) // a door numbered: "3º 2ª"
			}
		}
	}
	return trimSentenceDot(text, w)
}

// afterStreetWords looks for ", City, ST 12345", ", City" or a postcode right
// after a street address.
func afterStreetWords(text string, end int, dst []Span, skipTo int) ([]Span, int) {
	i := end
	newline := false
	for k := 0; k < 3; k++ {
		w, ok := nextWord(text, i, true)
		if !ok && !newline && i < len(text) && (text[i] == '\n' || text[i] == ',' || text[i] == '\r') {
			// An address written on lines, as on an envelope: the town
			// opens the next line.
			w, ok = nextLineWord(text, i)
			newline = true
		}
		if !ok {
			return dst, skipTo
		}
		t := trimDot(text, w).str(text)
		if t[0] == 'C' || t[0] == 'B' || t[0] == 'F' {
			// "Co. Dublin A94 W2K5"
			var ok bool
			if dst, skipTo, ok = irishTail(text, w, dst, skipTo); ok {
				return dst, skipTo
			}
			// "Col. Roma Norte, 06700 CDMX"
			if ce, ok := districtAt(text, w); ok {
				dst = append(dst, Span{Start: w.start, End: ce, Type: "LOCATION", Rule: "builtin.location", Score: 0.85,
					Reason: "district after a street address"})
				skipTo = ce
				i = ce
				continue
			}
		}
		// A postcode's label on the town's line ("CAP 20146 Milano",
		// "Postnr 118 26"): no town, the postcode follows.
		if c := t[0] | 0x20; (c == 'c' || c == 'p' || c == 'z') && postcodeLabel(t) {
			i = w.end
			if i < len(text) && text[i] == ':' {
				i++
			}
			continue
		}
		// An Eircode after the town: "Tramore, X91 K2W8".
		if e, ok := eircodeAt(text, w.start); ok {
			return append(dst, Span{Start: w.start, End: e, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.85,
				Reason: "Eircode after a street address"}), e
		}
		// A postcode (digits first, DE/FR/NL/US style).
		if t[0] >= '0' && t[0] <= '9' {
			r := digitRun{w.start, w.start}
			for r.end < len(text) && text[r.end] >= '0' && text[r.end] <= '9' {
				r.end++
			}
			if sp, ok := postcodeAfterAddress(text, r); ok {
				dst = append(dst, sp)
				skipTo = sp.End
				n0 := len(dst)
				if dst, skipTo = cityAfterPostcode(text, sp, dst, skipTo); len(dst) == n0 {
					dst, skipTo = lowerTownAfter(text, sp, dst, skipTo) // address_intl.go
				}
			}
			return dst, skipTo
		}
		if auStateSet.has(t) {
			// "QLD 4006" (a US state has five digits after it: "WA 98101")
			var sp Span
			if z, ok := nextWord(text, w.end, false); ok && trimDot(text, z).end-z.start == 4 && allDigits(text[z.start:z.start+4]) &&
				auPostcodeAt(text, digitRun{z.start, z.start + 4}, &sp) {
				return append(dst, sp), sp.End
			}
		}
		if usStateSet.has(t) {
			if z, ok := nextWord(text, w.end, false); ok {
				if ze, ok := usZip(text, z.start); ok {
					dst = append(dst, Span{Start: z.start, End: ze, Type: "ZIP_CODE", Rule: "builtin.zip_code",
						Score: 0.9, Reason: "US ZIP code after a state abbreviation, after a street address"})
					skipTo = ze
				}
			}
			return dst, skipTo
		}
		if c := text[w.start]; c == 'c' || c == 'f' || c == 'C' {
			// "col. las flores, oaxaca cp 68050" (locdob10_mx.go)
			if ce, ok := lowerDistrictAt(text, w); ok {
				dst = append(dst, locationSpan(w.start, ce, 0.85, "district after a street address"))
				skipTo, i = ce, ce
				continue
			}
		}
		if isLower(text[w.start]) && w.start >= 2 && text[w.start-2] == ',' || w.end+1 < len(text) && text[w.end] == ' ' && text[w.end+1]|0x20 == 'c' {
			// "…, oaxaca cp 68050", "Guadalajara CP 44600"
			// (locdob10_mx.go): a lower-case town after a comma
			if te := townBeforeCP(text, w); te > 0 {
				return append(dst, locationSpan(w.start, te, 0.85, "town before a postcode label after a street address")), te
			}
		}
		if !isCapWord(text, w) {
			return dst, skipTo
		}
		// A city: up to three capitalised words.
		cs := w.start
		ce, n := nameWordsAfter(text, cs-1, 3)
		if cs > 0 && text[cs-1] == '\n' {
			// nameWordsAfter reads words after spaces only.
			ce, n = trimSentenceDot(text, w), 1
			if e2, n2 := nameWordsAfter(text, w.end, 2); n2 > 0 {
				ce, n = e2, n+n2
			}
		}
		if n == 0 || ce <= cs {
			return dst, skipTo
		}
		if n > 1 {
			ce = cityTail(text, cs, ce)
		}
		if ce+3 < len(text) && (text[ce] == '/' || text[ce+1] == '-') {
			if se, ok := brStateAfter(text, ce); ok {
				// "Itabuna - BA": the town and its state, one span
				// as "Boise, ID" is (address_state.go)
				dst = append(dst, Span{Start: cs, End: se, Type: "LOCATION", Rule: "builtin.location", Score: 0.85,
					Reason: "town and state after a street address"})
				skipTo, i = se, se
				continue
			}
		}
		city := text[cs:ce]
		known := cityNames.has(city) || townNames.has(city) || capsTownKnown(city) // townNames: location_residence.go; capsTownKnown: loc3_caps.go
		// A postcode or state after all the words makes them the town
		// ("Durban North 4051"), even when the first is a town alone.
		follows := !known && nextIsStateOrZip(text, ce)
		if !known && !follows {
			// the first word alone may be the city ("Zürich before ...")
			if first := trimDot(text, w).str(text); cityNames.has(first) || townNames.has(first) {
				ce = trimDot(text, w).end
				known = true
			} else if d, tn, ok := slashTowns(text, w); ok {
				// "Kadıköy/İstanbul 34728" (locdob10_loc.go); not the
				// phone number after a comma
				dst = append(dst, d, tn)
				if tn.End >= len(text) || text[tn.End] != ' ' {
					return dst, tn.End
				}
				skipTo, i = tn.End, tn.End
				continue
			}
		}
		if !known && !follows && newline {
			// "Stockport\nSK1 3AB": the postcode on the line after the town.
			if w2, ok := nextLineWord(text, ce); ok {
				follows = postcodeWordAt(text, w2)
			}
		}
		if known || follows {
			dst = append(dst, Span{Start: cs, End: ce, Type: "LOCATION", Rule: "builtin.location", Score: 0.85,
				Reason: "city after a street address"})
			skipTo = ce
		}
		i = ce
		if !known && !follows && (k > 0 || ce >= len(text) || text[ce] != ',') {
			// A district before a comma may come before the town:
			// "14 Hill Road, Bandra West, Mumbai 400050".
			return dst, skipTo
		}
	}
	return dst, skipTo
}

// nextLineWord returns the first word of the next line when only a comma
// and spaces stand between i and the line break.
//
//go:noinline
func nextLineWord(text string, i int) (word, bool) {
	j := i
	if j < len(text) && text[j] == ',' {
		j++
	}
	for j < len(text) && (text[j] == ' ' || text[j] == '\r') {
		j++
	}
	if j >= len(text) || text[j] != '\n' {
		return word{}, false
	}
	j++
	for j < len(text) && text[j] == ' ' {
		j++
	}
	return addrWordAt(text, j)
}

func nextIsStateOrZip(text string, i int) bool {
	w, ok := nextWord(text, i, true)
	if !ok {
		return false
	}
	t := w.str(text)
	if usStateSet.has(t) {
		return true
	}
	if _, ok = usZip(text, w.start); ok {
		return true
	}
	if _, ok = irishCountyAt(text, w); ok {
		return true // "Blackrock, Co. Dublin"
	}
	if p := trimDot(text, w); p.end-p.start == 6 && text[p.start] != '0' && allDigits(p.str(text)) {
		return true // an Indian PIN: "Lucknow 226001"
	}
	if p := trimDot(text, w); p.end-p.start == 4 && allDigits(p.str(text)) && fieldEndsAt(text, p.end) {
		// a four-digit postcode closing the line or the field:
		// "Durbanville, 7550", "Ballito 4420 — call her", "Kiama 2533 |"
		return true
	}
	if proseTownPostcode(text, w) {
		return true // "Fitzroy 3065 with her dog", "Rennes 35000 depuis" (address_intl_postcodes.go)
	}
	if _, ok = eircodeAt(text, w.start); ok {
		return true // "Tramore, X91 K2W8"
	}
	if irishCounties.has(w.str(text)) {
		if z, ok := nextWord(text, w.end, false); ok {
			if _, ok := eircodeAt(text, z.start); ok {
				return true // "Oranmore, Galway H91 E2P7"
			}
		}
	}
	return postcodeWordAt(text, w)
}

// postcodeWordAt reports whether the word w opens an Australian state
// and postcode ("QLD 4006") or a UK postcode ("RG22 4HX"), which make the
// capitalised words before them a town. It runs only after a street
// address, for a town no gazetteer knows.
//
//go:noinline
func postcodeWordAt(text string, w word) bool {
	if auStateSet.has(w.str(text)) {
		d, ok := nextWord(text, w.end, false)
		d = trimDot(text, d) // "Parramatta NSW 2150."
		return ok && d.end-d.start == 4 && allDigits(text[d.start:d.end])
	}
	// A UK outward code: one or two capitals, then its digits.
	j := w.start
	for j < w.end && j-w.start < 2 && isUpper(text[j]) {
		j++
	}
	if j == w.start || j == w.end || !isDigit(text[j]) {
		return false
	}
	r := digitRun{j, j}
	for r.end < w.end && isDigit(text[r.end]) {
		r.end++
	}
	var sp Span
	return ukPostcodeAt(text, r, &sp)
}

// cityTail drops a last word that is no part of a town from the words
// text[cs:ce] read after a street: a state ("Bondi NSW") or a postcode's
// outward code ("Basingstoke RG22"), which then follow the town.
//
//go:noinline
func cityTail(text string, cs, ce int) int {
	sp := strings.LastIndexByte(text[cs:ce], ' ')
	if sp <= 0 {
		return ce
	}
	last := text[cs+sp+1 : ce]
	if auStateSet.has(last) || usStateSet.has(last) || strings.IndexAny(last, "0123456789") > 0 {
		return cs + sp
	}
	return ce
}

// auStates are the Australian state and territory abbreviations.
var auStateSet = boolTable(map[string]bool{
	"NSW": true, "VIC": true, "QLD": true, "WA": true, "SA": true, "TAS": true, "ACT": true, "NT": true,
})

// auPostcodeAt matches an Australian postcode, the four-digit run r after
// a state abbreviation and one space ("Bondi NSW 2026", "QLD 4000"), and
// stores it in sp.
//
//go:noinline
func auPostcodeAt(text string, r digitRun, sp *Span) bool {
	s := r.start - 1
	if isLower(text[s-1]) {
		// "lives in gympie qld 4570": a state in lower case only
		// before a postcode of its own range
		if s < 5 || !auLowerStateCode(text[s-3:s], text[r.start]) || isLetterAt(text, s-4) ||
			!wordEndAt(text, r.end) {
			return false
		}
		if _, ok := lowerTownBeforeState(text, s-4); !ok {
			return false // "more in nsw 2021": no town before the state
		}
		*sp = Span{Start: r.start, End: r.end, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.85,
			Reason: "Australian postcode after a state abbreviation in lower case"}
		return true
	}
	for s > 0 && isUpper(text[s-1]) {
		s--
	}
	if !auStateSet.has(text[s:r.start-1]) || s > 0 && isLetterAt(text, s-1) || !wordEndAt(text, r.end) ||
		r.end+1 < len(text) && (text[r.end] == '-' || text[r.end] == '/' || text[r.end] == '.') && isDigit(text[r.end+1]) {
		return false
	}
	*sp = Span{Start: r.start, End: r.end, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.85,
		Reason: "Australian postcode after a state abbreviation"}
	return true
}

// auLowerStateBefore reports whether "qld ", "nsw " or "vic " ends right
// before n.
func auLowerStateBefore(text string, n int) bool {
	if n < 5 {
		return false
	}
	switch text[n-4 : n-1] {
	case "qld", "nsw", "vic":
		return true
	}
	return false
}

// auLowerStateCode reports whether st is "nsw", "vic" or "qld" and d the
// first digit of a postcode of that state (2, 3 and 4).
func auLowerStateCode(st string, d byte) bool {
	switch st {
	case "nsw":
		return d == '2'
	case "vic":
		return d == '3'
	case "qld":
		return d == '4'
	}
	return false
}

// usZip matches a US ZIP or ZIP+4 at i.
func usZip(text string, i int) (int, bool) {
	j := i
	for j < len(text) && text[j] >= '0' && text[j] <= '9' {
		j++
	}
	if j-i != 5 {
		return 0, false
	}
	if j+5 <= len(text) && text[j] == '-' && allDigits(text[j+1:j+5]) && wordEndAt(text, j+5) {
		return j + 5, true
	}
	return j, wordEndAt(text, j)
}

// postcodeAfterAddress reads a postcode that follows a street address.
func postcodeAfterAddress(text string, r digitRun) (Span, bool) {
	n := r.end - r.start
	switch {
	case n == 2:
		// Polish "00-514"
		if e := r.end + 4; e <= len(text) && text[r.end] == '-' && allDigits(text[r.end+1:e]) && wordEndAt(text, e) &&
			!(e+1 < len(text) && text[e] == '-' && isDigit(text[e+1])) {
			return Span{Start: r.start, End: e, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.85,
				Reason: "Polish postcode after a street address"}, true
		}
	case n == 3:
		// Swedish "114 51 Stockholm"
		if e, ok := swedishPostcodeEnd(text, r); ok && (e+1 < len(text) && text[e] == ' ' && upperAt(text, e+1) ||
			codeEndsSentence(text, e) && bytBefore(text, r.start)) { // "…, byt 3, 301 00." (read16b_cz_flat.go)
			return Span{Start: r.start, End: e, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.85,
				Reason: "three-and-two-digit postcode (SE, CZ, SK, GR) after a street address"}, true
		}
		// Icelandic and Faroese "101 Reykjavík": three digits and a town,
		// not a house number and its street ("Unit 5B, 123 Rizal St.")
		if e := r.end; e+1 < len(text) && text[e] == ' ' && upperAt(text, e+1) && !streetFollows(text, e) {
			return Span{Start: r.start, End: e, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.8,
				Reason: "three-digit postcode (IS, FO) after a street address"}, true
		}
	case n == 6:
		// an Indian PIN or a Russian index: "Mumbai 400050"
		if wordEndAt(text, r.end) && !(r.end+1 < len(text) && (text[r.end] == '-' || text[r.end] == '/') && isDigit(text[r.end+1])) {
			return Span{Start: r.start, End: r.end, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.75,
				Reason: "6-digit postcode after a street address"}, true
		}
	case n == 5:
		// A Brazilian CEP ("01304-001"): five digits, a dash and three.
		if e := r.end + 4; e <= len(text) && text[r.end] == '-' && allDigits(text[r.end+1:e]) && wordEndAt(text, e) &&
			!(e+1 < len(text) && (text[e] == '-' || text[e] == '/') && isDigit(text[e+1])) {
			return Span{Start: r.start, End: e, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.85,
				Reason: "Brazilian postcode after a street address"}, true
		}
		e, ok := usZip(text, r.start)
		if ok {
			return Span{Start: r.start, End: e, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.85,
				Reason: "5-digit postcode after a street address"}, true
		}
	case n == 4:
		// NL "1012 AB"
		if r.end+3 <= len(text) && text[r.end] == ' ' && isUpper(text[r.end+1]) && isUpper(text[r.end+2]) && wordEndAt(text, r.end+3) {
			return Span{Start: r.start, End: r.end + 3, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.85,
				Reason: "Dutch postcode after a street address"}, true
		}
		if e, ok := ptPostcodeEnd(text, r); ok {
			return Span{Start: r.start, End: e, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.85,
				Reason: "Portuguese postcode after a street address"}, true
		}
		if wordEndAt(text, r.end) && !(r.end+1 < len(text) && text[r.end] == '-' && isDigit(text[r.end+1])) {
			return Span{Start: r.start, End: r.end, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.7,
				Reason: "4-digit postcode after a street address"}, true
		}
	}
	return Span{}, false
}

// ptPostcodeEnd matches the rest of a Portuguese postcode ("1100-053")
// whose first four digits are the run r, and returns where it ends.
func ptPostcodeEnd(text string, r digitRun) (int, bool) {
	e := r.end + 4
	if r.end-r.start != 4 || e > len(text) || text[r.end] != '-' || !allDigits(text[r.end+1:e]) || !wordEndAt(text, e) {
		return 0, false
	}
	if e < len(text) && text[e] == '-' {
		return 0, false // "2024-123-456" is no postcode
	}
	return e, true
}

// cityAfterPostcode marks the city after a DE/FR/NL/PT postcode.
func cityAfterPostcode(text string, zip Span, dst []Span, skipTo int) ([]Span, int) {
	if zip.Type != "ZIP_CODE" || zip.End >= len(text) || text[zip.End] != ' ' {
		return dst, skipTo
	}
	ce, n := nameWordsAfter(text, zip.End, 3)
	if n == 0 {
		return dst, skipTo
	}
	cs := zip.End + 1
	return append(dst, Span{Start: cs, End: ce, Type: "LOCATION", Rule: "builtin.location", Score: 0.8,
		Reason: "city after a postcode"}), ce
}

// cepAt finds a Brazilian CEP (five digits, a dash and three) at the run
// r after a postcode label ("CEP 01304-001", "Zip: 05435-000"): after a
// street address postcodeAfterAddress reads one without a label.
//
//go:noinline
func cepAt(text string, r digitRun, sp *Span) bool {
	e := r.end + 4
	if !allDigits(text[r.end+1:e]) || !startOKAddr(text, r.start) || !wordEndAt(text, e) ||
		e+1 < len(text) && (text[e] == '-' || text[e] == '/' || text[e] == '.') && isDigit(text[e+1]) {
		return false
	}
	w := contextBefore(text, r.start, 16, ctxZip)
	if w == "" {
		if !brStateBeforeCEP(text, r.start) {
			return false
		}
		*sp = Span{Start: r.start, End: e, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.85,
			Reason: "Brazilian postcode after a state abbreviation"}
		return true
	}
	*sp = Span{Start: r.start, End: e, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.8,
		Reason: withContext("Brazilian postcode after a postcode label or an address word", w)}
	return true
}

// brStateBeforeCEP reports whether a Brazilian state abbreviation and ", "
// or " " come right before the CEP at i ("Natal - RN, 59010-000", "Belém/PA
// 66010-000").
func brStateBeforeCEP(text string, i int) bool {
	e := i - 1
	if e >= 1 && text[e-1] == ',' {
		e--
	}
	return e >= 3 && brStates.has(text[e-2:e]) && !isLetterAt(text, e-3)
}

// postcodeAt finds a postcode that does not follow a street address: a UK
// postcode by its grammar, a US ZIP after a state abbreviation, or a code
// next to a "zip"/"postcode" context word or followed by a known city, and
// stores it in sp.
func postcodeAt(text string, r digitRun, sp *Span) bool {
	if ukPostcodeAt(text, r, sp) {
		return true
	}
	n := r.end - r.start
	if n <= 2 && r.start >= 2 && text[r.start-2] == ' ' && eircodeInContext(text, r, sp) {
		return true // an Eircode's routing key after a space: "Co. Cork T12 X5R2"
	}
	if n == 1 && caPostcodeAt(text, r.start-1, sp) {
		return true
	}
	if n == 5 && r.end+4 <= len(text) && text[r.end] == '-' && cepAt(text, r, sp) {
		return true
	}
	if n != 5 && n != 4 {
		return false
	}
	if !startOKAddr(text, r.start) {
		return false
	}
	if n == 5 {
		if e, ok := usZip(text, r.start); ok {
			// "NY 10002", "CA 90210"
			if r.start >= 3 && text[r.start-1] == ' ' && isUpper(text[r.start-2]) && isUpper(text[r.start-3]) &&
				usStateSet.has(text[r.start-3:r.start-1]) &&
				(r.start == 3 || !isLetterAt(text, r.start-4)) && !lowerWordBefore(text, r.start-3) {
				*sp = Span{Start: r.start, End: e, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.85,
					Reason: "US ZIP code after a state abbreviation"}
				return true
			}
			if w := contextBefore(text, r.start, 24, ctxZip); w != "" {
				*sp = Span{Start: r.start, End: e, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.8,
					Reason: withContext("5-digit postcode", w)}
				return true
			}
		}
	}
	// "10115 Berlin", "75002 Paris", "1012 AB Amsterdam", "1100-053 Lisboa"
	e := r.end
	if e < len(text) && text[e] == '-' {
		if pe, ok := ptPostcodeEnd(text, r); ok {
			e = pe
		}
	}
	if e < len(text) && text[e] == ' ' {
		ce := e + 1
		if n == 4 && e+4 <= len(text) && isUpper(text[e+1]) && isUpper(text[e+2]) && text[e+3] == ' ' {
			ce = e + 4
		}
		if ce < len(text) && isUpper(text[ce]) && townAfterCodeInContext(text, r, ce, sp) {
			return true // "wohnt in 88213 Unterhausen, Birkenweg 4"
		}
		// No city name starts with the byte after the code: no city.
		if ce < len(text) && text[ce] != ' ' && !cityNames.hasFirst(text[ce]) {
			return false
		}
		w, ok := nextWord(text, ce-1, false)
		if ok {
			city := trimDot(text, w).str(text)
			if known := cityNames.has(city); known {
				end := e
				if ce > e+1 {
					end = ce - 1
				}
				*sp = Span{Start: r.start, End: end, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.75,
					Reason: "postcode before a known city"}
				return true
			}
		}
	}
	return false
}

// postcodeLabelEnd returns i when a postcode label and a space, or a
// colon and a space, end right before the number at i ("postcode 2480",
// "PLZ: 8004", "Zip code 2000"), or 0. The label's last byte is tested
// first: most four-digit numbers (years) follow other words.
//
//go:noinline
func postcodeLabelEnd(text string, i int) int {
	j := i - 1
	if j < 3 || text[j] != ' ' {
		return 0
	}
	if text[j-1] == ':' {
		j--
	}
	switch text[j-1] | 0x20 {
	case 'e': // "postcode", "zip code"
		if j < 5 || !equalFoldASCII(text[j-4:j], "code") {
			return 0
		}
	case 'z': // "plz"
		if j < 4 || !equalFoldASCII(text[j-3:j], "plz") {
			return 0
		}
	case 'r': // "postnr", "postnummer" (street9_postcodes.go)
		if text[j-2]|0x20 != 'n' {
			if postnummerBefore(text, i) {
				return i
			}
			return 0
		}
	case 'p': // "zip", "cp", "cap"
	default:
		return 0
	}
	s := j
	for s > 0 && j-s < 10 && isAlpha(text[s-1]) {
		s--
	}
	if s == j || s > 0 && isAlpha(text[s-1]) {
		return 0
	}
	var buf [16]byte
	b := buf[:0]
	for k := s; k < j; k++ {
		b = append(b, toLowerASCII(text[k]))
	}
	if _, _, ok := postcodeLabelsShort.getBytes(b); ok {
		return i
	}
	if string(b) == "code" && (hasPrefixFoldASCII(text[max(0, s-5):s], "post ") ||
		hasPrefixFoldASCII(text[max(0, s-4):s], "zip ") || hasPrefixFoldASCII(text[max(0, s-7):s], "postal ")) {
		return i
	}
	return 0
}

// labelLastByte marks the bytes a postcode label ends with before the
// space before its number (postcodeLabelEnd): its last letter, or a colon.
var labelLastByte = [256]bool{':': true, 'e': true, 'E': true, 'p': true, 'P': true, 'z': true, 'Z': true,
	'r': true, 'R': true} // (the 'r' of "postnr")

// labelEndPair reports whether the two bytes that end at i (inclusive),
// or the two before a colon at i, may end a postcode label: "de" (code),
// "lz" (plz), "nr" (postnr), "ip", "cp", "ap" (zip, cp, cap), "er"
// (postnummer: postcodeLabelEnd tells "November 2024" from it), in either
// case.
func labelEndPair(text string, i int) bool {
	if text[i] == ':' {
		i--
	}
	switch uint16(text[i-1]|0x20)<<8 | uint16(text[i]|0x20) {
	case 'd'<<8 | 'e', 'l'<<8 | 'z', 'n'<<8 | 'r', 'i'<<8 | 'p', 'c'<<8 | 'p', 'a'<<8 | 'p', 'e'<<8 | 'r':
		return true
	}
	return false
}

// townAfterCodeInContext matches a four- or five-digit postcode, the run
// r, before a town no gazetteer knows, as German, Austrian, Swiss,
// French, Italian and Spanish prose writes them ("wohnt in 88213 Unterhausen,
// Birkenweg 4", "vive a 12012 Boves."): an address context word
// ("wohnt", "lives", "address"…) in the 40 bytes before, and one to three
// capitalised words from c (the town) that close the field or the
// sentence. It stores the postcode in sp; cityAfterPostcode marks the town.
//
//go:noinline
func townAfterCodeInContext(text string, r digitRun, c int, sp *Span) bool {
	end, n := nameWordsAfter(text, c-1, 3)
	if n == 0 || !(fieldEndsAt(text, end) || end < len(text) && text[end] == '.') ||
		!addressFilter.maybe(text, r.start-40, r.start) {
		return false
	}
	ctx := contextBefore(text, r.start, 40, ctxAddress)
	if ctx == "" {
		return false
	}
	// The code ends before the town: its Dutch letters or Portuguese
	// three digits stay in it ("8011 PK Kampen", "2750-311 Alcabideche").
	*sp = Span{Start: r.start, End: c - 1, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.8,
		Reason: withContext("postcode before a town", ctx)}
	return true
}

// ukPostcodeAt matches a UK postcode whose outward code holds the run r:
// A9, A99, AA9, AA99, A9A or AA9A, a space, then 9AA (inward letters never
// C, I, K, M, O or V), and stores it in sp.
func ukPostcodeAt(text string, r digitRun, sp *Span) bool {
	// outward code: 1-2 letters, the run (1-2 digits), optional letter
	ls := r.start
	for ls > 0 && r.start-ls < 2 && isUpper(text[ls-1]) {
		ls--
	}
	if ls == r.start || !wordStartAt(text, ls) {
		return false
	}
	nd := r.end - r.start
	e := r.end
	if nd > 2 {
		// "SW1A 1AA" has one digit; "DN55 1PT" two: a longer run is the inward
		// part glued on ("SW1A1AA") and is not handled.
		return false
	}
	if e < len(text) && isUpper(text[e]) && nd == 1 {
		e++
	}
	space := e < len(text) && text[e] == ' '
	in := e
	if space {
		in++
	}
	if in+3 > len(text) || !isDigit(text[in]) || !ukInward(text[in+1]) || !ukInward(text[in+2]) || !wordEndAt(text, in+3) {
		return false
	}
	out := text[ls:e]
	if !ukOutwardLetters(out) {
		return false
	}
	score := 0.6
	reason := "UK postcode grammar"
	if !space {
		score = 0.5
	}
	if w := contextBefore(text, ls, 32, ctxZip|ctxAddress); w != "" {
		score = 0.9
		reason = withContext(reason, w)
	}
	*sp = Span{Start: ls, End: in + 3, Type: "ZIP_CODE", Rule: "builtin.uk_postcode", Score: score, Reason: reason}
	return true
}

// caProvinces are the postal abbreviations of Canada's provinces and
// territories.
var caProvinces = map[string]bool{
	"AB": true, "BC": true, "MB": true, "NB": true, "NL": true, "NS": true, "NT": true, "NU": true,
	"ON": true, "PE": true, "QC": true, "SK": true, "YT": true,
}

// caPostcodeAt matches a Canadian postal code at i, A9A 9A9 (the space may
// be missing; the letters D, F, I, O, Q and U never occur, W and Z never
// first), after a province abbreviation ("Toronto, ON M5H 2N2") or a
// postcode context word, and stores it in sp. Without that context the
// shape alone is too weak: product codes look the same.
func caPostcodeAt(text string, i int, sp *Span) bool {
	e := i + 3
	if e+3 > len(text) || !wordStartAt(text, i) {
		return false
	}
	if !caLetter(text[i], true) || !isDigit(text[i+1]) || !caLetter(text[i+2], false) {
		return false
	}
	if text[e] == ' ' {
		e++
	}
	if e+3 > len(text) || !isDigit(text[e]) || !caLetter(text[e+1], false) || !isDigit(text[e+2]) || !wordEndAt(text, e+3) {
		return false
	}
	reason := "Canadian postal code after a province"
	score := 0.85
	if !(i >= 3 && text[i-1] == ' ' && caProvinces[text[i-3:i-1]] && (i == 3 || !isLetterAt(text, i-4))) &&
		!(i >= 5 && text[i-1] == ' ' && text[i-2] == ')' && text[i-5] == '(' && caProvinces[text[i-4:i-2]]) &&
		!caProvinceNameBefore(text, i) {
		// (the province also in brackets: "Montréal (QC) H2X 1Y4")
		w := contextBefore(text, i, 32, ctxZip)
		if w == "" {
			return false
		}
		reason, score = withContext("Canadian postal code", w), 0.8
	}
	*sp = Span{Start: i, End: e + 3, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: score, Reason: reason}
	return true
}

// caLetter reports whether c may be a letter of a Canadian postal code.
func caLetter(c byte, first bool) bool {
	if !isUpper(c) || strings.IndexByte("DFIOQU", c) >= 0 {
		return false
	}
	return !first || (c != 'W' && c != 'Z')
}

func ukInward(c byte) bool {
	return isUpper(c) && c != 'C' && c != 'I' && c != 'K' && c != 'M' && c != 'O' && c != 'V'
}

// ukOutwardLetters applies the letter rules of the outward code: the first
// letter is never Q, V or X; the second never I, J or Z.
func ukOutwardLetters(out string) bool {
	if strings.IndexByte("QVX", out[0]) >= 0 {
		return false
	}
	if len(out) > 1 && isUpper(out[1]) && strings.IndexByte("IJZ", out[1]) >= 0 {
		return false
	}
	return true
}
