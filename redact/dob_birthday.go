package redact

import "slices"

// Birthdays without a year. A day and a month alone are a date of birth
// when the text gives them as the person's birthday: right after a birth
// word ("birthday on 3 May", "compleanno (12 agosto)", "Geburtstag am 14.
// Juli", "born March 3rd") or after the age the person turns on that day
// ("turns 50 on September 3", "fyller 35 den 4 mars"). Only a few linking
// words may stand between: "birthday sale ends 12 March" names a sale's
// date, not a birthday.

// monthHeads are the first three bytes of the month names of monthNames
// (lower case) and of the birthday words an ordinal age comes before
// (birthdayHeads); monthTails the last three of those a day may follow.
var monthHeads = func() []string {
	var out []string
	for m := range monthNames {
		if len(m) >= 3 {
			out = append(out, m[:3])
		}
	}
	return append(out, append(birthdayHeads, "of ", "de ")...)
}()

// birthdayHeads are the first three bytes of the birthday words after an
// ordinal age ("60th birthday", "60. Geburtstag", "40. urodziny", "60e
// verjaardag", "50. fødselsdag"): see ordinalBirthdayAge.
var birthdayHeads = []string{"bir", "bda", "geb", "ver", "uro", "f\xc3\xb8d", "f\xc3\xb6d", "bur", "ann",
	"sz\xc3", // Hungarian "születésnap" (locdob9_dob.go)
	"nar"}    // Czech and Slovak "slaví 5. narozeniny" (loc17_age.go)

var (
	monthHeadSet    = newMonth3Set(monthHeads)
	birthdayHeadSet = newMonth3Set(birthdayHeads)
	monthTailSet    = newMonth3Set(append([]string{"ary", "rch", "ril", "may", "une", "uly", "ust", "ber", "mar", "apr",
		"jun", "jul", "aug", "sep", "ept", "oct", "nov", "dec", "jan", "feb", "uli", "uni", "mei", "art"},
		monthFirstTails()...)) // dob_birthday7.go
)

// birthdayMaybe is birthdayAt's filter on a day of one or two digits
// that a space, a dot ("14. Dezember") or an ordinal's two letters ("9th
// of December") and a space follow (detectScan has checked the byte after
// the run with dobDay; dayFirst reads the space): the three bytes after the space start a month
// name, a birthday word, "of " or "de " ("3 of May", "5 de mayo"). It is
// small enough to be inlined in detectScan's loop.
func birthdayMaybe(text string, r digitRun) bool {
	q := r.end + int(dayLead[text[r.end]]) // the space, unless the day is "3.5" or "3rd-": dayFirst reads it
	return q+3 < len(text) && monthHeadSet.has3(text[q+1], text[q+2], text[q+3])
}

// dayLead holds, for the byte after a day, how many bytes come before the
// space: none after the day, one for "14. " and "40e ", two for "9th ".
var dayLead = [256]uint8{'.': 1, 'e': 1, 's': 2, 'n': 2, 'r': 2, 't': 2}

