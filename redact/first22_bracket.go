package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A word in brackets between two capitalised words is a person's other
// name between a given and a family name: "Bożka (Bożena) Wróblewska",
// "Gurleen (Gogi) Dhillon", "Σταμάτης (Μάκης) Λαμπράκης" (first22, issue
// 9: customer lists and thanks). nickBetween (person13_nick.go) reads the
// shape when a rule found the bracketed word; bracketNames reads it when
// no rule found any of the three, in a text with lines (a list, a
// record, a letter). Each word is one capitalised word, none a stop
// word, title, greeting or place of the gazetteers that is no name as
// well, and each of the outer two is a name of the gazetteers, a word in
// another script than Latin, or spelt more like a name than like a word
// (spellScores >= bracketSpellFloor); the three are the whole run (no
// capitalised word before the given name or after the family name:
// "Église Évangélique Horeb (Canarsie) English/Kreyòl" is a church's).

// bracketSpellFloor is the least spelling score of an outer word that no
// gazetteer knows.
const bracketSpellFloor = 0

// bracketNames appends the three names of each such bracket (see above)
// that no span of dst covers. personSpans calls it for texts with lines.
//
//go:noinline
func bracketNames(text string, dst []Span) []Span {
	lg := spanGuard{live: true} // liveSpanOverlaps for a long text's many names
	for i := strings.IndexByte(text, '('); i >= 0; {
		if s1, e1, s2, e2, s3, e3, ok := bracketShape(text, i); ok {
			for _, w := range [3][2]int{{s1, e1}, {s2, e2}, {s3, e3}} {
				if !lg.overlaps(dst, len(text), w[0], w[1]) {
					dst = append(dst, Span{Start: w[0], End: w[1], Type: "PERSON", Rule: "builtin.person", Score: 0.8,
						Reason: "capitalised words around a bracketed name"})
				}
			}
		}
		k := strings.IndexByte(text[i+1:], '(')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	reportWork("bracketNames", lg.work)
	return dst
}

// bracketShape reports whether the bracket that opens at i stands between
// a given and a family name (see the file's comment), and returns the
// bounds of the three words.
func bracketShape(text string, i int) (s1, e1, s2, e2, s3, e3 int, ok bool) {
	if i < 3 || text[i-1] != ' ' {
		return
	}
	e1 = i - 1
	s1 = e1
	for s1 > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:s1])
		if !unicode.IsLetter(r) && r != '-' {
			break
		}
		s1 -= size
	}
	if s1 >= 2 && text[s1-1] == ' ' {
		if r, _ := utf8.DecodeLastRuneInString(text[:s1-1]); unicode.IsUpper(r) || unicode.IsLower(r) && bracketCapBefore(text, s1-1) {
			return // more capitalised words before: a church's or a firm's name
		}
	}
	s2 = i + 1
	e2 = strings.IndexByte(text[s2:min(len(text), s2+40)], ')')
	if e2 <= 0 {
		return
	}
	e2 += s2
	s3 = e2 + 2
	if s3 >= len(text) || text[e2+1] != ' ' {
		return
	}
	e3 = s3
	for e3 < len(text) {
		r, size := utf8.DecodeRuneInString(text[e3:])
		if !unicode.IsLetter(r) && r != '-' {
			break
		}
		e3 += size
	}
	if e3+1 < len(text) && (text[e3] == ' ' && upperRuneAt(text, e3+1) || text[e3] == '/') {
		return // more capitalised words: a title, not a family name; "English/Kreyòl"
	}
	for _, w := range [3][2]int{{s1, e1}, {s2, e2}, {s3, e3}} {
		if w[1]-w[0] < 2 || !bracketWord(text, w[0], w[1]) {
			return
		}
	}
	return s1, e1, s2, e2, s3, e3, bracketSpelt(text[s1:e1]) && bracketSpelt(text[s3:e3])
}

// bracketWord reports whether text[s:e] is one capitalised word, not in
// capitals, and no stop word, title, greeting or place that is no name.
func bracketWord(text string, s, e int) bool {
	if !upperRuneAt(text, s) || isUpper(text[s]) && isUpper(text[s+1]) {
		return false
	}
	for k := s; k < e; {
		r, size := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
		k += size
	}
	f := nameFlagsOf(text[s:e])
	return f&(nameStop|nameCity|nameGreeting|nameTitle) == 0 || f&(nameGiven|nameFamily) != 0
}

// bracketSpelt reports whether w, an outer word, is a name of the
// gazetteers, a word in another script, or spelt like a name.
func bracketSpelt(w string) bool {
	if nameFlagsOf(w)&(nameGiven|nameFamily) != 0 {
		return true
	}
	if _, ok := monthAt(w, 0); ok {
		return false
	}
	sum, low, parts := spellScores(w)
	return low == -1<<30 || parts == 1 && sum >= bracketSpellFloor
}

// bracketCapBefore reports whether the word that ends at e opens with a
// capital.
func bracketCapBefore(text string, e int) bool {
	s := e
	for s > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:s])
		if !unicode.IsLetter(r) && r != '-' {
			break
		}
		s -= size
	}
	return s < e && upperRuneAt(text, s)
}
