package redact

// Dates of birth and ages. Not every date is personal: a date becomes a
// DATE_OF_BIRTH only next to a birth word (born, DOB, birthday, date of
// birth, geb., né(e), nacido…), and a number becomes an AGE only in an age
// phrase ("aged 34", "34 years old", "she is 34"). Both start at a digit,
// so the detector walks the engine's shared digit runs. After an age it also
// reads the town that follows ("Lena, 24, Freiburg": LOCATION, location_age.go),
// so LOCATION is one of its types.

func init() { register(dobDetector{}) }

type dobDetector struct{}

func (dobDetector) ID() string      { return "builtin.date_of_birth" }
func (dobDetector) Types() []string { return []string{"DATE_OF_BIRTH", "AGE", "LOCATION"} }

func (d dobDetector) Detect(text string, dst []Span) []Span {
	return detectAlone(d, text, dst)
}

// monthNames maps lower-case month names and abbreviations (EN, DE, FR,
// ES, IT, NL, PT, DA, SV, NO; PL in the nominative and in the genitive
// that dates use, "3 maja 1978"; TR), and the languages of moreMonthNames
// (dob_months7.go), to their number.
var monthNames = withMoreMonths(map[string]int{
	"january": 1, "jan": 1, "january,": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9,
	"sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
	"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mai": 5, "juni": 6, "juli": 7,
	"oktober": 10, "dezember": 12, "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4,
	"juin": 6, "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
	"décembre": 12, "decembre": 12, "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5,
	"junio": 6, "julio": 7, "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
	"diciembre": 12, "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
	"settembre": 9, "ottobre": 10, "dicembre": 12, "januari": 1, "februari": 2, "maart": 3, "mei": 5,
	"augustus": 8, "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7,
	"setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
	"styczeń": 1, "stycznia": 1, "luty": 2, "lutego": 2, "marzec": 3, "marca": 3, "kwiecień": 4,
	"kwietnia": 4, "maj": 5, "maja": 5, "czerwiec": 6, "czerwca": 6, "lipiec": 7, "lipca": 7,
	"sierpień": 8, "sierpnia": 8, "wrzesień": 9, "września": 9, "październik": 10, "października": 10,
	"listopad": 11, "listopada": 11, "grudzień": 12, "grudnia": 12,
	"ocak": 1, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7, "ağustos": 8, "eylül": 9,
	"ekim": 10, "kasım": 11, "aralık": 12,
	"marts": 3, "augusti": 8, "desember": 12, // DA, SV, NO: the rest are spelled as in DE, NL or PL
})