// birthdayAt reads a day and a month without a year from the one- or
// two-digit run r, the day: "12 agosto", "5 de mayo", "9th of December",
// "14. Dezember". It reports the span when a birth word comes right before
// it ("her bday is the 9th of December") or right after it ("am 2. januar
// Geburtstag"), or a turning age ("turns forty on the 3rd of January",
// "cumple setenta años el próximo 8 de diciembre"), and leaves a date with
// a year to dateAt and monthBefore. The age, when it is written in words
// (or was not read as one), is the second span, with End 0 when there is
// none. (The month first, "September 3", is read only after a turning age
// in digits, by birthdayAfterAge: a filter for it on every number after a
// word cost too much.) An ordinal before a birthday word is the age
// instead ("her 60th birthday": ordinalBirthdayAge).
//
//go:noinline
func birthdayAt(text string, r digitRun) (Span, Span, bool) {
	if r.end-r.start > 2 {
		return Span{}, Span{}, false
	}
	if !birthdayMaybe(text, r) {
		// "on the 22nd", "her 85th!" (dob_ordinal.go)
		return ordinalAlone(text, r)
	}
	// The word after the day, past "of" or "de": birthdayMaybe let "3 of
	// our" through.
	p := r.end + int(dayLead[text[r.end]]) + 1
	if p+6 <= len(text) && (text[p:p+3] == "de " || text[p:p+3] == "of ") {
		p += 3
	}
	if p+3 > len(text) || !monthHeadSet.has3(text[p], text[p+1], text[p+2]) {
		return Span{}, Span{}, false
	}
	if birthdayHeadSet.has3(text[p], text[p+1], text[p+2]) {
		if sp, ok := ordinalBirthdayAge(text, r); ok {
			return sp, Span{}, true
		}
	}
	d := atoiASCII(text[r.start:r.end])
	if d < 1 || d > 31 {
		return Span{}, Span{}, false
	}
	start, end, ok := dayFirst(text, r)
	if !ok || yearAfter(text, end) {
		return Span{}, Span{}, false
	}
	var age Span
	reason := ""
	if w := birthWordJustBefore(text, start); w != "" {
		reason = withContext("day and month right after a birth word", w)
		age = turnWordAgeBack(text, start)
	} else if w := birthWordJustAfter(text, end); w != "" {
		reason = withContext("day and month right before a birth word", w)
		age = turnWordAgeBack(text, start)
	} else if as, ae, ok := turnAgeBefore(text, start); ok {
		reason = "day and month after the age a person turns on it"
		age = turnAgeSpan(as, ae)
	} else if w := birthdayCueNear(text, start); w != "" {
		// "birthday falls on the tour (24 April)", a list under a
		// line about birthdays (dob_birthday7.go)
		reason = withContext("day and month in brackets or a list after a birth word", w)
	} else if as, ae, ok := turnAgeAfterDay(text, start, end); ok {
		// "wird am 14. Februar 50" (address3_birthday.go): the age
		// only, as the labelled sets have it ("Oma Helga wird am 14.
		// Juli 85!" labels 85 and not the day).
		return turnAgeSpan(as, ae), Span{}, true
	} else {
		return Span{}, Span{}, false
	}
	return birthdaySpan(start, end, reason), age, true
}

// dayFirst reads "12 agosto", "3rd of May", "14. Juli", "5 de mayo" from
// the day r: it returns the span's bounds.
func dayFirst(text string, r digitRun) (int, int, bool) {
	p := r.end
	if p+2 <= len(text) && isOrdinal(text[r.start:p+2]) {
		p += 2
	} else if p < len(text) && text[p] == '.' {
		p++
	}
	if p+1 >= len(text) || text[p] != ' ' {
		return 0, 0, false
	}
	p++
	if p+3 <= len(text) && (text[p:p+3] == "of " || text[p:p+3] == "de ") {
		p += 3
	}
	me, ok := monthAt(text, p)
	if !ok || !wordEndAt(text, me) {
		return 0, 0, false
	}
	if text[me-1] == '.' && !monthAbbrev(text[p:me-1]) {
		me-- // the sentence's full stop after "9. juni."
	}
	return r.start, me, true
}

// monthAbbrev reports whether w is an abbreviated English month name, which
// keeps its dot ("3 Sept.").
func monthAbbrev(w string) bool {
	switch len(w) {
	case 3:
		return true // "Jan", "Feb", "Mar"…: no full month name has three letters but "May"
	case 4:
		return equalFoldASCII(w, "sept")
	}
	return false
}

// monthFirst reads "September 3", "March 3rd" where the run r, the day,
// follows a month word and one space.
func monthFirst(text string, r digitRun) (int, int, bool) {
	if r.start < 4 || text[r.start-1] != ' ' {
		return 0, 0, false
	}
	ms := r.start - 1
	for ms > 0 && r.start-ms <= monthMaxBytes && (text[ms-1]&0xC0 == 0x80 || isLetterAt(text, ms-1)) {
		ms-- // (a continuation byte: the month's letters are read back rune by rune, "március")
	}
	if me, ok := monthAt(text, ms); !ok || me != r.start-1 || ms > 0 && isLetterAt(text, ms-1) {
		return 0, 0, false
	}
	e := r.end
	if e+2 <= len(text) && isOrdinal(text[r.start:e+2]) {
		e += 2
	}
	if !wordEndAt(text, e) {
		return 0, 0, false
	}
	return ms, e, true
}

