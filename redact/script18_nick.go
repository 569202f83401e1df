package redact

import "strings"

// A nickname in quotes or parentheses right after a name found in a
// cased script: "Ευαγγελία Παπά («Εύη»)", "Олександр Коваль (“Саша”)",
// "Ірина Бойко (Ірина)". The word is one capitalised word alone between
// the marks; the name before it vouches for it, so no list need know a
// word in quotes. A word in parentheses is as often a nationality, a
// town or a role ("(Κύπρια)"): it must be a known given name.

// nickMarks are the marks that open a nickname, each with its closing one.
var nickMarks = [...][2]string{{"«", "»"}, {"“", "”"}, {"\"", "\""}, {"„", "“"}, {"(", ")"}, {"'", "'"}}

// casedNickname returns the bounds of the nickname at i, the start of a
// cased word, or an empty reason.
func casedNickname(text string, i, sc int, spans []Span) (int, int, string) {
	e := scriptWordEnd(text, i, sc)
	if !casedWord(text[i:e]) {
		return 0, 0, ""
	}
	p := i
	for _, m := range nickMarks {
		if !strings.HasSuffix(text[:p], m[0]) || !strings.HasPrefix(text[e:], m[1]) {
			continue
		}
		if m[0] == "(" && !nickKnown(text[i:e], sc) {
			return 0, 0, "" // "(Κύπρια)": a nationality, a town, a role
		}
		q := p - len(m[0])
		if m[0] != "(" && strings.HasSuffix(text[:q], "(") {
			q-- // "(«Εύη»)"
			if !strings.HasPrefix(text[e+len(m[1]):], ")") {
				return 0, 0, ""
			}
		}
		for q > 0 && text[q-1] == ' ' {
			q--
		}
		for k := len(spans) - 1; k >= max(0, len(spans)-8); k-- {
			if spans[k].Type == "PERSON" && spans[k].End == q && q < i-1 {
				return i, e, "nickname in quotes or parentheses after a name"
			}
		}
		return 0, 0, ""
	}
	return 0, 0, ""
}

// nickKnown reports whether w, a word of script sc, is a known given
// name in any case.
func nickKnown(w string, sc int) bool {
	var buf [96]byte
	k := string(scriptKey(w, buf[:0]))
	return scriptGivenKnown(k) || inflectedKnown(k, sc, scriptGivenKnown) || sc == scGreek && greekEverydayKnown(k)
}