// monthAt reads a month word at i (ASCII case-insensitive, UTF-8 kept).
func monthAt(text string, i int) (int, bool) {
	if i >= len(text) || !monthFirstByte(text[i]) {
		return 0, false // no month starts with this byte
	}
	j := i
	for j < len(text) && j-i < monthMaxBytes && isLetterAt(text, j) {
		j += runeLen1(text, j)
	}
	if j == i || j-i >= monthMaxBytes { // "Σεπτεμβρίου" has 22 bytes
		return 0, false
	}
	// The table's first-byte and length test, before lower-casing.
	c0 := text[i]
	if c0 >= 'A' && c0 <= 'Z' {
		c0 += 'a' - 'A'
	}
	if !monthTable.maybeBytes(c0, j-i) {
		return 0, false
	}
	var buf [monthMaxBytes + 4]byte
	n := 0
	for k := i; k < j; k++ {
		c := text[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	if _, _, ok := monthTable.getBytes(buf[:n]); !ok {
		return 0, false
	}
	if j < len(text) && text[j] == '.' {
		j++
	}
	return j, true
}

func runeLen1(text string, i int) int {
	c := text[i]
	switch {
	case c < 0x80:
		return 1
	case c < 0xE0:
		return 2
	case c < 0xF0:
		return 3
	}
	return 4
}

func digitsAt(text string, i, min, max int) (int, bool) {
	j := i
	for j < len(text) && text[j] >= '0' && text[j] <= '9' {
		j++
	}
	return j, j-i >= min && j-i <= max
}

// dateAt parses a date starting with the digit run at i: ISO y-m-d,
// d/m/y (or m/d/y), d.m.y, "12 March 1990", "12. März 1990", "3rd of May
// 1990", "2 de febrero de 1985" (ES, PT). It returns the end.
func dateAt(text string, i int) (int, bool) {
	e, ok := digitsAt(text, i, 1, 4)
	if !ok {
		return 0, false
	}
	if e-i == 4 { // ISO
		if e+1 < len(text) && text[e] == '.' && text[e+1] == ' ' {
			return yearFirstDate(text, e) // "1961. október 5." (dob_months7.go)
		}
		if e+6 <= len(text) && (text[e] == '-' || text[e] == '/' || text[e] == '.') {
			sep := text[e]
			m, ok := digitsAt(text, e+1, 1, 2)
			if ok && m < len(text) && text[m] == sep {
				if d, ok := digitsAt(text, m+1, 1, 2); ok {
					return d, true
				}
			}
		}
		return 0, false
	}
	if e-i > 2 {
		return 0, false
	}
	if e < len(text) && (text[e] == '/' || text[e] == '.' || text[e] == '-') {
		sep := text[e]
		m, ok := digitsAt(text, e+1, 1, 2)
		if ok && m < len(text) && text[m] == sep {
			// The first two numbers must be a day and a month in either
			// order: "45/3/12" is an Austrian house number, stair and door.
			if y, ok := digitsAt(text, m+1, 2, 4); ok && y-m-1 != 3 && dateLike(text[i:e], text[e+1:m]) {
				return y, true
			}
		}
		if sep == '-' && e+1 < len(text) && !isDigit(text[e+1]) {
			return dashMonthDate(text, e) // "14-Mar-1986" (dob_months7.go)
		}
		if sep == '.' && e+1 < len(text) && (text[e+1] == ' ' || text[e+1] == 'I' || text[e+1] == 'V' || text[e+1] == 'X') {
			if y, ok := dottedDate(text, i, e); ok {
				return y, true // "7. 8. 1991", "09.IX.1992" (dob_months7.go)
			}
		}
		if sep == '.' && e+1 < len(text) && text[e+1] == ' ' {
			e++ // "12. März"
		} else {
			return 0, false
		}
	}
	// day, optional ordinal suffix, optional "of", month word, year
	j := e
	if j+2 <= len(text) && (isOrdinal(text[i:j+2]) || frenchFirstAt(text, i, j)) {
		j += 2
	}
	if j >= len(text) || text[j] != ' ' {
		return 0, false
	}
	j++
	of := j+3 <= len(text) && (text[j:j+3] == "of " || text[j:j+3] == "de ")
	if of {
		j += 3
	}
	me, ok := monthAt(text, j)
	if !ok {
		return 0, false
	}
	if me+1 < len(text) && text[me] == ' ' {
		y := me + 1
		if of && y+3 <= len(text) && text[y:y+3] == "de " {
			y += 3 // "2 de febrero de 1985"
		}
		if y, ok := digitsAt(text, y, 4, 4); ok {
			return y, true
		}
	}
	if me+4 < len(text) && text[me] == ',' && text[me+1] == ' ' && yearPrefixAt(text, me+2) {
		// (19 or 20 first: "birthday 3 May, 0805 331 2290" is a phone
		// number after the day)
		if y, ok := digitsAt(text, me+2, 4, 4); ok {
			return y, true
		}
	}
	return 0, false
}

// dateMaybe is dateAt's cheap filter on the two bytes after the digit run
// ending at e, given that the first passed dobDate2 or dobDate4: a
// separator needs a digit after it (or a space after a dot, "12. März"),
// a space a letter that can start a month name ("of" starts with one of
// them too).
func dateMaybe(text string, e int) bool {
	if e+1 >= len(text) {
		return false
	}
	c := text[e+1]
	switch text[e] {
	case '/':
		return c >= '0' && c <= '9'
	case '-':
		return afterDateDash[c] // a digit, or a month name ("14-Mar-1986")
	case '.':
		return afterDateDot[c] // a digit, ' ' ("12. März") or a Roman month ("09.IX.1992")
	case ' ':
		return monthFirstTab[c]
	case 'e':
		return c == 'r' // "1er mai 1976" (frenchFirstAt)
	}
	return true
}

// monthBefore finds "March 12, 1990" / "March 12th 1990" where the run at
// i is the day: it returns the start of the month word and the end.
func monthBefore(text string, i int) (int, int, bool) {
	e, ok := digitsAt(text, i, 1, 2)
	if !ok || i < 4 || text[i-1] != ' ' {
		return 0, 0, false
	}
	// The year after the day first: it is cheaper to test than the month
	// word, and most numbers have none.
	j := e
	if j+2 <= len(text) && isOrdinal(text[i:j+2]) {
		j += 2
	}
	if j < len(text) && text[j] == ',' {
		j++
	}
	if j+1 >= len(text) || text[j] != ' ' {
		return 0, 0, false
	}
	y, ok := digitsAt(text, j+1, 4, 4)
	if !ok || !yearPrefixAt(text, j+1) { // not "May 3, 0805 331 2290" (locdob10)
		return 0, 0, false
	}
	ms := i - 1
	for ms > 0 && i-ms < 14 && isCtxWordByte(text[ms-1]) && text[ms-1] != '.' {
		ms--
	}
	if i-1-ms < 3 {
		return 0, 0, false
	}
	switch text[ms] | 0x20 {
	case 'j', 'f', 'm', 'a', 's', 'o', 'n', 'd', 'g', 'l', 'e':
	default:
		if text[ms] < 0x80 {
			return 0, 0, false
		}
	}
	if me, ok := monthAt(text, ms); !ok || me != i-1 {
		return 0, 0, false
	}
	return ms, y, true
}

func (dobDetector) detectScan(sc *textScan, dst []Span) []Span {
	text := sc.text
	runs, kinds, anyKind := sc.runKinds()
	if anyKind&kindsDOB == 0 {
		return dst
	}
	skipTo := 0
	for i, r := range runs {
		k := kinds[i]
		if k&kindsDOB == 0 {
			continue
		}
		// Dates start with one to four digits and ages have one to three
		// (see monthBefore, dateAt and ageAt): longer runs are no use.
		n := r.end - r.start
		if r.start < skipTo || n > 4 {
			continue
		}
		// The byte before the run, 0 at the start. (The indexes are
		// compared as unsigned numbers, which drops the bounds checks.)
		var before byte
		if uint(r.start-1) < uint(len(text)) { // r.start > 0
			before = text[r.start-1]
			if before < 0x80 && dobByte[before]&dobAlnum != 0 {
				continue
			}
		}
		// The byte after the run tells which of monthBefore, dateAt and
		// ageAt can match (see dobByte); most runs match none of them.
		var after uint8 // no class at the end of the text
		if uint(r.end) < uint(len(text)) {
			after = dobByte[text[r.end]]
		}
		// Every date has a second digit run: the month right after a
		// separator ("12/03/1990", "1990-03-12"), or a year of four digits
		// after the month word ("12 March 1990", "March 12, 1990"), the
		// next run either way (a month word holds no digit). Most runs
		// have neither, and skip the parses: the kind bits of the date
		// parses (kindsNext) hold their first tests, the next run's among
		// them, and a run without those bits reads no next run here.
		var try uint8
		if k&kindsNext != 0 {
			var next digitRun
			if i+1 < len(runs) {
				next = runs[i+1]
			}
			year := next.end-next.start == 4
			if n == 4 && after&dobDate4 == 0 && k&kindDOB4 != 0 {
				// a year before 年 or 년, the other bytes that give
				// kindDOB4: a CJK date (read21b_cjkdate.go)
				try |= dobTryCJK
			}
			if year && next.start-r.end <= 4 && n <= 2 && after&dobMonthBefore != 0 && before == ' ' {
				try |= dobTryMonthBefore
			}
			// (Or a day and a dot before a spaced second number, "7. 8. 1991",
			// or a year and a dot before a month word, "1961. október 5.":
			// dob_months7.go.)
			// (The test on n and after first: it fails on most runs.)
			// (A next run right after the separator is the month, of one or
			// two digits, and a third right after it the year: the date
			// gate, dob_gate.go.)
			if (n <= 2 && after&dobDate2 != 0 || n == 4 && after&dobDate4 != 0) && (year || next.start == r.end+1 ||
				next.start == r.end+2 && text[r.end] == '.' || n == 4 && text[r.end] == '.') &&
				(next.start != r.end+1 || next.end-next.start <= 2 && (i+2 >= len(runs) || runs[i+2].start != next.end+1 ||
					text[next.end] != text[r.end] || dateYearFits(n, runs[i+2])) || exactGatesOff) && dateMaybe(text, r.end) {
				try |= dobTryDate
			}
		}
		if n <= 3 && (after&dobAlnum == 0 && ageMaybe(text, r, before, after) ||
			after&dobAlnum != 0 && (text[r.end]|0x20 == 'y' || before == '(' && sexLetters[text[r.end]])) {
			// (an age phrase, or "29yo": dob_ordinal.go)
			try |= dobTryAge
		}
		// A day after a space or a bracket: the test on before spares
		// the two tests below most runs (after '/', ':', '-').
		if n <= 2 && (before == ' ' || before == '(') {
			if after&dobDay != 0 && (before == ' ' || after&dobDate4 == 0) &&
				(birthdayMaybe(text, r) || before == ' ' && dayLead[text[r.end]] == 2 && ordinalEndAt(text, r.end) != 0) {
				// "am 14. Mai", "(5 marzo)", a dot only after a space
				try |= dobTryBirthday
			}
			if before == ' ' && r.start >= 4 && text[r.start-2] >= 'a' && monthTailSet.has3(text[r.start-4], text[r.start-3], text[r.start-2]) &&
				(after&dobAlnum == 0 || after&dobMonthBefore != 0) && (i+1 == len(runs) || runs[i+1].end-runs[i+1].start != 4 ||
				runs[i+1].start-r.end > 3 || !yearPrefixAt(text, runs[i+1].start)) {
				// (a run of four digits that starts neither 19 nor 20 is
				// no year: "May 3, 0805 331 2290", locdob10)
				// "bday Oct 27", the month first and no year (dob_birthday7.go)
				try |= dobTryMonthDay
			}
		}
		if (n == 4 && before == ' ' && birthYearMaybe(text, r) || n == 2 && (before == '\'' || before == 0x99)) && after&dobAlnum == 0 {
			// (a year in four digits, or "born in '79": dob_words.go)
			try |= dobTryYear
		}
		// The loop makes no call but this one (and ageMayMatch on the
		// way to it, measured cheaper than the test inside dobAt alone:
		// 6,331.6 against 6,339.0 instructions per Find), so that its registers
		// are saved only on the way to it (a call anywhere in the loop
		// makes Go save them on every run that gets near it). Without a
		// parse to try, dobAt returns at once.
		if try != 0 && (try != dobTryAge || exactGatesOff || ageMayMatch(text, r)) {
			// (ageMayMatch: ageAt would find no age, dob_gate.go)
			dst, skipTo = dobAt(sc, r, before, after, try, dst, skipTo)
		}
	}
	return dst
}

// The parses dobAt tries on a run: monthBefore and dateAt, and else
// ageAt.
const (
	dobTryMonthBefore = 1 << iota
	dobTryDate
	dobTryAge
	dobTryBirthday
	dobTryYear
	dobTryMonthDay
	dobTryCJK
)

// dobAt parses the date (monthBefore or dateAt, as try says) or else the
// age (ageAt) that starts with the run r, given the byte before it and
// the dobByte class of the byte after it, appends its span to dst, and
// returns dst with the new skipTo. A run after a byte of 0x80 or more
// (try not worked out) is dropped unless a word starts at it. dobAt is
// apart from detectScan's loop, which most runs do not get past, so that
// the loop stays a few lines of code without a call.
//
//go:noinline
func dobAt(sc *textScan, r digitRun, before byte, after, try uint8, dst []Span, skipTo int) ([]Span, int) {
	text := sc.text
	if before >= 0x80 && !wordStartAt(text, r.start) || try == 0 {
		return dst, skipTo
	}
	if try&dobTryCJK != 0 {
		if sp, ok := cjkBirthDate(text, r); ok {
			return append(dst, sp), sp.End
		}
	}
	start, end, ok := r.start, 0, false
	if try&dobTryMonthBefore != 0 {
		if s, e, ok2 := monthBefore(text, r.start); ok2 {
			start, end, ok = s, e, true
		}
	}
	if !ok && try&dobTryDate != 0 {
		if e, ok2 := dateAt(text, r.start); ok2 && (wordEndAt(text, e) || text[e] == '-' && huDaySuffixEnd(text, e) > 0) { // "3-án": loc23_dob.go
			end, ok = e, true
			if e+2 < len(text) && text[e] == ' ' && (text[e+1] == 'B' || text[e+1] == 0xE0) {
				end = eraAfter(text, e) // "… 2041 BS" (locdob9_dob.go)
			}
		} else if c := text[r.end]; c == '/' || c == '.' && r.end+2 < len(text) && (text[r.end+2] == '.' || r.end+3 < len(text) && text[r.end+3] == '.') {
			// "aniversário 03/08", "Geburtstag: 3.4." (dob_ordinal.go;
			// the test spares the call to decimals such as "12.50")
			if sp, ok2 := numericBirthday(sc, r); ok2 {
				return append(dst, sp), sp.End
			}
		}
	}
	if ok {
		// Most dates have no birth word near them: birthFilter rules
		// that out before the word-by-word search.
		w := ""
		if birthFilter.maybeAt(sc, start-48, start) {
			w = contextBefore(text, start, 48, ctxBirth)
		}
		if w == "" && birthFilter.maybeAt(sc, end, end+16) {
			w = contextAfter(text, end, 16, ctxBirth)
		}
		if w != "" {
			dst = append(dst, Span{Start: start, End: end, Type: "DATE_OF_BIRTH", Rule: "builtin.date_of_birth",
				Score: 0.9, Reason: withContext("date next to a birth word", w)})
		} else if start >= 3 && text[start-2] == '.' && bornAbbrevBefore(text, start) {
			// "Siiri Lahtinen, s. 3.5.2012" (loc12_born.go)
			dst = append(dst, Span{Start: start, End: end, Type: "DATE_OF_BIRTH", Rule: "builtin.date_of_birth",
				Score: 0.9, Reason: "date after an abbreviation of born"})
		} else if labelEndBefore(text, start) && birthLabelLine(text, start) {
			// "nasc.: 02/12/1998" (address3_birth.go)
			dst = append(dst, Span{Start: start, End: end, Type: "DATE_OF_BIRTH", Rule: "builtin.date_of_birth",
				Score: 0.9, Reason: "date after a birth label"})
		} else if w = birthdayListItemAt(sc, start); w != "" && !otherDateBefore(text, start) { // locdob9_dob.go
			// a list under a line about birthdays (dob_list.go)
			dst = append(dst, Span{Start: start, End: end, Type: "DATE_OF_BIRTH", Rule: "builtin.date_of_birth",
				Score: 0.85, Reason: withContext("date in a list that the line before calls birthdays", w)})
			if loc, ok := townAfterListDate(text, end); ok {
				return append(dst, loc), loc.End
			}
		}
		return dst, end
	}
	if try&dobTryYear != 0 {
		// "born 1958", "Jg. 1958", "née en 1958" (dob_words.go)
		if sp, ok := birthYearAt(text, r); ok {
			return append(dst, sp), sp.End
		}
	}
	if try&dobTryBirthday != 0 {
		// A birthday without a year, or an ordinal age before a
		// birthday word (dob_birthday.go, dob_words.go).
		if sp, age, ok := birthdayAt(text, r); ok {
			if age.End != 0 {
				dst = append(dst, age)
			}
			return append(dst, sp), sp.End
		}
	}
	if try&dobTryMonthDay != 0 {
		if sp, ok := monthDayBirthday(text, r); ok {
			return append(dst, sp), sp.End
		}
	}
	if try&dobTryAge == 0 || !exactGatesOff && !ageMayMatch(text, r) {
		return dst, skipTo
	}
	if sp, ok := ageAt(text, r); ok && !petBefore(text, sp.Start) { // where13_age.go
		dst = append(dst, sp)
		if sp.Score == ageStatementScore {
			// "turns 50 on September 3" (dob_birthday.go)
			if bd, ok := birthdayAfterAge(text, sp.End); ok {
				return append(dst, bd), bd.End
			}
		} else if sp.Reason == reasonAgeUnit {
			// "fête ses 80 ans le 14 octobre" (locdob9_dob.go)
			if bd, ok := birthdayAfterUnitAge(text, sp.End); ok {
				return append(dst, bd), bd.End
			}
		}
		// "Lena Schwarz, 24, Freiburg im Breisgau" (location_age.go)
		if loc, ok := townAfterAge(text, sp.End); ok {
			return append(dst, loc), loc.End
		}
		return dst, sp.End
	}
	return dst, skipTo
}

// Classes of the byte after a digit run in dobByte: which parse can
// follow it. dobAlnum marks ASCII letters and digits (no word boundary).
// A byte of 0x80 or more has no class: only ageAt's word before the
// number can match there, as at the end of the text.
const (
	dobMonthBefore = 1 << iota // ' ', ',' or an ordinal's first letter: monthBefore
	dobDate2                   // a separator, ' ' or an ordinal letter: dateAt on one or two digits
	dobDate4                   // '-', '/' or '.': dateAt on four digits (ISO)
	dobAgeAfter                // ' ' or '-': ageAt may match on the words after
	dobAlnum                   // an ASCII letter or digit
	dobAgeSpace                // ' ': an age unit may follow (see ageFollow)
	dobAgeBracket              // ')': an age in brackets may end there (see bracketAge)
	dobDay                     // ' ', '.' or an ordinal's first letter ("9th", "40e"): a birthday's day or age (see birthdayMaybe)
)

var dobByte = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z':
			t[c] = dobAlnum
		}
	}
	for _, c := range []byte{' ', ',', 's', 'n', 'r', 't'} {
		t[c] |= dobMonthBefore
	}
	for _, c := range []byte{'/', '.', '-', ' ', 's', 'n', 'r', 't', 'e'} { // 'e': "1er mai" (loc23_dob.go)
		t[c] |= dobDate2
	}
	for _, c := range []byte{'-', '/', '.'} {
		t[c] |= dobDate4
	}
	t[' '] |= dobAgeAfter | dobAgeSpace
	t['-'] |= dobAgeAfter // "34-year-old"
	t[')'] |= dobAgeBracket
	t['!'] |= dobAgeBracket // "(91!)" (bracketAge, read15_age.go)
	// the first bytes of 岁 and 歲, "9岁" (cjkAgeAt, read15_age.go)
	t[0xE5] |= dobAgeBracket
	t[0xE6] |= dobAgeBracket
	t[0xEC] |= dobAgeBracket // 세, "66세" (read16c_cjkage.go)
	for _, c := range []byte{' ', '.', 's', 'n', 'r', 't', 'e'} {
		t[c] |= dobDay
	}
	return t
}()

