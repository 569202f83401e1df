package redact

import "strings"

// A nickname in quotes or brackets between a given and a family name
// ("Torvald 'Toby' Brennick", "Margarethe (Grete) Sommer") is often the
// only word of the three a gazetteer knows: the name rules find the
// nickname and leave the words around it, which no list knows. When a
// PERSON span of one word stands in quotes or brackets right between two
// capitalised words, none a stop word, title, greeting, month or city,
// and the two spelt like names as a list item beside names is
// (siblingSpellMean, person9_list.go), nickBetween makes one name of the
// three.

// nickBetweenMaybe reports whether the span s of text stands in quotes
// or brackets with a space after them: the test nicknameMaybe adds for
// nickBetween.
func nickBetweenMaybe(text string, s Span) bool {
	st, e := s.Start, s.End
	if st < 3 || e+2 >= len(text) {
		return false
	}
	switch b := text[st-1]; b {
	case '(':
		return text[e] == ')' && text[e+1] == ' '
	case '"', '\'':
		return text[e] == b && text[e+1] == ' '
	case 0x98, 0x9C: // the last byte of "‘" and "“"
		return text[e] == 0xE2
	}
	return false
}

// nickPhrasesMore are the longer phrases of EN, PT, ES, IT, FR, NL and
// the Nordic languages that open a nickname in brackets after a name
// ("known to everyone as …", "chamado de …", "conocida como …", "kaldet
// …"); their first bytes are among those of nickPhrases or rare after a
// bracket (k), so that "(she/her)", "(née …)" and "(born …)" stay one
// byte test.
var nickPhrasesMore = []string{"known to everyone as ", "known to all as ", "known to friends as ",
	"known to family as ", "known to us as ", "conocido como ", "conocida como ", "chamado de ", "chamada de ",
	"conhecido como ", "conhecida como ", "detta ", "dite ", "genaamd ", "kaldet ", "kallad ", "kalt "}

// nickMoreStart reports whether a and b may open a phrase of
// nickPhrasesMore (TestPerson13NickPhrases keeps the two in step).
func nickMoreStart(a, b byte) bool {
	switch a {
	case 'k':
		return b == 'n' || b == 'a'
	case 'c':
		return b == 'o' || b == 'h'
	case 'd':
		return b == 'e' || b == 'i'
	case 'g':
		return b == 'e'
	}
	return false
}

// nickPhraseMore returns the length of the phrase of nickPhrasesMore at
// i, or 0.
func nickPhraseMore(text string, i int) int {
	if i+6 > len(text) || !nickMoreStart(text[i], text[i+1]) {
		return 0 // "(customer since …)": most brackets fail on their first two bytes
	}
	for _, p := range nickPhrasesMore {
		if strings.HasPrefix(text[i:], p) {
			return len(p)
		}
	}
	return 0
}

// nickBetween returns the bounds of the name around the one-word PERSON
// span text[start:end] that stands in quotes or brackets between two
// capitalised words (see above).
func nickBetween(text string, start, end int) (int, int, bool) {
	for k := start; k < end; k++ {
		if text[k] == ' ' {
			return 0, 0, false
		}
	}
	// The opening mark, a space before it, and the given name before that.
	var ob int
	switch {
	case text[start-1] == '(' || text[start-1] == '"' || text[start-1] == '\'':
		ob = start - 1
	case start >= 3 && (text[start-3:start] == "“" || text[start-3:start] == "‘"):
		ob = start - 3
	default:
		return 0, 0, false
	}
	if ob < 3 || text[ob-1] != ' ' {
		return 0, 0, false
	}
	gs := ob - 1
	for gs > 0 && nameByteBefore(text, gs) {
		gs--
	}
	if gs == ob-1 || !upperAt(text, gs) {
		return 0, 0, false
	}
	// The closing mark, matching the opening one, then a space and the
	// family name.
	ce := end
	switch text[ob] {
	case '(':
		if ce >= len(text) || text[ce] != ')' {
			return 0, 0, false
		}
		ce++
	case '"', '\'':
		if ce >= len(text) || text[ce] != text[ob] {
			return 0, 0, false
		}
		ce++
	default:
		if ce+3 > len(text) || text[ce:ce+3] != "”" && text[ce:ce+3] != "’" {
			return 0, 0, false
		}
		ce += 3
	}
	if ce+2 >= len(text) || text[ce] != ' ' || !upperAt(text, ce+1) {
		return 0, 0, false
	}
	fe, _, ok := readCapToken(text, ce+1)
	if !ok || fe-ce-1 < 2 {
		return 0, 0, false
	}
	if !nickOuterWord(text, gs, ob-1) || !nickOuterWord(text, ce+1, fe) {
		return 0, 0, false
	}
	if !nickSpell(text[gs:ob-1]) || !nickSpell(text[ce+1:fe]) {
		return 0, 0, false
	}
	return gs, fe, true
}

// nickOuterWord reports whether text[s:e], a word around a nickname, may
// be part of a name: no stop word, title, greeting, month or city that no
// gazetteer knows as a name too.
func nickOuterWord(text string, s, e int) bool {
	f := tokenFlags(text[s:e])
	if f&(nameStop|nameTitle|nameGreeting) != 0 || f&(nameCity|nameCityHead) != 0 && f&(nameGiven|nameFamily) == 0 || cityNames.has(text[s:e]) {
		return false
	}
	_, isMonth := monthAt(text, s)
	return !isMonth
}

// nickSpell reports whether w, a word around a nickname, is a given or
// family name of the gazetteers or spelt like a name as a list item
// beside names is (siblingSpellMean, person9_list.go).
func nickSpell(w string) bool {
	if tokenFlags(w)&(nameGiven|nameFamily) != 0 {
		return true
	}
	sum, low, parts := spellScores(w)
	return parts >= 1 && low >= siblingSpellFloor && sum >= siblingSpellMean*parts
}
