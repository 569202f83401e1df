package redact

import "strings"

// What lowerLineNames reads in a lower-case line beyond lowerCaseNames
// (lower24_lines.go): a title of any of the prompt languages typed in
// lower case, with or without its dot ("fru birthe mølgaard", "gosn
// milorad jovanovic", "mme. josée tremblay-gagnon", "sig.ra camilleri");
// a record that opens with a name and carries a contact datum on its line
// ("- siobhan ni bhriain, 087 …", "1:15am - wei-lin chao, 2219 …"); a
// given name after a verb of calls and messages ("sent kyle", "spoke w
// gurpreet", "called maeve").

// lower24Titles are lower-case titles and honorifics before a name, in
// the prompt languages; the value is 2 when any word may follow as a
// family name no gazetteer knows ("mrs okonkwo-baptiste"), 1 when the
// word after must be a name of the gazetteers ("pan" is a pan, "bu" a
// syllable, "don" a verb). A dot after the title is read too ("hr.",
// "sig.ra", "bw."). Kin and casual honorifics are honorTitles's
// (person15_honor.go).
var lower24Titles = wordTableOf(map[string]int{
	// English, French, Spanish, Portuguese, Italian.
	"mr": 2, "mrs": 2, "ms": 1, "miss": 2, "mx": 2, "dr": 1, "prof": 1, "rev": 1, "fr": 1, "sr": 1,
	"mme": 2, "mlle": 2, "madame": 2, "monsieur": 2, "sra": 2, "srta": 2, "señora": 2, "señor": 2,
	"senhora": 2, "senhor": 2, "sig": 1, "sig.ra": 2, "sig.na": 2, "signora": 2, "signor": 2,
	"dott": 1, "dott.ssa": 2, "don": 1, "doña": 1, "dona": 1, "dom": 1,
	// German, Dutch, Scandinavian, Finnish, Hungarian.
	"herr": 2, "frau": 2, "hr": 2, "fr.": 2, "dhr": 2, "mevr": 2, "mevrouw": 2, "meneer": 2, "mw": 2,
	"fru": 2, "frk": 2, "fröken": 2, "frøken": 2, "herra": 2, "rouva": 2, "neiti": 2,
	// Slavic and Baltic.
	"gosn": 2, "gđa": 2, "gđica": 2, "gdja": 2, "gospodin": 2, "gospođa": 2, "gospodja": 2, "g-din": 2,
	"g-đa": 2, "pan": 1, "pani": 2, "paní": 2, "pán": 1, "gospa": 2, "ponia": 2, "ponas": 2, "kungs": 2,
	"kundze": 2,
	// African, Arabic, South and Southeast Asian.
	"bw": 2, "bi": 1, "alhaji": 2, "alhaja": 2, "hajiya": 2, "chief": 1, "shri": 2, "smt": 2, "sri": 1,
	"thiru": 2, "tmt": 2, "sayın": 2, "bay": 1, "bayan": 1, "pak": 1, "bu": 1, "bapak": 2, "ibu": 1,
	"encik": 2, "puan": 2, "anh": 1, "chị": 1, "em": 1, "ông": 1, "bà": 1, "cô": 1, "khun": 2,
	"ate": 1, "kuya": 1, "aling": 1, "mang": 1,
	// Religious and casual titles before a given name.
	"br": 1, "brother": 1, "pastor": 1, "auntie": 1, "aunty": 1,
	"aunt": 1, "uncle": 1,
})

// lower24TitleName returns the bounds of a title of lower24Titles at i
// (no letter before it) and the lower-case name after it, or false.
func lower24TitleName(text string, i int) (int, int, bool) {
	return lower24TitleNameTo(text, i, speakerWordEnd(text, i))
}

