package redact

import (
	"slices"
	"strings"
)

// Streets, postcodes and towns in the lower-case lines of call notes and
// chats (lowerLineBody, lower24_lines.go): the capital-led address rules
// see none of "1:15am - wei-lin chao, 2219 baseline rd, apt 611, nepean,
// k2c 0c7", "- fru …, nørrebrogade 45, 3. tv, 2200 kbh n" or "wohnen
// dorfstrasse 7/2", and the lower-case ones want a preposition before
// the number. lower24Streets reads, at each short digit run of such a
// line, three national forms:
//   - number first, after a record's comma, dash, colon or the line's
//     start: one to three words and a street type ("2219 baseline rd",
//     "3 beach rd"), or a Romance type and its name ("88 rue st-joseph",
//     "12 avenida sol");
//   - a Romance or Slavic type first, its name, then the number ("via
//     maqueda 212", "calle hidalgo 214", "ul. piotrkowska 104");
//   - one word ending in a street suffix of the Germanic and Nordic
//     languages, then the number ("nørrebrogade 45", "dorfstrasse 7/2",
//     "storgatan 12", "kerkstraat 4").
// After the street it reads a lower-case town and a postcode
// (lower24TownCode): a Canadian or British postcode in lower case, a
// number postcode before a town, or a town of the gazetteers alone.

// lower24TypesAfter are the lower-case street types that end an English
// street after its name.
var lower24TypesAfter = boolTable(map[string]bool{
	"street": true, "st": true, "road": true, "rd": true, "lane": true, "ln": true, "avenue": true,
	"ave": true, "av": true, "drive": true, "dr": true, "close": true, "crescent": true, "cres": true,
	"terrace": true, "tce": true, "grove": true, "gardens": true, "gdns": true, "place": true, "pl": true,
	"court": true, "ct": true, "crt": true, "way": true, "boulevard": true, "blvd": true, "mews": true,
	"parade": true, "pde": true, "square": true, "sq": true, "highway": true, "hwy": true, "circle": true,
	"cir": true, "parkway": true, "pkwy": true, "trail": true, "trl": true, "row": true, "walk": true,
	"wynd": true, "brae": true, "loan": true, "vennel": true,
})

// lower24TypesBefore are lower-case street types that come before the
// street's name, in the Romance, Slavic and Turkish forms; a dot after
// them is read too.
var lower24TypesBefore = boolTable(map[string]bool{
	"rue": true, "avenue": true, "av": true, "bd": true, "boulevard": true, "chemin": true, "ch": true,
	"allée": true, "impasse": true, "route": true, "quai": true, "rang": true, "montée": true,
	"calle": true, "c": true, "avenida": true, "avda": true, "paseo": true, "camino": true, "carrer": true,
	"rua": true, "travessa": true, "estrada": true, "via": true, "viale": true, "corso": true, "piazza": true,
	"vicolo": true, "strada": true, "str": true, "ul": true, "ulica": true, "al": true, "aleja": true,
	"os": true, "osiedle": true, "ulitsa": true, "bulevar": true, "cesta": true, "trg": true, "cad": true,
	"sok": true, "odos": true, "leoforos": true,
})

// lower24Suffixes end a street written as one word in the Germanic and
// Nordic languages and Finnish.
var lower24Suffixes = []string{"straße", "strasse", "str.", "gasse", "weg", "allee", "platz", "ring", "damm",
	"gade", "vej", "stræde", "gatan", "gata", "vägen", "veien", "vegen", "gaten", "straat", "laan", "plein",
	"gracht", "kade", "dijk", "katu", "tie", "kuja", "polku", "utca"}

