package redact

import "strings"

// Street forms of issue 9 that no street type or suffix marks: a street of
// one word before its house number that only the postcode and town after
// it make one ("Tamme 9-3, 50410 Tartu", "Lindenweg 4, 39031 Bruneck",
// "Rosenhaven 14, 2. th., 5800 Nyborg"), as Estonian, Latvian,
// Lithuanian, South Tyrolean and Nordic addresses write them; and a
// Norwegian, Danish or Swedish street whose type word stands on its own
// in lower case after a name in the genitive ("Kristian Augusts gate 15B",
// "Peter Bangs vej 12").

// notStreetWords are capitalised words before a number and a postcode
// that are no street: units, boxes and labels.
var notStreetWords = boolTable(map[string]bool{
	"Box": true, "Unit": true, "Flat": true, "Apt": true, "Apartment": true, "Room": true, "Suite": true,
	"Floor": true, "Level": true, "Block": true, "Building": true, "Gate": true, "Tel": true, "Phone": true,
	"Fax": true, "No": true, "Nr": true, "Order": true, "Invoice": true, "Ticket": true, "Table": true,
	"Page": true, "Chapter": true, "Section": true, "Article": true, "Version": true, "Row": true, "Seat": true,
	"Lot": true, "Plot": true, "Postfach": true, "Case": true, "Stand": true, "Hall": true, "Halle": true,
	"Platform": true, "Terminal": true, "Sector": true, "Sektor": true, "Zone": true, "Bus": true, "Line": true,
	"Tram": true, "Route": true, "Week": true, "Day": true, "Year": true, "Size": true, "Batch": true,
	"Kod": true, "Code": true, "Postcode": true, "Zip": true, "Pin": true, "PLZ": true, "CAP": true,
})

// oneWordStreetBefore reads a street of one capitalised word and its
// house number ("14", "14B", "14-5", "14/2") before the comma that comes
// right before the postcode run r (", " then r), with a Danish floor and
// side between them allowed ("14, 2. th.,"); the town after the postcode
// must be capitalised (the caller tests it). The street's word starts a
// line, a field or a clause: a line break, a colon, a comma, '|' or a
// space after a lower-case word before it. It stores the street in sp.
//
//go:noinline
func oneWordStreetBefore(text string, r digitRun, sp *Span) bool {
	e := r.start - 2 // the comma
	if e < 6 {
		return false
	}
	end := e
	// A Danish floor and side: ", 2. th." or ", st. tv." before the comma;
	// a Croatian, Slovene, Serbian or Romanian floor: ", 3. kat" (loc12).
	if k := strings.LastIndex(text[max(0, e-16):e], ", "); k >= 0 {
		k += max(0, e-16)
		part := text[k+2 : e]
		if f, s, ok := strings.Cut(part, " "); ok && (f == "st." || len(f) <= 3 && strings.HasSuffix(f, ".") && allDigits(f[:len(f)-1])) {
			switch strings.TrimSuffix(s, ".") {
			case "th", "tv", "mf", "kat", "sprat", "nadstropje", "etaj", "emelet", "em", "kerros", "krs", "patro":
				end = e
				e = k
			}
		}
	}
	// The house number: digits, a letter, "-digits" or "/digits", or a
	// Dutch addition ("31-II", "14-hs": street17_nl.go).
	n := nlAdditionStart(text, e)
	if n > 0 && isAlpha(text[n-1]) && n >= 2 && isDigit(text[n-2]) {
		n--
	}
	d := n
	for d > 0 && isDigit(text[d-1]) {
		d--
	}
	if d < n && d > 0 && (text[d-1] == '-' || text[d-1] == '/') && d >= 2 && isDigit(text[d-2]) {
		n = d - 1
		for d = n; d > 0 && isDigit(text[d-1]); d-- {
		}
	}
	if d == n || n-d > 4 || d < 5 || text[d-1] != ' ' {
		return false
	}
	// The street's word.
	ws := d - 1
	for ws > 0 && text[ws-1] != ' ' && text[ws-1] != '\n' && text[ws-1] != '\t' && text[ws-1] != '(' {
		ws--
	}
	w := text[ws : d-1]
	if len(w) < 4 || len(w) > 32 || !upperAt(w, 0) || notStreetWords.has(w) || !letterWord(w) {
		return false
	}
	if cityNames.has(w) || nameFlagsOf(w)&(nameGiven|nameTitle|nameStop) != 0 {
		return false
	}
	if _, month := monthNames[strings.ToLower(w)]; month {
		return false
	}
	if !clauseStartBefore(text, ws) {
		return false
	}
	*sp = Span{Start: ws, End: end, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.9,
		Reason: "one-word street name and house number before a postcode and town"}
	return true
}

