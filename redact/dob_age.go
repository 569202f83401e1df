package redact

import "strings"

// Past ages and ages in other languages' "X is 38": the helpers of ageAt's
// weak age words (a verb before the number), kept apart from its loop.

// isBeVerb reports whether w is a form of "to be" (English, Dutch "is",
// "was", Swedish "är", Danish and Norwegian "er") or of "to become"
// (German "wird", Dutch "wordt", Swedish "fyller", Danish "fylder": "Oma
// Helga wird 85!"), whose number is an age only after a pronoun or a
// known name.
func isBeVerb(w string) bool {
	switch w {
	case "is", "am", "are", "was", "were", "be", "wird", "wordt", "fyller", "fylder", "är", "er", "ben", "bin":
		return true
	}
	return false
}

// agePronoun reports whether w, lower case, is a personal pronoun that may
// come before "is", "was" or "wird" and an age: English, Dutch ("Ze is
// 38", "hij was 41"), German, Swedish and Danish ("er wird 70", "hon
// fyller 50", "hun er 44").
func agePronoun(w string) bool {
	switch w {
	case "he", "she", "i", "they", "who", "you", "ze", "zij", "hij", "ik", "jij", "er", "sie", "hon", "han", "hun", "hen",
		"ich", "jag", "jeg", "du", "wij", "we", "vi":
		return true
	}
	return false
}

// ageClauseGoesOn reports whether the clause after an age that follows a
// form of "to be" (the verb starts at k, the number ends at e) goes on
// with a time or a second clause ("she was 26 when she joined", "Ze is 38
// en woont in Utrecht", "he was 41 at the time", "hon fyller 35 den 4
// mars", "she turns 40 on Friday"), or whether "since" or
// "when" opens the clause ("since he was 41 he has bought"). A unit after
// the number ("since she was 26 minutes late") is no such word.
func ageClauseGoesOn(text string, k, e int) bool {
	if e >= len(text) || text[e] != ' ' {
		return false
	}
	rest := text[e+1:]
	for _, p := range [...]string{"when ", "en ", "und ", "et ", "y ", "e ", "och ", "og ", "at the time", "back then", "then", "by then",
		"den ", "on ", "am ", "next ", "this ", "today", "tomorrow"} {
		if hasPrefixFoldASCII(rest, p) {
			return true
		}
	}
	for _, u := range [...]string{"minute", "hour", "day", "week", "month", "year", "percent", "%", "time", "point", "min"} {
		if hasPrefixFoldASCII(rest, u) {
			return false
		}
	}
	// two words back: "since" or "when", then the pronoun
	var buf [16]byte
	for range 2 {
		w, q, ok := wordBeforeSpace(text, k, &buf)
		if !ok {
			return false
		}
		if w == "since" || w == "when" {
			return true
		}
		k = q
	}
	return false
}