// lower24Streets appends the lower-case streets of lower-case lines
// (see above) and the towns and postcodes after them, skipping what
// overlaps dst[first:].
//
//go:noinline
func lower24Streets(sc *textScan, dst []Span, first int) []Span {
	text := sc.text
	runs, _, _ := sc.runKinds()
	var g spanGuard
	lineEnd, body := -1, -1
	skip := 0
	for i := 0; i < len(runs); i++ {
		r := runs[i]
		if r.start < skip || r.end-r.start > 5 || r.start < 2 {
			continue
		}
		if r.start >= lineEnd {
			a := sc.lineStart(r.start) // engine24_lines.go: from the newline marks
			lineEnd = len(text)
			if nl := sc.next(mkNewline, r.start); nl >= 0 {
				lineEnd = nl
			}
			body = lowerLineBody(sc, a, lineEnd) // lower24_lines.go
			if body < 0 {
				// the line is no lower-case line: its other runs are
				// passed over at one test each
				for i+1 < len(runs) && runs[i+1].start < lineEnd {
					i++
				}
				continue
			}
		}
		if r.start < body {
			continue
		}
		sp, ok := lower24StreetAt(text, r)
		if !ok || sp.Start < body || g.overlaps(dst[first:], len(text), sp.Start, sp.End) {
			continue
		}
		if tailMaybe(text, sp.End) {
			sp.End = flatTailAfter(text, sp.End) // ", apt 611", ", 3. tv" (loc13_tail.go)
		}
		dst = append(dst, sp)
		n := len(dst)
		dst, _ = afterStreet(sc, sp.End, dst, 0)
		if len(dst) == n {
			dst = lower24TownCode(text, sp.End, min(lineEnd, len(text)), dst, true)
		}
		skip = dst[len(dst)-1].End
	}
	// A town and postcode in lower case after a street another rule
	// found in a lower-case line ("4417 capilano rd, north van").
	// The line and its body are read once per line, and the spans'
	// starts are searched, not walked, on a long text with many streets:
	// a line of thousands of streets read to its start, or every span,
	// for each of them was quadratic.
	la, lb, body := -1, -1, -1
	var starts []int
	for k, n := first, len(dst); k < n; k++ {
		sp := dst[k]
		if sp.Type != "STREET_ADDRESS" || sp.End+4 >= len(text) || text[sp.End] != ',' && text[sp.End] != ' ' ||
			k+1 < n && dst[k+1].Start-sp.End < 4 {
			continue
		}
		b := lb
		if sp.Start < la || sp.End > lb {
			la, b = sc.lineStart(sp.Start), len(text)
			g.work += sp.Start - la
			if nl := sc.next(mkNewline, sp.End); nl >= 0 {
				b = nl
			}
			body = lowerLineBody(sc, la, b)
			lb = b
			if strings.IndexByte(text[sp.Start:sp.End], '\n') >= 0 {
				lb = -1 // a span over a line break: la and lb are no one line's
			}
		}
		if body < 0 || body > sp.Start {
			continue
		}
		if n-first <= 16 {
			if followedBySpan(dst[first:n], sp.End) {
				continue
			}
		} else {
			if starts == nil {
				starts = make([]int, 0, n-first)
				for _, s := range dst[first:n] {
					starts = append(starts, s.Start)
				}
				slices.Sort(starts)
			}
			if i, _ := slices.BinarySearch(starts, sp.End); i < len(starts) && starts[i]-sp.End < 4 {
				continue
			}
		}
		dst = lower24TownCode(text, sp.End, b, dst, false)
	}
	reportWork("lower24Streets", g.work)
	return dst
}

// followedBySpan reports whether a span of spans starts within three
// bytes after e.
func followedBySpan(spans []Span, e int) bool {
	for _, s := range spans {
		if s.Start >= e && s.Start-e < 4 {
			return true
		}
	}
	return false
}

// lower24WordEnd returns the end of a lower-case street word at i:
// letters of any script, hyphens and apostrophes inside, a dot after an
// abbreviation ("st.", "j.p."); i when none is there.
func lower24WordEnd(text string, i int) int {
	j := i
	for j < len(text) {
		c := text[j]
		switch {
		case isLower(c) || c >= 0x80:
			j++
		case (c == '-' || c == '\'') && j > i && j+1 < len(text) && isLower(text[j+1]):
			j++
		default:
			return j
		}
	}
	return j
}

// lower24Word returns the lower-case word at i and its end (past a dot
// when one follows), or false.
func lower24Word(text string, i int) (string, int, bool) {
	if i >= len(text) || !isLower(text[i]) && text[i] < 0xC3 {
		return "", i, false
	}
	e := lower24WordEnd(text, i)
	if e == i {
		return "", i, false
	}
	w := text[i:e]
	if e < len(text) && text[e] == '.' {
		e++
	}
	return w, e, true
}