// lower24TitleNameTo is lower24TitleName for the word text[i:te], te
// being speakerWordEnd(text, i): lower24LineRecords, which walks a line's
// words, reads each word's end once.
func lower24TitleNameTo(text string, i, te int) (int, int, bool) {
	if i > 0 && (isAlpha(text[i-1]) || text[i-1] >= 0x80 || text[i-1] == '.' || text[i-1] == '\'') {
		return 0, 0, false
	}
	if te-i < 2 || te-i > 9 {
		return 0, 0, false
	}
	// The table holds each kind shifted left by one (wordTableOf): 2, a
	// strong title, is v>>1 == 2 (gen24: it was compared unshifted, so no
	// title was ever strong).
	v, _ := lower24Titles.get(text[i:te])
	v >>= 1
	if te+3 < len(text) && text[te] == '.' && isLower(text[te+1]) {
		// "sig.ra", "dott.ssa"
		if e2 := lowerWordEnd(text, te+1); e2-te <= 4 {
			if v2, _ := lower24Titles.get(text[i:e2]); v2 != 0 {
				v, te = v2>>1, e2
			}
		}
	}
	if v == 0 {
		return 0, 0, false
	}
	n := te
	if n < len(text) && text[n] == '.' {
		n++
	}
	if ns, ok := gen24TitleStack(text, n); ok { // gen24_lower.go: "fr. mag. …", "hr. ing. …"
		n, v = ns, 2
	}
	if n+2 >= len(text) || text[n] != ' ' {
		return 0, 0, false
	}
	end, known := lower24NameWords(text, n+1, 3)
	if v == 2 && (end == 0 || !lower24NameEnd(text, end)) {
		// gen24_lower.go: a strong title's name the gazetteers file as a
		// town or a word ("mrs breda o'sullivan,")
		if e := gen24LooseName(text, n+1); e > end {
			end, known = e, true
		}
	}
	if end == 0 || !known && v != 2 {
		return 0, 0, false
	}
	return i, end, true
}

// lower24NameWords reads up to max lower-case name words from i, one
// space apart: names of the gazetteers (lowerKnownName), particles
// before another word ("ni", "van der", "bin") and, where the name ends
// after it, one word no list knows that is no everyday word
// (lower24Unknown). It returns the end of the last word read (0 when
// none) and whether a word of the gazetteers was among them.
func lower24NameWords(text string, i, max int) (end int, known bool) {
	prev, pe := i, i // the word before
	for k := 0; k < max && i < len(text); k++ {
		if !isLower(text[i]) && text[i] < 0xC3 {
			break
		}
		e := speakerWordEnd(text, i)
		if e == i || !nameWordEndsAt(text, e) {
			break
		}
		w := text[i:e]
		switch {
		case lowerKnownName(w, k > 0):
			end, known = e, true
		case isParticle(w) || w == "ni" || w == "te" || w == "ap" || w == "ben" || w == "abu" || w == "st":
			if e+2 >= len(text) || text[e] != ' ' {
				return end, known
			}
		case lower24Unknown(w) && lower24PartEnd(text, e) && (k <= 1 || isParticle(text[prev:pe])):
			// one word no list knows, as a second word or after a
			// particle ("fru birthe mølgaard", "siobhan ni bhriain");
			// not a third ("pani agnieszka wróbel dzwoniła,")
			return e, known
		default:
			return end, known
		}
		if e+2 >= len(text) || text[e] != ' ' {
			break
		}
		prev, pe = i, e
		i = e + 1
	}
	return end, known
}

// lower24Unknown reports whether w, a lower-case word, may be a name no
// gazetteer holds: three letters or more, no stop word, place or word of
// the gazetteers, and none of the everyday words the lower-case readers
// know (lowerNonNames, chatNotNames, lowerPersonCues, titleThings).
func lower24Unknown(w string) bool {
	if len(w) < 3 || lowerNonNames.has(w) || chatNotNames.has(w) || lowerPersonCues.has(w) || titleThings.has(w) ||
		lower24Titles.has(w) || verbLike(w) {
		return false
	}
	if isASCII(w) {
		return lowerNameFlags(w) == 0
	}
	return nameFlagsOf(capitalisedUTF8(w)) == 0
}

// lower24NameEnd reports whether a name ending at e ends its part of the
// record: the line's end, a comma, colon, semicolon, bracket, or a dash
// between spaces.
func lower24NameEnd(text string, e int) bool {
	if e >= len(text) {
		return true
	}
	switch text[e] {
	case '\n', ',', ':', ';', '(', ')', '?', '!':
		return true
	case '.':
		return e+1 == len(text) || text[e+1] == ' ' || text[e+1] == '\n'
	case ' ':
		if e+2 < len(text) && (text[e+1] == '-' || text[e+1] == '(') {
			return true
		}
		return e+3 < len(text) && text[e+1] == 0xE2 && text[e+2] == 0x80 && (text[e+3] == 0x93 || text[e+3] == 0x94) // – —
	}
	return false
}

