package redact

import "strings"

// Street addresses in national forms the rules of address.go do not read:
// a house number after a number marker ("Str. Florilor nr. 12", "Jl.
// Merdeka No. 27", "Calle Hidalgo #45"), after a type word that follows
// the name (HU "Kossuth Lajos utca 17.", LT "Vilniaus g. 24-5", LV
// "Brīvības iela 88-3", EE "Pärnu mnt. 31", SI "Celovška cesta 150"), after
// an Icelandic or Faroese one-word street ("Laugavegur 77", "Kongagøta
// 3"), or after a lead type word of Central and Eastern Europe, the
// Balkans, Greece, Indonesia, Malaysia and Latin America ("Ulica kralja
// Tomislava 8", "bul. Vitosha 14", "Leof. Kifisias 120", "Jalan Ampang
// 5", "Carrera 7 # 45-12"); the unit parts after the number (RO "bl. B4,
// sc. 2, et. 1, ap. 7", HU "II. em. 6.", BG "vh. A", IS "íbúð 303", MX
// "Int. 4"); and Philippine and Mexican block-and-lot addresses ("Blk 12
// Lot 5, Phase 3", "Mz. 14 Lt. 9"). intlStreetAt runs only for a run
// that streetAt did not read, after a space or '#' that follows a word.

// intlLeads are type words written before the street's name.
var intlLeadsList = map[string]bool{
	// Romanian
	"Str.": true, "str.": true, "Strada": true, "strada": true, "Bd.": true, "bd.": true, "Bdul.": true, "B-dul": true,
	"Bulevardul": true, "Calea": true, "Aleea": true, "Șos.": true, "Şos.": true, "Sos.": true, "Șoseaua": true,
	"Şoseaua": true, "Splaiul": true, "Intrarea": true, "Piața": true, "Piaţa": true, "Drumul": true,
	// Croatian, Serbian, Bosnian, Slovene, Bulgarian (romanised)
	"Ulica": true, "Ul.": true, "ul.": true, "Trg": true, "Bulevar": true, "Bul.": true, "bul.": true,
	"Obala": true, "Šetalište": true, "zh.k.": true, "Zh.k.": true, "ж.к.": true,
	"ул.": true, "бул.": true,
	// Greek (romanised)
	"Odos": true, "Odós": true, "Leoforos": true, "Leof.": true, "Leoforou": true, "Plateia": true,
	// Indonesian, Malaysian
	"Jl.": true, "Jl": true, "Jln": true, "Jln.": true, "Jalan": true, "JL.": true, "Lorong": true, "Lrg.": true,
	"Lrg": true, "Persiaran": true, "Lebuh": true, "Lebuhraya": true, "Gg.": true,
	// Czech and Slovak types written before the name ("Námestie Mieru 9",
	// "Náměstí Míru 12", "Nábřeží Kpt. Jaroše 5", "Třída Svobody 3")
	"Námestie": true, "Náměstí": true, "Nábřeží": true, "Nábrežie": true, "Třída": true, "Trieda": true,
	// Faroese and Icelandic streets named with a preposition ("Undir
	// Bakka 6", "Við Tjørnina 4"), Greek types in Greek letters
	"Undir": true, "Við": true, "Uppi": true, "Niðri": true, "Yviri": true, "Úti": true,
	"Οδός": true, "Οδ.": true, "Λεωφόρος": true, "Λεωφ.": true, "Πλατεία": true, "Πλ.": true,
	// Greek types in lower case, as prose writes them ("στην οδό Ερμού
	// 25"), and Russian and Ukrainian abbreviations (avenue, lane,
	// embankment, square, boulevard, highway; Ukrainian street)
	"οδό": true, "οδός": true, "οδού": true, "λεωφόρο": true, "λεωφ.": true,
	"просп.": true, "пр-т": true, "пер.": true, "наб.": true, "пл.": true, "б-р": true, "ш.": true, "вул.": true,
	// Greek, Romanian and Balkan types in capitals or abbreviated
	"Bulevardi": true, "Rruga": true, "Rr.": true,
	// Maltese street, alley, avenue, square, hill and path (loc12_mt.go)
	"Triq": true, "Sqaq": true, "Vjal": true, "Pjazza": true, "Misraħ": true, "Telgħa": true, "Trejqa": true,
	// Serbian, Macedonian, Bulgarian and Russian types in Cyrillic, written
	// out or capitalised ("Булевар ослобођења 88", "Улица краља Милутина
	// 33", "Трг републике 5"; street23)
	"Улица": true, "улица": true, "Булевар": true, "булевар": true, "Бул.": true, "Трг": true, "Ул.": true,
	"Обала": true, "Шеталиште": true,
}

// withIntlLeads returns the street leads m with intlLeadsList's: streetAt
// reads a street they lead before a bare number ("Ulica kralja Tomislava
// 8", "Leof. Kifisias 120", "Lorong Mawar 3"), as it reads "Calle Mayor
// 3".
func withIntlLeads(m map[string]bool) map[string]bool {
	out := make(map[string]bool, len(m)+len(intlLeadsList))
	for k, v := range m {
		out[k] = v
	}
	for k, v := range intlLeadsList {
		out[k] = out[k] || v
	}
	return out
}

// markerLeads lead a street only with a number marker before the number
// ("Calle Hidalgo #45", "Carrera 7 # 45-12", "Privada Roble No. 8"):
// alone they are common words or names (and streetAt reads the known
// ones, streetLeads, before a bare number).
var markerLeadsList = map[string]bool{
	"Calle": true, "Av.": true, "Avenida": true, "Avda.": true, "Carrera": true, "Cra.": true, "Cl.": true,
	"Diagonal": true, "Transversal": true, "Calzada": true, "Calz.": true, "Privada": true, "Priv.": true,
	"Cerrada": true, "Andador": true, "Prolongación": true, "Circuito": true, "Retorno": true, "Callejón": true,
	"Pasaje": true, "Psje.": true, "Jirón": true, "Rua": true, "Via": true, "Viale": true, "Piazza": true,
	"Rue": true, "Chemin": true, "Route": true, "Impasse": true, "Allée": true, "Cesta": true,
	// Romanian and Moldovan villages ("Sat Valea Mare nr. 87, com. Ocna"; loc12)
	"Sat": true, "Sat.": true, "Satul": true, "sat": true, "sat.": true,
}