// letterWord reports whether w holds only letters (ASCII or not), with
// inner hyphens and apostrophes.
func letterWord(w string) bool {
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c < 0x80 && !isAlpha(c) && !(k > 0 && (c == '-' || c == '\'')) {
			return false
		}
	}
	return true
}

// clauseStartBefore reports whether a street's word at ws opens a line, a
// field or a clause: the text's start, a line break, ", ", ": ", "| ", or
// a lower-case word ("bor på", "wohnt in") before it.
func clauseStartBefore(text string, ws int) bool {
	if ws == 0 || text[ws-1] == '\n' || text[ws-1] == '\t' || text[ws-1] == '(' {
		return true
	}
	if ws < 2 || text[ws-1] != ' ' {
		return false
	}
	switch c := text[ws-2]; {
	case c == ',' || c == ':' || c == '|' || c == ';' || c == '(':
		return true
	case isLower(c):
		return true
	case c >= 0x80:
		// a lower-case word ending in a non-ASCII letter ("på")
		k := ws - 2
		for k > 0 && text[k] >= 0x80 {
			k--
		}
		return isLower(text[k])
	}
	return false
}

// nordicStreetStart returns the start of the capitalised words (one to
// three, the last a genitive or a name) before a Nordic street type word
// alone at j ("Kristian Augusts gate 15B"), or -1.
func nordicStreetStart(text string, j int) int {
	st := -1
	i := j
	for range 3 {
		if i < 3 || text[i-1] != ' ' {
			break
		}
		k := i - 1
		for k > 0 && text[k-1] != ' ' && text[k-1] != '\n' && text[k-1] != '\t' {
			k--
		}
		w := text[k : i-1]
		if len(w) < 2 || !upperAt(w, 0) || !letterWord(w) || notStreetWords.has(w) {
			break
		}
		st = k
		i = k
	}
	return st
}

// streetBeforeCode is oneWordStreetBefore for a postcode run r that
// postcodeAt took (a known town after it): the street when ", " comes
// before the run and the street starts after the last span of dst.
func streetBeforeCode(text string, r digitRun, dst []Span) (Span, bool) {
	var st Span
	if r.start < 2 || text[r.start-2] != ',' || r.end-r.start < 4 || !oneWordStreetBefore(text, r, &st) ||
		len(dst) > 0 && dst[len(dst)-1].End > st.Start {
		return Span{}, false
	}
	return st, true
}

// nordicFirst marks the first bytes of the words nordicTypeAt accepts,
// tested before the call (after the genitive's 's' of the name before:
// "Kongens gate", "Peter Bangs vej").
var nordicFirst = [256]bool{'g': true, 'v': true, 'p': true, 't': true, 's': true, 'a': true}

// nordicTypeAt reports whether text[j:e] is a Norwegian, Danish or
// Swedish street type written as a word of its own in lower case
// ("gate", "vei", "vej", "gade", "gatan", "plass") after one to
// three capitalised words.
func nordicTypeAt(text string, j, e int) bool {
	// The first and last bytes first: most words before a number are
	// none of these, and fail here.
	if e-j < 3 || e-j > 7 || j < 3 {
		return false
	}
	switch z := text[e-1]; text[j] {
	case 'g':
		if z != 'e' && z != 'a' && z != 'n' {
			return false
		}
	case 'v':
		if z != 'i' && z != 'n' && z != 'g' && z != 'j' {
			return false
		}
	case 'p':
		if z != 's' {
			return false
		}
	case 't':
		if z != 'g' && z != 'v' {
			return false
		}
	case 's', 'a':
		if e-j < 5 {
			return false
		}
	default:
		return false
	}
	if text[j-1] != ' ' {
		return false
	}
	switch text[j:e] {
	case "gate", "gata", "gaten", "gatan", "vei", "veien", "veg", "vegen", "vej", "gade", "allé", "plass", "plads",
		"torg", "torv", "stræde", "vägen", "väg":
	default:
		return false
	}
	if nordicStreetStart(text, j) < 0 {
		return false
	}
	// The name before ends in a genitive's 's' ("Kongens gate", "Peter
	// Bangs vej"; English "Heathrow gate 5" has none).
	return text[j-2] == 's' && isAlpha(text[j-3])
}

