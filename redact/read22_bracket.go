package redact

import "strings"

// Word readers shared by read22's rules (maiden names, partners, home
// places, "néni"; issue 9). read22 also read "Given (Alt) Family" here;
// first22's bracketNames (first22_bracket.go), merged the same day, reads
// the same shape and every case of both, so that reader was dropped at the
// merge (TestBracketAltNames keeps its cases).

// bracketAltMax bounds the brackets a read22 reader reads in one text.
const bracketAltMax = 256

// altWordEnd returns the end of the word of letters, hyphens and
// apostrophes at text[s:].
func altWordEnd(text string, s int) int {
	e := s
	for e < len(text) && (isLetterAt(text, e) || text[e] == '-' || text[e] == '\'') {
		if text[e] >= 0x80 {
			e++
			for e < len(text) && text[e]&0xC0 == 0x80 {
				e++
			}
			continue
		}
		e++
	}
	return e
}

// altClauseEnd reports whether the clause ends at text[i:] after the
// family name: the text's end, a comma, a stop, a semicolon, a colon, a
// line break, or a dash after a space.
func altClauseEnd(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	switch text[i] {
	case ',', '.', ';', ':', '\n':
		return true
	case ' ':
		r := text[i+1:]
		return strings.HasPrefix(r, "– ") || strings.HasPrefix(r, "— ") || strings.HasPrefix(r, "- ")
	}
	return false
}

// altNameWord reports whether w may be a given name or the name a person
// goes by: capitalised, no acronym, no stop word, title, greeting or city,
// a name of the gazetteers or spelt like a name (in Greek or Cyrillic
// letters, three of them or more).
func altNameWord(w string) bool {
	if len(w) < 2 || isUpper(w[1]) {
		return false
	}
	f := tokenFlags(w)
	if f&(nameStop|nameTitle|nameGreeting|nameCity) != 0 || cityNames.has(w) {
		return false
	}
	if f&(nameGiven|nameFamily) != 0 {
		return true
	}
	if w[0] >= 0xCE && w[0] <= 0xD3 {
		return len(w) >= 6 // Greek or Cyrillic: three letters or more (the spelling model reads Latin letters)
	}
	_, low, parts := spellScores(w)
	return parts > 0 && low >= chatLabelSpell
}