// intlTypesAfter are type words written after the street's name, right
// before the house number or its marker.
var intlTypesAfterList = map[string]bool{
	// Hungarian
	"utca": true, "u.": true, "út": true, "útja": true, "tér": true, "tere": true, "krt.": true, "körút": true,
	"köz": true, "sor": true, "fasor": true, "sétány": true, "rakpart": true, "lakótelep": true, "ltp.": true,
	// Lithuanian, Latvian, Estonian
	"g.": true, "gatvė": true, "pr.": true, "prospektas": true, "alėja": true, "iela": true, "gatve": true, "bulvāris": true, "bulv.": true, "prospekts": true, "laukums": true,
	"tn.": true, "tänav": true, "mnt.": true, "maantee": true, "pst.": true, "puiestee": true,
	"tn": true, "mnt": true, // Estonian as the address standard writes them, no stop: "Pärnu mnt 102-7" (street17)
	"väljak": true,
	// Slovene, Croatian, Serbian, Czech, Slovak
	"cesta": true, "ulica": true, "trg": true, "ul.": true, "ulice": true, "nábřeží": true, "nábrežie": true,
	"třída": true, "trieda": true, "námestie": true, "nám.": true, "náměstí": true, "obala": true,
	"vas": true, // a Slovene village whose houses are numbered: "Gorenja vas 12", "Nova vas 5" (street23b)
	// Icelandic, Faroese, Nordic written as a word of its own
	"Vegur": true, "vegur": true, "gøta": true, "Gøta": true,
	// Basque street, avenue, road and promenade after the name ("Nagusia
	// kalea 14", "Gasteiz etorbidea 22"; street23)
	"kalea": true, "etorbidea": true, "hiribidea": true, "errepidea": true, "pasealekua": true,
}

// intlSuffixes end Icelandic and Faroese one-word street names ("Laugavegur",
// "Hringbraut", "Bankastræti", "Kongagøta", "Skólavörðustígur",
// "Lækjartorg", "Brekkutún").
var intlSuffixes = []string{"vegur", "braut", "stræti", "gøta", "stígur", "torg", "gata", "vogur", "lundur",
	"bakki", "trøð", "gøtan", "vænget"}

// numberMarkers stand between a street's name and its number.
var numberMarkersList = map[string]bool{
	"nr.": true, "Nr.": true, "nr": true, "Nr": true, "No.": true, "no.": true, "No": true, "Nº": true, "nº": true,
	"N°": true, "n°": true, "br.": true, "Br.": true, "č.": true, "čp.": true, "#": true, "Núm.": true, "núm.": true,
	"Num.": true, "num.": true, "Kav.": true, "Kav": true, "Bl.": false,
	"д.": true, // Russian "дом" (house): "ул. Тверская, д. 12"
	// Albanian "pallati" (the block of flats) after a street with no
	// number of its own: "Rruga Myslym Shyri, Pallati 22, Shk. 2, Ap. 9"
	// (street23)
	"Pallati": true, "pallati": true, "Pall.": true, "pall.": true,
	// the Brazilian block ("quadra") of a numbered street in the planned
	// cities: "Rua 7, Qd. 12, Lt. 4", "Av. T-4, Quadra 80, Lote 3"
	"Qd.": true, "Qd": true, "Quadra": true, "Qda.": true,
}

// intlUnits introduce a part of a flat's address after the house number:
// RO block, stair, floor, flat; BG entrance; HU floor, ground floor,
// door; IS flat; ES/MX interior, flat, floor; PH lot and phase; FR
// building; and the rest of the common ones.
var intlUnits = boolTable(map[string]bool{
	"bl.": true, "Bl.": true, "bloc": true, "Bloc": true, "sc.": true, "Sc.": true, "scara": true, "Scara": true,
	"et.": true, "Et.": true, "etaj": true, "Etaj": true, "ap.": true, "Ap.": true, "apt.": true, "Apt.": true,
	"apartament": true, "vh.": true, "Vh.": true, "em.": true, "emelet": true, "fsz.": true, "fszt.": true,
	"földszint": true, "ajtó": true, "a.": true, "lph.": true, "íbúð": true, "Íbúð": true, "hæð": true, "ibúð": true,
	"Int.": true, "int.": true, "Interior": true, "interior": true, "Depto.": true, "Dpto.": true, "depto.": true,
	"dpto.": true, "Depto": true, "Piso": true, "piso": true, "Lote": true, "Lt.": true, "Lot": true, "lot": true,
	"Phase": true, "phase": true, "Ph.": true, "Bât.": true, "bât.": true, "Bâtiment": true, "villa": true,
	"Villa": true, "stan": true, "m": true, "kat": true, "lok.": true, "m.": true, "kv.": true, "Unit": true, "unit": true,
	"Apt": true, "apt": true, "Flat": true, "flat": true, "Blk": true, "Block": true, "Lantai": true, "lantai": true,
	"Tingkat": true, "Unit.": true, "k.": true, "et": true, "bt.": true, "bt": true, "RD": true,
	"кв.": true, "корп.": true, "стр.": true, // Russian flat, building, structure
	// Albanian stair and flat, Serbian flat, entrance and floor in both
	// scripts (street23)
	"Shk.": true, "shk.": true, "Shkalla": true, "shkalla": true, "Hyrja": true, "hyrja": true,
	"Casa": true, "casa": true, // "Qd. 12, Lt. 4, Casa 2" (street23)
	"стан": true, "Стан": true, "ulaz": true, "улаз": true, "sprat": true, "спрат": true,
})

