package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// person23b (issue 9): two more places that make a capitalised word a
// person's given name, in the languages of the sets.
//
// A kin word right before it, in the forms relationWords (person.go)
// cannot read: words that open with a non-ASCII letter ("ћерке Милица",
// "córka Zosia"), Nordic definite forms that open a sentence and would
// otherwise be read as the name's first word ("Sønnen Aksel hentes"),
// and kin words that take their possessive after them ("anak saya Bayu",
// "mjukuu wake Baraka"): kinNames23b.
//
// An age in brackets right after it ("Efua (14 months)", "Zvonko (6)",
// "Arnau (11 anys)"): bracketAgeNames23b. A product's or a room's size or
// count in brackets ("Room (2)", "Size (10)", "Galaxy (3)") stays no
// name: the word must be no word the gazetteers know as other than a
// name, no capitalised word may come before it except a kin word or a
// sentence's end, and a bare number ("(6)", no unit) needs a kin word
// before it or a given name the gazetteers hold as no word
// (bracketAgeWord).

// kinWords23b are kin words, lower case, after which a capitalised word
// is a person's name.
var kinWords23b = boolTable(map[string]bool{
	// Nordic (definite forms open sentences: "Datteren Sigrid")
	"datteren": true, "dattera": true, "sønnen": true, "barnebarnet": true, "dottern": true,
	"sonen": true, "barnbarnet": true, "dotter": true, "datter": true, "søn": true, "sønn": true,
	// German, Dutch (nouns are capitalised)
	"tochter": true, "sohn": true, "enkel": true, "enkelin": true, "nichte": true, "neffe": true,
	"dochter": true, "zoon": true, "kleinzoon": true, "kleindochter": true,
	// Romance
	"hijo": true, "hija": true, "nieto": true, "nieta": true, "sobrino": true, "sobrina": true,
	"fill": true, "filla": true, "nét": true, "néta": true, "fillo": true, "neto": true, "neta": true,
	"filho": true, "filha": true, "sobrinho": true, "sobrinha": true, "figlio": true, "figlia": true,
	"nipote": true, "nipotino": true, "nipotina": true, "fils": true, "fille": true, "petit-fils": true,
	"petite-fille": true, "neveu": true, "nièce": true, "fiica": true, "fiul": true, "nepotul": true,
	"nepoata": true,
	// West and South Slavic, Latin script
	"córka": true, "córki": true, "córkę": true, "córką": true, "syn": true, "syna": true, "synem": true,
	"wnuk": true, "wnuka": true, "wnuczka": true, "wnuczkę": true, "wnuczki": true, "dcera": true,
	"dcery": true, "dceru": true, "vnuk": true, "vnučka": true, "vnučku": true, "ćerka": true,
	"ćerke": true, "ćerku": true, "kćer": true, "kćerka": true, "kćerke": true, "kćerku": true,
	"kći": true, "sina": true, "unuk": true, "unuka": true, "unuku": true, "unuke": true,
	"nećak": true, "nećaka": true, "nećakinja": true, "hči": true, "hčerka": true, "vnukinja": true,
	// Cyrillic, Greek
	"ћерка": true, "ћерке": true, "ћерку": true, "кћерка": true, "кћерку": true, "кћерке": true,
	"кћи": true, "син": true, "сина": true, "унук": true, "унука": true, "унуку": true, "унуке": true,
	"дочь": true, "дочери": true, "дочка": true, "дочку": true, "сын": true, "сына": true, "внук": true,
	"внука": true, "внучка": true, "внучку": true, "дъщеря": true, "донька": true, "доньку": true,
	"онук": true, "онука": true, "κόρη": true, "γιος": true, "εγγονός": true, "εγγονή": true,
	"ανιψιός": true, "ανιψιά": true,
	// Baltic, Finnic, Hungarian, Turkish, Albanian
	"dukra": true, "dukrą": true, "sūnus": true, "sūnų": true, "anūkas": true, "anūkė": true,
	"meita": true, "meitu": true, "dēls": true, "dēlu": true, "mazdēls": true, "mazmeita": true,
	"tytär": true, "tyttäreni": true, "poikani": true, "lapsenlapsi": true, "tütar": true,
	"poeg": true, "lapselaps": true, "lányom": true, "fiam": true, "unokám": true, "kızım": true,
	"oğlum": true, "torunum": true, "yeğenim": true, "vajza": true, "djali": true, "mbesa": true,
	"nipi": true,
	// kin words that take their possessive after them (kinPossessives23b)
	"anak": true, "adik": true, "cucu": true, "keponakan": true, "putra": true, "putri": true,
	"istri": true, "isteri": true, "suami": true, "mjukuu": true, "mtoto": true, "mke": true,
	"mume": true, "kaka": true, "dada": true, "mpwa": true,
})

