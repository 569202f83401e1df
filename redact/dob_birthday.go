package redact

// Birthdays without a year. A day and a month alone are a date of birth
// when the text gives them as the person's birthday: right after a birth
// word ("birthday on 3 May", "compleanno (12 agosto)", "Geburtstag am 14.
// Juli", "born March 3rd") or after the age the person turns on that day
// ("turns 50 on September 3", "fyller 35 den 4 mars"). Only a few linking
// words may stand between: "birthday sale ends 12 March" names a sale's
// date, not a birthday.

// monthHeads are the first three bytes of the month names of monthNames
// (lower case); monthTails the last three of those a day may follow.
var monthHeads = func() []string {
	var out []string
	for m := range monthNames {
		if len(m) >= 3 {
			out = append(out, m[:3])
		}
	}
	return out
}()

var (
	monthHeadSet = newMonth3Set(monthHeads)
	monthTailSet = newMonth3Set([]string{"ary", "rch", "ril", "may", "une", "uly", "ust", "ber", "mar", "apr",
		"jun", "jul", "aug", "sep", "ept", "oct", "nov", "dec", "jan", "feb", "uli", "uni", "mei", "art"})
)

// birthdayMaybe is birthdayAt's filter on a day that a space follows:
// the three bytes after the space (or after "de " or "of ") start a month
// name.
func birthdayMaybe(text string, r digitRun) bool {
	p := r.end + 1
	if p+6 <= len(text) && (text[p:p+3] == "de " || text[p:p+3] == "of ") {
		p += 3 // "5 de mayo", "3 of May"
	}
	return p+3 <= len(text) && monthHeadSet.has(text[p:p+3])
}

// birthdayAt reads a day and a month without a year from the one- or
// two-digit run r, the day, and a space: "12 agosto", "5 de mayo". It
// reports the span when a birth word or a turning age comes right before
// it, and leaves a date with a year to dateAt and monthBefore. (The month
// first, "September 3", is read only after a turning age, by
// birthdayAfterAge: a filter for it on every number after a word cost
// too much.)
//
//go:noinline
func birthdayAt(text string, r digitRun) (Span, bool) {
	if r.end-r.start > 2 || !birthdayMaybe(text, r) {
		return Span{}, false
	}
	d := atoiASCII(text[r.start:r.end])
	if d < 1 || d > 31 {
		return Span{}, false
	}
	start, end, ok := dayFirst(text, r)
	if !ok || yearAfter(text, end) {
		return Span{}, false
	}
	reason := ""
	if w := birthWordJustBefore(text, start); w != "" {
		reason = withContext("day and month right after a birth word", w)
	} else if turnAgeBefore(text, start) {
		reason = "day and month after the age a person turns on it"
	} else {
		return Span{}, false
	}
	return Span{Start: start, End: end, Type: "DATE_OF_BIRTH", Rule: "builtin.date_of_birth", Score: 0.85,
		Reason: reason}, true
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
	for ms > 0 && r.start-ms < 15 && isLetterAt(text, ms-1) {
		ms--
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
	return ok
}

// birthdayLinks are the words that may stand between a birth word and the
// day it names: "birthday is on 3 May", "Geburtstag am 14. Juli",
// "anniversaire le 2 mars", "verjaardag op 9 mei", "födelsedag den 4 mars".
var birthdayLinks = boolTable(map[string]bool{
	"on": true, "is": true, "was": true, "falls": true, "the": true, "am": true, "ist": true, "le": true,
	"est": true, "el": true, "es": true, "il": true, "è": true, "op": true, "is:": true, "den": true, "är": true,
	"er": true, "em": true, "é": true, "dia": true, "w": true, "dnia": true,
})

// birthWordJustBefore returns the birth word (see contextWords) that ends
// before start with at most two linking words and brackets, colons or
// dashes between, or "".
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
		if !ok || !birthdayLinks.has(lw) {
			return ""
		}
	}
	return ""
}

// turnAgeBefore reports whether a turning age and a linking word come
// right before start: "turns 50 on ", "fyller 35 den ", "wird 70 am ".
func turnAgeBefore(text string, start int) bool {
	var buf [16]byte
	w, q, ok := wordBeforeSpace(text, start, &buf)
	if !ok || !birthdayLinks.has(w) || q < 4 || text[q-1] != ' ' {
		return false
	}
	e := q - 1
	s := e
	for s > 0 && e-s < 3 && isDigit(text[s-1]) {
		s--
	}
	if s == e {
		return false
	}
	w, _, ok = wordBeforeSpace(text, s, &buf)
	if !ok {
		return false
	}
	switch w {
	case "turns", "turning", "turned", "fyller", "fylder", "fyllde", "wird", "wordt", "compie", "cumple",
		"completa", "fête", "kończy":
		return true
	}
	return false
}

// month3Set is a set of three-byte strings, ASCII lower-cased, as
// suffix3Set (table.go) but with 512 slots, for the 58 heads of the
// month names.
type month3Set struct {
	slots [512]uint32
	mul   uint32
}

func newMonth3Set(members []string) *month3Set {
	s := &month3Set{}
	s.mul = perfectMul(suffix3Keys(members), s.slots[:], 23)
	return s
}

// has reports whether the three bytes b, lower-cased, are in the set.
func (s *month3Set) has(b string) bool {
	k := suffix3Key(b)
	return s.slots[(k*s.mul)>>23] == k
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
	if !turnAgeBefore(text, p) {
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