// lotLeads open a block-and-lot address (PH "Blk 12 Lot 5", MX "Mz. 14
// Lt. 9", "Manzana 3 Lote 8").
var lotLeadsList = map[string]bool{
	"Blk": true, "Blk.": true, "Block": true, "BLK": true, "blk": true, "Mz.": true, "Mza.": true, "Manzana": true,
	"MZ": true, "Mz": true,
}

// lotWords follow a block number.
var lotWords = boolTable(map[string]bool{
	"Lot": true, "lot": true, "LOT": true, "Lt.": true, "Lt": true, "Lote": true, "L.": true,
})

// estateWords end a subdivision's or estate's name after a block-and-lot
// ("Greenfield Subd.", "Sunrise Village", "Camella Homes").
var estateWords = boolTable(map[string]bool{
	"Subd.": true, "Subd": true, "Subdivision": true, "Village": true, "Homes": true, "Heights": true, "Estate": true,
	"Estates": true, "Residences": true, "Gardens": true, "Park": true, "Hills": true, "Ville": true,
	"Layout": true, "Extension": true, "Ext.": true, "Scheme": true, "Compound": true,
})

// Kinds of the words of intlWords.
const (
	intlLead       = 1 << iota // intlLeadsList
	intlMarkerLead             // markerLeadsList, or a lead of streetLeads
	intlTypeAfter              // intlTypesAfterList
	intlMarker                 // numberMarkersList
	intlLot                    // lotLeadsList
	intlPlot                   // plotLeadsList
)

// intlWords holds the words of the lists above with their kinds: one
// lookup per word read back from a number.
var intlWords = func() *strTable {
	t := newStrTable(400)
	for _, l := range []struct {
		m map[string]bool
		k uint32
	}{{intlLeadsList, intlLead}, {markerLeadsList, intlMarkerLead}, {streetLeads, intlMarkerLead},
		{intlTypesAfterList, intlTypeAfter}, {numberMarkersList, intlMarker}, {lotLeadsList, intlLot},
		{plotLeadsList, intlPlot}} {
		for w, ok := range l.m {
			if ok {
				t.or(w, l.k)
			}
		}
	}
	return t
}()

// intlKind returns the kinds of the word w in intlWords.
func intlKind(text string, w word) uint32 {
	k, _ := intlWords.get(text[w.start:w.end])
	return k
}

// intlBefore marks the last bytes of a word that may end right before a
// house number (a letter, a dot, a byte of a non-ASCII letter).
var intlBefore = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c == '.' || c == '#' || c >= 0x80 || isAlpha(byte(c))
	}
	return t
}()

// intlStreetGate is the cheap test addressRuns makes before intlStreetAt:
// the run r follows a space or a '#' after a word, has at most five
// digits, and what follows it may end a house number (not a digit group
// of a phone or card number, a time, a percentage or an amount).
func intlStreetGate(text string, r digitRun) bool {
	if r.start < 4 || r.end-r.start > 5 {
		return false
	}
	if e := r.end; e < len(text) {
		switch c := text[e]; {
		case c == ' ' || c == '-' || c == '/':
			if e+1 < len(text) && isDigit(text[e+1]) && c == ' ' {
				return false
			}
		case c == ',' || c == '.' || c == '\n' || c == '\r' || c == ')' || c == ';' || c == '|' || c == '\t':
		case isAlpha(c):
		default:
			return false
		}
	}
	c := text[r.start-1]
	if c == '#' {
		return true
	}
	if c != ' ' {
		return false
	}
	b := text[r.start-2]
	return b == '.' || b >= 0x80 || isAlpha(b) || b == '#'
}

// wordBack returns the word that ends at e (after the spaces before e are
// skipped): bytes up to a space, comma, colon, semicolon, bracket, quote,
// bar or line break (isWordStop's bytes).
func wordBack(text string, e int) (word, bool) {
	for e > 0 && text[e-1] == ' ' {
		e--
	}
	s := e
	for s > 0 && addrByte[text[s-1]]&addrWordStop == 0 && text[s-1] != '|' && text[s-1] != '\'' {
		s--
	}
	return word{s, e}, s < e
}

// nameLike reports whether t may be a word of a street's name: letters
// (any script), digits, dots, hyphens and apostrophes.
func nameLike(t string) bool {
	for k := 0; k < len(t); k++ {
		c := t[k]
		if !(isAlpha(c) || isDigit(c) || c >= 0x80 || c == '.' || c == '-' || c == '\'') || c >= 0xC0 && !alnumRuneAt(t, k) {
			return false // (a dash or a quote of more than one byte: "–", "„")
		}
	}
	return true
}

// capOrDigitAt reports whether a word starting at i opens with a capital
// (any script) or a digit.
func capOrDigitAt(text string, i int) bool { return isDigit(text[i]) || upperAt(text, i) }