// kinPossAfter23b are the kin words of kinWords23b that name a person only
// with a possessive after them ("anak saya", "mtoto wangu").
var kinPossAfter23b = boolTable(map[string]bool{
	"anak": true, "adik": true, "cucu": true, "keponakan": true, "putra": true, "putri": true,
	"istri": true, "isteri": true, "suami": true, "mjukuu": true, "mtoto": true, "mke": true,
	"mume": true, "kaka": true, "dada": true, "mpwa": true,
})

// kinPossessives23b are the Indonesian, Malay and Swahili possessives
// after a kin word.
var kinPossessives23b = boolTable(map[string]bool{
	"saya": true, "aku": true, "kami": true, "kita": true, "beliau": true, "dia": true,
	"wake": true, "wangu": true, "yangu": true, "wetu": true, "yetu": true, "yake": true, "wako": true,
	"yako": true, "wao": true, "yao": true,
})

// kinWordBefore23b reports whether a kin word of kinWords23b (with its
// possessive, for those of kinPossAfter23b) ends one space before i.
func kinWordBefore23b(text string, i int) bool {
	if i < 3 || text[i-1] != ' ' {
		return false
	}
	b, e := wordBefore23b(text, i-1)
	if b == e || e-b > 24 {
		return false
	}
	var buf [24]byte
	w := roleKeyLower(buf[:0], text[b:e])
	if _, _, ok := kinClitics24.getBytes(w); ok {
		return kinBeforeClitic24(text, b) // script24_words.go: "дъщеря си Айше"
	}
	if _, _, ok := kinPossessives23b.getBytes(w); ok {
		if b < 2 || text[b-1] != ' ' {
			return false
		}
		kb, ke := wordBefore23b(text, b-1)
		if ke-kb > 24 || kb == ke {
			return false
		}
		_, _, ok := kinPossAfter23b.getBytes(roleKeyLower(buf[:0], text[kb:ke]))
		return ok
	}
	if _, _, ok := kinWords23b.getBytes(w); !ok {
		return false
	}
	_, _, poss := kinPossAfter23b.getBytes(w)
	return !poss
}

// wordBefore23b returns the bounds of the word of letters (any script)
// and hyphens that ends at e. It is not wordEndingAt (address.go), which
// reads back to a word stop of the address rules and so takes in
// apostrophes, dots, digits and quotes ("l'oncle", "«Tante", "2x-Onkel"
// whole): a kin or role word is looked up without them.
func wordBefore23b(text string, e int) (int, int) {
	b := e
	for b > 0 {
		if c := text[b-1]; c < utf8.RuneSelf {
			// an ASCII byte is a letter of unicode.IsLetter's only when
			// isAlpha's: no rune to decode
			if c != '-' && !isAlpha(c) {
				break
			}
			b--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[:b])
		if r != '-' && !unicode.IsLetter(r) {
			break
		}
		b -= size
	}
	return b, e
}

// kinValueEnd23b returns the end of the name of one to three capitalised
// words at v after a kin word, and whether there is one: words of a
// name's shape (roleValueEnd's test without its field end).
func kinValueEnd23b(text string, v int) (int, bool) {
	e, words, ok := capRunEnd(text, v)
	if !ok || words > 3 {
		return 0, false
	}
	if text[v] >= 0xCE && text[v] <= 0xD3 {
		return e, roleNonLatinNameLike(text[v:e])
	}
	if words == 1 {
		w := text[v:e]
		if f := nameFlagsOf(w); f != 0 {
			return e, f&(nameGiven|nameFamily) != 0
		}
		sum, _, parts := spellScores(w)
		return e, parts == 1 && sum >= kinSpellFloor23b && !roleNobody.has(w)
	}
	return e, spellNameLikeAt(text, v, e, spellContactMean, spellContactFloor)
}

// kinSpellFloor23b is the least spelling score of a lone word no
// gazetteer knows after a kin word: lower than roleSpellFloor, as a kin
// word vouches for a name more than a role key does ("Brais" -8, "Petar"
// -16; "Total" and other words are stop words capRunEnd turns away).
const kinSpellFloor23b = -20