// lower24Opens reports whether a record's part may open at the house
// number at i: the line's start, or a space after a comma, colon,
// semicolon, dash, question mark or bracket.
func lower24Opens(text string, i int) bool {
	if i == 0 || text[i-1] == '\n' {
		return true
	}
	if text[i-1] != ' ' || i < 2 {
		return false
	}
	switch text[i-2] {
	case ',', ':', ';', '-', '?', '(', '\n':
		return true
	}
	return i >= 4 && text[i-4] == 0xE2 && text[i-3] == 0x80 && (text[i-2] == 0x93 || text[i-2] == 0x94)
}

// lower24StreetEnd reports whether a street may end at e: the line's or
// text's end, a comma, a full stop, a bracket, or a space and a unit's
// word or a hash ("apt 2", "#3").
func lower24StreetEnd(text string, e int) bool {
	if e >= len(text) {
		return true
	}
	switch text[e] {
	case '\n', ',', ';', ')', '.', '?', '!':
		return true
	case ' ':
		if e+1 < len(text) && text[e+1] == '#' {
			return true
		}
		w, _, ok := lower24Word(text, e+1)
		return ok && (unitWords[w] || w == "apt" || w == "unit" || w == "flat" || w == "in" || w == "near")
	}
	return false
}

// lower24StreetAt reads a lower-case street around the digit run r in
// one of the three forms (see above) and returns it.
func lower24StreetAt(text string, r digitRun) (Span, bool) {
	// Number first.
	if lower24Opens(text, r.start) {
		he, ok := houseNumber(text, r)
		if ok && he+4 < len(text) && text[he] == ' ' {
			w, e, ok := lower24Word(text, he+1)
			switch {
			case ok && lower24TypesBefore.has(w) && w != "c" && w != "al" && w != "os" && w != "ch":
				// "88 rue st-joseph", "12 avenida sol"
				end := e
				for k := 0; k < 4 && end+1 < len(text) && text[end] == ' '; k++ {
					_, e2, ok := lower24Word(text, end+1)
					if !ok {
						break
					}
					end = e2
				}
				if end > e && lower24StreetEnd(text, end) {
					return lower24Span(r.start, trimDotEnd(text, end), "lower-case house number, a type word before the street's name, in a lower-case line"), true
				}
			case ok && !chatStreetNotNames.has(w) && !lower24TypesAfter.has(w):
				end := e
				for k := 0; k < 3 && end+1 < len(text) && text[end] == ' '; k++ {
					w2, e2, ok := lower24Word(text, end+1)
					if !ok {
						break
					}
					if lower24TypesAfter.has(w2) && lower24StreetEnd(text, e2) {
						return lower24Span(r.start, trimDotEnd(text, e2), "lower-case house number, street name and type word in a lower-case line"), true
					}
					if chatStreetNotNames.has(w2) {
						break
					}
					end = e2
				}
			}
		}
	}
	if text[r.start-1] != ' ' || r.start < 5 || r.end-r.start > 4 {
		return Span{}, false
	}
	he := lower24HouseEnd(text, r)
	if !lower24StreetEnd(text, he) && !(he+1 < len(text) && text[he] == ' ' && isDigit(text[he+1])) {
		return Span{}, false
	}
	// A word of lower24Suffixes right before the number.
	ws := r.start - 1
	for ws > 0 && (isLower(text[ws-1]) || text[ws-1] >= 0x80 || text[ws-1] == '.' || text[ws-1] == '-') {
		ws--
	}
	if ws > 0 && isAlnum(text[ws-1]) || !isLower(text[ws]) && text[ws] < 0xC3 {
		return Span{}, false
	}
	w := text[ws : r.start-1]
	if len(w) >= 7 {
		for _, suf := range lower24Suffixes {
			if strings.HasSuffix(w, suf) && !strings.Contains(w[:len(w)-len(suf)], ".") {
				return lower24Span(ws, he, "lower-case one-word street of a street suffix and house number in a lower-case line"), true
			}
		}
	}
	// A type word first, one to three words of the name, the number.
	p := r.start - 1
	for k := 0; k < 4 && p > 1; k++ {
		s := p
		for s > 0 && (isLower(text[s-1]) || text[s-1] >= 0x80 || text[s-1] == '.' || text[s-1] == '-' || text[s-1] == '\'') {
			s--
		}
		if s == p || s > 0 && (isAlnum(text[s-1]) || text[s-1] != ' ' && text[s-1] != ',' && text[s-1] != '\n' && text[s-1] != ':' && text[s-1] != '(') {
			return Span{}, false
		}
		t := strings.TrimSuffix(text[s:p], ".")
		if k > 0 && lower24TypesBefore.has(t) {
			if !lower24TypeLead(text, s) {
				return Span{}, false // "la 4a avenida está cerrada 12-45"
			}
			return lower24Span(s, he, "lower-case street type, street name and house number in a lower-case line"), true
		}
		if s < 2 || text[s-1] != ' ' || lowerNonNames.has(t) || chatStreetNotNames.has(t) {
			return Span{}, false
		}
		p = s - 1
	}
	return Span{}, false
}