// intlStreetAt reads a street of one of the forms above whose house
// number is the run r and stores it in sp.
//
//go:noinline
func intlStreetAt(text string, r digitRun, sp *Span) bool {
	p := r.start
	marker := text[p-1] == '#' || text[p-2] == '#' // "#45", "# 45"
	if text[p-1] == '#' {
		p--
	}
	w, ok := wordBack(text, p)
	if !ok {
		return false
	}
	t := w.str(text)
	kind := intlKind(text, w)
	if kind&(intlLot|intlPlot|intlMarker) != 0 {
		switch {
		case kind&intlLot != 0:
			return lotStreetAt(text, w, r, sp)
		case kind&intlPlot != 0:
			return plotStreetAt(text, w, r, sp)
		default:
			marker = true
			j := w.start
			if j >= 3 && text[j-1] == ' ' && text[j-2] == ',' {
				j -= 2 // a comma before the marker: "ул. Тверская, д. 12"
			}
			if w, ok = wordBack(text, j); !ok {
				return false
			}
			t = w.str(text)
			kind = intlKind(text, w)
		}
	}
	start, reason := -1, ""
	switch {
	case kind&intlTypeAfter != 0:
		// the name before the type word: one to four words, the first
		// capitalised ("Kossuth Lajos utca", "Celovška cesta")
		i := w.start
		for k := 0; k < 4; k++ {
			v, ok := wordBack(text, i)
			if !ok || v.end != i-1 || !nameLike(v.str(text)) {
				break
			}
			if capOrDigitAt(text, v.start) {
				start = v.start
			} else if !lowerNameWords.has(v.str(text)) {
				break
			}
			i = v.start
		}
		if start < 0 && upperAt(text, w.start) {
			start = w.start // "Vegur 5"
		}
		reason = "street name, type word after it, house number"
	case len(t) >= 7 && suffixLastByte[t[len(t)-1]] && upperAt(text, w.start) && intlSuffix(t):
		start, reason = w.start, "one-word street name (IS, FO), house number"
	case marker:
		// a lead type word up to five words before the marker ("Str.
		// Mihai Viteazu nr. 7", "Jl. Merdeka No. 27", "Calle 16 de
		// Septiembre #118", "Carrera 7 # 45-12"), or before the number
		// when streetAt does not know the lead ("Ulica kralja Tomislava
		// 8", "Leof. Kifisias 120", "Lorong Mawar 3")
		// The walk goes on over capitalised words, numbers and the
		// few lower-case words of street names ("de", "kralja"), so
		// that a number after a word of running text ("the SSN 123")
		// costs a word or two.
		v, caps := w, 0
		for k := 0; k < 5; k++ {
			if vk := intlKind(text, v); vk&intlLead != 0 || marker && vk&intlMarkerLead != 0 {
				if k > 0 && caps > 0 {
					start = v.start
				}
				break
			}
			vt := v.str(text)
			if capOrDigitAt(text, v.start) {
				caps++
			} else if !lowerNameWords.has(vt) {
				break
			}
			if !nameLike(vt) && !(marker && sectionCode(vt)) {
				break
			}
			if v, ok = wordBack(text, v.start); !ok {
				break
			}
		}
		reason = "street-type word, street name, number marker, house number"
		if !marker {
			reason = "street-type word (national form), street name, house number"
		}
	}
	if start < 0 || start >= r.start {
		return false
	}
	end := intlNumberEnd(text, r.end)
	end = intlUnitsAfter(text, end)
	if len(t) <= 3 && t[len(t)-1] == '.' && !partEndAt(text, end) {
		// "Vilniaus g. 24-5," but not "Sugar g. 5 spoons": a short
		// abbreviation takes an address's end after the number
		return false
	}
	*sp = Span{Start: start, End: end, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.96, Reason: reason}
	return true
}

// suffixLastByte marks the last bytes of intlSuffixes.
var suffixLastByte = func() (t [256]bool) {
	for _, s := range intlSuffixes {
		t[s[len(s)-1]] = true
	}
	return t
}()

// lowerNameWords are the lower-case words of longer than three bytes that
// stand inside a street's name between its lead and its number (HR, RS
// "Ulica kralja Tomislava", "Trg bana Jelačića", "Bulevar vojvode
// Mišića"; ES "Calle de las Flores").
var lowerNameWords = boolTable(map[string]bool{
	"de": true, "la": true, "del": true, "da": true, "do": true, "dos": true, "das": true, "di": true, "du": true,
	"des": true, "le": true, "van": true, "von": true, "der": true, "den": true, "y": true, "i": true, "e": true,
	"na": true, "od": true, "pod": true, "al": true, "el": true, "lui": true,
	"kralja": true, "bana": true, "kneza": true, "cara": true, "svetog": true, "braće": true, "vojvode": true,
	"kneginje": true, "kraljice": true, "maršala": true, "hrvatskih": true, "narodnog": true, "doktora": true,
	"sveti": true, "svete": true, "las": true, "los": true, "della": true, "delle": true, "degli": true,
	"dels": true, "dels.": true, "sfântul": true, "regele": true, "general": true, "doamna": true,
	// titles in streets named for people ("Rua Dr. Ricardo Jorge 45",
	// "Via Prof. Luigi Rossi 8", "Calle Gral. Díaz Porlier 12")
	"Dr.": true, "Prof.": true, "Gral.": true, "Gen.": true, "Eng.": true, "Cel.": true, "Pres.": true,
	"Mons.": true, "Cap.": true, "Com.": true, "Alm.": true, "Ten.": true, "Pe.": true, "Sto.": true,
	"Sta.": true, "Mal.": true, "Brig.": true, "Dom.": true, "Don.": true, "Dott.": true, "Ing.": true,
	"Avv.": true,
})

// intlSuffix reports whether the one-word street name t ends with one of
// intlSuffixes and is longer than it.
func intlSuffix(t string) bool {
	for _, s := range intlSuffixes {
		if len(t) > len(s)+2 && strings.HasSuffix(t, s) {
			return true
		}
	}
	return false
}

// intlNumberEnd returns where a house number that ends at e ends with its
// letter and its second part ("12A", "24-5", "1511/230", "45-12").
func intlNumberEnd(text string, e int) int {
	if e < len(text) && isAlpha(text[e]) && wordEndAt(text, e+1) {
		e++
	}
	if e+1 < len(text) && (text[e] == '-' || text[e] == '/') && isDigit(text[e+1]) {
		k := e + 1
		for k < len(text) && isDigit(text[k]) && k-e <= 4 {
			k++
		}
		if wordEndAt(text, k) && k-e <= 4 {
			e = k
			if e < len(text) && isAlpha(text[e]) && wordEndAt(text, e+1) {
				e++
			}
		}
	} else if e+1 < len(text) && text[e] == '/' && (text[e+1] == 'I' || text[e+1] == 'V') {
		// a Roman floor after a slash: "Ilirska 7/III" (street22)
		k := e + 1
		for k < len(text) && k-e <= 4 && (text[k] == 'I' || text[k] == 'V') {
			k++
		}
		if wordEndAt(text, k) && tailRomanFloor(text[e+1:k]) {
			e = k
		}
	}
	return e
}

