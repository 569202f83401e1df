package redact

// Ordinals without a month and ages with a glued suffix. An ordinal day
// alone is a date of birth when a birth word or a turning age comes right
// before it ("her birthday is on the 22nd", "turns 40 on the 3rd"); an
// ordinal after a person's possessive that ends its clause is the age of a
// birthday ("a party for her 85th.", "his 60th next week"). "29yo" and
// "7y/o" are ages as they stand. All three are read only for a run that
// detectScan already lets through to birthdayAt or ageAt. A day and a
// month in digits without a year ("aniversário 03/08", "Geburtstag:
// 3.4.") are a birthday right after a birth word.

// ordinalSuffixAt reports whether an English ordinal ending ("st", "nd",
// "rd", "th", either case) starts at e and ends its word.
func ordinalSuffixAt(text string, e int) bool {
	if e+2 > len(text) || e+2 < len(text) && (dobByte[text[e+2]]&dobAlnum != 0 || text[e+2] >= 0x80) {
		return false
	}
	a, b := text[e]|0x20, text[e+1]|0x20
	return a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h'
}

// ordinalEndAt returns the length of the ordinal ending at e: 2 for
// "st", "nd", "rd", "th" (ordinalSuffixAt), 3 for the Dutch "ste" ("zijn
// 50ste"), else 0.
func ordinalEndAt(text string, e int) int {
	if ordinalSuffixAt(text, e) {
		return 2
	}
	if hasPrefixFoldASCII(text[e:], "ste") && (e+3 == len(text) || dobByte[text[e+3]]&dobAlnum == 0 && text[e+3] < 0x80) {
		return 3
	}
	return 0
}

// ordinalAfterWords are the words after a possessive ordinal that leave it
// the age of a birthday: a time, a party, a linking word.
var ordinalAfterWords = boolTable(map[string]bool{
	"next": true, "this": true, "last": true, "on": true, "in": true, "at": true, "party": true, "bash": true,
	"celebration": true, "celebrations": true, "tomorrow": true, "today": true, "yesterday": true, "soon": true,
	"and": true, "with": true, "was": true, "is": true, "coming": true, "later": true,
	// the birthday nouns of the covered languages ("zijn 50ste verjaardag")
	"birthday": true, "bday": true, "verjaardag": true, "geburtstag": true, "anniversaire": true,
	"compleanno": true, "cumpleaños": true, "urodziny": true, "aniversário": true, "fødselsdag": true,
	"födelsedag": true, "bursdag": true,
})

// kinWordAfter reports whether a family word follows the space at e.
func kinWordAfter(text string, e int) bool {
	return e < len(text) && text[e] == ' ' && wordAfterIn(text, e+1, kinWords)
}

// wordAfterIn reports whether the word that starts at i, lower-cased, is
// in set.
func wordAfterIn(text string, i int, set *strTable) bool {
	j := i
	for j < len(text) && isCtxWordByte(text[j]) && text[j] != '.' {
		j++
	}
	var buf [16]byte
	w, ok := lowerWord(text, i, j, &buf)
	return ok && set.has(w)
}

// ordinalAlone reads the run r with an ordinal ending and no month after
// it: a day after a birth word or a turning age (the DATE_OF_BIRTH span is
// the ordinal with its ending, and the turning age is the second span), or
// an age after a person's possessive (the number only).
func ordinalAlone(text string, r digitRun) (Span, Span, bool) {
	if r.end-r.start > 2 {
		return Span{}, Span{}, false
	}
	n := ordinalEndAt(text, r.end)
	if n == 0 {
		return Span{}, Span{}, false
	}
	e := r.end + n
	v := atoiASCII(text[r.start:r.end])
	var buf [16]byte
	pw, q, ok := wordBeforeSpace(text, r.start, &buf)
	if !ok {
		return Span{}, Span{}, false
	}
	if pw == "the" {
		if v < 1 || v > 31 {
			return Span{}, Span{}, false
		}
		if w := birthWordJustBefore(text, q); w != "" {
			return birthdaySpan(r.start, e, withContext("ordinal day right after a birth word", w)), Span{}, true
		}
		if as, ae, ok := turnAgeBefore(text, q); ok {
			return birthdaySpan(r.start, e, "ordinal day after the age a person turns on it"), turnAgeSpan(as, ae), true
		}
		return Span{}, Span{}, false
	}
	if v < 10 || v > 120 || pw == "their" || pw == "our" {
		return Span{}, Span{}, false
	}
	switch {
	case pw == "happy":
		// "Happy 50th, Carla!", "happy 30th, little bro"; not "Happy 10th
		// Anniversary"
		if !ordinalClauseEnds(text, e) && !kinWordAfter(text, e) && !ordinalToName(text, e) { // read22_age.go
			return Span{}, Span{}, false
		}
	case personalPossessive(pw) || kinAfterPossessive(text, q, pw) || genitiveName(text, q, r.start-1, false):
		if !ordinalClauseEnds(text, e) {
			return Span{}, Span{}, false
		}
	default:
		return Span{}, Span{}, false
	}
	return Span{Start: r.start, End: r.end, Type: "AGE", Rule: "builtin.age", Score: 0.75,
		Reason: "ordinal after a possessive that ends its clause"}, Span{}, true
}

