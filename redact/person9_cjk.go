package redact

import (
	"strings"
	"unicode/utf8"
)

// Korean and Japanese names have no capitals; what marks them is the
// honorific after them. A Korean full name is a surname syllable and one
// to three more Hangul syllables, then "님", "씨", "고객님" or "회원님"
// after a space ("박서윤 님", "한도윤 고객님"), or "님"/"씨" right after
// a three-syllable name ("최유진님"); a two-syllable word before "님" is
// mostly a title ("고객님", "사장님") and is left. A Japanese name is a
// run of two to eight kanji (a space between family and given name
// allowed), or katakana with the middle dot of a foreign name
// ("サントス・マリア"), right before "様", "さん", "さま" or "氏"; a run
// holding a kanji of a role ("担当者", "会員", "店長", "先生") is none.
// detectPersons calls cjkName only for the lead byte of a three-byte rune
// that is no capital, which it passes over otherwise: Latin texts never
// get here.

// koSurnames are the Hangul syllables of common Korean surnames.
const koSurnames = "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국은편용예경봉"

// koRoles are words for roles that "님" follows as it follows names
// ("고객 님", "원장 님"), whose first syllable is a surname's too.
var koRoles = map[string]bool{
	"고객": true, "회원": true, "원장": true, "부장": true, "과장": true, "팀장": true, "실장": true, "사장": true,
	"선생": true, "기사": true, "교수": true, "손님": true, "학생": true, "환자": true, "보호자": true, "대표": true,
	"이사": true, "조교": true, "주임": true, "대리": true, "차장": true, "지점장": true, "매니저": true,
}

// jaRoleKanji are kanji of roles and groups that come before "様" and
// "さん" as names do ("ご担当者様", "会員様", "店長さん", "皆様").
const jaRoleKanji = "者員客皆各社長生位殿方族達店館所局部課院校園"

// cjkNameSpan appends the Korean or Japanese name at i (cjkName) to dst.
// It returns where detectPersons goes on and the end of the last PERSON
// span. Out of line, it keeps detectPersons' loop as it was.
//
//go:noinline
func cjkNameSpan(text string, i, lastPerson int, dst []Span) (int, int, []Span) {
	if s, e, ok := jaKinName(text, i); ok { // person18b_ja.go: "娘 ひなたちゃん"
		dst = append(dst, Span{Start: s, End: e, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
			Reason: "Japanese given name after a kinship word"})
		return e, e, dst
	}
	s, e, ok := cjkName(text, i)
	if !ok {
		if ls, le := latinNameBeforeHonorific(text, i); le > 0 && ls >= lastPerson { // person18_ja.go
			dst = append(dst, Span{Start: ls, End: le, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
				Reason: "Latin name before a Japanese honorific"})
			return s, le, dst
		}
		return s, lastPerson, dst
	}
	dst = append(dst, Span{Start: s, End: e, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
		Reason: "Korean or Japanese name before an honorific"})
	if gs, ge := jaGlossName(text, e); ge > 0 { // person18b_ja.go: "佐藤 健（Ken）さん"
		dst = append(dst, Span{Start: gs, End: ge, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
			Reason: "Latin spelling of a Japanese name in parentheses"})
		return ge, ge, dst
	}
	return e, e, dst
}

// cjkName reads a Korean or Japanese name with its honorific at i, the
// lead byte of a Hangul syllable, a kanji or a katakana (see above). It
// returns the name's bounds, or where detectPersons goes on and false.
func cjkName(text string, i int) (int, int, bool) {
	r, _ := utf8.DecodeRuneInString(text[i:])
	if i > 0 {
		if p, _ := utf8.DecodeLastRuneInString(text[:i]); isHangul(p) || isKanji(p) || isKatakana(p) {
			return i + 3, 0, false // not a word's start
		}
	}
	switch {
	case isHangul(r):
		return koName(text, i)
	case (isKanji(r) || isKatakana(r)) && !afterDigit(text, i):
		return jaName(text, i)
	}
	return i + 3, 0, false
}

