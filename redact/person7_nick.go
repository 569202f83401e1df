package redact

import "strings"

// Nicknames come with the name they stand for: in brackets after it
// ("Katarzyna Wiśniewska (Kasia)", "Rivka Leah Goldberg (goes by
// Rivky)") or in quotes between the given and the family name ('Robert
// "Bobby" Kowalczyk'). nicknamesAfter finds both after a name the
// detector found: a bracketed word that a phrase announces ("goes by",
// "aka", "known as", "called") or that starts with the same two letters
// as a word of the name and is shorter than it (diminutives keep the
// name's start: Kasia, Staszek, Wojtek), no city and no stop word; and a
// quoted capitalised word between a given name and a capitalised word,
// which makes one name of the three.

// nicknamesAfter appends the nicknames after the PERSON spans of
// dst[n0:] (see above). Its byte tests run per found name only.
//
//go:noinline
func nicknamesAfter(text string, dst []Span, n0 int) []Span {
	n1 := len(dst)
	for k := n0; k < n1 && k < n0+32; k++ {
		if dst[k].Type == "PERSON" && nickBetweenMaybe(text, dst[k]) {
			if ns, ne, ok := nickBetween(text, dst[k].Start, dst[k].End); ok { // person13_nick.go
				dst = append(dst, Span{Start: ns, End: ne, Type: "PERSON", Rule: "builtin.person", Score: 0.85,
					Reason: "nickname in quotes or brackets between a given and a family name"})
				continue
			}
		}
		e := dst[k].End
		if e+4 >= len(text) || text[e] != ' ' || dst[k].Type != "PERSON" {
			continue
		}
		start := dst[k].Start
		switch text[e+1] {
		case '(':
			if ns, ne, ok := bracketNickname(text, start, e); ok && !overlapsSpan(dst, ns, ne) {
				dst = append(dst, Span{Start: ns, End: ne, Type: "PERSON", Rule: "builtin.person", Score: 0.75,
					Reason: "nickname in brackets after a name"})
				dst = nickMentions(text, text[ns:ne], dst) // person15_nick.go: "give Luki the cup"
			}
		case '"', '\'', 0xE2:
			if ne, ok := quotedNicknameFamily(text, start, e); ok {
				dst = append(dst, Span{Start: start, End: ne, Type: "PERSON", Rule: "builtin.person", Score: 0.9,
					Reason: "given name, nickname in quotes and family name"})
				if qs, qe := quotedNickname(text, e); qe > qs {
					dst = nickMentions(text, text[qs:qe], dst) // person15_nick.go: "Nono prefers tea"
				}
			}
		}
	}
	return dst
}

// nicknameMaybe reports whether a space and an opening bracket or quote
// follow one of the spans of dst[n0:], which nicknamesAfter then reads.
func nicknameMaybe(text string, dst []Span, n0 int) bool {
	for k := n0; k < len(dst); k++ {
		// Or a closing mark, which nickBetween reads (person13_nick.go).
		if e := dst[k].End; e+4 < len(text) && (text[e] == ' ' && nickOpeners[text[e+1]] || nickClosers[text[e]] && text[e+1] != 's') {
			return true
		}
	}
	return false
}

// nickOpeners are the bytes that open a nickname after a name and a space.
var nickOpeners = [256]bool{'(': true, '"': true, '\'': true, 0xE2: true}

// nickClosers are the bytes that close a nickname before a family name
// (nickBetween): not a possessive's apostrophe, which an 's' follows.
var nickClosers = [256]bool{')': true, '"': true, '\'': true, 0xE2: true}

// nickPhrases announce a nickname in brackets; nickPhraseStart holds
// their first bytes.
var nickPhrases = []string{"goes by ", "aka ", "a.k.a. ", "known as ", "called ", "dit ", "genannt ", "detto ", "llamado ", "llamada "}

var nickPhraseStart = func() (t [256]bool) {
	for _, p := range nickPhrases {
		t[p[0]] = true
	}
	for _, p := range nickPhrasesMore { // person13_nick.go
		t[p[0]] = true
	}
	return t
}()

