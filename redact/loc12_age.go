package redact

// Ages of issue 9 that the age statements missed: a pronoun joined to
// "is" or "am" and a coming time after the number ("He's 71 next month",
// "she's 9 in June"), and Finnish "v" (vuotta, years) after the number in
// brackets after a name ("Onni Laine (9 v)"). Catalan "anys" is one of
// ageUnits.

// pronounBeWord reports whether w, lower case, is a pronoun joined to its
// verb "to be", whose subject is a person ("he's", "i'm").
func pronounBeWord(w string) bool {
	switch w {
	case "he's", "she's", "i'm", "hes", "shes", "im":
		return true
	}
	return false
}

// comingTimeAfter reports whether a coming time follows the number that
// ends at e: "next" or "this" and a week, month, year or birthday, or a
// month after "in" (monthAfterPrep).
func comingTimeAfter(text string, e int) bool {
	if e+5 >= len(text) || text[e] != ' ' {
		return false
	}
	rest := text[e+1:]
	for _, p := range [...]string{"next week", "next month", "next year", "next birthday", "this year", "this month",
		"this week", "this spring", "this summer", "this autumn", "this fall", "this winter"} {
		if hasPrefixFoldASCII(rest, p) {
			return true
		}
	}
	return (rest[0] == 'i' || rest[0] == 'I') && monthAfterPrep(rest) ||
		(rest[0] == 'o' || rest[0] == 'O') && dayAfterOn(rest) // loc17_age.go: "she's 45 on the 9th"
}

// finnishBracketYears reports whether " v)" or " v.)" follows the number
// that ends at e, inside brackets: Finnish "vuotta" (years).
func finnishBracketYears(text string, e int) bool {
	return e+2 < len(text) && text[e] == ' ' && text[e+1] == 'v' &&
		(text[e+2] == ')' || e+3 < len(text) && text[e+2] == '.' && text[e+3] == ')')
}

// namedSubjectBefore reports whether text[q:p], the word before a turning
// verb, ends a person's name: a given or family name the gazetteers know,
// or a capitalised word after a known given name ("Sipho Ndlovu-Jones
// turned 45 in March"), a double-barrelled family name read whole.
func namedSubjectBefore(text string, q, p int) bool {
	for q >= 2 && text[q-1] == '-' && isLetterAt(text, q-2) {
		q--
		for q > 0 && isLetterAt(text, q-1) {
			q--
		}
	}
	if q >= p || !upperAt(text, q) {
		return false
	}
	return knownName(text[q:p]) || afterGivenName(text, q, p) || namedEarlier(text, q, p) // read15e_age.go
}

// kinPluralBefore reports whether text[q:p] is a plural word for children
// or relatives (kinPlurals) after a possessive ("her twins turned 9 on
// March 3", "my kids are turning 6 next week"). (The plural "turn" is no
// age word: ageMaybe's byte filter lets a word ending in "un" through
// only at a cost on every "Jun 5" and "run 3".)
func kinPluralBefore(text string, q, p int) bool {
	var buf [16]byte
	w, ok := lowerWord(text, q, p, &buf)
	return ok && kinPlurals.has(w) && q >= 3 && text[q-1] == ' ' && possessiveBefore(text, q)
}