// kinWords are the family words that, after a possessive, make a person
// whose "turned 60 last week" is an age.
var kinWords = boolTable(map[string]bool{
	"dad": true, "mum": true, "mom": true, "mother": true, "father": true, "grandma": true, "grandpa": true,
	"grandmother": true, "grandfather": true, "nan": true, "nana": true, "granny": true, "wife": true,
	"husband": true, "son": true, "daughter": true, "sister": true, "brother": true, "partner": true,
	"aunt": true, "uncle": true, "niece": true, "nephew": true, "cousin": true, "friend": true,
	"boyfriend": true, "girlfriend": true, "fiancé": true, "fiancée": true, "kid": true, "child": true,
	"mam": true, "mama": true, "mamma": true, "papa": true, "tochter": true, "sohn": true, "oma": true, "opa": true,
	"fille": true, "fils": true, "hija": true, "hijo": true, "figlia": true, "figlio": true, "dochter": true,
	"zoon": true, "filha": true, "filho": true, "córka": true, "syn": true, "dotter": true, "datter": true,
	"nonna": true, "nonno": true, "abuela": true, "abuelo": true, "mormor": true, "farmor": true,
	"morfar": true, "farfar": true, "grandson": true, "granddaughter": true, "stepson": true,
	"stepdaughter": true, "baby": true, "toddler": true, "twin": true,
	"grandad": true, "granddad": true, "gran": true, "nanna": true, "mummy": true, "daddy": true, "mommy": true,
	"sis": true, "bro": true, "s\u00f8n": true, "s\u00f8nn": true, "pige": true, "pike": true, "flicka": true,
	"pojke": true, "dreng": true, "gutt": true, "barnebarn": true, "barnbarn": true,
	"vader": true, "moeder": true, "vater": true, "mutter": true, "p\u00e8re": true, "m\u00e8re": true, "padre": true,
	"madre": true, "pai": true, "m\u00e3e": true, "ojciec": true, "matka": true, "mother-in-law": true,
	"father-in-law": true, "schoonmoeder": true, "schoonvader": true, "suocera": true, "suocero": true,
	"suegra": true, "suegro": true, "belle-m\u00e8re": true, "beau-p\u00e8re": true,
})

// kinBefore reports whether text[q:p], the word before a turn verb, is a
// family word after a possessive ("my dad turned 60 last week", "her son
// turns 18 on Friday"), or a known name ("Priya turns 40 next week").
func kinBefore(text string, q, p int) bool {
	if knownName(text[q:p]) {
		return true
	}
	var buf [16]byte
	w, ok := lowerWord(text, q, p, &buf)
	if !ok || !kinWords.has(w) || q < 2 || text[q-1] != ' ' {
		return false
	}
	return possessiveBefore(text, q)
}

// possessiveBefore reports whether a possessive ("my", "her", "mijn",
// "ihre" …) ends one space before q.
func possessiveBefore(text string, q int) bool {
	var buf [16]byte
	k := q - 1
	for k > 0 && isCtxWordByte(text[k-1]) {
		k--
	}
	pw, _ := lowerWord(text, k, q-1, &buf)
	switch pw {
	case "my", "his", "her", "their", "our", "your", "whose",
		// the same in the covered languages ("mijn vader is 79")
		"mijn", "zijn", "haar", "onze", "mein", "meine", "sein", "seine", "ihre", "unsere", "min", "sin", "hans",
		"hennes", "mon", "ma", "son", "sa", "mi", "su", "mia", "mio", "sua", "suo", "minha", "meu", "moja", "jej", "jego":
		return true
	}
	return false
}

// noteAfter reports whether a note in brackets follows the number that
// ends at e: "Zofia Nowak, 33 (prefers email)", an age between a name and
// a remark. appositiveAge still wants the name before it; a bracket that
// opens with a digit ("12, 33 (4 packs)") is no note.
func noteAfter(text string, e int) bool {
	return e+2 < len(text) && text[e] == ' ' && text[e+1] == '(' && !isDigit(text[e+2])
}