// yearAfter reports whether a year follows the date that ends at e (" 1990",
// ", 1990"): such a date is a full one, for dateAt and monthBefore.
func yearAfter(text string, e int) bool {
	if e < len(text) && text[e] == ',' {
		e++
	}
	if e+4 <= len(text) && text[e:e+4] == " de " {
		e += 3 // "3 de março de 1980"
	}
	if e >= len(text) || text[e] != ' ' {
		return false
	}
	_, ok := digitsAt(text, e+1, 4, 4)
	return ok && yearPrefixAt(text, e+1) // not "3 May, 0805 331 2290" (locdob10)
}

// birthdayLinks are the words that may stand between a birth word and the
// day it names: "birthday is on 3 May", "Geburtstag am 14. Juli",
// "anniversaire le 2 mars", "verjaardag op 9 mei", "födelsedag den 4 mars",
// and between a turning age and its day: "cumple 70 el próximo 8 de
// diciembre".
var birthdayLinks = boolTable(map[string]bool{
	"on": true, "is": true, "was": true, "falls": true, "the": true, "am": true, "ist": true, "le": true,
	"est": true, "el": true, "es": true, "il": true, "è": true, "op": true, "is:": true, "den": true, "är": true,
	"er": true, "em": true, "é": true, "dia": true, "w": true, "dnia": true, "próximo": true, "prossimo": true,
	// (address3) the day after a turning age said as today or
	// tomorrow: "faz 30 anos amanhã (14 de fevereiro)"
	"tomorrow": true, "today": true, "amanhã": true, "hoje": true, "mañana": true, "hoy": true, "domani": true,
	"oggi": true, "morgen": true, "heute": true, "demain": true, "jutro": true, "imorgon": true, "idag": true,
	// (dob_birthday7.go) the second word of a two-word birth word ("doğum
	// günü 15 Ekim", "doğum tarihi", "ziua de naștere"), and "noong"
	// ("ipinanganak noong Hunyo 21")
	"günü": true, "tarihi": true, "noong": true, "pe": true, "dne": true, "na": true,
	// Turkish "my birthday", "your birthday": "doğum günüm 14 Mart"
	"günüm": true, "günün": true,
})

// birthdayWords are birth words for a birthday that the context words
// (ctxBirth) lack: the German genitive ("anlässlich Ihres 60.
// Geburtstags am 14. Dezember") and the Nordic words for a birthday.
var birthdayWords = boolTable(map[string]bool{
	"geburtstags": true, "geburtstages": true, "fødselsdag": true, "fødselsdagen": true, "födelsedag": true,
	"födelsedagen": true, "bursdag": true, "bursdagen": true,
	"anniversaire": true, // French: a birthday ("son 80e anniversaire"), not the English "anniversary"
	"cumple":       true, // Spanish: a birthday ("su cumple es el 1 de marzo"), and "turns" ("cumple el 8 de mayo")
	// plurals, as a list of birthdays is introduced (dob_list.go)
	"geburtstage": true, "verjaardagen": true, "compleanni": true, "aniversários": true, "anniversaires": true,
	"födelsedagar": true, "fødselsdage": true, "bursdager": true, "birthdays": true,
})

// birthWordJustBefore returns the birth word (see contextWords and
// birthdayWords) that ends before start with at most two linking words and
// brackets, colons or dashes between, or "".
func birthWordJustBefore(text string, start int) string {
	i := start
	var buf [32]byte
	for words := 0; words <= 2; words++ {
		for i > 0 && (text[i-1] == ' ' || text[i-1] == '(' || text[i-1] == ':' || text[i-1] == '-' || text[i-1] == ',') {
			i--
		}
		e := i
		for i > 0 && ctxByte[text[i-1]] == ctxWordByte {
			i--
		}
		if i == e {
			return ""
		}
		if w, ok := lookupCtx(text[i:e], &buf, ctxBirth); ok {
			return w
		}
		lw, ok := lowerWord(text, i, e, (*[16]byte)(buf[:16]))
		if ok && birthdayWords.has(lw) {
			return "birthday"
		}
		if !ok || !birthdayLinks.has(lw) {
			return ""
		}
	}
	return ""
}

