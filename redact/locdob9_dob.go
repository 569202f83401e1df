package redact

import "strings"

// Dates of the Nepali Bikram Sambat calendar, as Nepali communities abroad
// write a birth date: "14 Asoj 2041 BS", "2041/05/12 B.S.". Its months
// are monthNames too (withMoreMonths), so that dateAt reads the day, the
// month and the year; the era after the year belongs to the date. Its
// years run some 57 ahead of the Gregorian ones, which dateAt does not
// bound.

// nepaliMonthNames are the months of Bikram Sambat in their common
// romanisations, lower case (monthAt folds ASCII case).
var nepaliMonthNames = map[string]int{
	"baisakh": 1, "baishakh": 1, "jestha": 2, "jeth": 2, "asar": 3, "ashadh": 3, "asadh": 3,
	"shrawan": 4, "saun": 4, "bhadra": 5, "bhadau": 5, "asoj": 6, "ashwin": 6, "kartik": 7,
	"mangsir": 8, "poush": 9, "paush": 9, "magh": 10, "falgun": 11, "phagun": 11, "chaitra": 12, "chait": 12,
}

// eraAfter returns the end of a Bikram Sambat era mark right after a date
// that ends at e (" BS", " B.S.", " B. S.", " वि.सं."), or e. dobAt calls
// it only with a space and 'B' or the first byte of "वि" after the date.
//
//go:noinline
func eraAfter(text string, e int) int {
	if e+3 > len(text) || text[e] != ' ' {
		return e
	}
	r := text[e+1:]
	for _, m := range [...]string{"B.S.", "B. S.", "BS", "वि.सं."} {
		if len(r) >= len(m) && r[:len(m)] == m && (len(r) == len(m) || !isAlnum(r[len(m)])) {
			return e + 1 + len(m)
		}
	}
	return e
}

// A list under a line about birthdays may give other dates in its items
// too: "- Ayla Kurt – poliçe bitiş 02.04.2026 – …" under "ekle, ama doğum
// tarihi gibi bilgileri yazma" is the policy's end, and the item's birth
// date, when there is one, has its own birth word. A date right after
// one of these words is not read as the item's birth date.

// otherDateWords are the words (lower case, ASCII folded) that name a
// date of something else than a birth right before it: an end, a
// renewal, an expiry, a due date, an order, a delivery or a visit.
var otherDateWords = boolTable(map[string]bool{
	"bitiş": true, "bitis": true, "vade": true, "yenileme": true, "başlangıç": true, "renewal": true, "renews": true,
	"expiry": true, "expires": true, "exp": true, "exp.": true, "due": true, "until": true, "ends": true,
	"end": true, "ablauf": true, "fällig": true, "bis": true, "vencimento": true, "vence": true,
	"vencimiento": true, "scadenza": true, "échéance": true, "expiration": true, "vervaldatum": true,
	"ordered": true, "order": true, "delivery": true, "delivered": true, "visit": true, "appointment": true,
	"termin": true, "start": true, "starts": true, "joined": true, "since": true,
})

// otherDateBefore reports whether one of otherDateWords ends right before
// start (a space or a colon and a space between).
func otherDateBefore(text string, start int) bool {
	e := start
	for e > 0 && (text[e-1] == ' ' || text[e-1] == ':') && start-e < 3 {
		e--
	}
	if e == start {
		return false
	}
	s := e
	for s > 0 && e-s < 16 && (isCtxWordByte(text[s-1]) || text[s-1] == '.') {
		s--
	}
	var buf [16]byte
	w, ok := lowerWord(text, s, e, &buf)
	return ok && otherDateWords.has(w)
}

// "Happy 88th birthday to our eldest member": an ordinal after "happy" is
// a person's age when the birthday is wished to a person (a business's
// "Happy 10th birthday to our shop!" is none).

// birthdayPersonNouns are the nouns of a person a birthday is wished to,
// besides the family words (kinWords).
var birthdayPersonNouns = boolTable(map[string]bool{
	"member": true, "friend": true, "customer": true, "client": true, "guest": true, "neighbour": true,
	"neighbor": true, "volunteer": true, "parishioner": true, "elder": true, "colleague": true, "teacher": true,
})

// birthdayAdjectives may stand between "to our" and the person.
var birthdayAdjectives = boolTable(map[string]bool{
	"dear": true, "beloved": true, "eldest": true, "oldest": true, "youngest": true, "lovely": true,
	"wonderful": true, "amazing": true, "sweet": true, "little": true, "big": true, "dearest": true,
	"favourite": true, "favorite": true, "longest-serving": true, "very": true, "own": true,
})

// birthdayToPerson reports whether " to ", an optional possessive and up
// to two adjectives, and a person (a family word, one of
// birthdayPersonNouns, or a known given name) follow the birthday word
// that ends at e.
func birthdayToPerson(text string, e int) bool {
	if !strings.HasPrefix(text[e:], " to ") {
		return false
	}
	i := e + 4
	var buf [16]byte
	for k := 0; k < 4; k++ {
		s := i
		for i < len(text) && (isCtxWordByte(text[i]) || text[i] == '-') {
			i++
		}
		if i == s {
			return false
		}
		if knownName(text[s:i]) {
			return true
		}
		w, ok := lowerWord(text, s, i, &buf)
		if !ok {
			return false
		}
		if kinWords.has(w) || birthdayPersonNouns.has(w) {
			return true
		}
		if !(k == 0 && (w == "our" || w == "my" || w == "your" || w == "the" || w == "his" || w == "her") || birthdayAdjectives.has(w)) {
			return false
		}
		if i >= len(text) || text[i] != ' ' {
			return false
		}
		i++
	}
	return false
}

