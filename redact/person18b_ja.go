package redact

import (
	"strings"
	"unicode/utf8"
)

// A Japanese name may carry its reading or its Latin spelling in
// parentheses before the honorific: "山本 健太（Kenta）さん",
// "田中 美咲(Tanaka Misaki)様". jaName (person9_cjk.go) looks for the
// honorific after such a gloss; the gloss is no part of the name's span
// (the Latin name inside is read on its own).

// jaGlossEnd returns where the honorific after the name ending at e is
// looked for: past a parenthesised gloss of up to 60 bytes without a line
// break or another parenthesis, or e itself.
func jaGlossEnd(text string, e int) int {
	open, close := "（", "）"
	switch {
	case strings.HasPrefix(text[e:], "（"):
	case strings.HasPrefix(text[e:], "("):
		open, close = "(", ")"
	default:
		return e
	}
	rest := text[e+len(open):]
	k := strings.Index(rest, close)
	if k <= 0 || k > 60 || strings.ContainsAny(rest[:k], "\n(（") {
		return e
	}
	return e + len(open) + k + len(close)
}

// afterDigit reports whether a digit, ASCII or full-width, comes right
// before i: a kanji there is a counter ("3名 野々村 理沙様": people), no
// name's start.
func afterDigit(text string, i int) bool {
	if i > 0 && text[i-1] >= '0' && text[i-1] <= '9' {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return r >= '０' && r <= '９'
}

// jaGlossName returns the bounds of the Latin name inside the gloss that
// follows a Japanese name ending at e ("（Ken）", "(Tanaka Misaki)"): one
// to three capitalised words of letters, one space between; or 0, 0.
func jaGlossName(text string, e int) (int, int) {
	g := jaGlossEnd(text, e)
	if g == e {
		return 0, 0
	}
	open := 1
	if text[e] != '(' {
		open = len("（")
	}
	s, end := e+open, g-open
	if text[end] != ')' {
		end = g - len("）")
	}
	words := 0
	for k := s; k < end; {
		if !isUpper(text[k]) {
			return 0, 0
		}
		k++
		for k < end && (isLower(text[k]) || text[k] == '-' || text[k] == '\'') {
			k++
		}
		words++
		if k < end {
			if text[k] != ' ' || k+1 == end {
				return 0, 0
			}
			k++
		}
	}
	if words == 0 || words > 3 {
		return 0, 0
	}
	return s, end
}

// jaKinWords are Japanese kinship nouns before a given name ("娘 さくら
// ちゃん", "長男の健太くん"), longest first.
var jaKinWords = [...]string{"お子様", "ご主人", "奥様", "息子", "長男", "長女", "次男", "次女", "三男", "三女", "主人", "娘", "孫", "妻", "夫", "兄", "姉", "弟", "妹"}

// jaKinName reads, at the kanji i, a kinship noun of jaKinWords, a space
// or "の", and a given name of one to six kana or kanji (two kana at
// least, no polite prefix "お", "ご") right before "ちゃん", "くん",
// "さん" or "様": the name's bounds.
func jaKinName(text string, i int) (int, int, bool) {
	k := 0
	for _, w := range jaKinWords {
		if strings.HasPrefix(text[i:], w) {
			k = i + len(w)
			break
		}
	}
	if k == 0 {
		return 0, 0, false
	}
	switch {
	case strings.HasPrefix(text[k:], " "):
		k++
	case strings.HasPrefix(text[k:], "\u3000"), strings.HasPrefix(text[k:], "の"):
		k += 3
	default:
		return 0, 0, false
	}
	if strings.HasPrefix(text[k:], "お") || strings.HasPrefix(text[k:], "ご") {
		return 0, 0, false // "お姉ちゃん", "ご主人さん": a kin word with the polite prefix
	}
	e, n, kanaOnly := k, 0, true
	for e+3 <= len(text) && n <= 6 {
		for _, h := range [...]string{"ちゃん", "くん", "さん", "様"} {
			if strings.HasPrefix(text[e:], h) {
				if n == 0 || kanaOnly && n < 2 {
					return 0, 0, false
				}
				return k, e, true
			}
		}
		r := firstRune(text[e:])
		switch {
		case isKanji(r):
			if strings.ContainsRune(jaRoleKanji, r) {
				return 0, 0, false
			}
			kanaOnly = false
		case isKatakana(r), r >= 0x3041 && r <= 0x3096:
		default:
			return 0, 0, false
		}
		e += 3
		n++
	}
	return 0, 0, false
}

// katakanaLabelName reads a name written in katakana after a Chinese,
// Japanese or Korean name label and a colon ("お名前：ワタナベ ユウキ",
// "フリガナ：…"): one or two katakana words of two letters or more, a
// space or "・" between, that end the field.
func katakanaLabelName(text string, i int) (int, int, string) {
	if scriptSlotBefore(text, i, cjkLabels, nil)&slotColon == 0 || scriptSlotBefore(text, i, cjkLabels, nil)&slotTitle == 0 {
		return 0, 0, ""
	}
	e := scriptWordEnd(text, i, scKana)
	if e-i < 6 {
		return 0, 0, ""
	}
	for _, sep := range [...]string{" ", "\u3000", "・"} {
		if strings.HasPrefix(text[e:], sep) {
			s2 := e + len(sep)
			if e2 := scriptWordEnd(text, s2, scKana); e2-s2 >= 6 {
				e = e2
			}
			break
		}
	}
	if !fieldEndsAt(text, e) && !strings.HasPrefix(text[e:], "（") && !strings.HasPrefix(text[e:], "、") {
		return 0, 0, ""
	}
	return i, e, "name in katakana after a name label"
}