// kinWordMaybe23b is kinNames23b's byte test before kinWordBefore23b:
// the bytes up to the space before e (at most 24) could be a word of
// kinWords23b or kinPossessives23b by their first byte (in lower case)
// and length. A kin word in Cyrillic or Greek capitals opening a sentence
// has another first byte and is not read.
func kinWordMaybe23b(text string, e int) bool {
	// the word's start: after the last space or line break of the 25
	// bytes before e (engine24_lines.go, eight bytes at a time); a word
	// of more than 24 bytes is none of these
	lo := max(0, e-25)
	b := 0
	if j := lastBlankIn(text[lo:e]); j >= 0 {
		b = lo + j + 1
	} else if e >= 25 {
		return false
	}
	if e-b < 3 {
		return false
	}
	c := text[b]
	if isUpper(c) {
		c += 'a' - 'A'
	}
	return kinWords23b.maybeBytes(c, e-b) || kinPossessives23b.maybeBytes(c, e-b) || kinClitics24.maybeBytes(c, e-b)
}

// kinNames23b appends the names after kin words (see above) that no span
// of dst covers. It reads the capitals of the text that follow a space;
// personSpans calls it for a text with a line break only (notes, chats,
// lists and letters, where the sets' kin words stand), as it costs ~450
// instructions per Find over the 5 MB corpus otherwise.
//
//go:noinline
func kinNames23b(sc *textScan, dst []Span) []Span {
	lg := spanGuard{live: true} // liveSpanOverlaps for a long text's many names
	text := sc.text
	for i := sc.next(mkCapital, 1); i >= 0; i = sc.next(mkCapital, i+1) {
		if text[i-1] != ' ' || !kinWordMaybe23b(text, i-1) || !upperRuneAt(text, i) || !kinWordBefore23b(text, i) {
			continue
		}
		e, ok := kinValueEnd23b(text, i)
		if !ok || lg.overlaps(dst, len(text), i, e) {
			continue
		}
		dst = append(dst, Span{Start: i, End: e, Type: "PERSON", Rule: "builtin.person", Score: 0.75,
			Reason: "capitalised word after a kin word"})
		i = e
	}
	reportWork("kinNames23b", lg.work)
	return dst
}

// bracketAgeUnits23b are the words of an age in brackets after a child's
// name, lower case: years and months in the prompt languages.
var bracketAgeUnits23b = boolTable(map[string]bool{
	"years": true, "year": true, "yrs": true, "yr": true, "y": true, "yo": true, "y/o": true,
	"months": true, "month": true, "mos": true, "mo": true, "weeks": true, "wks": true,
	"años": true, "anys": true, "anos": true, "ans": true, "anni": true, "jaar": true, "jahre": true,
	"år": true, "lat": true, "lata": true, "godina": true, "godine": true, "let": true, "лет": true,
	"года": true, "год": true, "година": true, "години": true, "ετών": true, "χρονών": true,
	"tahun": true, "thn": true, "miaka": true, "ani": true, "éves": true, "vuotta": true,
	"v": true, "aastat": true, "gadi": true, "metai": true, "metų": true, "m": true, "yaş": true,
	"tuổi": true, "meses": true, "mesos": true, "mois": true, "monate": true, "maanden": true,
	"måneder": true, "månader": true, "kuukautta": true, "miesięcy": true, "měsíců": true,
	"mjeseci": true, "meseci": true, "месеци": true, "месяцев": true, "месяца": true, "μηνών": true,
	"bulan": true, "miezi": true, "hónapos": true, "ay": true, "mėn": true, "mėnesių": true,
})

// bracketAgeAt returns whether an age in brackets opens at p, the '(':
// one or two digits, then ")" or a space, a word of bracketAgeUnits23b
// and ")"; unit tells whether the age has its unit.
func bracketAgeAt(text string, p int) (ok, unit bool) {
	j := p + 1
	if j >= len(text) || !isDigit(text[j]) {
		return false, false
	}
	j++
	if j < len(text) && isDigit(text[j]) {
		j++
	}
	if j >= len(text) {
		return false, false
	}
	if text[j] == ')' {
		return true, false
	}
	if text[j] != ' ' {
		return false, false
	}
	k := j + 1
	for k < len(text) && text[k] != ')' && k-j <= 20 {
		k++
	}
	if k >= len(text) || text[k] != ')' {
		return false, false
	}
	var buf [24]byte
	w := roleKeyLower(buf[:0], text[j+1:k])
	if len(w) > 0 && w[len(w)-1] == '.' {
		w = w[:len(w)-1]
	}
	_, _, known := bracketAgeUnits23b.getBytes(w)
	return known, known
}

