package redact

import "strings"

// Ages next to a birthday: an age written in words after a turning verb
// ("she turns forty on the 3rd of January", "fyller femtio den 14
// januari", "wird sechs und hat am 2. Januar Geburtstag") and an ordinal
// before a birthday word ("Ihres 60. Geburtstags", "her 60th birthday").
// Both are read only once a birthday or a birthday word was found, so
// they cost nothing on texts without one.

// numberWords are the numbers a person's age is written with in the
// covered languages (EN, DE, FR, ES, IT, NL, PT, PL, SV, DA/NO), lower
// case: one to nineteen and the tens. Words that are also common short
// words ("to", "en", "un", "um", "sei", "due", "elf", "one", "een",
// "ett") are left out: an age in words is read after a turning verb, where
// "turned to" or "fyller en" would be prose.
var numberWords = func() map[string]bool {
	m := map[string]bool{}
	for _, list := range []string{
		// EN
		"two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " +
			"seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred",
		// DE
		"eins zwei drei vier fünf sechs sieben acht neun zehn zwölf dreizehn vierzehn fünfzehn sechzehn " +
			"siebzehn achtzehn neunzehn zwanzig dreißig dreissig vierzig fünfzig sechzig siebzig achtzig " +
			"neunzig hundert",
		// FR
		"deux trois quatre cinq sept huit neuf onze douze treize quatorze quinze seize dix-sept dix-huit " +
			"dix-neuf vingt trente quarante cinquante soixante soixante-dix quatre-vingt quatre-vingts " +
			"quatre-vingt-dix cent",
		// ES
		"uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis " +
			"diecisiete dieciocho diecinueve veinte treinta cuarenta cincuenta sesenta setenta ochenta " +
			"noventa cien",
		// IT
		"tre quattro cinque sette otto nove dieci undici dodici tredici quattordici quindici sedici " +
			"diciassette diciotto diciannove venti trenta quaranta cinquanta sessanta settanta ottanta " +
			"novanta cento",
		// NL
		"twee drie vier vijf zes zeven acht negen tien twaalf dertien veertien vijftien zestien zeventien " +
			"achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig negentig honderd",
		// PT
		"dois duas três quatro cinco seis sete oito nove dez onze doze treze catorze quatorze quinze " +
			"dezasseis dezesseis dezassete dezessete dezoito dezanove dezenove vinte trinta quarenta " +
			"cinquenta sessenta setenta oitenta noventa cem",
		// PL
		"dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć jedenaście dwanaście trzynaście " +
			"czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście dwadzieścia " +
			"trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt " +
			"dziewięćdziesiąt sto",
		// SV
		"två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton sjutton arton nitton " +
			"tjugo trettio fyrtio femtio sextio sjuttio åttio nittio hundra",
		// DA, NO
		"fire seks syv otte ti elleve tretten fjorten seksten sytten atten nitten tyve tredive fyrre " +
			"halvtreds tres halvfjerds firs halvfems tjue tretti førti femti seksti sytti åtti nitti",
	} {
		for _, w := range strings.Fields(list) {
			m[w] = true
		}
	}
	return m
}()

// numberJoins are the words that join a unit and a ten into one number
// word: German "fünfundvierzig", Dutch "vijfenveertig", Danish
// "femogfyrre".
var numberJoins = []string{"und", "en", "og"}

// ageWordValue reports whether w, lower case, is a number written in
// words: one of numberWords, two of them joined by a hyphen ("forty-five",
// "quarante-cinq") or by numberJoins, or a ten with a unit after it
// ("fyrtiofem", "quarantacinque", "veintiocho" is not read).
func ageWordValue(w string) bool {
	if numberWords[w] {
		return true
	}
	if a, b, ok := strings.Cut(w, "-"); ok {
		// "one" is no number word alone (it is prose), but after a ten
		// and a hyphen it is: "fifty-one".
		return numberWords[a] && (numberWords[b] || b == "one")
	}
	for _, j := range numberJoins {
		if k := strings.Index(w, j); k > 0 && numberWords[w[k+len(j):]] && (numberWords[w[:k]] || w[:k] == "ein") {
			return true
		}
	}
	for k := 4; k < len(w)-2; k++ {
		if numberWords[w[:k]] && numberWords[w[k:]] {
			return true
		}
	}
	return false
}

