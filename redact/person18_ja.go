package redact

import "strings"

// A Japanese booking list or letter writes a foreigner's name in Latin
// letters before the same honorific as a Japanese one ("2. Oyunaa
// Ganbold 様（2名）"): two or three capitalised words right before "様"
// or "氏", a space between them allowed, are a name, unless a word is a
// stop word, a place, a title or a business word ("Sakura Hotel 様").
// The honorific is no part of the span, as for a Japanese name
// (person9_cjk.go).

// latinNameBeforeHonorific returns the bounds of the Latin name right
// before the honorific at i (see above), or 0, 0.
func latinNameBeforeHonorific(text string, i int) (int, int) {
	if !strings.HasPrefix(text[i:], "様") && !strings.HasPrefix(text[i:], "氏") {
		return 0, 0
	}
	e := i
	if e > 0 && text[e-1] == ' ' {
		e--
	}
	var buf [32]byte
	s, words := e, 0
	for words < 3 {
		k := s
		for k > 0 && isLower(text[k-1]) {
			k--
		}
		if k == 0 || s-k < 2 || !isUpper(text[k-1]) {
			break
		}
		k--
		w := text[k:s]
		if len(w) > len(buf) || tokenFlags(w)&(nameStop|nameCity|nameTitle|nameGreeting) != 0 ||
			chatBizWord(lowerASCII(w, &buf)) {
			return 0, 0
		}
		s, words = k, words+1
		if s == 0 || text[s-1] != ' ' || s < 2 || !isAlpha(text[s-2]) {
			break
		}
		s--
	}
	if words < 2 {
		return 0, 0
	}
	if s > 0 && text[s] == ' ' {
		s++
	}
	if s > 0 && (isAlpha(text[s-1]) || isDigit(text[s-1])) {
		return 0, 0
	}
	return s, e
}