// birthLinksAfter are the words that may stand between a day and a birth
// word after it: "am 2. Januar Geburtstag", "3 May is her birthday", "el
// 8 de diciembre es su cumpleaños", "12 grudnia ma urodziny".
var birthLinksAfter = boolTable(map[string]bool{
	"is": true, "was": true, "her": true, "his": true, "their": true, "ist": true, "ihr": true, "sein": true,
	"es": true, "su": true, "est": true, "son": true, "sa": true, "è": true, "il": true, "suo": true, "é": true,
	"o": true, "seu": true, "a": true, "sua": true, "ma": true, "jej": true, "jego": true, "är": true,
	"hennes": true, "hans": true, "er": true, "hendes": true, "hat": true, "has": true, "heeft": true,
	"haar": true, "zijn": true,
})

// birthWordJustAfter returns the birth word that starts after end, the end
// of a day and month, with single spaces and at most two linking words
// between, or "": no sentence or clause ends between them.
func birthWordJustAfter(text string, end int) string {
	i := end
	var buf [32]byte
	for words := 0; words <= 2; words++ {
		if i >= len(text) || text[i] != ' ' {
			return ""
		}
		i++
		s := i
		for i < len(text) && ctxByte[text[i]] == ctxWordByte {
			i++
		}
		if i == s {
			return ""
		}
		if w, ok := lookupCtx(text[s:i], &buf, ctxBirth); ok {
			return w
		}
		lw, ok := lowerWord(text, s, i, (*[16]byte)(buf[:16]))
		if ok && birthdayWords.has(lw) {
			return "birthday"
		}
		if !ok || !birthLinksAfter.has(lw) {
			return ""
		}
	}
	return ""
}

// turnAgeBefore reports whether a turning age and one or two linking
// words come right before start: "turns 50 on ", "fyller 35 den ", "wird
// 70 am ", "turns forty on the ", "cumple setenta años el próximo ". It
// returns the bounds of the age, digits or a number word (ageWordValue).
func turnAgeBefore(text string, start int) (int, int, bool) {
	var buf [16]byte
	i, links := start, 0
	if i > 1 && text[i-1] == '(' {
		i-- // "faz 30 anos amanhã (14 de fevereiro)"
	}
	for {
		w, q, ok := wordBeforeSpace(text, i, &buf)
		if !ok || !birthdayLinks.has(w) || links == 2 {
			break
		}
		i, links = q, links+1
	}
	if links == 0 || i < 3 || text[i-1] != ' ' {
		return 0, 0, false
	}
	ae := i - 1
	as := ae
	for as > 0 && ae-as < 3 && isDigit(text[as-1]) {
		as--
	}
	if as == ae {
		// a number word, maybe with a unit after it ("setenta años")
		w, q, ok := wordBeforeSpace(text, i, &buf)
		if !ok {
			return 0, 0, false
		}
		unit := ageYearsWord(w)
		if unit {
			if ae = q - 1; ae < 1 || text[ae] != ' ' {
				return 0, 0, false
			}
			if w, q, ok = wordBeforeSpace(text, q, &buf); !ok {
				return 0, 0, false
			}
		}
		switch {
		case unit && len(w) <= 3 && allDigits(w):
			// digits and a unit: "compie 60 anni il 9 novembre"
		case !unit && possessiveOrdinalAge(text, q, w):
			// "his 40th on the 3rd of March" (address3_birthday.go)
			return q, q + ordinalDigits(w), true
		case !ageWordValue(w):
			return 0, 0, false
		}
		as = q
	}
	w, q, ok := wordBeforeSpace(text, as, &buf)
	if !ok || !turnVerb(w) && !beAgeBefore(text, q, w) { // "she's 45 on the 9th" (loc17_age.go)
		return 0, 0, false
	}
	return as, ae, true
}

// turnVerb reports whether w, lower case, is a verb that says what age a
// person turns: "turns 50", "fyller femtio", "wird sechs", "cumple
// setenta", "kończy 40".
func turnVerb(w string) bool {
	switch w {
	case "turns", "turning", "turned", "turn", "fyller", "fylder", "fyllde", "wird", "wordt", "compie", "cumple",
		"completa", "fête", "kończy", "skończy",
		// (address3) Portuguese "faz 30 anos", and the future tenses
		"faz", "fará", "cumplirá", "compirà", "compierà", "completará", "fêtera":
		return true
	}
	return false
}