// ageFollow holds, for the byte after the byte after a run, the dobByte
// classes of the byte after the run that may start an age phrase there:
// "y" or "j" after a space or '-' ("34 years", "34-year-old", "34
// jahre", "34-jährig"), "a" after a space ("34 ans", "34 años", "34
// anni"), in either case.
var ageFollow = func() (t [256]uint8) {
	for _, c := range []byte{'y', 'Y', 'j', 'J'} {
		t[c] = dobAgeAfter
	}
	t['a'], t['A'] = dobAgeSpace, dobAgeSpace
	t['t'] |= dobAgeSpace                                              // Vietnamese "35 tuổi" (read16c_cjkage.go)
	t['l'], t[0xC3] = dobAgeSpace|dobAgeAfter, dobAgeSpace|dobAgeAfter // Polish "lat", "34-letni", Nordic "år", "60-årsdag"
	// the age units and hyphenated ages of dob_age7.go: "godina",
	// "roků", "vuotias", "de ani", Greek and Cyrillic words ("χρονών",
	// "лет"), "80-vuotias", "34-летний", "67-godišnji", "34-ročný"
	for _, c := range []byte{'g', 'r', 'v', 'd', 0xCE, 0xCF, 0xD0, 0xD1} {
		t[c] |= dobAgeSpace | dobAgeAfter
	}
	// Any byte after "34)": bracketAge tests the name before "(".
	for c := range t {
		t[c] |= dobAgeBracket
	}
	return t
}()