// ordinalClauseEnds reports whether the clause ends at e, after an
// ordinal, or goes on with a time or a party (ordinalAfterWords): "her
// 85th" names no thing ("her 85th order" does).
func ordinalClauseEnds(text string, e int) bool {
	if e >= len(text) {
		return true
	}
	switch text[e] {
	case '.', ',', ';', '!', '?', '\n', ')', ':', '|':
		return true
	case ' ':
		if e+1 < len(text) && text[e+1] == '|' {
			return true // the end of a table cell
		}
	default:
		return false
	}
	return wordAfterIn(text, e+1, ordinalAfterWords)
}

// yoSuffixLen returns the length of an age suffix glued to a number at e
// ("yo", "y/o", "y.o.", either case) that ends its word, or 0.
func yoSuffixLen(text string, e int) int {
	for _, s := range [...]string{"y/o", "y.o.", "yo"} {
		if f := e + len(s); hasPrefixFoldASCII(text[e:], s) && (f == len(text) || dobByte[text[f]]&dobAlnum == 0 && text[f] < 0x80) {
			return len(s)
		}
	}
	return 0
}

// yoAge reads "29yo", "7y/o": the number is an age up to 120.
func yoAge(text string, r digitRun) (Span, bool) {
	if r.end-r.start > 3 || yoSuffixLen(text, r.end) == 0 || atoiASCII(text[r.start:r.end]) > 120 {
		return Span{}, false
	}
	return Span{Start: r.start, End: r.end, Type: "AGE", Rule: "builtin.age", Score: 0.85,
		Reason: "number with an age suffix"}, true
}

// becomeVerb reports whether w, lower case, is a verb of the covered
// languages for the age a person turns ("fyller 50 nästa vecka", "wordt 70
// deze maand"; "wird morgen 70" is not read).
func becomeVerb(w string) bool {
	switch w {
	case "fyller", "fylder", "wordt", "wird", "cumple", "cumplir",
		"täyttää", "täytti": // (where13) Finnish
		return true
	}
	return false
}

// noteSubject reports whether the verb at k opens a note about the person
// the line names, its subject left out: after a dash, a comma, a colon or
// at the start of a line ("Ana Ruiz, 9:15, anteckning: fyller 50 nästa
// vecka").
func noteSubject(text string, k int) bool {
	i := k
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	if i == 0 {
		return true
	}
	switch text[i-1] {
	case '\n', '-', ',', ':', ';', '(', '|':
		return true
	case 0x94, 0x93: // "—", "–"
		return i >= 3 && text[i-3] == 0xE2 && text[i-2] == 0x80
	}
	return false
}

// familyWordBefore reports whether a family word ends one space before k:
// "en datter på 7", "barnebarnet på 12".
func familyWordBefore(text string, k int) bool {
	var buf [16]byte
	w, _, ok := wordBeforeSpace(text, k, &buf)
	return ok && (kinWords.has(w) || kinPlurals.has(w))
}

// genitiveName reports whether text[q:p], the word before an ordinal, is a
// name or a family word with a possessive "'s" ("Ingrid's 70th", "Mum's
// 80th"): a given name of the gazetteers (any case, "ingrid's") or a
// family word; with anyName, any capitalised word ("Tobias's 6th
// birthday", where the birthday word says whose it is).
func genitiveName(text string, q, p int, anyName bool) bool {
	w := text[q:p]
	switch {
	case len(w) > 2 && w[len(w)-2:] == "'s":
		w = w[:len(w)-2]
	case len(w) > 4 && w[len(w)-4:] == "\u2019s":
		w = w[:len(w)-4]
	default:
		return false
	}
	if len(w) < 2 || len(w) > 15 {
		return false
	}
	if anyName && isUpper(w[0]) {
		return true
	}
	var buf [16]byte
	if lw, ok := lowerWord(w, 0, len(w), &buf); ok && kinWords.has(lw) {
		return true
	}
	if w[0] >= 'a' && w[0] <= 'z' {
		buf[0] = w[0] - ('a' - 'A')
		copy(buf[1:], w[1:])
		w = string(buf[:len(w)])
	}
	f := nameFlagsOf(w)
	return f&nameGiven != 0 && f&(nameStop|nameCity|nameAmbiguous) == 0
}

