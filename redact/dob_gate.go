package redact

// An exact pre-test of ageAt. Most digit runs that would reach dobAt with
// only dobTryAge set (ageMaybe's last-byte filter lets through "for 3 items",
// "the 12 stores", "Order 45") can match none of ageAt's paths; running
// ageAt's front and its fall-backs (ageVerbBeforeAdverb,
// weekdayBeforeAge, ageJoins, listNameAge) on each of them fetches
// several kilobytes of code per prompt, which the prompts with digits do
// not keep in the I1 cache. ageMayMatch repeats ageAt's structure up to
// its word lookup and looks the word up once in ageGateWords, the union
// of every table a word before the number must be in for some path to
// match. It may only say no where ageAt would return no span: each
// return false below mirrors a return of ageAt's, and a path it does not
// follow further returns true (TestGatesExact, FuzzGateExact and
// TestAgeGateWords hold it to that). detectScan's loop calls it before
// dobAt for those runs (4,854 per pass over the corpus, 631 left), and
// dobAt before ageAt for runs with a date or birthday to try as well.

// exactGatesOff turns the exact gates off, for the differential tests
// only (which do not run in parallel with others).
var exactGatesOff bool

// ageGateWords holds every word that may stand right before an age's
// number (after at most three spaces or colons) on one of ageAt's paths:
// the age words, "ben" and "bin", the adverbs after "to be"
// (ageVerbBeforeAdverb), the weekdays after "wird am" (weekdayBeforeAge),
// Polish "lat", Nordic "på", the Greek article "τα" (greekTurnBefore),
// the words joining the ages in a bracket (kinBracketAge), and "seinen",
// "ihren" and "los" (read15e_age.go).
var ageGateWords = func() *strTable {
	t := newStrTable(len(ageWords) + 48)
	for _, tab := range [...]*strTable{ageWordTable, ageAdverbs, ageWeekdays, ageJoins} {
		for _, k := range tab.keyList() {
			if k != "" {
				t.or(k, 1)
			}
		}
	}
	for _, k := range [...]string{"ben", "bin", "lat", "p\u00e5", "\u03c4\u03b1", "seinen", "ihren", "los"} {
		t.or(k, 1)
	}
	return t
}()

// ageUnitFirst marks the bytes an age unit (ageUnits) starts with, in
// either ASCII case ("years", "Jahre", "ans", "lat", "år"), and the "d"
// of Romanian "de ani".
var ageUnitFirst = func() (t [256]bool) {
	for k := range ageUnits {
		c := k[0]
		t[c] = true
		if c >= 'a' && c <= 'z' {
			t[c-('a'-'A')] = true
		}
	}
	t['d'], t['D'] = true, true // Romanian "85 de ani" (romanianYears)
	return t
}()

// ageMayMatch reports whether ageAt could return an age for the run r.
//
//go:noinline
func ageMayMatch(text string, r digitRun) bool {
	n := r.end - r.start
	e := r.end
	if n <= 3 && e < len(text) && text[e]|0x20 == 'y' {
		return true // yoAge
	}
	if n <= 3 && cjkAgeLead(text, e) {
		return true // cjkAgeAt (read15_age.go)
	}
	if r.start >= 4 && (text[r.start-1] == '(' || text[r.start-4] == '(') {
		return true // sexAge: "(34M)", "(F, 34)" (dob_age7.go)
	}
	if n > 3 || !wordEndAt(text, e) {
		return false
	}
	v := 0
	for i := r.start; i < e; i++ {
		v = v*10 + int(text[i]-'0')
	}
	if v > 120 {
		return false
	}
	if e < len(text) && text[e] == '-' {
		return true // "-year-old", "-jährig", "-årsdag"
	}
	if e+1 < len(text) && text[e] == ' ' && ageUnitFirst[text[e+1]] {
		return true // an age unit, or "85 de ani" (romanianYears, dob_age7.go)
	}
	i := r.start
	for i > 0 && (text[i-1] == ' ' || text[i-1] == ':') && r.start-i < 3 {
		i--
	}
	if i == r.start {
		return i > 0 && text[i-1] == '(' // bracketAge
	}
	if i > 0 && text[i-1] == ',' {
		return i == r.start-1 && i >= 3 // appositiveAge, noteBracketAge
	}
	if text[i] == ':' {
		return true // listNameAge
	}
	k := i
	for k > 0 && i-k < ageWordMax && isCtxWordByte(text[k-1]) && text[k-1] != '.' {
		k--
	}
	if k < i && text[k] == '\'' {
		k++
	}
	var buf [16]byte
	w, ok := lowerWord(text, k, i, &buf)
	return ok && ageGateWords.has(w)
}

// The date gate. detectScan's loop tries a date (dobTryDate) on a run of
// one, two or four digits with a date's separator after it and the next
// run right after that ("2.14.3", "1.250", "123-45-6789", "2024-123456"),
// which sends most version numbers, amounts and grouped codes of a
// prompt to dobAt, dateAt and numericBirthday, and none of them can
// match there unless the groups fit: when the next run starts right
// after the separator (a digit follows it, so none of the month-word,
// "12. März" or Roman-month paths can), both dateAt and numericBirthday
// need it to be the month, of one or two digits; when the byte after the
// month is the same separator and a digit run follows it at once,
// numericBirthday leaves the text to dateAt ("a year follows"), which
// needs two or four digits there after a day and a month, or one or two
// after a year and a month (dateYearFits). The loop drops the date try
// when the groups do not fit (TestDateGateExact, TestGatesExact and
// FuzzGateExact hold it to that): on the corpus it drops 9,700 of the
// 19,800 date tries of a pass, and spares 9,500 of its 23,600 calls to
// dobAt.

// dateYearFits reports whether the run y, the third group of a date
// whose first group has n digits, can be its last: two or four digits
// after a day and a month, one or two after a year and a month (dateAt).
func dateYearFits(n int, y digitRun) bool {
	l := y.end - y.start
	return n == 4 && l <= 2 || n != 4 && (l == 2 || l == 4)
}