// ageMaybe is ageAt's cheap filter, given the bytes around the run
// (before is the byte before it, after the dobByte class of the byte
// after it): "-year-old" or "-jährig" after it, an age unit (all start
// with y, j, a, l or å) after a space, or a word before it (after spaces
// or colons: ageAt allows three) that ends like an age word (ageWordLast
// and ageWordThird; a word that ends in the text's first three bytes is
// not read). It stays small enough to be inlined in detectScan's loop.
func ageMaybe(text string, r digitRun, before byte, after uint8) bool {
	if r.end+1 < len(text) && ageFollow[text[r.end+1]]&after != 0 {
		return true
	}
	if !ageGap[before] {
		return false
	}
	i := r.start - 1
	for i > 2 && ageGap[text[i-1]] {
		i--
	}
	return i > 2 && ageWordLast[text[i-1]]&ageWordThird[text[i-3]] != 0
}

// ageGap marks the bytes between an age word and the number: ' ' and ':'.
var ageGap = [256]bool{' ': true, ':': true}

// ageWordLast marks (with ageAny) the bytes an age word ends with, in
// either case, and the comma before an age set off by commas ("Rachel
// Moore, 38,"; see appositiveAge). Two bytes end an age word only with a
// given byte two bytes before them (ageWordThird): 'n' after 'b' ("ik ben
// 41", "ich bin 41") and 'y' after 'n' ("she's only 23"; ageAt). As age
// words of their own, "ben", "bin" and "only" would let every number
// after a word ending in 'n' or 'y' through.
var ageWordLast = func() (t [256]uint8) {
	for k := range ageWords {
		c := k[len(k)-1]
		t[c] = ageAny
		if c >= 'a' && c <= 'z' {
			t[c-('a'-'A')] = ageAny
		}
	}
	t[','] = ageAny
	t['w'], t['W'] = ageAny, ageAny // "is now 90" (ageAdverbs, address3_age.go)
	t[0xA5] = ageAny                // the last byte of "på" (familyWordBefore)
	t['n'], t['y'] = ageAfterB|ageAfterNR, ageAfterN
	return t
}()