// hungarianOwnBirthday reports whether w is the Hungarian birthday word
// with the possessive suffix of "my" or "your" ("a 62. születésnapomra",
// "a 40. szülinapodon"): the ordinal before it is that person's age.
// "His/her" ("-ja") is also "its", a shop's ("a bolt 10.
// születésnapja"), and "our" ("-unk") a business's: neither is read.
func hungarianOwnBirthday(w string) bool {
	for _, stem := range [...]string{"születésnap", "szülinap", "Születésnap", "Szülinap"} {
		if rest, ok := strings.CutPrefix(w, stem); ok {
			return strings.HasPrefix(rest, "om") || strings.HasPrefix(rest, "od")
		}
	}
	return false
}

// A birthday after an age and its unit: "fête ses 80 ans le 14 octobre",
// "împlinește 50 de ani pe 3 martie", "90 anos dia 14/10", "wird 60
// Jahre am 3. Mai". The age is the one the person turns that day, so the
// day and month are the person's birthday (a year after them makes a
// date that dateAt reads).

// unitBirthdayLinks are the words between an age's unit and the day.
var unitBirthdayLinks = map[string]bool{
	"le": true, "el": true, "pe": true, "dia": true, "no": true, "am": true, "on": true, "den": true,
	"il": true, "op": true, "em": true, "a": true, "w": true,
}

// birthdayAfterUnitAge reads the birthday after the age that ends at e
// (see above).
//
//go:noinline
func birthdayAfterUnitAge(text string, e int) (Span, bool) {
	p := e + 1
	if p+6 >= len(text) || text[e] != ' ' {
		return Span{}, false
	}
	var buf [16]byte
	q := p
	for q < len(text) && q-p < 12 && (isAlpha(text[q]) || text[q] >= 0x80) {
		q++
	}
	w, ok := lowerWord(text, p, q, &buf)
	if !ok {
		return Span{}, false
	}
	if w == "de" && strings.HasPrefix(text[q:], " ani") {
		q += len(" ani") // Romanian "45 de ani"
	} else if !ageUnitTable.has(w) {
		return Span{}, false
	}
	if q+1 >= len(text) || text[q] != ' ' {
		return Span{}, false // (a text that ends with the unit and a space: street24's cut test)
	}
	p = q + 1
	if !isDigit(text[p]) {
		// a link word, or none before a day in digits: Icelandic
		// "verður 50 ára 7. júní"
		for q = p; q < len(text) && q-p < 4 && isAlpha(text[q]); q++ {
		}
		if q == p || q+2 >= len(text) || text[q] != ' ' || !unitBirthdayLinks[strings.ToLower(text[p:q])] {
			return Span{}, false
		}
		p = q + 1
	}
	if !isDigit(text[p]) {
		me, ok := monthAt(text, p)
		if !ok || me+1 >= len(text) || text[me] != ' ' {
			return Span{}, false
		}
		r := digitRun{me + 1, me + 1}
		for r.end < len(text) && isDigit(text[r.end]) {
			r.end++
		}
		if n := r.end - r.start; n < 1 || n > 2 {
			return Span{}, false
		}
		if s, end, ok := monthFirst(text, r); ok && !yearAfter(text, end) {
			return birthdaySpan(s, end, "day and month after the age a person turns on it"), true
		}
		return Span{}, false
	}
	r := digitRun{p, p}
	for r.end < len(text) && isDigit(text[r.end]) {
		r.end++
	}
	if r.end-r.start > 2 || r.end >= len(text) {
		return Span{}, false
	}
	if m, ok := dayMonthDigits(text, r); ok {
		// "dia 22/12": the day and the month in digits, no year
		return birthdaySpan(r.start, m, "day and month after the age a person turns on it"), true
	}
	if s, end, ok := dayFirst(text, r); ok && !yearAfter(text, end) {
		return birthdaySpan(s, end, "day and month after the age a person turns on it"), true
	}
	return Span{}, false
}

// dayMonthDigits reads a day and a month in digits without a year from
// the run r ("22/12", "3.5"; not "3.5.1990", "12/11/84" or "2.50") and
// returns the end of the month. The caller has found the age a person
// turns right before it ("90 anos dia 14/10", "turns 65 on 12/11").
func dayMonthDigits(text string, r digitRun) (int, bool) {
	if r.end >= len(text) {
		return 0, false
	}
	c := text[r.end]
	if c != '/' && (c != '.' || r.end+1 >= len(text) || !isDigit(text[r.end+1])) {
		return 0, false
	}
	m, ok := digitsAt(text, r.end+1, 1, 2)
	if !ok || m < len(text) && (isDigit(text[m]) || text[m] == c && m+1 < len(text) && isDigit(text[m+1])) ||
		!dateLike(text[r.start:r.end], text[r.end+1:m]) {
		return 0, false
	}
	return m, true
}