// bracketAge reads an age in brackets right after a name: "Liam Nguyen
// (34)". The run r follows the bracket and a ')' follows it (ageMaybe
// lets through a run with ')' after it and any byte after that, so that
// it stays one table lookup; "(52, teacher)" is not read, as every "12, "
// would then reach ageAt); the word before " (" is a given name from the
// gazetteer, or a capitalised word after one, so that "Lindt (12)" or
// "Chapter (3)" are no ages; a capitalised name after a family word
// ("daughter Defne (8)", "mum Ayşe (66)") is a person's too.
//
//go:noinline
func bracketAge(text string, r digitRun) (Span, bool) {
	b := r.start - 1 // the bracket
	if b < 3 || text[b-1] != ' ' || r.end >= len(text) {
		return Span{}, false
	}
	if text[r.end] == '!' && r.end+1 < len(text) && text[r.end+1] == ')' {
		r.end++ // "Grete Brekke (91!)": the mark passed over, the span kept
		// a name named earlier: namedEarlierBracket (read15e_age.go)
		if !nameBeforeBracket(text, b) && !namedEarlierBracket(text, b) {
			return Span{}, false
		}
		return Span{Start: r.start, End: r.end - 1, Type: "AGE", Rule: "builtin.age", Score: 0.75,
			Reason: "number in brackets after a name"}, true
	}
	if text[r.end] != ')' {
		if finnishBracketYears(text, r.end) && nameBeforeBracket(text, b) {
			// "Onni Laine (9 v)" (loc12_age.go)
			return Span{Start: r.start, End: r.end, Type: "AGE", Rule: "builtin.age", Score: 0.75,
				Reason: "number and an age abbreviation in brackets after a name"}, true
		}
		return kinBracketAge(text, r) // "two boys (12 and 9)"
	}
	if !nameBeforeBracket(text, b) {
		return Span{}, false
	}
	return Span{Start: r.start, End: r.end, Type: "AGE", Rule: "builtin.age", Score: 0.75,
		Reason: "number in brackets after a name"}, true
}

// nameBeforeBracket reports whether a name ends one space before the
// bracket at b: a given name from the gazetteer, a capitalised word after
// one, or a capitalised name after a family word.
func nameBeforeBracket(text string, b int) bool {
	c := b - 1 // the end of the name
	q := c
	for q > 0 && nameByteBefore(text, q) {
		q--
	}
	if q == c {
		return false
	}
	f := nameFlagsOf(text[q:c])
	given := f&nameGiven != 0 && f&(nameStop|nameCity|nameAmbiguous) == 0
	return given || afterGivenName(text, q, c) || afterKinWord(text, q, c) || kinBracketWord(text, q, c)
}

// kinBracketWord reports whether text[q:c], the word before an age in
// brackets, is a family word that names one person ("grandad (92)", "my
// sister (41)"); "friend" and "partner" may be a business's.
func kinBracketWord(text string, q, c int) bool {
	var buf [16]byte
	w, ok := lowerWord(text, q, c, &buf)
	return ok && w != "friend" && w != "partner" && kinWords.has(w)
}

// kinSubject reports whether text[q:p], the word before "is" or "was" and
// an age, is a family word after a possessive ("my mum is 81"; see
// kinBefore) or a capitalised family word that opens its sentence or line
// ("Mum is 79, Dad 83").
func kinSubject(text string, q, p int) bool {
	if q == p {
		return false
	}
	if kinBefore(text, q, p) {
		return true
	}
	if !upperAt(text, q) || !kinBracketWord(text, q, p) {
		return false
	}
	i := q
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	if i == 0 {
		return true
	}
	switch text[i-1] {
	case '.', '!', '?', '\n', '-', '*', '(', ':', ';', ',':
		return true
	}
	return false
}

// ageRangeBefore reports whether the number at i closes a range ("25-34
// year olds", "25–40 años"): a dash or an en dash right before it, a
// digit before that. The segment of an audience is no one's age.
func ageRangeBefore(text string, i int) bool {
	switch {
	case i >= 2 && text[i-1] == '-':
		return isDigit(text[i-2])
	case i >= 4 && text[i-3:i] == "–":
		return isDigit(text[i-4])
	}
	return false
}