// intlUnitsAfter reads the flat's parts after a house number that ends at
// e: each a unit word and a short value, set off by a space or a comma
// ("nr. 12, bl. B4, sc. 2, et. 1, ap. 7", "17. II. em. 6.", "52, íbúð
// 201", "No. 1602 Int. 4"). It returns where the last ends.
func intlUnitsAfter(text string, e int) int {
	for n := 0; n < 6; n++ {
		i := e
		if i < len(text) && text[i] == '.' && i+1 < len(text) && text[i+1] == ' ' {
			i++ // Hungarian "17. II. em."
		}
		if i < len(text) && text[i] == ',' {
			i++
		}
		if i >= len(text) || text[i] != ' ' {
			return e
		}
		for i < len(text) && text[i] == ' ' {
			i++
		}
		w, ok := intlWordAt(text, i)
		if !ok {
			return e
		}
		t := w.str(text)
		if romanFloor(t) {
			// "II. em. 6." (the floor's number before "em.")
			v, ok := intlWordAt(text, w.end+1)
			if !ok || w.end >= len(text) || text[w.end] != ' ' || !(v.str(text) == "em." || v.str(text) == "emelet") {
				return e
			}
			w = v
			t = v.str(text)
		}
		if !intlUnits.has(t) {
			return e
		}
		if t == "fsz." || t == "fszt." || t == "földszint" {
			e = w.end
		}
		if w.end+1 >= len(text) || text[w.end] != ' ' {
			return e
		}
		v, ok := intlWordAt(text, w.end+1)
		if !ok {
			return e
		}
		vt := v.str(text)
		vt = strings.TrimSuffix(vt, ".")
		if len(vt) == 0 || len(vt) > 5 || !allAlnum(vt) || !(isDigit(vt[0]) || len(vt) <= 2 && isUpper(vt[0])) {
			return e
		}
		e = v.start + len(vt)
		if e < len(text) && text[e] == '.' && (t == "em." || t == "emelet" || t == "fsz." || t == "ajtó" ||
			strings.HasPrefix(text[:w.start], "") && hungarianDot(text, e)) {
			e++
		}
	}
	return e
}

// hungarianDot reports whether the dot at e closes a Hungarian door or
// floor number ("6.,", "6. ") rather than a sentence: it is followed by a
// comma.
func hungarianDot(text string, e int) bool { return e+1 < len(text) && text[e+1] == ',' }

// romanFloor reports whether t is a floor number written with a dot
// ("II.", "3.").
func romanFloor(t string) bool {
	if len(t) < 2 || len(t) > 5 || t[len(t)-1] != '.' {
		return false
	}
	for k := 0; k < len(t)-1; k++ {
		if c := t[k]; !(c == 'I' || c == 'V' || c == 'X' || isDigit(c)) {
			return false
		}
	}
	return true
}

// intlWordAt returns the word at i: bytes up to a space, comma, semicolon
// or line break.
func intlWordAt(text string, i int) (word, bool) {
	j := i
	for j < len(text) {
		c := text[j]
		if c == ' ' || c == ',' || c == ';' || c == '\n' || c == '\r' || c == ')' || c == '|' || c == '\t' {
			break
		}
		j++
	}
	return word{i, j}, j > i
}

func allAlnum(s string) bool {
	for k := 0; k < len(s); k++ {
		if !isAlpha(s[k]) && !isDigit(s[k]) {
			return false
		}
	}
	return true
}

// lotStreetAt reads a block-and-lot address whose block number is the run
// r after the lead w: "Blk 12 Lot 5", then a phase and a subdivision or
// village set off by commas ("Blk 12 Lot 5, Phase 3, Greenfield Subd.").
func lotStreetAt(text string, w word, r digitRun, sp *Span) bool {
	e := intlNumberEnd(text, r.end)
	if e+1 >= len(text) || text[e] != ' ' && text[e] != ',' {
		return false
	}
	i := e
	if text[i] == ',' {
		i++
	}
	for i < len(text) && text[i] == ' ' {
		i++
	}
	v, ok := intlWordAt(text, i)
	if !ok || !lotWords.has(v.str(text)) || v.end+1 >= len(text) || text[v.end] != ' ' || !isDigit(text[v.end+1]) {
		return text[e] == ' ' && sgBlockAt(text, w, e, sp) // "blk 57 clementi ave 4 #03-22" (read17b_sgblock.go)
	}
	k := v.end + 1
	for k < len(text) && isDigit(text[k]) {
		k++
	}
	if !wordEndAt(text, k) && !(k < len(text) && isAlpha(text[k]) && wordEndAt(text, k+1)) {
		return false
	}
	end := intlNumberEnd(text, k)
	end = intlUnitsAfter(text, end)
	end = estateAfter(text, end)
	if !partEndAt(text, end) {
		if end = lotEstateTail(text, end); !partEndAt(text, end) { // "Blk 7 Lot 12 Phase 3 Mabuhay Homes" (loc12_lot.go)
			return false // "Block 5 Lot 3 of the auction"
		}
	}
	*sp = Span{Start: w.start, End: end, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.96,
		Reason: "block and lot numbers (PH, MX)"}
	return true
}

// estateAfter reads a subdivision's or estate's name after ", " at e: one
// to four capitalised words whose last is one of estateWords. It returns
// where it ends, or e.
func estateAfter(text string, e int) int {
	if e+2 >= len(text) || text[e] != ',' || text[e+1] != ' ' || !upperAt(text, e+2) {
		return e
	}
	i := e + 2
	for n := 0; n < 4; n++ {
		w, ok := intlWordAt(text, i)
		if !ok || !upperAt(text, w.start) && !isDigit(text[w.start]) {
			return e
		}
		if estateWords.has(w.str(text)) {
			return w.end
		}
		if w.end >= len(text) || text[w.end] != ' ' {
			return e
		}
		i = w.end + 1
	}
	return e
}