// lower24HouseEnd returns the end of the house number r after a street's
// name: the digits, a letter ("12b"), a slash or dash and more digits
// ("7/2", "14-16").
func lower24HouseEnd(text string, r digitRun) int {
	he := r.end
	if he+1 < len(text) && isLower(text[he]) && !isAlnum(text[he+1]) {
		return he + 1
	}
	if he+1 < len(text) && (text[he] == '/' || text[he] == '-') && isDigit(text[he+1]) {
		he++
		for he < len(text) && isDigit(text[he]) && he-r.end < 5 {
			he++
		}
	}
	return he
}

// lower24StreetPreps are the prepositions and residence words before a
// lower-case street of a type word first ("in via …", "na rua …", "a
// calle …", "w ul. …", "wohnt …").
var lower24StreetPreps = boolTable(map[string]bool{
	"in": true, "a": true, "en": true, "na": true, "no": true, "w": true, "at": true, "to": true, "on": true,
	"de": true, "da": true, "do": true, "di": true, "em": true, "per": true, "pe": true, "la": true,
	"al": true, "au": true, "aan": true, "op": true, "auf": true, "im": true, "u": true, "ul": true,
	"lives": true, "vive": true, "vivo": true, "mora": true, "moro": true, "abita": true, "habite": true,
	"wohnt": true, "wohnen": true, "woont": true, "mieszka": true, "živi": true, "adres": true,
	"address": true, "dirección": true, "direccion": true, "endereço": true, "indirizzo": true, "adresse": true,
})

// lower24TypeLead reports whether a type word at s opens a street: the
// line's start, a comma, colon or bracket before it, or a word of
// lower24StreetPreps.
func lower24TypeLead(text string, s int) bool {
	if s == 0 {
		return true
	}
	switch text[s-1] {
	case '\n', ',', ':', '(':
		return true
	case ' ':
	default:
		return false
	}
	if s < 2 || text[s-2] == ',' || text[s-2] == ':' || text[s-2] == '-' || text[s-2] == '(' {
		return true
	}
	ws := s - 1
	for ws > 0 && (isLower(text[ws-1]) || text[ws-1] >= 0x80) {
		ws--
	}
	return (ws == 0 || !isAlnum(text[ws-1])) && lower24StreetPreps.has(text[ws:s-1])
}

// trimDotEnd drops a full stop that ends a sentence after a street.
func trimDotEnd(text string, e int) int {
	if e > 0 && text[e-1] == '.' && (e == len(text) || text[e] == ' ' || text[e] == '\n') {
		w := e - 1
		s := w
		for s > 0 && isLower(text[s-1]) {
			s--
		}
		if !lower24TypesAfter.has(text[s:w]) && !lower24TypesBefore.has(text[s:w]) {
			return e - 1
		}
	}
	return e
}

func lower24Span(s, e int, reason string) Span {
	return Span{Start: s, End: e, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.8, Reason: reason}
}

