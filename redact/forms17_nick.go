package redact

import (
	"unicode"
	"unicode/utf8"
)

// A nickname in quotes between a given and a family name is written so by
// every kind of writer: `Chinonso "Ify" Obiora`, "Krzysztof 'Krzyś'
// Malinowski", "Wiebke „Wibbi“ Harmsen", `Anselm “Sel” Okereke`. The
// words around it are often in no gazetteer, and the nickname seldom is:
// each word alone is a lone unknown word the person detector rejects, and
// nickBetween (person13_nick.go) wants the nickname found first.
// quotedNickName reads the whole form from the nickname: the capitalised
// word before the opening quote, the nickname, the closing quote and the
// capitalised word after it, as one name.
//
// Safe: the three words must be spelt as one word each, capitalised, none
// a stop word, title, greeting, city or a role or common word of the
// chat and intro lists, and one of the words around the nickname must
// read as a name (a name of the gazetteers or spelt like one, introWord):
// "the Mechanical 'Performance' Boost", `Deluxe "Gold" Package` stay out. Cost:
// two byte tests for each lone unknown word the person detector rejects
// (under one per Find on the corpus), the reading only after a quote.

// nickQuoteLast marks the last bytes of the opening quotes of
// nickQuoteOpenLen: the byte test scoreRun makes before it calls
// quotedNickRun.
var nickQuoteLast = [256]bool{'"': true, '\'': true, 0x9C: true, 0x9E: true, 0x98: true, 0xAB: true}

// quotedNickRun is scoreRun's reading of a lone unknown word it rejects,
// text[s:e], when a quote opens before it: the whole name when the word
// is a nickname of quotedNickName, with where the detector goes on (the
// run ended at end) and the end of its last PERSON span.
//
//go:noinline
func quotedNickRun(text string, s, e, end, lastPerson int, dst []Span) (int, int, []Span) {
	ns, ne, ok := quotedNickName(text, s, e)
	if !ok {
		return end, lastPerson, dst
	}
	return max(end, ne), ne, nickNameFound(text, dst, ns, ne, s, e)
}

// nickQuoteOpenLen returns the length of an opening quote that ends
// right before i (a straight double or single quote, "“", "„", "‘",
// "«"), or 0.
func nickQuoteOpenLen(text string, i int) int {
	if i < 1 {
		return 0
	}
	switch text[i-1] {
	case '"', '\'':
		return 1
	case 0x9C, 0x9E, 0x98: // "“", "„", "‘": 0xE2 0x80 0x9C/0x9E/0x98
		if i >= 3 && text[i-3] == 0xE2 && text[i-2] == 0x80 {
			return 3
		}
	case 0xAB: // "«": 0xC2 0xAB
		if i >= 2 && text[i-2] == 0xC2 {
			return 2
		}
	}
	return 0
}

// nickQuoteCloseLen returns the length of a closing quote at i (a
// straight double or single quote, "”", "“", "’", "»"), or 0.
func nickQuoteCloseLen(text string, i int) int {
	if i >= len(text) {
		return 0
	}
	switch text[i] {
	case '"', '\'':
		return 1
	case 0xE2:
		if i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0x9D || text[i+2] == 0x9C || text[i+2] == 0x99) {
			return 3
		}
	case 0xC2:
		if i+1 < len(text) && text[i+1] == 0xBB {
			return 2
		}
	}
	return 0
}

// nickWordEnd returns the end of the capitalised word at i: a capital
// and then letters, hyphens, and apostrophes between letters when apos;
// or -1.
func nickWordEnd(text string, i int, apos bool) int {
	if i >= len(text) {
		return -1
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if !unicode.IsUpper(r) {
		return -1
	}
	j := i + n
	for j < len(text) {
		c := text[j]
		switch {
		case isAlpha(c):
			j++
		case c >= 0x80:
			r, n := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) {
				return j
			}
			j += n
		case c == '-' && j+1 < len(text) && isAlpha(text[j+1]):
			j++
		case c == '\'' && apos && j+1 < len(text) && isAlpha(text[j+1]):
			j++
		default:
			return j
		}
	}
	return j
}

// nickWordStart returns the start of the capitalised word that ends at e,
// or -1.
func nickWordStart(text string, e int) int {
	s := e
	for s > 0 {
		c := text[s-1]
		if isAlpha(c) || c >= 0x80 || c == '-' || c == '\'' {
			s--
			continue
		}
		break
	}
	for s < e && (text[s] == '-' || text[s] == '\'') {
		s++
	}
	if s == e || e-s > 32 || nickWordEnd(text, s, true) != e {
		return -1
	}
	return s
}

// nickPartWord reports whether text[s:e] may be a word of the name:
// no stop word, title, greeting or city, and when named, a name of the
// gazetteers or spelt like one.
func nickPartWord(text string, s, e int, named bool) bool {
	var buf [32]byte
	if e-s < 2 || e-s > len(buf) {
		return false
	}
	lw := lowerASCII(text[s:e], &buf)
	if named {
		return introWord(lw, familyLikeSpell)
	}
	if lowerNonNames.has(lw) || chatNotNames.has(lw) || chatRoleWords.has(lw) {
		return false
	}
	f := lowerNameFlags(lw)
	return f&(nameStop|nameCity|nameTitle|nameGreeting) == 0 || f&(nameGiven|nameFamily) != 0
}

// quotedNickName reads `Given "Nick" Family` around the nickname at
// [s, e): it returns the name's start and end and true, or false.
func quotedNickName(text string, s, e int) (int, int, bool) {
	q := nickQuoteOpenLen(text, s)
	if q == 0 || s-q < 3 || text[s-q-1] != ' ' {
		return 0, 0, false
	}
	c := nickQuoteCloseLen(text, e)
	if c == 0 || e+c+1 >= len(text) || text[e+c] != ' ' || e-s > 16 {
		return 0, 0, false
	}
	gs := nickWordStart(text, s-q-1)
	if gs < 0 || gs > 0 && (isWordByte(text[gs-1]) || text[gs-1] == '@' || text[gs-1] == '/') {
		return 0, 0, false
	}
	fs := e + c + 1
	fe := nickWordEnd(text, fs, true)
	if fe < 0 || fe < len(text) && (text[fe] == '@' || text[fe] == '/' || isDigit(text[fe])) {
		return 0, 0, false
	}
	if !nickPartWord(text, s, e, false) || !nickPartWord(text, gs, s-q-1, false) || !nickPartWord(text, fs, fe, false) ||
		!nickPartWord(text, gs, s-q-1, true) && !nickPartWord(text, fs, fe, true) {
		return 0, 0, false
	}
	return gs, fe, true
}

// nickNameFound appends the PERSON span [start, end) of quotedNickName's
// name, whose nickname is text[ns:ne], or extends the detector's last
// span over it when that span holds the given name; then the nickname's
// mentions elsewhere (person15_nick.go: "Ify prefers tea").
func nickNameFound(text string, dst []Span, start, end, ns, ne int) []Span {
	if k := len(dst) - 1; k >= 0 && dst[k].End > start {
		if dst[k].Type != "PERSON" || dst[k].Start > start {
			return dst
		}
		dst[k].End = max(dst[k].End, end)
	} else {
		dst = append(dst, Span{Start: start, End: end, Type: "PERSON", Rule: "builtin.person", Score: 0.75,
			Reason: "given name, nickname in quotes and family name"})
	}
	return nickMentions(text, text[ns:ne], dst)
}
