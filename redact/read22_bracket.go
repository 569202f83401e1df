package redact

import "strings"

// A customer list writes the name a person goes by in brackets between
// the given and the family name (read22, issue 9): "- Bohdana (Danka)
// Křížová — Beroun", "Ευστάθιος (Στάθης) Παπαδάκης, 99 000 111", "to
// young Harnoor (Noori) Sidhu, 15,". nicknamesAfter (person7_nick.go)
// reads the bracket after a name the person detector found; here none
// was found: the given names are no gazetteer's and the bracket splits
// the run. bracketAltNames reads, in a text of several lines, a
// capitalised word, a bracket of one capitalised word, and one or two
// capitalised words that end their clause, each a name of the gazetteers
// or spelt like a name (the list thresholds) and none a stop word, title,
// greeting or city: three PERSON spans. Cost: one IndexByte pass for '('
// over a text with line breaks and a person found, then a few byte tests
// per bracket.

// bracketAltReason is the reason of the names read around a bracketed
// name: a fixed string.
const bracketAltReason = "given name, a bracketed name it goes by, and a family name"

// bracketAltMax bounds the brackets bracketAltNames reads in one text.
const bracketAltMax = 256

// bracketAltNames appends the names of each "Given (Alt) Family" of text
// (see above) that no span of dst[n0:] overlaps.
func bracketAltNames(text string, dst []Span, n0 int) []Span {
	var g spanGuard // span_guard.go
	seen := 0
	for i := 0; i < len(text) && seen < bracketAltMax; {
		k := strings.IndexByte(text[i:], '(')
		if k < 0 {
			break
		}
		p := i + k // the '('
		i = p + 1
		seen++
		if p < 3 || text[p-1] != ' ' || p+4 >= len(text) || !upperAt(text, p+1) {
			continue
		}
		gs := p - 1 // the given name's start
		for gs > 0 && text[gs-1] != ' ' && text[gs-1] != '\n' && p-1-gs <= 32 {
			gs--
		}
		ae := altWordEnd(text, p+1)
		if gs >= p-2 || ae+3 >= len(text) || text[ae] != ')' || text[ae+1] != ' ' || !upperAt(text, ae+2) {
			continue
		}
		fe := altWordEnd(text, ae+2)
		if fe+1 < len(text) && text[fe] == ' ' && upperAt(text, fe+1) {
			fe = altWordEnd(text, fe+1) // a second family name
		}
		if !altClauseEnd(text, fe) || !altOpens(text, gs) {
			continue
		}
		if !altNameWord(text[gs:p-1]) || !altNameWord(text[p+1:ae]) || !altFamilyWords(text[ae+2:fe]) {
			continue
		}
		if g.overlaps(dst[n0:], len(text), gs, fe) {
			continue
		}
		dst = append(dst,
			Span{Start: gs, End: p - 1, Type: "PERSON", Rule: "builtin.person", Score: 0.75, Reason: bracketAltReason},
			Span{Start: p + 1, End: ae, Type: "PERSON", Rule: "builtin.person", Score: 0.75, Reason: bracketAltReason},
			Span{Start: ae + 2, End: fe, Type: "PERSON", Rule: "builtin.person", Score: 0.75, Reason: bracketAltReason})
		i = fe
	}
	reportWork("bracketAltNames", g.work)
	return dst
}

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

// altOpens reports whether a list item's name may open at gs: the line's
// start, after a list marker ("- ", "* ", "• ", "3. ", "3) "), a colon or
// a comma, or a lower-case word ("to young …").
func altOpens(text string, gs int) bool {
	if gs == 0 || text[gs-1] == '\n' {
		return true
	}
	if gs < 2 || text[gs-1] != ' ' {
		return false
	}
	switch c := text[gs-2]; {
	case c == '-' || c == '*' || c == ':' || c == ',' || c == '.' || c == ')':
		return true
	case c == 0xA2 && gs >= 4 && text[gs-4:gs-1] == "•":
		return true
	case isLower(c):
		return true
	}
	return false
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

// altFamilyWords reports whether the one or two words of f are family
// names (altNameWord each).
func altFamilyWords(f string) bool {
	if sp := strings.IndexByte(f, ' '); sp > 0 {
		return altNameWord(f[:sp]) && altNameWord(f[sp+1:])
	}
	return altNameWord(f)
}