// numericBirthday reads a day and a month in digits without a year from
// the run r ("03/08", "3.4.": with dots, the month's dot too, so that a
// decimal such as "3.5" is none) when a birth word comes right before it,
// or, with both dots, right after it ("am 23.09. Geburtstag").
// The shape is tested first, then birthFilter, then the words.
func numericBirthday(sc *textScan, r digitRun) (Span, bool) {
	text := sc.text
	e := r.end
	if e-r.start > 2 || e+1 >= len(text) || text[e] != '/' && text[e] != '.' {
		return Span{}, false
	}
	sep := text[e]
	m, ok := digitsAt(text, e+1, 1, 2)
	if !ok {
		return Span{}, false
	}
	end := m
	if m < len(text) && text[m] == sep {
		if m+1 < len(text) && isDigit(text[m+1]) {
			return Span{}, false // a year follows: dateAt's
		}
		end++ // "3.4."
		if sep == '/' {
			end--
		}
	} else if sep == '.' {
		return Span{}, false
	}
	if end < len(text) && (dobByte[text[end]]&dobAlnum != 0 || text[end] == '/' || text[end] == '.' && end+1 < len(text) && isDigit(text[end+1])) {
		return Span{}, false
	}
	if !dateLike(text[r.start:e], text[e+1:m]) {
		return Span{}, false
	}
	w := ""
	if birthFilter.maybeAt(sc, r.start-32, r.start) {
		w = birthWordJustBefore(text, r.start)
	}
	if w == "" && sep == '.' && end > m && birthFilter.maybeAt(sc, end, end+24) {
		// "hat am 23.09. Geburtstag" (the month's dot closes the date)
		if w = birthWordJustAfter(text, end); w != "" {
			return birthdaySpan(r.start, end, withContext("day and month in digits right before a birth word", w)), true
		}
	}
	if w == "" {
		return Span{}, false
	}
	return birthdaySpan(r.start, end, withContext("day and month in digits right after a birth word", w)), true
}

// hasSuffixFoldASCII reports whether s ends with lower-case p, ignoring
// ASCII case.
func hasSuffixFoldASCII(s, p string) bool {
	return len(s) >= len(p) && equalFoldASCII(s[len(s)-len(p):], p)
}

// titledName reports whether text[q:p], the word before a verb and an
// age, is a capitalised name after an honorific ("Herr Adler wird 80",
// "Mrs Obi is 71").
func titledName(text string, q, p int) bool {
	if q == p || q < 3 || text[q-1] != ' ' || !upperAt(text, q) {
		return false
	}
	t := q - 1
	if text[t-1] == '.' {
		t--
	}
	s := t
	for s > 0 && nameByteBefore(text, s) {
		s--
	}
	return s < t && nameFlagsOf(text[s:t])&nameTitle != 0
}

// kinBeforeComma reports whether a family word and a comma end right
// before the word at q ("we bellen zijn opa, die is 88").
func kinBeforeComma(text string, q int) bool {
	return q >= 3 && text[q-1] == ' ' && text[q-2] == ',' && wordBeforeIn(text, q-2, kinWords)
}

// ageWeekdays are the German and Dutch weekdays that may stand between
// "wird am" or "wordt op" and an age ("wird am Dienstag 90").
var ageWeekdays = boolTable(map[string]bool{
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true,
	"sonntag": true, "maandag": true, "dinsdag": true, "woensdag": true, "donderdag": true, "vrijdag": true,
	"zaterdag": true, "zondag": true,
})

// weekdayBeforeAge reports whether w, the word at k before an age, is a
// weekday after "wird am", "wird", "wordt op" or "wordt": it returns the
// verb's start and lower-case form, which ageAt then reads as the age
// word.
func weekdayBeforeAge(text string, k int, w string, buf *[16]byte) (int, string, bool) {
	if !ageWeekdays.has(w) {
		return 0, "", false
	}
	v, q, ok := wordBeforeSpace(text, k, buf)
	if ok && (v == "am" || v == "op") {
		v, q, ok = wordBeforeSpace(text, q, buf)
	}
	if !ok || v != "wird" && v != "wordt" {
		return 0, "", false
	}
	return q, v, true
}