// lower24PartEnd is lower24NameEnd without the line's end and the
// question and exclamation marks: what ends a word no list knows as a
// name's last ("fru birthe mølgaard, …", not "handle binta renewal⏎").
func lower24PartEnd(text string, e int) bool {
	return e < len(text) && text[e] != '\n' && text[e] != '?' && text[e] != '!' && lower24NameEnd(text, e)
}

// lower24RecordStart returns where the first word of a record in the
// line text[a:b] starts, past a bullet, a time ("1:15am -", "[09:12]")
// or a number's label ("drop 2:"); -1 when the line opens otherwise.
func lower24RecordStart(text string, a, b int) int {
	i := a
	for i < b && i-a < 24 {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '-' || c == '*' || c == '[' || c == ']' || c == ':' || c == '.' ||
			c == ')' || c == '#' || isDigit(c) || c == '/':
			i++
		case (c == 'a' || c == 'p') && i+1 < b && text[i+1] == 'm' && i > a && isDigit(text[i-1]):
			i += 2 // "1:15am"
		case c == 0xE2 && i+2 < b && text[i+1] == 0x80 && (text[i+2] == 0x93 || text[i+2] == 0x94 || text[i+2] == 0xA2):
			i += 3 // "–", "—", "•"
		default:
			return i
		}
	}
	return -1
}

// lower24ContactLine reports whether text[a:b] holds a contact datum: an
// '@' or seven digits or more (a phone, a street and its postcode).
func lower24ContactLine(text string, a, b int) bool {
	d := 0
	for k := a; k < b; k++ {
		c := text[k]
		if c == '@' {
			return true
		}
		if isDigit(c) {
			d++
		}
	}
	return d >= 7
}

// lower24RecordName returns the end of the name that opens the record at
// i: two to four words of lower24NameWords, the first a given name of
// the gazetteers or the last a family name of them, ending the record's
// part (lower24NameEnd); or 0.
func lower24RecordName(text string, i int) int {
	e := speakerWordEnd(text, i)
	if e == i || e+2 >= len(text) || text[e] != ' ' {
		return 0
	}
	w := text[i:e]
	firstGiven := lowerKnownName(w, false) && lower24Flags(w)&nameGiven != 0
	if !firstGiven && !lower24Unknown(w) {
		return 0
	}
	end, known := lower24NameWords(text, e+1, 3)
	if end == 0 || !lower24NameEnd(text, end) && !phoneAfterName25(text, end) {
		return 0
	}
	if !firstGiven {
		// The last word must be a family name of the gazetteers.
		ls := end
		for ls > i && text[ls-1] != ' ' {
			ls--
		}
		if !known || lower24Flags(text[ls:end])&nameFamily == 0 {
			return 0
		}
	}
	return end
}

// lower24Flags returns the gazetteer flags of the lower-case word w.
func lower24Flags(w string) uint8 {
	if isASCII(w) {
		return lowerNameFlags(w)
	}
	return nameFlagsOf(capitalisedUTF8(w))
}

// lower24CallVerbs are the words of calls and messages a given name
// follows in call notes ("sent kyle", "spoke w gurpreet", "vm for bob",
// "rückruf an swetlana", "ringt til", "llamó"): lowerCaseNames's
// triggers hold the relation and naming words.
var lower24CallVerbs = boolTable(map[string]bool{
	"sent": true, "spoke": true, "called": true, "rang": true, "phoned": true, "texted": true, "emailed": true,
	"messaged": true, "told": true, "vm": true, "visited": true, "met": true, "w": true, "w/": true,
	"rückruf": true, "anruf": true, "angerufen": true, "appelé": true, "appelée": true, "rappeler": true,
	"llamó": true, "llamar": true, "ligou": true, "ligar": true, "chiamato": true, "chiamare": true,
	"richiamare": true, "ringde": true, "ringede": true, "ringer": true, "belde": true, "terugbellen": true,
	"zadzwonić": true, "dzwonił": true, "dzwoniła": true, "zvati": true, "nazvati": true, "pozvati": true,
})