// The classes of ageWordLast and ageWordThird.
const (
	ageAny     = 1 << iota // any byte two before
	ageAfterB              // 'b' two before ("ben", "bin")
	ageAfterN              // 'n' two before ("only")
	ageAfterNR             // 'n' or 'r' two before ("seinen", "ihren": read15e_age.go)
)

// ageWordThird holds, for the byte two before the last byte of the word
// before a number, the ageWordLast classes it lets through.
var ageWordThird = func() (t [256]uint8) {
	for c := range t {
		t[c] = ageAny
	}
	t['b'] |= ageAfterB
	t['n'] |= ageAfterN | ageAfterNR
	t['r'] |= ageAfterNR
	return t
}()

// birthFilter pre-tests the windows of a date for a birth word.
var birthFilter = newCtxFilter(ctxBirth)

// ageUnits are words after a number that make it an age; the English ones
// need "old" or "of age" after them.
var ageUnits = map[string]bool{
	"years": true, "year": true, "yrs": true, "yo": false, "y/o": false, "jahre": false, "jährig": false,
	"ans": false, "años": false, "anni": false, "jaar": false, "anos": false, "yaşında": false, "år": false,
	"lat": false, "lata": false,
	// (where13) Finnish "45 v" between commas (unitAppositive), Turkish
	// "I am … years old"
	"v": true, "yaşındayım": false,
	"anys": false, // Catalan (loc12)
	"ani":  false, // Romanian "4 ani" (read15_age.go; "acum 5 ani" is durationBefore's)
	// (locdob9) Turkish "7 yaşına giriyor", "40 yaşını kutluyor", and
	// German "6 J." (only with its dot: ageAt)
	"yaşına": false, "yaşını": false, "j": false,
	// (read16c) Vietnamese "35 tuổi"
	"tu\u1ed5i": false,
	// (dob_age7.go) HU, HR/SR/BS, CS/SK, FI, IS, LV, ET, TR, EL, RU, UK, BG
	"éves": false, "évesen": false, "godina": false, "godine": false, "let": false, "roků": false, "rokov": false,
	"vuotias": false, "ára": false, "gadi": false, "gadus": false, "aastat": false, "aastane": false, "yaş": false,
	"χρονών": false, "ετών": false, "лет": false, "года": false, "год": false, "років": false, "роки": false,
	"години": false, "година": false, "godini": false,
	// (loc17_age.go) German and Dutch "80 geworden" ("der am 2. März 80
	// geworden ist", "is net 18 geworden"), and the Lithuanian and
	// Estonian abbreviations of the years, "22 m." and "38 a.", with their
	// dot and only set off by commas after a name (unitAppositive)
	"geworden": false, "m": true, "a": true,
}

// ageWords are words right before a number that make it an age (strong),
// or a verb that does when the clause ends at the number (weak).
var ageWords = map[string]bool{
	"aged": true, "age": true, "ages": true, "alter": true, "âge": true, "edad": true, "età": true,
	"leeftijd": true, "idade": true, "wiek": true, "umri": true, "miaka": false, "i'm": false, "im": false, "is": false, "am": false, "he's": false, "she's": false,
	"turned": false, "turns": false, "turning": false, "hes": false, "shes": false, "ist": false, "tiene": false, "are": false,
	"was": false, "were": false, "wird": false, "wordt": false, "fyller": false, "fylder": false, "är": false,
	"er": false,
	// (locdob9) Spanish "cumple 30", "va a cumplir 40": a turning verb
	// (becomeVerb); not "cumplió", whose last byte would let every number
	// after a word ending in 0xB3 through ageMaybe
	"cumple": false, "cumplir": false,
	// (read15) "will be 88", "she'll be 30": a modal and its subject
	// before "be" (beModalSubject)
	"be": false,
	// West African English "she clocks 60 on Friday" (isTurnVerb)
	"clocks": false,
	// (dob_age7.go) Finnish and Romanian turning verbs, the ages of
	// the age labels of more languages
	"täyttää": false, "täytti": false, "împlinește": false, "împlineşte": false, "împlinit": false,
	"életkor": true, "věk": true, "vek": true, "ikä": true, "vârstă": true,
	"возраст": true, "вік": true, "възраст": true, "amžius": true, "vecums": true, "vanus": true,
	"umur": true, "ηλικία": true, "aldur": true, "yaş": true, "yaşı": true,
	"Életkor": true, "Věk": true, "Vârstă": true, "Возраст": true, "Вік": true, "Възраст": true, "Ηλικία": true,
	// (address3) the Nordic age label; lowerWord folds ASCII only, hence
	// "Ålder".
	"ålder": true, "Ålder": true, "alder": true,
}

// monthTable, ageUnitTable and ageWordTable are monthNames, ageUnits and
// ageWords as word tables; a word's value has bit 1 set when its map value
// is true (or, for months, holds the month number).
var (
	monthTable   = wordTableOf(monthNames)
	ageUnitTable = wordTableOf(ageUnits)
	ageWordTable = wordTableOf(ageWords)
)

