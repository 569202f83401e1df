package redact

// Age limits and audience ranges are no one's age (issue 9, session 20):
// a price list or an event's terms write "kinderen tot 10 jaar", "djeca
// do 9 godina", "à partir de 7 ans", "Kinder ab 5 Jahren", "hasta 11 años",
// and a campaign's brief its audience, "clientes de 55 a 70 años",
// "between 30 and 45 years".
// ageAt's unit path read the number before the unit as an age.
// ageLimitBefore reads the word (or the two words) before the number: a
// limit's preposition, or a range's conjunction after another number (the
// first number of a range has ageRangeAfter's test only for "-", "to" and
// "bis"). It only vetoes: ageMayMatch (dob_gate.go) stays exact.

// ageLimitBefore reports whether the number at i is an age limit or the
// upper end of a range of ages (see above).
func ageLimitBefore(text string, i int) bool {
	var buf [16]byte
	w, s, ok := wordBeforeSpace(text, i, &buf)
	if !ok {
		return false
	}
	switch w {
	case "tot", "vanaf", "bis", "ab", "unter", "do", "dès", "jusqu'à", "jusqu’à", "hasta", "até", "under", "upto",
		"til", "fra", "från", "ispod":
		return true // "tot 10 jaar", "do 9 godina", "dès 7 ans"
	case "de", "a", "à", "i":
		var b2 [16]byte
		w2, _, ok := wordBeforeSpace(text, s, &b2)
		if !ok {
			return false
		}
		switch w2 {
		case "partir", "moins", "menos", "menores", "mayores", "maiores", "fino", "sotto", "jusqu'", "jusqu’":
			return true // "à partir de 7 ans", "menores de 11 años", "fino a 9 anni"
		}
	}
	switch w {
	case "a", "à", "e", "to", "and", "y", "und", "en", "og", "och", "és", "și", "ve":
		// "de 55 a 70 años": another number right before the conjunction,
		// and a range's opener before it ("my kids are 7 and 9 years old"
		// keeps its ages)
		if s < 2 || text[s-1] != ' ' || !isDigit(text[s-2]) {
			return false
		}
		k := s - 2
		for k > 0 && isDigit(text[k-1]) {
			k--
		}
		var b2 [16]byte
		w2, _, ok := wordBeforeSpace(text, k, &b2)
		if !ok {
			return false
		}
		switch w2 {
		case "de", "from", "between", "entre", "van", "tussen", "von", "zwischen", "mellan", "mellom", "fra", "od",
			"tra", "között", "între", "aged", "ages":
			return true
		}
	}
	return false
}