// ageYearsWord reports whether w is the unit of an age in years after a
// number word: "setenta años", "sechzig Jahre", "quarante ans".
func ageYearsWord(w string) bool {
	switch w {
	case "years", "jahre", "ans", "años", "anni", "jaar", "anos", "år", "lat", "lata":
		return true
	}
	return false
}

// turnWordAgeBack finds, in the line before start (a birthday's day) and
// at most 80 bytes back, a turning verb and an age in words after it:
// "turns thirty next week (her bday is the 9th of December)", "wird sechs
// und hat am 2. Januar Geburtstag". It returns the AGE span of the
// number, or a span with End 0.
func turnWordAgeBack(text string, start int) Span {
	lo := max(start-80, 0)
	if k := lastNewlineIn(text[lo:start]); k >= 0 {
		lo += k + 1
	}
	var buf [16]byte
	verb := false
	for i := lo; i < start; {
		if !isCtxWordByte(text[i]) {
			i++
			continue
		}
		s := i
		for i < start && isCtxWordByte(text[i]) {
			i++
		}
		w, ok := lowerWord(text, s, i, &buf)
		if verb && ok && ageWordValue(w) {
			return turnAgeSpan(s, i)
		}
		verb = ok && turnVerb(w) && i < start && text[i] == ' '
	}
	return Span{}
}

// ordinalBirthdayAge reads an ordinal age before a birthday word after a
// personal possessive: "her 60th birthday", "Ihres 60. Geburtstags", "zijn
// 50e verjaardag", "jej 40. urodziny". A business's birthday ("our 10th
// birthday") has no such possessive. The span is the number only.
func ordinalBirthdayAge(text string, r digitRun) (Span, bool) {
	p := r.end
	switch {
	case p+2 < len(text) && isOrdinal(text[r.start:p+2]):
		p += 2
	case p < len(text) && (text[p] == '.' || text[p] == 'e'):
		p++
	}
	if p == r.end || p >= len(text) || text[p] != ' ' {
		return Span{}, false
	}
	s := p + 1
	e := s
	for e < len(text) && isCtxWordByte(text[e]) {
		e++
	}
	if hungarianOwnBirthday(text[s:e]) {
		// "a 62. születésnapomra": the possessive is the suffix (locdob9_dob.go)
		return Span{Start: r.start, End: r.end, Type: "AGE", Rule: "builtin.age", Score: 0.8,
			Reason: "ordinal before a Hungarian birthday word with a personal suffix"}, true
	}
	var buf [32]byte
	w, ok := lookupCtx(text[s:e], &buf, ctxBirth)
	if !ok {
		lw, ok2 := lowerWord(text, s, e, (*[16]byte)(buf[:16]))
		if !ok2 || !birthdayWords.has(lw) {
			return Span{}, false
		}
		w = "birthday"
	}
	slavic := w == "narozeniny" || w == "narodeniny" || w == "urodziny" // loc17_age.go
	if !birthdayNoun(w) && !slavic {
		return Span{}, false
	}
	var b16 [16]byte
	pw, q, ok := wordBeforeSpace(text, r.start, &b16)
	if !ok || !personalPossessive(pw) && !kinAfterPossessive(text, q, pw) && !genitiveName(text, q, r.start-1, true) &&
		!(pw == "happy" && birthdayToPerson(text, e)) && // locdob9_dob.go
		!(slavic && celebrateVerb(pw)) { // "slaví 5. narozeniny" (loc17_age.go)
		return Span{}, false
	}
	return Span{Start: r.start, End: r.end, Type: "AGE", Rule: "builtin.age", Score: 0.8,
		Reason: withContext("ordinal before a birth word after a possessive", w)}, true
}

// birthdayNoun reports whether the birth word w names a birthday (not a
// birth date or the verb "born").
func birthdayNoun(w string) bool {
	switch w {
	case "birthday", "bday", "geburtstag", "verjaardag", "urodziny", "compleanno", "cumpleaños", "aniversário":
		return true
	}
	return false
}

// personalPossessive reports whether w, lower case, is a possessive of a
// person (not "our", "unser"): her, his, Ihres, zijn, jej…
func personalPossessive(w string) bool {
	switch w {
	case "her", "his", "their", "your", "my", "ihr", "ihres", "ihrem", "ihren", "sein", "seines", "seinem",
		"seinen", "dein", "deines", "deinem", "mein", "meines", "meinem", "zijn", "haar", "jouw", "mijn", "jej",
		"jego", "son", "sa", "su", "suo", "sua", "seu", "hans", "hennes", "hendes", "hennar", "sin", "sitt",
		// (locdob9) Spanish, and Jamaican and Caribbean English ("mi 70th birthday")
		"mi", "tu":
		return true
	}
	return false
}