// wordTableOf builds a strTable from a map with int or bool values; a true
// value is stored as 2, an int n as n<<1, and every key also has bit 0.
func wordTableOf[V int | bool](m map[string]V) *strTable {
	t := newStrTable(len(m))
	for k, v := range m {
		var x uint32
		switch v := any(v).(type) {
		case bool:
			if v {
				x = 2
			}
		case int:
			x = uint32(v) << 1
		}
		t.or(k, x|1)
	}
	return t
}

// lowerWord lower-cases text[i:j] (ASCII) into buf; ok is false when too long.
func lowerWord(text string, i, j int, buf *[16]byte) (string, bool) {
	if j-i > len(buf) || j <= i {
		return "", false
	}
	for k := i; k < j; k++ {
		c := text[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k-i] = c
	}
	return string(buf[:j-i]), true
}

// appositiveAge reads an age set off by commas after a name ("Rachel
// Moore, 38, two kids"; "Ivan Petrov, 61."; "Priya Raghunathan, 29,
// 07700 900123"): the run r comes right after ", " (the comma at c), and
// the word before the comma is a given or family name from the
// gazetteers, or a capitalised word after a given name or a kin word
// ("with daughter Zofija, 14"). ageMaybe has checked the end after it.
//
//go:noinline
func appositiveAge(text string, r digitRun, c int) (Span, bool) {
	q := c
	for q > 0 && isLetterAt(text, q-1) {
		q--
	}
	if q == c || !knownName(text[q:c]) && !afterGivenName(text, q, c) && !afterKinWord(text, q, c) || numberListAfter(text, r.end) {
		// "Ian Hale, retired teacher, 67," (locdob10_age.go)
		if numberListAfter(text, r.end) || !nameFieldBefore(text, c) && !(ageClosedAt(text, r.end) && leadNameBefore(text, c)) && // where13_age.go
			!(r.end < len(text) && text[r.end] == ',' && personNounBefore(text, q, c)) && // "lovely woman, 82, wants" (loc17_age.go)
			!titledNameBefore(text, c) { // "Mr Karma Wangdi, 68," (read16c_age.go)
			return Span{}, false
		}
	}
	return Span{Start: r.start, End: r.end, Type: "AGE", Rule: "builtin.age", Score: 0.75,
		Reason: "number between commas after a name"}, true
}

// afterGivenName reports whether text[q:c] is a capitalised word right
// after a given name of the gazetteers and one space ("Priya
// Raghunathan": a family name no gazetteer knows).
func afterGivenName(text string, q, c int) bool {
	if q < 3 || text[q-1] != ' ' || !upperAt(text, q) || c-q < 2 {
		return false
	}
	p := q - 1
	for p > 0 && isLetterAt(text, p-1) {
		p--
	}
	f := nameFlagsOf(text[p : q-1])
	return p < q-1 && f&nameGiven != 0 && f&(nameStop|nameCity|nameAmbiguous) == 0
}

// numberListAfter reports whether ", " and a number of at most three
// digits follow e: the number before e is one of a list ("Smith, 12, 14
// and 16"), not an age; a longer number after it is a phone number or a
// postcode ("Raghunathan, 29, 07700 900123").
func numberListAfter(text string, e int) bool {
	if e+2 >= len(text) || text[e] != ',' || text[e+1] != ' ' || !isDigit(text[e+2]) {
		return false
	}
	j := e + 2
	for j < len(text) && isDigit(text[j]) {
		j++
	}
	return j-e-2 <= 3
}

// knownName reports whether w, a capitalised word, is a given or family
// name of the gazetteers and no stop word, city or ordinary word ("Doyle
// is 82", "Moore, 38"; not "Mark is 12").
func knownName(w string) bool {
	if w == "" || !isUpper(w[0]) && w[0] < 0xC0 {
		return false
	}
	v, _ := nameFlags.get(w)
	f := uint8(v)
	if v&nameGenGiven != 0 && f&nameFamily == 0 {
		return false // alone, a generated given name is an unknown word (person_gen.go)
	}
	return f&(nameGiven|nameFamily) != 0 && f&(nameStop|nameCity|nameAmbiguous) == 0
}

// ageRangeAfter reports whether the age at text[:e] opens a range or a
// bound ("aged 18-25", "18–24", "65+", "18 to 34", "65 and over"): a
// segment of customers, not a person's age.
func ageRangeAfter(text string, e int) bool {
	if e >= len(text) {
		return false
	}
	switch {
	case text[e] == '+':
		return true
	case text[e] == '-':
		return e+1 < len(text) && isDigit(text[e+1])
	case e+3 <= len(text) && text[e:e+3] == "–":
		return e+3 < len(text) && isDigit(text[e+3])
	case text[e] != ' ':
		return false
	}
	rest := text[e+1:]
	for _, w := range [...]string{"to ", "bis ", "and over", "and older", "and up", "or older", "or over", "plus"} {
		if hasPrefixFoldASCII(rest, w) {
			return w[len(w)-1] != ' ' || len(rest) > len(w) && isDigit(rest[len(w)])
		}
	}
	return false
}

