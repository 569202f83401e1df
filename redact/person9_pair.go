package redact

import "strings"

// A couple is often written with one family name: "Joris & Lotte
// Vermeulen", "Aoife and Ciarán Brennan", "Νίκος και Ελένη Καραγιάννη".
// The given name before the conjunction is a person too, also when no
// list knows it (a place's name, a nickname, another script).
// coupleNames adds it when the person detector found the full name after
// the conjunction (dst[n0:]): one capitalised word, no stop word, title,
// greeting or city that is no given name too, and not a firm's pair
// ("Marks & Spencer": no full name follows). It runs, as
// listSiblingNames does, for a text with a line break and two spans or
// more (lists of guests and customers, where couples are written so):
// on every text with a name it cost 16 instructions per Find.

// coupleNames appends the given names before the couples of dst[n0:]
// (see above). Most spans fail its first test: the two bytes before the
// name's space are no conjunction's last two (conjunctionPair).
//
//go:noinline
func coupleNames(text string, dst []Span, n0 int) []Span {
	n1 := len(dst)
	var g spanGuard // span_guard.go: a list of a thousand couples
	for k := n0; k < n1; k++ {
		st := dst[k].Start
		if st < 4 || text[st-1] != ' ' || !conjunctionPair(text[st-3], text[st-2]) {
			continue
		}
		e := conjunctionStart(text, st-1)
		if e < 0 || dst[k].Type != "PERSON" || strings.IndexByte(text[st:dst[k].End], ' ') < 0 {
			continue
		}
		b := e
		for b > 0 && text[b-1] != ' ' && text[b-1] != '\n' && text[b-1] != '(' && text[b-1] != ',' && e-b <= 24 {
			b--
		}
		if b < e && upperAt(text, b) && coupleGiven(text[b:e]) && !g.overlaps(dst[n0:], len(text), b, e) {
			dst = append(dst, Span{Start: b, End: e, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
				Reason: "capitalised word before a conjunction and a full name"})
		}
	}
	reportWork("coupleNames", g.work+n1-n0)
	return dst
}

// pairConjunctions are the words for "and" between a couple's given
// names, with the spaces around them (conjunctionStart's words).
var pairConjunctions = []string{" & ", " and ", " und ", " et ", " y ", " e ", " en ", " og ", " och ", " i ", " και ", " и ",
	" ja ", " și ", " és ", " ir ", " un ", " ve "} // names17: Finnish and Estonian, Romanian, Hungarian, Lithuanian, Latvian, Turkish

// conjunctionPair reports whether a and b may be the last two bytes of
// a word for "and" before a couple's second name: "&", "and", "und",
// "et", "y", "e", "en", "og", "och", "i", "και", "и", "ja", "și", "és",
// "ir", "un", "ve".
func conjunctionPair(a, b byte) bool {
	switch uint16(a)<<8 | uint16(b) {
	case ' '<<8 | '&', 'n'<<8 | 'd', 'e'<<8 | 't', ' '<<8 | 'y', ' '<<8 | 'e', 'e'<<8 | 'n', 'o'<<8 | 'g',
		'c'<<8 | 'h', ' '<<8 | 'i', 0xCE<<8 | 0xB9, 0xD0<<8 | 0xB8,
		'j'<<8 | 'a', 0xC8<<8 | 0x99, 0xA9<<8 | 's', 'i'<<8 | 'r', 'u'<<8 | 'n', 'v'<<8 | 'e': // "ja", "și", "és", "ir", "un", "ve"
		return true
	}
	return false
}

// conjunctionStart returns the end of the word before the word for "and"
// that ends at sp (a space follows it), or -1 when that word is no such
// word or no single space comes before it.
func conjunctionStart(text string, sp int) int {
	b := sp
	for b > 0 && text[b-1] != ' ' && sp-b < 6 {
		b--
	}
	if b < 2 || text[b-1] != ' ' {
		return -1
	}
	switch text[b:sp] {
	case "&", "and", "und", "et", "y", "e", "en", "og", "och", "i", "και", "и", "ja", "și", "és", "ir", "un", "ve":
		return b - 1
	}
	return -1
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
