package redact

import "strings"

// Ages the fifteenth read-back added, each a word next to a number that
// ageAt already reads: "will be 88 by then" and "she'll be 30" (a modal
// before "be", then the subject ageAt wants before "is"); "my son kofi is
// 11" and "their son Ravi Tal is 7" (a name in any case after a family
// word and a possessive); "she's 23 herself", "im only 16 tho" (a
// reflexive or "though" closes the age's clause); "(79 years young)",
// "(83!)" and Romanian "5 ani"; and, in words, "Rowan will be seventy on
// the 3rd" (wordAgeAfterName, where13_words.go).

// beModalSubject returns the bounds of the subject before "be" and its
// modal, when the word text[q:p] before "be" is "will", "would" or
// "shall" (the subject is the word before it: "Marcus will be 77") or a
// pronoun with "'ll" ("she'll be 30": the pronoun). ok is false for any
// other word: "must be 18", "to be 21" are rules, not a person's age.
func beModalSubject(text string, q, p int) (int, int, bool) {
	var buf [16]byte
	w, ok := lowerWord(text, q, p, &buf)
	if !ok {
		return 0, 0, false
	}
	switch w {
	case "will", "would", "shall":
		if q < 2 || text[q-1] != ' ' {
			return 0, 0, false
		}
		if text[q-2] == ',' {
			// "His grandma, Kalena Kekumu, will be 88": an empty subject at
			// the space, which ageAt reads as a name before a comma
			return q - 1, q - 1, true
		}
		s := q - 1
		for s > 0 && isCtxWordByte(text[s-1]) {
			s--
		}
		return s, q - 1, s < q-1
	}
	if p-q > 3 && hasSuffixFoldASCII(text[q:p], "'ll") {
		return q, p - 3, true
	}
	if p-q > 5 && hasSuffixFoldASCII(text[q:p], "\u2019ll") {
		return q, p - 5, true
	}
	return 0, 0, false
}

// kinNamedSubject reports whether text[q:p], the word before "is" and an
// age, is a name after a family word and a possessive: one word in any
// case ("my son kofi is 11"), or a capitalised second word after a
// capitalised first ("their son Ravi Tal is 7"). The possessive makes
// the family word a person's, so the name needs no gazetteer.
func kinNamedSubject(text string, q, p int) bool {
	if q == p || q < 3 || text[q-1] != ' ' {
		return false
	}
	if kinPossessiveBefore(text, q-1) {
		return true
	}
	if !upperAt(text, q) {
		return false
	}
	s := q - 1
	for s > 0 && nameByteBefore(text, s) {
		s--
	}
	return s < q-1 && s >= 3 && upperAt(text, s) && text[s-1] == ' ' && kinPossessiveBefore(text, s-1)
}

// kinPossessiveBefore reports whether a family word after a possessive
// ends at the space at sp ("my son ", "their daughter ").
func kinPossessiveBefore(text string, sp int) bool {
	if !wordBeforeIn(text, sp, kinWords) {
		return false
	}
	k := sp
	for k > 0 && isCtxWordByte(text[k-1]) {
		k--
	}
	return k >= 2 && text[k-1] == ' ' && possessiveBefore(text, k)
}

// ageCloserAt reports whether a word that closes an age's clause starts
// at i, after the space that follows the number: a reflexive ("she's 23
// herself", "I'm 70 myself") or a spoken "though" ("im only 16 tho").
func ageCloserAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	switch text[i] | 0x20 {
	case 'h', 'm', 't':
	default:
		return false
	}
	for _, w := range [...]string{"herself", "himself", "myself", "though", "tho"} {
		if hasPrefixFoldASCII(text[i:], w) {
			e := i + len(w)
			return e >= len(text) || !isLetterAt(text, e)
		}
	}
	return false
}

// willTimeAfter reports whether a time follows the age in words that
// ends at p after "will be" ("will be seventy on the 3rd", "will be
// ninety next year", "by then"); a unit ("will be ten minutes late")
// is none.
func willTimeAfter(text string, p int) bool {
	if p+4 >= len(text) || text[p] != ' ' {
		return false
	}
	rest := text[p+1:]
	for _, w := range [...]string{"on ", "by ", "next ", "this ", "in ", "soon", "tomorrow", "today"} {
		if hasPrefixFoldASCII(rest, w) {
			return true
		}
	}
	return false
}

// cjkAgeAt reads the run r as an age when the Chinese age word follows
// it right after the digits ("我孙子 Kevin 9岁", "外婆 Lily 83歲"): 岁, or
// 歲 in traditional script, or the Japanese 歳 ("5歳", read16c_cjkage.go;
// the Korean 세 goes to koreanAgeAt there). (After a CJK character with no space, "今年45歲",
// the digit scan does not reach it: left.) An age limit ("12岁以下",
// "3岁及以上", "18岁起") is a rule, not a person's age; a range ("3-6岁")
// ageAt has refused already.
func cjkAgeAt(text string, r digitRun) (Span, bool) {
	rest := text[r.end:]
	if strings.HasPrefix(rest, "\uc138") {
		return koreanAgeAt(text, r) // "66세" (read16c_cjkage.go)
	}
	if !strings.HasPrefix(rest, "\u5c81") && !strings.HasPrefix(rest, "\u6b72") && !strings.HasPrefix(rest, "\u6b73") {
		return Span{}, false
	}
	rest = rest[len("\u5c81"):]
	for _, limit := range [...]string{"\u4ee5", "\u53ca", "\u8d77", "\u81f3", "\u5230", "\u5de6", "\u524d", "\u540e", "\u5f8c", "\u672a", "\u304b", "\u307e"} {
		// 以下/以上, 及以上, 起, 至, 到, 左右, 前, 后/後; Japanese 未満, から, まで
		if strings.HasPrefix(rest, limit) {
			return Span{}, false
		}
	}
	return Span{Start: r.start, End: r.end, Type: "AGE", Rule: "builtin.age", Score: 0.8,
		Reason: "number before the Chinese age word"}, true
}

// cjkAgeLead reports whether the byte at e may open 岁 or 歲 (0xE5,
// 0xE6): ageAt's and ageMayMatch's test before cjkAgeAt.
func cjkAgeLead(text string, e int) bool {
	return e+2 < len(text) && (text[e] == 0xE5 && text[e+1] == 0xB2 || text[e] == 0xE6 && text[e+1] == 0xAD ||
		text[e] == 0xEC && text[e+1] == 0x84 && text[e+2] == 0xB8) // 세 (read16c_cjkage.go)
}