// ageAt reports an age phrase around the 1-3 digit run r (0-120).
func ageAt(text string, r digitRun) (Span, bool) {
	n := r.end - r.start
	if n <= 3 && r.end < len(text) && text[r.end]|0x20 == 'y' {
		return yoAge(text, r) // "29yo" (dob_ordinal.go)
	}
	if n <= 3 && cjkAgeLead(text, r.end) && !ageRangeBefore(text, r.start) {
		return cjkAgeAt(text, r) // "9岁" (read15_age.go)
	}
	if r.start >= 4 && (text[r.start-1] == '(' || text[r.start-4] == '(') && sexAge(text, r) {
		// "(34M)", "(F, 34)", "(34, F)" (dob_age7.go)
		return Span{Start: r.start, End: r.end, Type: "AGE", Rule: "builtin.age", Score: 0.8,
			Reason: "number in brackets with a sex letter"}, true
	}
	if n > 3 || !wordEndAt(text, r.end) {
		return Span{}, false
	}
	v := 0
	for i := r.start; i < r.end; i++ {
		v = v*10 + int(text[i]-'0')
	}
	if v > 120 || ageRangeAfter(text, r.end) || ageRangeBefore(text, r.start) {
		return Span{}, false
	}
	var buf [16]byte
	e := r.end
	if e < len(text) && text[e] == '-' && (equalFoldASCIIPrefix(text[e:], "-year-old") || hasPrefixFoldASCII(text[e:], "-jährig") ||
		hasPrefixFoldASCII(text[e:], "-\u00e5rsdag") || hyphenAge7(text[e:])) { // Nordic "60-årsdag"; dob_age7.go
		return Span{Start: r.start, End: r.end, Type: "AGE", Rule: "builtin.age", Score: 0.85,
			Reason: reasonAgeUnit}, true
	}
	if e+1 < len(text) && text[e] == ' ' {
		j := e + 1
		for j < len(text) && j-e < 17 && (isCtxWordByte(text[j]) || text[j] == '/') && text[j] != '.' {
			j++ // (17: "χρονών", "години" have 12 bytes)
		}
		if w, ok := lowerWord(text, e+1, j, &buf); ok {
			if w == "de" && romanianYears(text, j) && !durationBefore(text, r.start) {
				// "are 85 de ani" (dob_age7.go)
				return Span{Start: r.start, End: r.end, Type: "AGE", Rule: "builtin.age", Score: 0.85,
					Reason: reasonAgeUnit}, true
			}
			if uv, unit := ageUnitTable.get(w); unit && (w != "j" || j < len(text) && text[j] == '.') && unitOK17(text, r, w, j) && !durationBefore(text, r.start) &&
				!ageLimitBefore(text, r.start) { // read17b_agelimit.go
				needOld := uv&2 != 0
				if !needOld || equalFoldASCIIPrefix(text[j:], " old") || equalFoldASCIIPrefix(text[j:], " of age") ||
					equalFoldASCIIPrefix(text[j:], " young") || // "(79 years young)" (read15_age.go)
					hasPrefixFoldASCII(text[j:], " alt") || unitAppositive(text, r) && !durationAfterUnit(text, j) {
					return Span{Start: r.start, End: r.end, Type: "AGE", Rule: "builtin.age", Score: 0.85,
						Reason: reasonAgeUnit}, true
				}
			}
		}
	}
	i := r.start
	for i > 0 && (text[i-1] == ' ' || text[i-1] == ':') && r.start-i < 3 {
		i--
	}
	if i == r.start {
		if i > 0 && text[i-1] == '(' {
			return bracketAge(text, r)
		}
		return Span{}, false
	}
	if i > 0 && text[i-1] == ',' {
		if i != r.start-1 || i < 3 || !ageEndOK(text, r.end) && !noteAfter(text, r.end) && !dashAfterAge(text, r.end) { // read22_age.go
			return Span{}, false
		}
		if sp, ok := appositiveAge(text, r, i-1); ok {
			return sp, true
		}
		return noteBracketAge(text, r, i-1) // "(retired, 67)" (address3_age.go)
	}
	k := i
	for k > 0 && i-k < ageWordMax && isCtxWordByte(text[k-1]) && text[k-1] != '.' {
		k--
	}
	if k < i && text[k] == '\'' {
		k++ // a quote opens the word: "'I'm 27 and …'"
	}
	w, ok := lowerWord(text, k, i, &buf)
	if !ok {
		return Span{}, false
	}
	if w == "ben" || w == "bin" {
		w = "im" // Dutch and German "I am": the first-person age word
	}
	wv, found := ageWordTable.get(w)
	if !found {
		// "bin jetzt 80", "she is now 90" (address3_age.go)
		if k2, w2, ok := ageVerbBeforeAdverb(text, k, w, &buf); ok {
			k, w = k2, w2
			wv, found = ageWordTable.get(w)
		}
	}
	if !found {
		if k2, w2, ok := weekdayBeforeAge(text, k, w, &buf); ok {
			// "Frau Lenz wird am Dienstag 90" (dob_ordinal.go)
			k, w, wv, found = k2, w2, 1, true
		} else if w == "lat" && polishLatAge(text, k, r.end) {
			// Polish "(lat 67)", ", lat 74," (read21b_age.go)
			return Span{Start: r.start, End: r.end, Type: "AGE", Rule: "builtin.age", Score: 0.8,
				Reason: "number after \"lat\" in brackets or between commas"}, true
		}
	}
	if !found {
		if w == "\u03c4\u03b1" && greekTurnBefore(text, k) {
			// Greek "κλείνει τα 70" (locdob9_age.go)
			return Span{Start: r.start, End: r.end, Type: "AGE", Rule: "builtin.age", Score: 0.8,
				Reason: "number after a Greek turning verb and its article"}, true
		}
		if w == "p\u00e5" && familyWordBefore(text, k) {
			// "en datter på 7" (dob_ordinal.go)
			return Span{Start: r.start, End: r.end, Type: "AGE", Rule: "builtin.age", Score: 0.75,
				Reason: "number after a family word and \"på\""}, true
		}
		if ageJoins.has(w) {
			return kinBracketAge(text, r) // the second age of "two boys (12 and 9)" (dob_age.go)
		}
		if feiertOrdinalAge(text, w, k, r) || w == "los" && aLosAge(text, k, r) {
			// "feiert seinen 50.", "a los 70 completó" (read15e_age.go)
			return Span{Start: r.start, End: r.end, Type: "AGE", Rule: "builtin.age", Score: 0.75,
				Reason: "number after a possessive or \"a los\" in a birthday's phrase"}, true
		}
		if text[i] == ':' && qualifiedAgeLabel(text, i, r.end) {
			// "Age on departure: 21" (read21b_age.go)
			return Span{Start: r.start, End: r.end, Type: "AGE", Rule: "builtin.age", Score: 0.85,
				Reason: qualifiedAgeReason}, true
		}
		if text[i] == ':' && listNameAge(text, k, i, r.end) {
			// "- Carlos: 52, retired firefighter" (dob_age.go)
			return Span{Start: r.start, End: r.end, Type: "AGE", Rule: "builtin.age", Score: 0.75,
				Reason: "number after a name that opens a list item"}, true
		}
		return Span{}, false
	}
	strong := wv&2 != 0
	if strong && notPersonalAge(text, k) {
		return Span{}, false
	}
	if !strong {
		be := isBeVerb(w)
		// "turns 40 next week", "anteckning: fyller 50 nästa vecka": a time after a
		// turning verb, after a person or in a note about one.
		note := false
		if !ageEndOK(text, r.end) && !(be && ageClauseGoesOn(text, k, r.end)) && !(pronounBeWord(w) && comingTimeAfter(text, r.end)) {
			// ("He's 71 next month": loc12_age.go)
			if !(isTurnVerb(w) || becomeVerb(w)) || !turnTimeAfter(text, r.end) {
				return Span{}, false
			}
			if note = noteSubject(text, k); !note && !personBefore(text, k) {
				return Span{}, false
			}
		}
		if be && !note && !(becomeVerb(w) && noteSubject(text, k)) { // "(fyller 75 i december!)", "| Fylder 60 i maj |"
			// only "he/she is 34", "I am 34", "they are 34"
			p := k - 1
			q := p
			for q > 0 && isCtxWordByte(text[q-1]) {
				q--
			}
			if p <= 0 || text[p] != ' ' {
				return Span{}, false
			}
			if w == "be" {
				// "will be 88", "she'll be 30" (read15_age.go)
				var ok bool
				if q, p, ok = beModalSubject(text, q, p); !ok {
					return Span{}, false
				}
			}
			pw, _ := lowerWord(text, q, p, &buf)
			if !agePronoun(pw) && !knownName(text[q:p]) && !(q == p && nameBeforeCommaAt(text, p)) && !kinSubject(text, q, p) &&
				!afterKinWord(text, q, p) && !titledName(text, q, p) && !(pw == "die" && kinBeforeComma(text, q)) &&
				!relativeNameBefore(text, q, pw) && // "Freja, der fylder 6" (where13_age.go)
				!kinNamedSubject(text, q, p) { // "my son kofi is 11" (read15_age.go) // "Freja, der fylder 6" (where13_age.go)
				return Span{}, false
			}
		}
		return Span{Start: r.start, End: r.end, Type: "AGE", Rule: "builtin.age", Score: ageStatementScore,
			Reason: "number at the end of an age statement"}, true
	}
	return Span{Start: r.start, End: r.end, Type: "AGE", Rule: "builtin.age", Score: 0.85,
		Reason: "number after an age word"}, true
}