func isHangul(r rune) bool   { return r >= 0xAC00 && r <= 0xD7A3 }
func isKanji(r rune) bool    { return r >= 0x4E00 && r <= 0x9FFF || r == 0x3005 } // "々" too: "佐々木"
func isKatakana(r rune) bool { return r >= 0x30A1 && r <= 0x30FA || r == 0x30FC }

// koName is cjkName for a Hangul syllable at i.
func koName(text string, i int) (int, int, bool) {
	e, n := i, 0
	for e+3 <= len(text) {
		r, _ := utf8.DecodeRuneInString(text[e:])
		if !isHangul(r) {
			break
		}
		e += 3
		n++
	}
	if n == 1 {
		if te, ok := koTitledSurname24(text, e); ok {
			return i, te, true // script24_more.go: "박 할머니", "김 선생님께"
		}
	}
	if n < 2 || n > 4 && len(koTrimParticle(text[i:e])) != 12 || !strings.Contains(koSurnames, text[i:i+3]) || koRoles[text[i:e]] {
		return e, 0, false
	}
	rest := text[e:]
	// "최유진님": a three-syllable name and the honorific in one word, a
	// particle maybe after it ("최유진님께", person14_cjk.go).
	if w := koTrimParticle(text[i:e]); len(w) == 12 && (strings.HasSuffix(w, "님") || strings.HasSuffix(w, "씨")) {
		return i, i + 9, true
	}
	if strings.HasPrefix(rest, " ") {
		for _, h := range []string{"님", "씨", "고객님", "회원님"} {
			if strings.HasPrefix(rest[1:], h) {
				if k := 1 + len(h); k == len(rest) || !isHangul(firstRune(rest[k:])) || koParticleLen(rest[k:]) > 0 {
					return i, e, true
				}
			}
		}
	}
	return e, 0, false
}

// jaName is cjkName for a kanji or katakana at i.
func jaName(text string, i int) (int, int, bool) {
	e, n, kana, dot := i, 0, false, false
	for e < len(text) && n < 10 {
		r, size := utf8.DecodeRuneInString(text[e:])
		switch {
		case r == '様' || r == '氏':
			goto done // the honorific
		case isKanji(r):
			if strings.ContainsRune(jaRoleKanji, r) {
				return skipCJK(text, e), 0, false
			}
		case r == 0x30FB: // "・"
			dot = true
		case isKatakana(r):
			kana = true
		case (r == ' ' || r == 0x3000) && n > 0 && e+size < len(text) && (isKanji(firstRune(text[e+size:])) || isKatakana(firstRune(text[e+size:]))):
		default:
			goto done
		}
		e += size
		n++
	}
done:
	if n < 2 || kana && !dot {
		return skipCJK(text, e), 0, false
	}
	h0 := jaGlossEnd(text, e) // person18b_ja.go: "山本 健太（Kenta）さん"
	for _, h := range []string{"様", "さん", "さま", "氏", "くん", "ちゃん"} {
		if strings.HasPrefix(text[h0:], h) && !(h == "氏" && h0+6 <= len(text) && isKanji(firstRune(text[h0+3:]))) {
			// "佐藤 花子 様": the space before the honorific is no part of the name.
			if text[e-1] == ' ' {
				return i, e - 1, true
			}
			if strings.HasSuffix(text[:e], "\u3000") {
				return i, e - 3, true
			}
			return i, e, true
		}
	}
	return skipCJK(text, e), 0, false
}

// skipCJK returns where detectPersons goes on after e: past the
// three-byte rune there, or e itself when it starts no such rune.
func skipCJK(text string, e int) int {
	if e+3 <= len(text) && text[e] >= 0xE0 && text[e] < 0xF0 {
		return e + 3
	}
	return e
}

// firstRune returns the first rune of s.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