// lower24CallName returns the end of a given name of the gazetteers at i
// after a word of lower24CallVerbs and, when one comes, a preposition
// ("spoke w", "spoke to", "vm for", "rückruf an"), or 0. The name must
// end its clause (lower24NameEnd or a space and a word of
// lowerNonNames).
func lower24CallName(text string, i int) int {
	// The word before, then maybe one more before it.
	j := i - 1
	if j < 2 || text[j] != ' ' {
		return 0
	}
	ws := j
	for ws > 0 && (isLower(text[ws-1]) || text[ws-1] >= 0x80 || text[ws-1] == '/') {
		ws--
	}
	w := text[ws:j]
	if !lower24CallVerbs.has(w) {
		if !lower24CallPreps.has(strings.TrimSuffix(w, "/")) {
			return 0
		}
		if ws < 2 || text[ws-1] != ' ' {
			return 0
		}
		vs := ws - 1
		for vs > 0 && (isLower(text[vs-1]) || text[vs-1] >= 0x80) {
			vs--
		}
		if !lower24CallVerbs.has(text[vs : ws-1]) {
			return 0
		}
	}
	e := speakerWordEnd(text, i)
	if e-i < 3 {
		return 0
	}
	nw := text[i:e]
	if !lowerKnownName(nw, false) || lower24Flags(nw)&nameGiven == 0 || lowerGivenVeto.has(capitalisedUTF8(nw)) {
		return 0
	}
	if e2, _ := lower24NameWords(text, i, 3); e2 > e && lower24NameEnd(text, e2) {
		e = e2
	}
	if lower24NameEnd(text, e) {
		return e
	}
	if e+2 < len(text) && text[e] == ' ' {
		k := lowerWordEnd(text, e+1)
		if lowerNonNames.has(text[e+1 : k]) {
			return e
		}
	}
	return 0
}

// lower24CallPreps are the prepositions between a word of
// lower24CallVerbs and the name ("spoke to", "vm for", "rückruf an").
var lower24CallPreps = boolTable(map[string]bool{
	"to": true, "with": true, "w": true, "for": true, "an": true, "à": true, "a": true, "med": true,
	"til": true, "con": true, "com": true, "z": true,
})

// lower24LineRecords appends the names of a lower-case line text[a:b]
// that lower24TitleName, lower24RecordName and lower24CallName read,
// skipping those that overlap dst[n0:].
func lower24LineRecords(text string, a, b int, dst []Span, n0 int, g *spanGuard) []Span {
	line := text[:b]
	if r := lower24RecordStart(line, a, b); r >= 0 && isLower(line[r]) && lower24ContactLine(line, a, b) {
		if t, te, ok := lower24TitleName(line, r); ok {
			if !g.overlaps(dst[n0:], len(text), t, te) {
				dst = append(dst, honorSpan(t, te))
			}
		} else if e := lower24RecordName(line, r); e > 0 && !g.overlaps(dst[n0:], len(text), r, e) {
			dst = append(dst, Span{Start: r, End: e, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
				Reason: "lower-case name of the gazetteers opening a record with a contact datum"})
		}
	}
	pws, pwe := -1, -1 // the word before
	for i := a; i < b; {
		c := line[i]
		if !isLower(c) && c < 0xC3 || i > a && (isAlpha(line[i-1]) || line[i-1] >= 0x80) {
			i++
			continue
		}
		prev := ""
		if pws >= 0 && (pwe == i-1 || pwe == i-2 && line[i-2] == '/') {
			prev = line[pws:pwe]
		}
		we := speakerWordEnd(line, i) // the word's end, for both readers below
		if s, e, ok := lower24TitleNameTo(line, i, we); ok {
			if !g.overlaps(dst[n0:], len(text), s, e) {
				dst = append(dst, honorSpan(s, e))
			}
			i = e
			continue
		}
		if prev != "" && (lower24CallVerbs.has(prev) || lower24CallPreps.has(prev)) {
			if e := lower24CallName(line, i); e > 0 {
				if !g.overlaps(dst[n0:], len(text), i, e) {
					dst = append(dst, Span{Start: i, End: e, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
						Reason: "lower-case given name from gazetteer after a word of calls and messages"})
				}
				i = e
				continue
			}
		}
		pws, i = i, we
		pwe = i
		if i < b && line[i] >= 0x80 {
			i++
		}
	}
	return dst
}