// partEndAt reports whether an address's part may end at e: the text or
// the line ends, or a comma, semicolon, bracket, bar or dash follows (a
// dot too when the line or the text ends after it).
func partEndAt(text string, e int) bool {
	if e >= len(text) {
		return true
	}
	switch text[e] {
	case '\n', '\r', ',', ';', ')', '|', '\t':
		return true
	case '.':
		return e+1 >= len(text) || text[e+1] == '\n' || text[e+1] == '\r' || text[e+1] == ' ' ||
			text[e+1] == ',' || text[e+1] == ';' // "Petőfi u. 12., tel." (street22)
	case ' ':
		return e+1 < len(text) && (text[e+1] == '-' || text[e+1] == '|' || text[e+1] == '(' || text[e+1] == '\xe2')
	}
	return false
}

// namedStreetBeforeCode returns where a street of one to three
// capitalised words that ends with the word w starts, when the house
// number r (with its second part) is followed by ", ", a postcode of
// three and two digits, or two, a dash and three, and a capitalised town
// ("Hlavná 45, 040 01 Košice", "Długa 5, 00-950 Warszawa"); or -1.
func namedStreetBeforeCode(text string, w word, r digitRun) int {
	e := intlNumberEnd(text, r.end)
	if e+10 > len(text) || text[e] != ',' || text[e+1] != ' ' {
		return -1
	}
	p := e + 2
	byt := false
	if !isDigit(text[p+1]) || !isDigit(text[p+2]) {
		// a flat's part between: "Ermou 45, 3os orofos, 106 71 Athina"
		if q := unitPartEnd(text, p); q > 0 && q+10 <= len(text) && text[q] == ',' && text[q+1] == ' ' {
			p = q + 2
		} else if q := bytPartEnd(text, p); q > 0 && q+8 <= len(text) && text[q+1] == ' ' {
			p, byt = q+2, true // "Kollárova 17, byt 3, 301 00" (read16b_cz_flat.go)
		}
	}
	var z int
	switch {
	case isDigit(text[p]) && isDigit(text[p+1]) && isDigit(text[p+2]) && text[p+3] == ' ' && isDigit(text[p+4]) &&
		isDigit(text[p+5]):
		z = p + 6
	case isDigit(text[p]) && isDigit(text[p+1]) && text[p+2] == '-' && isDigit(text[p+3]) && isDigit(text[p+4]) &&
		isDigit(text[p+5]):
		z = p + 6
	default:
		return -1
	}
	if (z+1 >= len(text) || text[z] != ' ' || !upperAt(text, z+1)) && !(byt && codeEndsSentence(text, z)) {
		return -1
	}
	start := -1
	v := w
	for k := 0; k < 3; k++ {
		if !upperAt(text, v.start) || !nameLike(v.str(text)) {
			break
		}
		start = v.start
		var ok bool
		if v, ok = wordBack(text, v.start); !ok || v.end != start-1 {
			break
		}
	}
	return start
}

// ruralLeads open a French (and Belgian, Swiss) address line that has no
// house number: a named place, a housing estate, a hamlet, a residence
// ("Lieu-dit Les Granges, 46100 Figeac", "Lotissement Les Pins, lot 14,
// 83400 Hyères", "Hameau de la Croix, 12340 Bozouls").
var ruralLeads = boolTable(map[string]bool{
	"Lieu-dit": true, "Lieudit": true, "lieu-dit": true, "Lotissement": true, "Lot.": true, "Hameau": true,
	"Résidence": true, "Domaine": true, "Quartier": true, "Mas": true, "Chemin": true, "Route": true,
	"Impasse": true, "Allée": true, "Cité": true, "Villa": true, "Le Bourg": true, "Clos": true,
	// Spanish and Italian rural places and estates ("Paraje Los Llanos,
	// 04200", "Località Poggio, 53024"), Malaysian lots, villages and
	// housing estates ("Lot 12, Kampung Baru, 21000")
	"Urbanización": true, "Urb.": true, "Paraje": true, "Partida": true, "Diseminado": true, "Località": true,
	"Loc.": true, "Frazione": true, "Fraz.": true, "Contrada": true, "C.da": true, "Kampung": true, "Kg.": true,
	"Lot": true, "Taman": true,
	// a house's or farm's name where the line has no street (loc12: "Casa
	// Bianca, 22100 Como", "Quinta do Vale, 4600-012 Amarante")
	"Casa": true, "Haus": true, "Quinta": true, "Finca": true, "Cortijo": true, "Masía": true, "Masia": true,
	"Cascina": true, "Podere": true, "Vila": true, "Chalet": true, "Herdade": true, "Sítio": true, "Chácara": true,
	"Fazenda": true, "Hacienda": true, "Rancho": true,
})

// ruralLineBefore reads the parts of an address line before a postcode
// that starts at z after ", ": at most three parts set off by commas, the
// first opened by one of ruralLeads, each under 48 bytes. It returns the
// street's span from that lead to the last part's end.
func ruralLineBefore(text string, z int) (Span, bool) {
	if z < 4 || text[z-1] != ' ' || text[z-2] != ',' {
		return Span{}, false
	}
	end := z - 2
	p := end
	for k := 0; k < 3; k++ {
		s := p
		for s > 0 && p-s < 48 && text[s-1] != ',' && text[s-1] != '\n' && text[s-1] != ':' && text[s-1] != '(' &&
			text[s-1] != ';' && text[s-1] != '|' && !dashSepBefore(text, s) {
			s--
		}
		if p-s >= 48 {
			return Span{}, false
		}
		raw := s
		for s < p && text[s] == ' ' {
			s++
		}
		w, ok := intlWordAt(text, s)
		if ok && ruralLeads.has(w.str(text)) && w.end < p {
			// the building's parts before it: "Bât. C, esc. 2, cité …" (street17_fr.go)
			return Span{Start: frBuildingPartsBefore(text, s), End: end, Type: "STREET_ADDRESS", Rule: "builtin.address",
				Score: 0.85, Reason: "named place, estate or hamlet before a postcode (FR)"}, true
		}
		if raw == 0 || text[raw-1] != ',' || k == 2 {
			return Span{}, false
		}
		p = raw - 1
	}
	return Span{}, false
}