// durationBefore reports whether the word one space before the number at
// i makes the number and its unit a duration, not an age: "al 20 jaar
// klant" (already), "seit 12 Jahren", "depuis 15 ans", "desde hace 3
// años", "da 10 anni", "há 5 anos", "od 8 lat", "i 20 år", "for 10
// years".
func durationBefore(text string, i int) bool {
	var buf [16]byte
	w, _, ok := wordBeforeSpace(text, i, &buf)
	if !ok {
		return false
	}
	switch w {
	case "al", "sinds", "seit", "since", "for", "depuis", "pendant", "desde", "hace", "durante", "da", "per",
		"há", "od", "przez", "i", "sedan", "in", "within", "over", "after", "nach", "après", "dopo", "após",
		// (dob_age7.go) "prije 40 godina", "před 5 lety", "acum 5 ani", "već 40 godina", "už 20 let"
		"prije", "pre", "před", "pred", "za", "acum", "već", "vec", "už", "uz", "már", "után", "yli", "noin",
		// (locdob10) Dutch and Nordic "after": "die na 31 jaar stopt"
		"na", "efter", "etter":
		return true
	}
	return false
}

// notPersonalAge reports whether the age word that starts at k is
// qualified as a level or a rule rather than a person's age: "reading age
// 9", "minimum age 18", "average age 42", "retirement age 67".
func notPersonalAge(text string, k int) bool {
	var buf [16]byte
	w, _, ok := wordBeforeSpace(text, k, &buf)
	if !ok {
		return false
	}
	switch w {
	case "reading", "minimum", "min", "maximum", "max", "legal", "retirement", "pension", "drinking", "voting",
		"target", "average", "avg", "median", "mean", "school", "recommended", "mindest", "durchschnitts":
		return true
	}
	return false
}

// afterKinWord reports whether the capitalised word text[q:c] follows a
// family word (kinWords, in several languages) and one space: "daughter
// Defne", "mum Ayşe", "Tochter Mila".
func afterKinWord(text string, q, c int) bool {
	if q < 3 || text[q-1] != ' ' || !upperAt(text, q) && text[q] < 0xC0 {
		return false
	}
	return wordBeforeIn(text, q-1, kinWords) || wordBeforeIn(text, q-1, kinPlurals) || // "Kinder Ama (12)"
		hasSuffixFoldASCII(text[:q-1], "-in-law") // "her sister-in-law Ysolde is 45"
}

// wordBeforeIn reports whether the word of name bytes that ends at
// text[end], lower-cased, is in set.
func wordBeforeIn(text string, end int, set *strTable) bool {
	k := end
	for k > 0 && nameByteBefore(text, k) {
		k--
	}
	var buf [16]byte
	w, ok := lowerWord(text, k, end, &buf)
	return ok && set.has(w)
}

// nameBeforeCommaAt reports whether a known name (given or family) ends
// with a comma right before the space at p: "mevrouw Naima Bouzid, is 58,"
// where the verb's subject is the name set off before it.
func nameBeforeCommaAt(text string, p int) bool {
	if p < 3 || text[p-1] != ',' {
		return false
	}
	e := p - 1
	q := e
	for q > 0 && nameByteBefore(text, q) {
		q--
	}
	return q < e && (knownName(text[q:e]) || afterGivenName(text, q, e))
}

// listNameAge reports whether the word text[k:i], before ": " and an age
// ending at e, is a known given name (or a title and a name) that opens a
// list item or a line ("- Carlos: 52, retired", "* Mrs. Hoang: 71,"), and
// the number ends its clause. A label ("Price: 52,") is no known name.
func listNameAge(text string, k, i, e int) bool {
	if !ageEndOK(text, e) || i-k < 2 || !knownName(text[k:i]) && !afterTitle(text, k) {
		return false
	}
	// the item's start: a line break, a bullet, or a title before it
	s := k
	if afterTitle(text, k) {
		for s > 0 && text[s-1] != ' ' {
			s--
		}
		s--
		for s > 0 && text[s-1] != ' ' && text[s-1] != '\n' {
			s--
		}
	}
	for s > 0 && text[s-1] == ' ' {
		s--
	}
	if s > 0 && (text[s-1] == '-' || text[s-1] == '*') {
		s--
		for s > 0 && text[s-1] == ' ' {
			s--
		}
	}
	return s == 0 || text[s-1] == '\n'
}