// lower24TownCode appends the town and postcode typed in lower case
// after a street ending at e, before the line's end b: ", nepean, k2c
// 0c7", ", ottawa k1n 5x3", ", glasgow g11 6ng", ", 2200 kbh n", ", 6370
// kitzbühel"; or a town of the gazetteers alone (", ballincollig,").
//
// A town no gazetteer knows is read only after a street of
// lower24Streets's own (anyTown) and before the line's end, a full stop
// or a comma: after the other rules' streets, where prose goes on ("52
// tansy st after work"), only a known town or one before a postcode.
func lower24TownCode(text string, e, b int, dst []Span, anyTown bool) []Span {
	for k := 0; k < 3; k++ {
		if e+3 >= b || text[e] != ',' && text[e] != ' ' {
			return dst
		}
		i := e + 1
		if text[e] == ',' && text[i] == ' ' {
			i++
		}
		if ze := lower24Postcode(text, i, b); ze > 0 {
			dst = append(dst, Span{Start: i, End: ze, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.8,
				Reason: "lower-case postcode after a street in a lower-case line"})
			return lower24TownAfterCode(text, ze, b, dst)
		}
		if i+1 < b && isDigit(text[i]) && !isDigit(text[i+1]) || i+2 < b && isDigit(text[i]) && isDigit(text[i+1]) && !isDigit(text[i+2]) {
			// A floor or door part before the postcode: ", 3. tv, 2200 …"
			if c := strings.IndexByte(text[i:min(b, i+10)], ','); c > 0 {
				e = i + c
				continue
			}
		}
		if i+4 < b && (text[i] == 'i' || text[i] == 'a') && text[i+1] == 'n' && text[i+2] == ' ' && text[e] == ' ' && isLower(text[i+3]) {
			i += 3 // "418 bayou black dr in houma"
		}
		if i+6 < b && (text[i] == 'i' || text[i] == 'a') && text[i+1] == 'n' && text[i+2] == ' ' && isDigit(text[i+3]) {
			i += 3 // "dorfstrasse 7/2 in 6370 …"
		}
		if i+4 < b && isDigit(text[i]) {
			j := i
			for j < b && isDigit(text[j]) {
				j++
			}
			if j-i == 4 || j-i == 5 {
				dst = append(dst, Span{Start: i, End: j, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.8,
					Reason: "postcode after a street in a lower-case line"})
				return lower24TownAfterCode(text, j, b, dst)
			}
			return dst
		}
		// One to three words of a town, then a postcode or a comma.
		te, words := i, 0
		for words < 3 {
			w, we, ok := lower24Word(text, te)
			if !ok || we > b || lowerNonNames.has(w) || unitWords[w] || len(w) < 2 {
				break
			}
			we = te + len(w) // a town's word, not its sentence's full stop
			te, words = we, words+1
			if te+1 < b && text[te] == ' ' && !(te+1 < b && isDigit(text[te+1])) && lower24Postcode(text, te+1, b) == 0 {
				if _, _, ok := lower24Word(text, te+1); ok && words < 3 {
					te++
					continue
				}
			}
			break
		}
		if words == 0 {
			return dst
		}
		town := strings.TrimRight(text[i:te], " ")
		te = i + len(town)
		if te+1 < b && text[te] == ' ' {
			if ze := lower24Postcode(text, te+1, b); ze > 0 {
				return append(dst, locationSpan(i, te, 0.75, "lower-case town before a postcode after a street in a lower-case line"),
					Span{Start: te + 1, End: ze, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.8,
						Reason: "lower-case postcode after a street in a lower-case line"})
			}
		}
		if te < b && text[te] != ',' && text[te] != '\n' && text[te] != '.' || te == b && b < len(text) && text[b] != '\n' {
			return dst
		}
		if !lower24TownKnown(town) && !(anyTown && (te == b || text[te] == '.' || text[te] == ',') && lower24TownWords(town)) {
			// A suburb then the town and postcode: ", nepean, k2c 0c7".
			if te+2 < b && text[te] == ',' {
				if ze := lower24Postcode(text, te+2, b); ze > 0 {
					return append(dst, locationSpan(i, te, 0.7, "lower-case town before a postcode after a street in a lower-case line"),
						Span{Start: te + 2, End: ze, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.8,
							Reason: "lower-case postcode after a street in a lower-case line"})
				}
			}
			return dst
		}
		dst = append(dst, locationSpan(i, te, 0.7, "town in lower case after a street in a lower-case line"))
		if te+2 < b && text[te] == ',' {
			if ze := lower24Postcode(text, te+2, b); ze > 0 {
				dst = append(dst, Span{Start: te + 2, End: ze, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.8,
					Reason: "lower-case postcode after a street in a lower-case line"})
			}
		}
		return dst
	}
	return dst
}