// turnAgeSpan is the AGE span of a turning age before a birthday.
func turnAgeSpan(s, e int) Span {
	return Span{Start: s, End: e, Type: "AGE", Rule: "builtin.age", Score: 0.85,
		Reason: "age a person turns on a birthday given next to it"}
}

// month3Set is a set of three-byte strings, tested with their bytes
// OR 0x20 (ASCII lower case, and a few other bytes mapped with them: a
// filter only), with a multiply and a compare like suffix3Set (table.go)
// but 4,096 slots (the month names of dob_months7.go have 180 heads), for
// the heads of the month names and birthday words.
type month3Set struct {
	slots [1 << month3Bits]uint32
	mul   uint32
}

func newMonth3Set(members []string) *month3Set {
	s := &month3Set{}
	var keys []uint32
	for _, m := range members {
		if k := head3Key(m[0], m[1], m[2]); !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	s.mul = perfectMul(keys, s.slots[:], 32-month3Bits)
	return s
}

// month3Bits is the log2 of month3Set's slot count.
const month3Bits = 12

// head3Key packs three bytes OR 0x20 into a key, never 0.
func head3Key(a, b, c byte) uint32 {
	return (uint32(a) | uint32(b)<<8 | uint32(c)<<16) | 0x202020
}

// has reports whether the three bytes b, lower-cased, are in the set.
func (s *month3Set) has(b string) bool {
	return s.has3(b[0], b[1], b[2])
}

// has3 is has on three bytes.
func (s *month3Set) has3(a, b, c byte) bool {
	k := head3Key(a, b, c)
	return s.slots[(k*s.mul)>>(32-month3Bits)] == k
}

// ageStatementScore is the score of an age read at the end of a statement
// ("she turns 50", "hon fyller 35"), after which birthdayAfterAge looks
// for the day.
const ageStatementScore = 0.7

// birthdayAfterAge reads the day of a turning age that ends at e: "turns
// 50 on September 3", "fyller 35 den 4 mars", "wird 70 am 3. August". It
// runs only after such an age was found.
//
//go:noinline
func birthdayAfterAge(text string, e int) (Span, bool) {
	if e+4 >= len(text) || text[e] != ' ' {
		return Span{}, false
	}
	p := e + 1
	for p < len(text) && p-e < 5 && isAlpha(text[p]) {
		p++
	}
	if p >= len(text) || text[p] != ' ' || p == e+1 {
		return Span{}, false
	}
	p++
	if p >= len(text) { // "fyller 35 den " at the text's end
		return Span{}, false
	}
	if _, _, ok := turnAgeBefore(text, p); !ok {
		return Span{}, false
	}
	r := digitRun{p, p}
	if isDigit(text[p]) {
		for r.end < len(text) && isDigit(text[r.end]) {
			r.end++
		}
		if r.end-r.start > 2 {
			return Span{}, false
		}
		if m, ok := dayMonthDigits(text, r); ok {
			// "turns 65 on 12/11" (locdob9_dob.go)
			return birthdaySpan(r.start, m, "day and month after the age a person turns on it"), true
		}
		if s, end, ok := dayFirst(text, r); ok && !yearAfter(text, end) {
			return birthdaySpan(s, end, "day and month after the age a person turns on it"), true
		}
		return Span{}, false
	}
	me, ok := monthAt(text, p)
	if !ok || me >= len(text) || text[me] != ' ' {
		return Span{}, false
	}
	r = digitRun{me + 1, me + 1}
	for r.end < len(text) && isDigit(text[r.end]) {
		r.end++
	}
	if r.end-r.start < 1 || r.end-r.start > 2 {
		return Span{}, false
	}
	if s, end, ok := monthFirst(text, r); ok && !yearAfter(text, end) {
		return birthdaySpan(s, end, "day and month after the age a person turns on it"), true
	}
	return Span{}, false
}

// birthdaySpan is the DATE_OF_BIRTH span of a birthday without a year.
func birthdaySpan(s, e int, reason string) Span {
	return Span{Start: s, End: e, Type: "DATE_OF_BIRTH", Rule: "builtin.date_of_birth", Score: 0.85, Reason: reason}
}