// afterTitle reports whether a title ("Mrs.", "Mr", "Dr.", "Frau") and one
// space come right before k.
func afterTitle(text string, k int) bool {
	if k < 3 || text[k-1] != ' ' {
		return false
	}
	s := k - 1
	for s > 0 && text[s-1] != ' ' && text[s-1] != '\n' {
		s--
	}
	return nameFlagsOf(strings.TrimSuffix(text[s:k-1], "."))&nameTitle != 0
}

// nameByteBefore reports whether the byte before i may end a name read
// backwards: an ASCII letter or any byte of a non-ASCII letter
// ("Ayşe (66)"; isLetterAt decodes a rune forwards, which fails on its
// last byte).
func nameByteBefore(text string, i int) bool {
	c := text[i-1]
	return isAlpha(c) || c >= 0x80
}

// kinPlurals are the words for children or relatives that a bracket of
// ages may follow: "two boys (12 and 9)", "Kinder (4, 7)", "hijos (10 y
// 13)".
var kinPlurals = boolTable(map[string]bool{
	"kids": true, "children": true, "boys": true, "girls": true, "sons": true, "daughters": true, "twins": true,
	"grandchildren": true, "grandkids": true, "kinder": true, "söhne": true, "töchter": true, "enkel": true,
	"enfants": true, "fils": true, "filles": true, "hijos": true, "hijas": true, "niños": true, "nietos": true,
	"figli": true, "figlie": true, "bambini": true, "nipoti": true, "kinderen": true, "zonen": true,
	"dochters": true, "kleinkinderen": true, "filhos": true, "filhas": true, "netos": true, "dzieci": true,
	"synowie": true, "córki": true, "wnuki": true, "barn": true, "söner": true, "döttrar": true, "barnbarn": true,
	"børn": true, "sønner": true, "døtre": true, "børnebørn": true, "tvillingar": true, "tvillinger": true,
})

// ageJoins are the words that join the ages of a bracket: "(12 and 9)".
var ageJoins = boolTable(map[string]bool{
	"and": true, "&": true, "und": true, "et": true, "y": true, "e": true, "en": true, "och": true, "og": true,
	"i": true,
})

// kinBracketAge reads the run r as one of the ages in a bracket after a
// plural family word: "has two boys (12 and 9)", "zwei Kinder (4, 7)". The
// bracket holds only numbers of up to two digits, commas and ageJoins.
//
//go:noinline
func kinBracketAge(text string, r digitRun) (Span, bool) {
	// the bracket's bounds, at most 24 bytes either way on the line
	o := r.start - 1
	for o > 0 && r.start-o < 24 && text[o] != '(' && text[o] != '\n' {
		o--
	}
	c := r.end
	for c < len(text) && c-r.end < 24 && text[c] != ')' && text[c] != '\n' {
		c++
	}
	if o < 3 || text[o] != '(' || c >= len(text) || text[c] != ')' || text[o-1] != ' ' {
		return Span{}, false
	}
	nums := 0
	for i := o + 1; i < c; {
		switch {
		case isDigit(text[i]):
			j := i
			for j < c && isDigit(text[j]) {
				j++
			}
			if j-i > 2 {
				return Span{}, false
			}
			nums++
			i = j
		case text[i] == ' ' || text[i] == ',':
			i++
		default:
			j := i
			for j < c && text[j] != ' ' && text[j] != ',' && !isDigit(text[j]) {
				j++
			}
			var buf [16]byte
			w, ok := lowerWord(text, i, j, &buf)
			if !ok || !ageJoins.has(w) {
				return Span{}, false
			}
			i = j
		}
	}
	if nums < 2 {
		return Span{}, false
	}
	if !wordBeforeIn(text, o-1, kinPlurals) {
		return Span{}, false
	}
	return Span{Start: r.start, End: r.end, Type: "AGE", Rule: "builtin.age", Score: 0.75,
		Reason: "number in brackets after a word for children"}, true
}
