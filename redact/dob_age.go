package redact

// Past ages and ages in other languages' "X is 38": the helpers of ageAt's
// weak age words (a verb before the number), kept apart from its loop.

// isBeVerb reports whether w is a form of "to be" (English, Dutch "is",
// "was", Swedish "är", Danish and Norwegian "er") or of "to become"
// (German "wird", Dutch "wordt", Swedish "fyller", Danish "fylder": "Oma
// Helga wird 85!"), whose number is an age only after a pronoun or a
// known name.
func isBeVerb(w string) bool {
	switch w {
	case "is", "am", "are", "was", "were", "wird", "wordt", "fyller", "fylder", "är", "er":
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
	case "he", "she", "i", "they", "who", "you", "ze", "zij", "hij", "ik", "jij", "er", "sie", "hon", "han", "hun", "hen":
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
	k := q - 1
	for k > 0 && isCtxWordByte(text[k-1]) {
		k--
	}
	pw, _ := lowerWord(text, k, q-1, &buf)
	switch pw {
	case "my", "his", "her", "their", "our", "your":
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
// "Chapter (3)" are no ages.
//
//go:noinline
func bracketAge(text string, r digitRun) (Span, bool) {
	b := r.start - 1 // the bracket
	if b < 3 || text[b-1] != ' ' || r.end >= len(text) || text[r.end] != ')' {
		return Span{}, false
	}
	c := b - 1 // the end of the name
	q := c
	for q > 0 && isLetterAt(text, q-1) {
		q--
	}
	if q == c {
		return Span{}, false
	}
	f := nameFlagsOf(text[q:c])
	given := f&nameGiven != 0 && f&(nameStop|nameCity|nameAmbiguous) == 0
	if !given && !afterGivenName(text, q, c) {
		return Span{}, false
	}
	return Span{Start: r.start, End: r.end, Type: "AGE", Rule: "builtin.age", Score: 0.75,
		Reason: "number in brackets after a name"}, true
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
		"há", "od", "przez", "i", "sedan", "in", "within", "over", "after", "nach", "après", "dopo", "após":
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