// ruralStreetBefore is ruralLineBefore for the postcode run r, storing
// the street in sp.
func ruralStreetBefore(text string, r digitRun, sp *Span) bool {
	st, ok := ruralLineBefore(text, r.start)
	if ok {
		*sp = st
	}
	return ok
}

// plotLeads open an African or Philippine plot, stand or house number
// before an estate or a barangay ("Plot 7, Oyster Bay Estate", "House 14,
// Lekki Phase 1 Estate", "Stand 45, Borrowdale Brooke Estate", "Purok 3,
// Brgy. Mabini").
var plotLeadsList = map[string]bool{
	"Plot": true, "Stand": true, "Erf": true, "House": true, "Hse": true, "Purok": true, "Sitio": true,
}

// plotStreetAt reads a plot's, stand's or house's number, the run r after
// the lead w, and the estate or barangay after it, or a numbered street
// and its block (pkStreetPartsAfter), and stores the street
// in sp.
func plotStreetAt(text string, w word, r digitRun, sp *Span) bool {
	e := intlNumberEnd(text, r.end)
	end := estateAfter(text, e)
	if end == e {
		end = barangayAfter(text, e)
	}
	if end == e {
		end = pkStreetPartsAfter(text, e) // "House 12-B, Street 7, Block 13-D" (street23b_parts.go)
	}
	if end == e || !partEndAt(text, end) {
		return false
	}
	*sp = Span{Start: w.start, End: end, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.9,
		Reason: "plot, stand or house number and estate or numbered street (KE, NG, ZW, PH, PK)"}
	return true
}

// barangayAfter reads ", Brgy. " or ", Barangay " and one to three
// capitalised words at e, and returns where they end, or e.
func barangayAfter(text string, e int) int {
	if e+8 >= len(text) || text[e] != ',' || text[e+1] != ' ' {
		return e
	}
	w, ok := intlWordAt(text, e+2)
	if !ok {
		return e
	}
	switch w.str(text) {
	case "Brgy.", "Brgy", "Barangay", "Bgy.":
	default:
		return e
	}
	end, n := nameWordsAfter(text, w.end, 3)
	if n == 0 {
		return e
	}
	return end
}

// intlPairs marks the last two bytes of the words intlStreetAt reads
// right before a number (a number marker, a type word after the name, a
// block or plot lead, an Icelandic or Faroese street's ending): one
// table load rules out most numbers after a word ("SSN 123", "Version 4").
var intlPairs = func() *[1 << 16 / 64]uint64 {
	var t [1 << 16 / 64]uint64
	add := func(w string) {
		if len(w) >= 2 {
			p := uint32(w[len(w)-2]) | uint32(w[len(w)-1])<<8
			t[p>>6] |= 1 << (p & 63)
		}
	}
	for _, m := range []map[string]bool{intlTypesAfterList, numberMarkersList, lotLeadsList, plotLeadsList} {
		for w, ok := range m {
			if ok {
				add(w)
			}
		}
	}
	for _, w := range intlSuffixes {
		add(w)
	}
	for c := range 256 {
		add(string([]byte{byte(c), '#'})) // "Carrera 7 # 45-12": '#', then the space before the run
	}
	return &t
}()

// intlPair reports whether the two bytes before sp (the space before a
// number) end one of the words of intlPairs, or a '#'.
func intlPair(text string, sp int) bool {
	p := uint32(text[sp-2]) | uint32(text[sp-1])<<8
	return intlPairs[p>>6]&(1<<(p&63)) != 0
}

// namedStreetAt reads a street with no type word whose house number is
// the run r, taken with the postcode and town after it (namedStreetBeforeCode:
// "Hlavná 45, 040 01 Košice", "Husova 312/7, 602 00 Brno", "Długa 5,
// 00-950 Warszawa"), and stores it in sp. The bytes after the number are
// tested first.
func namedStreetAt(text string, r digitRun, sp *Span) bool {
	if e := intlNumberEnd(text, r.end); e+3 >= len(text) || text[e] != ',' || text[e+1] != ' ' ||
		!isDigit(text[e+2]) && text[e+2]|0x20 != 'b' {
		return false
	}
	w, ok := wordBack(text, r.start-1)
	if !ok || !upperAt(text, w.start) {
		return false
	}
	start := namedStreetBeforeCode(text, w, r)
	if start < 0 {
		return false
	}
	end := intlNumberEnd(text, r.end)
	if q := unitPartEnd(text, end+2); q > 0 && !isDigit(text[end+3]) || q > 0 && !isDigit(text[end+4]) {
		end = q // "Ermou 45, 3os orofos"
	} else if q := bytPartEnd(text, end+2); q > 0 {
		end = q // "Kollárova 17, byt 3" (read16b_cz_flat.go)
	}
	*sp = Span{Start: start, End: end, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.9,
		Reason: "street name, house number, postcode and town (CZ, SK, GR, PL)"}
	return true
}

// englishUnits are the unit words that unitAfter and the older rules read
// after an English street; intlTailAfter leaves them to those.
var englishUnits = boolTable(map[string]bool{
	"Unit": true, "unit": true, "Apt": true, "apt": true, "Apt.": true, "apt.": true, "Flat": true, "flat": true,
	"Block": true, "Blk": true, "Lot": true, "lot": true, "Phase": true, "phase": true, "Ph.": true, "et": true,
})

// intlTailAfter is intlUnitsAfter after a street that streetAt read: the
// national unit parts only ("Int. 4", ", vh. A, et. 3, ap. 9").
func intlTailAfter(text string, e int) int {
	i := e
	if text[i] == ',' {
		i++
	}
	if i+1 >= len(text) || text[i] != ' ' {
		return e
	}
	w, ok := intlWordAt(text, i+1)
	if !ok || englishUnits.has(w.str(text)) {
		return e
	}
	return intlUnitsAfter(text, e)
}