// nordicTypeReason is streetBeforeNumber's reason for a street whose
// Nordic type word stands alone; the type word outscores the person
// detector's reading of the name before it ("Kristian Augusts").
const nordicTypeReason = "street name, Nordic street type word, house number"

// welshFirst marks the first bytes of welshLead's words, tested before
// the call.
var welshFirst = [256]bool{'T': true, 'H': true, 'B': true, 'M': true, 'L': true, 'F': true, 'S': true, 'P': true,
	'R': true, 'C': true}

// welshLead reports whether tok opens a Welsh street's or house's name
// after its number ("12 Heol y Bont", "4 Ty'n y Llwyn", "7 Maes yr Haf",
// "5 Lôn Las"): a street type or a house word, capitalised.
func welshLead(tok string) bool {
	switch tok {
	case "Heol", "Ffordd", "Lôn", "Lon", "Stryd", "Rhodfa", "Teras", "Cilgant", "Clos", "Ty", "Tŷ", "Ty'n", "Tŷ'n",
		"Bryn", "Maes", "Llys", "Plas", "Cwrt":
		return true
	}
	return false
}

// welshNameAfter reads the name after a Welsh lead that ends at i: one to
// three capitalised words, with the article "y", "yr" or "'r" between
// them ("y Felin", "yr Haf", "Las"). It returns where the name ends and
// how many capitalised words it read.
func welshNameAfter(text string, i int) (int, int) {
	end, n := i, 0
	for range 5 {
		w, ok := nextWord(text, i, false)
		if !ok || w.start != i+1 {
			break
		}
		t := text[w.start:w.end]
		if t == "y" || t == "yr" || t == "'r" {
			i = w.end
			continue
		}
		if !upperAt(text, w.start) || !letterWord(strings.TrimRight(t, ".,")) || n == 3 {
			break
		}
		end = trimSentenceDot(text, w)
		if text[end-1] == ',' {
			end--
		}
		n++
		i = w.end
		if text[w.end-1] == ',' || text[w.end-1] == '.' {
			break
		}
	}
	return end, n
}

// welshLinesBefore appends to dst a Welsh street led by its type and the
// house's name before it ("Ty Coch, Heol y Bont, Llanidloes NP8 1AB")
// when ukLinesBefore found none before the UK postcode at z: the street is
// one of the three parts before the town, its first word a Welsh street
// type and a capitalised word after it; a part before it that a Welsh
// house word opens is the house's name.
//
//go:noinline
func welshLinesBefore(text string, z int, dst []Span) []Span {
	if z < 8 || text[z-1] != ' ' {
		return dst
	}
	e := z - 1
	if text[e-1] == ',' {
		e-- // "…, Heol y Felin, Cwmann, SA48 8XY" (loc13)
	}
	var parts [4][2]int
	n := linePartsBefore(text, e, parts[:], false)
	for k := 1; k < n; k++ {
		s, e := parts[k][0], parts[k][1]
		sp := strings.IndexByte(text[s:e], ' ')
		if sp < 0 {
			continue
		}
		switch text[s : s+sp] {
		case "Heol", "Ffordd", "Lôn", "Lon", "Stryd", "Rhodfa", "Teras", "Cilgant":
		default:
			continue
		}
		if end, words := welshNameAfter(text, s+sp); words == 0 || end != e {
			continue
		}
		start := s
		if k+1 < n {
			hs, he := parts[k+1][0], parts[k+1][1]
			if hp := strings.IndexByte(text[hs:he], ' '); hp > 0 && welshLead(text[hs:hs+hp]) && capWordsOnly(text, hs, he) {
				start = hs
			}
		}
		if len(dst) > 0 && dst[len(dst)-1].End > start {
			return dst
		}
		return append(dst, Span{Start: start, End: e, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.8,
			Reason: "Welsh house name and street before the town and UK postcode"})
	}
	return dst
}

// linePartsBefore stores in parts the parts of an address line set off by
// ", " that end at e, nearest first (the first is the town before a
// postcode), and returns how many it read: up to len(parts), and only
// parts of capitalised words when capsOnly is set.
func linePartsBefore(text string, e int, parts [][2]int, capsOnly bool) int {
	n := 0
	for n < len(parts) {
		s := partStart(text, e) // address_ie_townland.go
		if s == e || capsOnly && !capWordsOnly(text, s, e) {
			break
		}
		parts[n] = [2]int{s, e}
		n++
		if s < 3 || text[s-1] != ' ' || text[s-2] != ',' {
			break
		}
		e = s - 2
	}
	return n
}