// A bare year of birth: "born 1958", "Jg. 1958", "Jahrgang 1958", "née en
// 1958", "nacido en 1958", "nato nel 1958", "urodzony w 1958", "født i
// 1958". The year alone is the DATE_OF_BIRTH span.

// yearCueLast marks the last bytes of the words right before such a year:
// the birth words and the prepositions after them (born, in, en, nel, em,
// im, w, i, geb., Jg., Jahrgang, född, født, né(e), urodzony, rocznik,
// classe) and the months that may stand between ("born June 1981",
// "born in October 1992", "March").
var yearCueLast = func() (t [256]bool) {
	for _, c := range []byte("n.glmwdity\xa9kerh") {
		t[c] = true
	}
	for w := range moreYearWords { // dob_words7.go
		t[w[len(w)-1]] = true
	}
	return t
}()

// birthYearMaybe is birthYearAt's filter on a run of four digits after a
// space: it starts "19" or "20", and the word before ends like a birth
// word or a preposition.
func birthYearMaybe(text string, r digitRun) bool {
	return r.start >= 3 && yearCueLast[text[r.start-2]] &&
		(text[r.start] == '1' && text[r.start+1] == '9' || text[r.start] == '2' && text[r.start+1] == '0')
}

// birthYearCue reports whether w, lower case, says that the year after it
// is a birth year.
func birthYearCue(w string) bool {
	switch w {
	case "born", "geboren", "geb.", "geb", "jg.", "jg", "jahrgang", "née", "né", "nacido", "nacida", "nato", "nata",
		"nascido", "nascida", "urodzony", "urodzona", "urodzeni", "rocznik", "född", "født", "b.", "geboren:", "born:":
		return true
	}
	return moreYearWords[w] == yearCue // dob_words7.go
}

// birthYearIn reports whether w, lower case, is a preposition between a
// birth word and its year: "born in", "née en", "nato nel", "nascida em",
// "urodzony w", "født i", "geboren im Jahr" is not read.
func birthYearIn(w string) bool {
	switch w {
	case "in", "en", "nel", "em", "w", "i", "im":
		return true
	}
	return moreYearWords[w] == yearIn // dob_words7.go
}

// birthYearAt reads the run r, four digits, as a year of birth when a
// birth word comes right before it, or a birth word and a preposition. The
// year is 1900 to 2029 and no month or day follows (those are dates).
//
// A year of two digits after an apostrophe ("born in '79", "born ’84")
// and a month before the year ("born March 1984", "born in June 1990")
// count too (the span then starts at the month; "born July '79" as well),
// and so does a cohort
// word that names the year one was born in ("classe 1979", Italian).
func birthYearAt(text string, r digitRun) (Span, bool) {
	at := r.start // where the word before the year ends
	if r.end-r.start == 2 {
		// the apostrophe: ' or the last byte of ’ (E2 80 99)
		at--
		if text[at] == 0x99 {
			if at < 2 || text[at-2:at] != "\xe2\x80" {
				return Span{}, false
			}
			at -= 2
		}
	} else if v := atoiASCII(text[r.start:r.end]); v < 1900 || v > 2029 {
		return Span{}, false
	}
	start := r.start
	var buf [16]byte
	w, q, ok := wordBeforeSpace(text, at, &buf)
	if !ok {
		return Span{}, false
	}
	if _, month := monthTable.get(w); month && len(w) > 2 {
		start = q // the month opens the span ("born July '79" too: locdob10)
		if w, q, ok = wordBeforeSpace(text, q, &buf); !ok {
			return Span{}, false
		}
	}
	if birthYearIn(w) {
		if w, _, ok = wordBeforeSpace(text, q, &buf); !ok {
			return Span{}, false
		}
	}
	if !birthYearCue(w) && !(w == "classe" && at == r.start && atoiASCII(text[r.start:r.end]) <= 2015) &&
		!((w == "f." || w == "s.") && q+3 == at && bornAbbrevBefore(text, at)) { // (loc23) "(f. 1962)", loc12_born.go
		return Span{}, false
	}
	return Span{Start: start, End: r.end, Type: "DATE_OF_BIRTH", Rule: "builtin.date_of_birth", Score: 0.85,
		Reason: "year right after a birth word"}, true
}