// lower24TownAfterCode appends the lower-case town after a number
// postcode ("2200 kbh n", "6370 kitzbühel"): one to three words up to
// a comma or the line's end.
func lower24TownAfterCode(text string, ze, b int, dst []Span) []Span {
	if ze+2 >= b || text[ze] != ' ' {
		return dst
	}
	i, te := ze+1, ze+1
	for k := 0; k < 3; k++ {
		w, we, ok := lower24Word(text, te)
		if !ok || we > b || lowerNonNames.has(w) {
			break
		}
		we = te + len(w)
		te = we
		if te+1 < b && text[te] == ' ' && isLower(text[te+1]) {
			te++
			continue
		}
		break
	}
	te = i + len(strings.TrimRight(text[i:te], " "))
	if te == i || te < b && text[te] != ',' && text[te] != '.' && text[te] != '\n' && text[te] != ')' {
		return dst
	}
	return append(dst, locationSpan(i, te, 0.7, "lower-case town after a postcode in a lower-case line"))
}

// lower24TownWords reports whether the lower-case words of t may name a
// town no gazetteer holds: no everyday word of the lower-case readers,
// no unit or street word; a last word of one letter is a district's
// ("kbh n").
func lower24TownWords(t string) bool {
	if lower24TownKnown(t) {
		return true
	}
	n := 0
	for w := range strings.FieldsSeq(t) {
		n++
		if len(w) == 1 && n > 1 {
			continue
		}
		if len(w) < 3 || lowerNonNames.has(w) || chatNotNames.has(w) || lowerPersonCues.has(w) || verbLike(w) ||
			unitWords[w] || lower24TypesAfter.has(w) || lower24DoorWords.has(w) || lower24CountWords.has(w) || lower24Titles.has(w) || lower24Flags(w)&nameStop != 0 {
			return false
		}
	}
	return n > 0 && n <= 3
}

// lower24DoorWords are the door, bell and gate words that follow a
// street in the prompt languages ("…, klingel yilmaz", "…, buzzer 4").
var lower24DoorWords = boolTable(map[string]bool{
	"bell": true, "buzzer": true, "intercom": true, "door": true, "gate": true, "code": true, "klingel": true,
	"tür": true, "sonnette": true, "porte": true, "interphone": true, "digicode": true, "timbre": true,
	"puerta": true, "portal": true, "citofono": true, "campanello": true, "porta": true, "campainha": true,
	"portão": true, "dzwonek": true, "domofon": true, "bel": true, "deur": true, "ringklokke": true,
	"dörr": true, "portkod": true, "dør": true, "zvono": true, "interfon": true,
})

// lower24CountWords are counts that open a note's next part after a
// street ("…, two staffies", "…, both kids").
var lower24CountWords = boolTable(map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "both": true, "few": true, "some": true, "many": true,
	"several": true, "zwei": true, "drei": true, "deux": true, "trois": true, "dos": true, "tres": true,
	"due": true, "tre": true, "twee": true, "drie": true, "två": true,
})

// lower24TownKnown reports whether the lower-case words are a town of the
// gazetteers once in title case.
func lower24TownKnown(t string) bool {
	if len(t) < 3 || len(t) > 40 {
		return false
	}
	tt := titleCaseTown(t)
	return townNames.has(tt) || cityNames.has(tt) || moreTownKnown(tt)
}

// lower24Postcode returns the end of a Canadian ("k1n 5x3") or British
// ("ls6 2ab", "n7 6aa", "g11 6ng") postcode in lower case at i, ending a
// word before b; or 0.
func lower24Postcode(text string, i, b int) int {
	if i+6 > b || !isLower(text[i]) {
		return 0
	}
	// Canadian: letter digit letter, space, digit letter digit.
	if isDigit(text[i+1]) && isLower(text[i+2]) && i+7 <= b && text[i+3] == ' ' && isDigit(text[i+4]) &&
		isLower(text[i+5]) && isDigit(text[i+6]) && strings.IndexByte("abceghjklmnprstvxy", text[i]) >= 0 &&
		(i+7 == b || !isAlnum(text[i+7])) {
		return i + 7
	}
	// British: one or two letters, a digit, maybe a digit or letter,
	// space, digit, two letters.
	j := i + 1
	if isLower(text[j]) {
		j++
	}
	if j >= b || !isDigit(text[j]) {
		return 0
	}
	j++
	if j < b && (isDigit(text[j]) || isLower(text[j])) && text[j] != ' ' {
		j++
	}
	if j+4 > b || text[j] != ' ' || !isDigit(text[j+1]) || !isLower(text[j+2]) || !isLower(text[j+3]) {
		return 0
	}
	if j+4 < b && isAlnum(text[j+4]) {
		return 0
	}
	return j + 4
}