// reasonAgeUnit is the reason of an age that an age phrase follows
// ("70 ans", "34-year-old").
const reasonAgeUnit = "number followed by an age phrase"

// isTurnVerb reports whether w is a form of "turn", whose number is an age
// also when a time follows it ("turns 45 next week").
func isTurnVerb(w string) bool {
	return w == "turns" || w == "turned" || w == "turning" || w == "clocks"
}

// personBefore reports whether the words ending at k (before a turn
// verb) are a personal pronoun, optionally with an auxiliary: "she turns",
// "he is turning", "I'm turning". A brand's anniversary ("the store turns
// 5 this year") is not an age.
func personBefore(text string, k int) bool {
	var buf [16]byte
	for range 2 {
		w, q, ok := wordBeforeSpace(text, k, &buf)
		if !ok {
			return false
		}
		switch w {
		case "he", "she", "i", "you", "they", "who", "he's", "she's", "i'm", "you're", "they're", "who's", "who’s",
			"hes", "shes":
			return true
		case "is", "am", "are", "was", "were", "will", "just", "only", "recently", "finally", "already":
			k = q
			continue
		}
		// the singular pronouns of the other languages' becoming verbs
		// ("hun fyller 50 på tirsdag", "er wird 70 am Samstag"; not "vi
		// fyller 10", a shop's anniversary)
		return agePronoun(w) && w != "we" && w != "wij" && w != "vi" && w != "they" || kinBefore(text, q, k-1) ||
			namedSubjectBefore(text, q, k-1) || // "Sipho Ndlovu-Jones turned 45 in March" (loc12_age.go)
			kinPluralBefore(text, q, k-1) // "her twins turned 9 on March 3" (loc12_age.go)
	}
	return false
}

// wordBeforeSpace returns the word that ends one space before k (context
// word bytes, lower case in buf) and its start; ok is false when no space
// comes right before k.
func wordBeforeSpace(text string, k int, buf *[16]byte) (w string, start int, ok bool) {
	p := k - 1
	if p <= 0 || text[p] != ' ' {
		return "", 0, false
	}
	q := p
	for q > 0 && isCtxWordByte(text[q-1]) {
		q--
	}
	w, _ = lowerWord(text, q, p, buf)
	return w, q, true
}

// turnTimeAfter reports whether a time phrase follows the number ending at
// e: " next", " this", " today", " tomorrow", " on ", " in ", " soon",
// " last", " yesterday".
func turnTimeAfter(text string, e int) bool {
	if e >= len(text) || text[e] != ' ' {
		return false
	}
	rest := text[e+1:]
	for _, p := range [...]string{"next ", "this ", "today", "tomorrow", "on ", "in ", "soon", "last ", "yesterday",
		// the same in the languages of becomeVerb
		"p\u00e5 ", "n\u00e4sta ", "neste ", "n\u00e6ste ", "i morgen", "imorgon", "i dag", "idag", "volgende ", "deze ",
		"morgen", "vandaag", "op ", "n\u00e4chste", "diese", "am ", "heute", "den ", "the week", "the day", "the weekend",
		// (locdob9) "who turns 80 that week", "cumple 64 este mes"
		"that ", "este ", "esta ", "el ", "la semana",
		// (where13) Finnish "täyttää 30 ensi tiistaina"
		"ensi "} {
		if hasPrefixFoldASCII(rest, p) {
			return true
		}
	}
	// "fyller 75 i december" (dob_age7.go); "fyller 50 samma dag",
	// "täyttää 30 vuotta ensi viikolla" (read21b_age.go)
	return monthAfterPrep(rest) || moreTurnTime(text, e)
}

// ageEndOK reports whether an age number ends its clause.
func ageEndOK(text string, e int) bool {
	if e >= len(text) {
		return true
	}
	switch text[e] {
	case '\n':
		return true // (a digit after it opens the next line's item: read21b_age.go)
	case '.', ',', ';', '!', '?', ')':
		return e+1 >= len(text) || !(text[e+1] >= '0' && text[e+1] <= '9')
	case ' ':
		return hasPrefixFoldASCII(text[e+1:], "and ") || hasPrefixFoldASCII(text[e+1:], "now") ||
			e+1 < len(text) && text[e+1] == '|' || // the end of a table cell
			hasPrefixFoldASCII(text[e+1:], "but ") || clauseJoinAt(text, e+1) || // address3_age.go
			ageCloserAt(text, e+1) // "she's 23 herself" (read15_age.go)
	}
	return false
}

// equalFoldASCIIPrefix reports whether s starts with lower-case p,
// ignoring ASCII case.
func equalFoldASCIIPrefix(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}