// bracketNickname reads "(Word)" or "(goes by Word)" after the name
// text[start:end], or a word in quotes filling the bracket ('("Sunny")',
// person10_signoff.go), and returns the word's bounds.
func bracketNickname(text string, start, end int) (int, int, bool) {
	i := end + 2
	phrase := false
	if c := text[i]; c == '"' || c == 0xE2 {
		return quotedBracketNickname(text, i)
	}
	if !isUpper(text[i]) {
		if !nickPhraseStart[text[i]] {
			return 0, 0, false // "(she/her)", "(12)", "(née …)": most brackets after a name
		}
		for _, p := range nickPhrases {
			if strings.HasPrefix(text[i:], p) {
				i += len(p)
				phrase = true
				break
			}
		}
		if !phrase {
			if n := nickPhraseMore(text, i); n > 0 { // person13_nick.go: "known to everyone as"
				i += n
				phrase = true
			}
		}
		if !phrase || i >= len(text) || !isUpper(text[i]) {
			return 0, 0, false
		}
	}
	j := speakerWordEnd(text, i+1)
	if j >= len(text) || text[j] != ')' || j-i < 3 {
		return 0, 0, false
	}
	w := text[i:j]
	if f := nameFlagsOf(w); f&(nameStop|nameCity|nameCityHead|nameTitle) != 0 || cityNames.has(w) {
		return 0, 0, false
	}
	if phrase {
		return i, j, true
	}
	// A diminutive keeps the start of one of the name's words.
	for k := start; k < end; {
		e := k
		for e < end && text[e] != ' ' && text[e] != '-' {
			e++
		}
		if e-k > j-i && text[k] == w[0] && text[k+1] == w[1] {
			return i, j, true
		}
		k = e + 1
	}
	if recordNickname(text, start, end, i, j) {
		return i, j, true // "Ms Wanida Thongchai (Nok)   08 …" (read21a_nick.go)
	}
	return 0, 0, false
}

// quotedNicknameFamily reads ` "Bobby" Kowalczyk` (straight or curly
// double or single quotes) after the single-word name text[start:end],
// and returns the end of the family name.
func quotedNicknameFamily(text string, start, end int) (int, bool) {
	for k := start; k < end; k++ {
		if text[k] == ' ' {
			return 0, false // one word before the nickname: a given name
		}
	}
	open, i := quoteAt(text, end+1)
	if open == 0 || i >= len(text) || !isUpper(text[i]) {
		return 0, false
	}
	j := speakerWordEnd(text, i+1)
	if text[j-1] == '\'' && open == 1 {
		j-- // speakerWordEnd reads an inner apostrophe: "'Bobby' Ng"
	}
	close, k := quoteAt(text, j)
	if close == 0 || k+1 >= len(text) || text[k] != ' ' || !isUpper(text[k+1]) {
		return 0, false
	}
	fe := speakerWordEnd(text, k+2)
	for fe+2 < len(text) && text[fe] == '-' && isUpper(text[fe+1]) {
		fe = speakerWordEnd(text, fe+2) // "Vasquez-Oyelaran"
	}
	if fe-k < 3 || nameFlagsOf(text[k+1:fe])&(nameStop|nameCity|nameTitle) != 0 {
		return 0, false
	}
	return fe, true
}

// quoteAt returns a quote mark's kind (1 straight, 2 curly) at i and the
// index after it, or 0.
func quoteAt(text string, i int) (int, int) {
	if i >= len(text) {
		return 0, i
	}
	switch {
	case text[i] == '"' || text[i] == '\'':
		return 1, i + 1
	case strings.HasPrefix(text[i:], "“") || strings.HasPrefix(text[i:], "”") ||
		strings.HasPrefix(text[i:], "‘") || strings.HasPrefix(text[i:], "’"):
		return 2, i + 3
	}
	return 0, i
}
