package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The age counters of Japanese and Korean, and the Galician month names,
// which the eighteenth read-back (holdout16) found missing; each is a
// documented form of its language, not a writer's habit:
//   - Japanese writes an age with 歳 (U+6B73, "5歳"), not the Chinese
//     岁/歲 that cjkAgeAt read; its age limits ("12歳未満", "3歳から",
//     "6歳まで") are rules, not a person's age, as 以下/以上 are;
//   - Korean writes it with 세 ("66세", "만 7세"): koreanAgeAt reads it
//     unless a Hangul syllable follows (세대 "generation", 세트 "set",
//     세기 "century"), except the particles 이, 의 and 인 ("66세이신",
//     "7세의"), and unless a limit word follows after a space ("19세 이상",
//     "19세 미만", "7세 이하", "5세 부터", "10세 까지");
//   - Vietnamese writes "35 tuổi" (ageUnits, dob.go);
//   - Galician dates ("14 de xuño de 1983") use xaneiro, febreiro, xuño,
//     xullo and decembro where Portuguese and Spanish spell them otherwise
//     (the rest are shared): galicianMonthNames, added to monthNames by
//     withMoreMonths. A date still needs a birth word to be a birth date.
//
// Cost: 세 adds one lead byte (0xEC) to the bytes after a digit run that
// send it to ageAt (dobByte's dobAgeBracket); Hangul text after digits
// is rare outside Korean prompts, and there the test is three byte
// compares. The month names are table entries.

// galicianMonthNames are the Galician month names the base tables do not
// hold already ("marzo", "abril", "maio", "agosto", "setembro", "outubro"
// and "novembro" are spelled as in Spanish or Portuguese).
var galicianMonthNames = map[string]int{
	"xaneiro": 1, "febreiro": 2, "xu\u00f1o": 6, "xullo": 7, "decembro": 12,
}

// koreanAgeAt reads the run r as an age when 세 follows the digits.
func koreanAgeAt(text string, r digitRun) (Span, bool) {
	rest := text[r.end+len("\uc138"):]
	if len(rest) >= 3 && rest[0] >= 0xEA && rest[0] <= 0xED {
		switch rest[:3] {
		case "\uc774", "\uc758", "\uc778": // 이, 의, 인
		default:
			return Span{}, false // 세대, 세트, 세기 …
		}
	}
	if len(rest) > 1 && rest[0] == ' ' {
		for _, limit := range [...]string{"\uc774\uc0c1", "\uc774\ud558", "\ubbf8\ub9cc", "\ubd80\ud130", "\uae4c\uc9c0"} {
			// 이상, 이하, 미만, 부터, 까지
			if strings.HasPrefix(rest[1:], limit) {
				return Span{}, false
			}
		}
	}
	return Span{Start: r.start, End: r.end, Type: "AGE", Rule: "builtin.age", Score: 0.8,
		Reason: "number before the Korean age counter"}, true
}

// vietAgeLimitBefore reports whether the word before the number at s
// makes "N tuổi" a limit or a range, not a person's age: dưới (under),
// trên (over), từ (from), đến and tới (to), hơn (more than).
func vietAgeLimitBefore(text string, s int) bool {
	if s < 2 || text[s-1] != ' ' {
		return false
	}
	for _, w := range [...]string{"d\u01b0\u1edbi", "tr\u00ean", "t\u1eeb", "\u0111\u1ebfn", "t\u1edbi", "h\u01a1n"} {
		if strings.HasSuffix(text[:s-1], w) {
			k := s - 1 - len(w)
			if k == 0 {
				return true
			}
			if c, _ := utf8.DecodeLastRuneInString(text[:k]); !unicode.IsLetter(c) {
				return true
			}
		}
	}
	return false
}
