package redact

import "strings"

// A couple is often written with one family name: "Joris & Lotte
// Vermeulen", "Aoife and Ciarán Brennan", "Σταύρος και Μαρία Νικολάου".
// The given name before the conjunction is a person too, also when no
// list knows it (a place's name, a nickname, another script).
// coupleNames adds it when the person detector found the full name after
// the conjunction (dst[n0:]): one capitalised word, no stop word, title,
// greeting or city that is no given name too, and not a firm's pair
// ("Marks & Spencer": no full name follows).

// pairConjunctions are the words for "and" between a couple's given
// names, with the spaces around them.
var pairConjunctions = []string{" & ", " and ", " und ", " et ", " y ", " e ", " en ", " og ", " och ", " i ", " και ", " и "}

// coupleNames appends the given names before the couples of dst[n0:]
// (see above).
//
//go:noinline
func coupleNames(text string, dst []Span, n0 int) []Span {
	n1 := len(dst)
	for k := n0; k < n1; k++ {
		s := dst[k]
		if s.Type != "PERSON" || s.Start < 4 || text[s.Start-1] != ' ' || strings.IndexByte(text[s.Start:s.End], ' ') < 0 {
			continue
		}
		for _, c := range pairConjunctions {
			if !strings.HasSuffix(text[:s.Start], c) {
				continue
			}
			e := s.Start - len(c)
			b := e
			for b > 0 && text[b-1] != ' ' && text[b-1] != '\n' && text[b-1] != '(' && text[b-1] != ',' && e-b <= 24 {
				b--
			}
			if b < e && upperAt(text, b) && coupleGiven(text[b:e]) && !overlapsSpan(dst[n0:], b, e) {
				dst = append(dst, Span{Start: b, End: e, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
					Reason: "capitalised word before a conjunction and a full name"})
			}
			break
		}
	}
	return dst
}

// coupleGiven reports whether w, a capitalised word, may be a couple's
// first given name: letters (a hyphen, an apostrophe), no stop word,
// title or greeting, no city unless a given name too, no acronym.
func coupleGiven(w string) bool {
	if len(w) < 3 || isUpper(w[0]) && isUpper(w[1]) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 0x80 && !isAlpha(c) && c != '-' && c != '\'' {
			return false
		}
	}
	f := nameFlagsOf(w)
	return f&(nameStop|nameTitle|nameGreeting) == 0 && (f&nameCity == 0 || f&nameGiven != 0)
}
