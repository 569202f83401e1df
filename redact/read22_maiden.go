package redact

import "strings"

// A woman's family name of birth or marriage follows her name after a
// word that says so (read22, issue 9): "Anna Virtanen (o.s. Mäkelä)",
// "Petra Krüger geb. Lange", "Maria Lindqvist f. Holm", "Jana Veselá,
// roz. Pospíšilová", "Claire Martin née Lebrun", "Ewa Nowak z d. Kowalska",
// and the Italian "Lucia Pinna in Deiana", where "in" joins the husband's
// name to hers. The family name after the word identifies her as well as
// the rest, yet nothing read it: a capitalised word after a lower-case
// one opens no run of the person detector's. maidenNames adds it when
// the person detector found the name before the word.
//
// The word after the marker must open with a capital and be no stop
// word, title, greeting or city (a date follows "geb." and "f." more
// often than a name: "geb. 03.02.1950" has no capital). Italian "in" is
// also English, German and Dutch "in" ("Lucia Pinna in Cagliari",
// "Sarah Jones in Accounts"): after it the word must be a family name of
// the gazetteers that no city shares, and the clause must end after it.
// One or two words are read ("née García López"). afterNameWords
// (read22_home.go) calls maidenAfter for the person spans that a space
// or a comma and a byte a marker may open follow.

// maidenReason is the reason of a family name read after a marker of
// birth or marriage: a fixed string.
const maidenReason = "family name of birth or marriage after a person's name"

// maidenMarkers are the words, with the space after them, that put a
// family name of birth or marriage after a woman's name: English and
// French "née", German "geb."/"geborene" and "verh." (married), Finnish
// "o.s." (omaa sukua), Swedish, Danish and Norwegian "f."/"född"/"født",
// Danish and Norwegian "ved." (in the brief of issue 9), Czech and
// Slovak "roz."/"rozená", Polish "z d."/"z domu", Croatian, Serbian and
// Bosnian "rođ."/"rođena", Latvian "dz." (dzimusi), French "ép."/"épouse"
// (wife of) and "veuve" (widow of), Italian "in".
var maidenMarkers = []string{
	"née ", "geb. ", "geborene ", "verh. ", "o.s. ", "f. ", "född ", "født ", "fødd ", "ved. ",
	"roz. ", "rozená ", "z d. ", "z domu ", "rođ. ", "rođena ", "dz. ", "ép. ", "épouse ", "veuve ", "in ",
}

// maidenAfter appends the family name of birth or marriage after the
// person span dst[k] (see above), e its end, unless a span of dst[n0:]
// overlaps it.
func maidenAfter(text string, dst []Span, k, n0 int, g *spanGuard) []Span {
	e := dst[k].End
	i := e
	switch text[i] {
	case ' ':
		i++
		if text[i] == '(' {
			i++
		}
	case ',':
		if text[i+1] != ' ' {
			return dst
		}
		i += 2
	default:
		return dst
	}
	m := maidenMarkerAt(text, i)
	if m == "" {
		return dst
	}
	s := i + len(m)
	end := maidenWords(text, s, m == "in ", strings.IndexByte(text[dst[k].Start:e], ' ') > 0)
	if end > s && !g.overlaps(dst[n0:], len(text), s, end) {
		dst = append(dst, Span{Start: s, End: end, Type: "PERSON", Rule: "builtin.person", Score: 0.75,
			Reason: maidenReason})
	}
	return dst
}

// maidenMarkerAt returns the word of maidenMarkers at text[i:] that a
// capital follows, or "".
func maidenMarkerAt(text string, i int) string {
	if i >= len(text) {
		return ""
	}
	for _, m := range maidenByFirst[text[i]] {
		if len(text)-i > len(m) && text[i+len(m)-1] == ' ' && text[i:i+len(m)] == m && upperAt(text, i+len(m)) {
			return m
		}
	}
	return ""
}

// maidenByFirst holds maidenMarkers by their first byte.
var maidenByFirst = func() (t [256][]string) {
	for _, m := range maidenMarkers {
		t[m[0]] = append(t[m[0]], m)
	}
	return t
}()

// maidenWords returns the end of the one or two capitalised words of a
// family name at text[s:], or s when there are none. strict (after "in")
// wants one family name of the gazetteers that no city shares, after a
// name of two words or more (full), before the clause's end.
func maidenWords(text string, s int, strict, full bool) int {
	end := s
	for n := 0; n < 2; n++ {
		if end >= len(text) || !upperAt(text, end) {
			break
		}
		e := altWordEnd(text, end) // read22_bracket.go
		w := text[end:e]
		if len(w) < 2 || isUpper(w[1]) {
			break // "née ABC", an acronym
		}
		f := tokenFlags(w)
		if f&(nameStop|nameTitle|nameGreeting) != 0 || f&nameCity != 0 && f&nameFamily == 0 || cityNames.has(w) {
			break
		}
		if strict && (!full || f&nameFamily == 0 || f&nameCity != 0 || n > 0) {
			break
		}
		end = e
		if end+1 >= len(text) || text[end] != ' ' || strict {
			break
		}
		end++
	}
	if end > s && text[end-1] == ' ' {
		end--
	}
	if strict && end > s && !maidenClauseEnd(text, end) {
		return s
	}
	return end
}

// maidenClauseEnd reports whether the clause ends at text[i:], after
// the family name Italian "in" puts after a name: where altClauseEnd
// (read22_bracket.go) ends it, or at a bracket ("in Deiana (per tutti
// …)").
func maidenClauseEnd(text string, i int) bool {
	return altClauseEnd(text, i) || text[i] == ')' || text[i] == '(' || strings.HasPrefix(text[i:], " (")
}