// dashSepBefore reports whether a dash set off by spaces ends right before
// s (" — ", " – ", " - "): a list's item puts the name before it and the
// address after it ("- Ana Lopes — Lieu-dit Les Granges, 46100 Figeac").
func dashSepBefore(text string, s int) bool {
	if s < 3 || text[s-1] != ' ' {
		return false
	}
	switch {
	case text[s-2] == '-':
		return text[s-3] == ' '
	case s >= 5 && text[s-4] == 0xE2 && text[s-3] == 0x80 && (text[s-2] == 0x94 || text[s-2] == 0x93):
		return text[s-5] == ' '
	}
	return false
}

// unitPartEnd returns where a short part of a flat's address that starts
// at p ends: at most 24 bytes and three words before a comma, with a
// digit in its first word ("3ος όροφος", "ap. 5" has its digit last and
// is read by intlUnitsAfter). It returns 0 when there is none.
func unitPartEnd(text string, p int) int {
	if !isDigit(text[p]) {
		return 0
	}
	words := 1
	for q := p; q < len(text) && q-p <= 24; q++ {
		switch text[q] {
		case ',':
			return q
		case ' ':
			if words++; words > 3 {
				return 0
			}
		case '\n', '\r', '.', ';', ':', '|':
			return 0
		}
	}
	return 0
}

// lowerLeadsChat are the street-type words that chat writes in lower case
// before a lower-case name ("ul. lipowa 12 m 4, 00-950 warszawa", "via
// dante 7, 20121 milano", "calle luna 5, 28004 madrid").
var lowerLeadsChat = boolTable(map[string]bool{
	"ul.": true, "ulica": true, "al.": true, "os.": true, "via": true, "viale": true, "corso": true, "piazza": true,
	"calle": true, "c/": true, "avenida": true, "avda.": true, "av.": true, "paseo": true, "plaza": true,
	"carrer": true, "rue": true, "avenue": true, "boulevard": true, "bd": true, "chemin": true, "impasse": true,
	"rua": true, "travessa": true, "str.": true, "strada": true, "bd.": true, "calea": true, "aleea": true,
	"jl.": true, "jalan": true, "jln": true,
})

// lowerStreetBefore reads, before a postcode whose digits are the run r
// after ", " and before a lower-case town, a street written in lower case:
// one of lowerLeadsChat, one to three lower-case words, a house number
// and a flat's number ("12 m 4", "12/4", "12 m. 4"). It appends the
// street, the postcode (its second group after a dash, "00-950") and the
// town to dst and returns the town's end, or 0.
//
//go:noinline
func lowerStreetBefore(text string, r digitRun, dst []Span) ([]Span, int) {
	z := r.end
	if r.end-r.start == 2 && z+4 <= len(text) && text[z] == '-' && allDigits(text[z+1:z+4]) {
		z += 4 // Polish "00-950"
	}
	if z+2 >= len(text) || text[z] != ' ' || !isLower(text[z+1]) || r.start < 8 || text[r.start-2] != ',' {
		return dst, 0
	}
	// the town: one or two lower-case words, then the end of the part
	te := z + 1
	for te < len(text) && (isLower(text[te]) || text[te] >= 0x80 || text[te] == '-') {
		te++
	}
	if !partEndAt(text, te) && !(te+1 < len(text) && text[te] == ' ') {
		return dst, 0
	}
	// the street: back from the comma over the flat's and the house's
	// numbers, the name's words and the lead
	e := r.start - 2
	i := e
	nums := 0
	for i > 0 && nums < 3 {
		w, ok := wordBack(text, i)
		if !ok || w.end != i {
			break
		}
		t := w.str(text)
		if !isDigit(t[0]) && t != "m" && t != "m." && t != "lok." && t != "apt" && t != "int." {
			break
		}
		if isDigit(t[0]) {
			nums++
		}
		i = w.start - 1
		if i <= 0 || text[i] != ' ' {
			return dst, 0
		}
	}
	start := -1
	if nums == 0 {
		// the number first: "18 boulevard dupont, 20200 bastia"
		// (address_lower_first.go)
		if start = lowerNumberFirstStart(text, e); start < 0 {
			return dst, 0
		}
	}
	for k := 0; k < 4 && i > 0 && nums > 0; k++ {
		w, ok := wordBack(text, i)
		if !ok || w.end != i {
			break
		}
		t := w.str(text)
		if lowerLeadsChat.has(t) {
			if k > 0 {
				start = w.start
			}
			break
		}
		if !isLower(t[0]) && t[0] < 0xC0 || !nameLike(t) {
			break
		}
		i = w.start - 1
		if i <= 0 || text[i] != ' ' {
			break
		}
	}
	if start < 0 {
		return dst, 0
	}
	return append(dst,
		Span{Start: start, End: e, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.85,
			Reason: "street in lower case before its postcode and town"},
		Span{Start: r.start, End: z, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.85,
			Reason: "postcode after a street in lower case"},
		Span{Start: z + 1, End: te, Type: "LOCATION", Rule: "builtin.location", Score: 0.8,
			Reason: "town after a postcode"}), te
}

// lowerTownAfter appends the lower-case town after the postcode zip when
// the street before it was written in lower case too ("ul. lipowa 12 m 4,
// 00-950 warszawa"): the street span before zip in dst opens with a
// lower-case letter, and the town is one word that ends the part.
func lowerTownAfter(text string, zip Span, dst []Span, skipTo int) ([]Span, int) {
	z := zip.End
	if z+2 >= len(text) || text[z] != ' ' || !isLower(text[z+1]) || len(dst) < 2 {
		return dst, skipTo
	}
	st := dst[len(dst)-2]
	if st.Type != "STREET_ADDRESS" || !isLower(text[st.Start]) {
		return dst, skipTo
	}
	te := z + 1
	for te < len(text) && (isLower(text[te]) || text[te] >= 0x80 || text[te] == '-') {
		te++
	}
	if !partEndAt(text, te) && !(te+1 < len(text) && text[te] == ' ') {
		return dst, skipTo
	}
	return append(dst, Span{Start: z + 1, End: te, Type: "LOCATION", Rule: "builtin.location", Score: 0.8,
		Reason: "town after a postcode"}), te
}