// bracketAgeNames23b appends the given names before ages in brackets
// (see above) that no span of dst covers.
//
//go:noinline
func bracketAgeNames23b(text string, dst []Span) []Span {
	lg := spanGuard{live: true} // liveSpanOverlaps for a long text's many names
	for off := 0; ; {
		q := strings.IndexByte(text[off:], '(')
		if q < 0 {
			reportWork("bracketAgeNames23b", lg.work)
			return dst
		}
		q += off
		off = q + 1
		if q < 3 || text[q-1] != ' ' || q+2 >= len(text) || !isDigit(text[q+1]) {
			continue
		}
		ok, unit := bracketAgeAt(text, q)
		if !ok {
			continue
		}
		e := q - 1
		s, _ := wordBefore23b(text, e)
		if s == e || !upperRuneAt(text, s) || e-s < 2 || lg.overlaps(dst, len(text), s, e) {
			continue
		}
		if s > 0 && text[s-1] != ' ' && text[s-1] != '\n' && text[s-1] != '\t' {
			continue // "x-Large (2)", "#Tag (3)"
		}
		if isUpper(text[s]) && isUpper(text[s+1]) {
			continue // capitals: "XL (2)"
		}
		w := text[s:e]
		f := nameFlagsOf(w)
		if f&(nameStop|nameCity|nameTitle|nameGreeting) != 0 && f&nameGiven == 0 {
			continue
		}
		kin := kinWordBefore23b(text, s) || relationBefore(text, s) != ""
		if !kin && !bracketAgeLead(text, s) {
			continue
		}
		if !kin && (!bracketAgeWord(w, f, unit) || f&nameGiven == 0 || f&nameAmbiguous != 0) && !bracketAgeMidSentence(text, s) {
			continue // "Glen (12 years) is our best malt"
		}
		if !kin && !bracketAgeWord(w, f, unit) {
			continue
		}
		dst = append(dst, Span{Start: s, End: e, Type: "PERSON", Rule: "builtin.person", Score: 0.75,
			Reason: "capitalised word before an age in brackets"})
	}
}

// bracketAgeLead reports whether what comes before the word at s leaves
// it alone: the text's or line's start, a list mark, a colon, comma or
// a sentence's end, or a lower-case word (a capitalised one before it
// makes it a product's or a place's last word: "Samsung Galaxy (3)").
func bracketAgeLead(text string, s int) bool {
	if s == 0 || text[s-1] == '\n' {
		return true
	}
	p := s - 1
	for p > 0 && text[p] == ' ' {
		p--
	}
	switch text[p] {
	case '\n', ':', ',', '-', '*', '.', '!', '?', ';':
		return true
	}
	b, e := wordBefore23b(text, p+1)
	if b == e {
		return false
	}
	return !upperRuneAt(text, b)
}

// bracketAgeWord reports whether w, with the gazetteers' flags f, is a
// given name before an age in brackets with no kin word before it: a
// given name the gazetteers hold as no word too, or, before an age with
// its unit, any given name, a Greek or Cyrillic word, or a word spelt
// like a name. Before a bare number a word no gazetteer knows is none:
// spelling scores read "Room" and "Bathroom" as names.
func bracketAgeWord(w string, f uint8, unit bool) bool {
	switch {
	case f&nameGiven != 0:
		return unit || f&nameAmbiguous == 0
	case f != 0 || !unit:
		return false
	case w[0] >= 0xCE && w[0] <= 0xD3:
		return true
	}
	sum, _, parts := spellScores(w)
	return parts == 1 && sum >= roleSpellFloor
}

// bracketAgeDeterminers are the articles and possessives that make the
// capitalised word after them a thing ("the Glenmorangie (18 years)",
// "our Deluxe (2)").
var bracketAgeDeterminers = boolTable(map[string]bool{
	"the": true, "a": true, "an": true, "our": true, "your": true, "this": true, "that": true, "el": true,
	"la": true, "los": true, "las": true, "le": true, "les": true, "der": true, "die": true, "das": true,
	"den": true, "het": true, "il": true, "lo": true, "un": true, "una": true, "ein": true, "eine": true,
})

// bracketAgeMidSentence reports whether a lower-case word that is no
// article or possessive, or a list's comma, comes right before the word
// at s: a word that is a name as often as a thing ("Glen", "Olive") or
// that no gazetteer knows is read before an age only inside a sentence.
func bracketAgeMidSentence(text string, s int) bool {
	if s < 2 || text[s-1] != ' ' {
		return false
	}
	if text[s-2] == ',' {
		return true
	}
	b, e := wordBefore23b(text, s-1)
	if b == e || upperRuneAt(text, b) || e-b > 24 {
		return false
	}
	var buf [24]byte
	_, _, det := bracketAgeDeterminers.getBytes(roleKeyLower(buf[:0], text[b:e]))
	return !det
}
