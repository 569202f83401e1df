package redact

import (
	"strings"
	"unicode/utf8"
)

// script24 (issue 9): more slots that make capitalised words a name.
//
// A Vietnamese name after a form of address ("chị Trần Thị Thu Hà", "anh
// Đỗ Văn Hùng", "bà Nguyễn Thị Lan"): the pronoun, then two to four
// capitalised syllables that open with a family name of viFamily24
// (script24_join.go), are a person's name whatever the syllables are
// ("Hà" is a town as well). vietnameseNames24 reads a text with a line
// break and the letters of Vietnamese (U+1EA0..U+1EF9) only.
//
// A record line that opens with an order's, a booking's or a ticket's
// word and number and a colon, then the customer: "Поръчка У-1192:
// Мехмед Али Хасанов, …", "Заказ №443: …", "Bestellung 7712: Jana
// Horak, …" (orderColonNames24). The lead is one word and one token with
// a digit; the value is a name roleValueEnd reads, of two words or more;
// in Greek or Cyrillic one of them a name the script lists know or a
// family name's ending, in Latin letters one that leadNameLike takes.
//
// A Korean family name alone before a kin word or a title, as notes and
// chats name an elder or a professional ("박 할머니", "김 선생님께", "윤
// 씨가"): koTitledSurname24, from koName. Surnames that are common words
// as well ("이" this, "오" five, "조" group, "한" one …) are left out.
//
// A title in brackets after a name ("Nino Beridze (Ms)") is the name's:
// titleParenAfter24. A nickname of initials in quotes ("Terrence "T.J."
// Whitaker") is a nickname as well: initialsNick24. A role key after a
// comma inside a line ("…, avant-bras gauche, artiste : Yanis", "…,
// tatuador: Guto") is read as one at a line's start: fieldCommaBefore24.

// viPronouns24 are the Vietnamese forms of address before a name.
var viPronouns24 = boolTable(map[string]bool{
	"chị": true, "anh": true, "em": true, "cô": true, "chú": true, "bà": true, "ông": true, "bác": true,
	"dì": true, "cậu": true, "Chị": true, "Anh": true, "Em": true, "Cô": true, "Chú": true, "Bà": true,
	"Ông": true, "Bác": true, "Dì": true, "Cậu": true,
})

// vietnameseNames24 appends the names after Vietnamese forms of address
// (see above) that no span of dst covers.
//
//go:noinline
func vietnameseNames24(text string, dst []Span) []Span {
	for i := 0; i+3 < len(text); {
		sp := strings.IndexByte(text[i:], ' ')
		if sp < 0 {
			return dst
		}
		sp += i
		i = sp + 1
		if sp < 2 || !upperRuneAt(text, sp+1) {
			continue
		}
		b := wordStartBefore(text, sp)
		if sp-b > 6 || !viPronouns24.has(text[b:sp]) {
			continue
		}
		v := sp + 1
		first := text[v:wordEnd24(text, v)]
		if !viFamily24.has(first) {
			continue
		}
		e, n := v, 0
		for k := v; n < 4; {
			we := wordEnd24(text, k)
			if we == k || we-k > 9 || !upperRuneAt(text, k) {
				break
			}
			e, n = we, n+1
			if we+1 >= len(text) || text[we] != ' ' {
				break
			}
			k = we + 1
		}
		if n < 2 || liveSpanOverlaps(dst, b, e) {
			continue
		}
		dst = append(dst, Span{Start: b, End: e, Type: "PERSON", Rule: "builtin.person", Score: 0.8,
			Reason: "Vietnamese name after a form of address"})
		i = e
	}
	return dst
}

// vietnameseText24 reports whether text holds a letter of Vietnamese
// (U+1EA0..U+1EF9: "ạ", "ị", "ễ" …).
func vietnameseText24(text string) bool {
	for off := 0; off < len(text); {
		k := strings.IndexByte(text[off:], 0xE1)
		if k < 0 || off+k+1 >= len(text) {
			return false
		}
		off += k + 1
		if c := text[off]; c == 0xBA || c == 0xBB {
			return true
		}
	}
	return false
}

// scriptFamilyEnds24 are endings of Slavic, Armenian and Georgian family
// names in Cyrillic.
var scriptFamilyEnds24 = []string{"ов", "ова", "ев", "ева", "ёв", "ин", "ина", "ски", "ска", "ский",
	"ская", "ић", "ич", "енко", "ук", "юк", "чук", "ян", "дзе", "швили"}

// orderColonNames24 appends the customers' names after the order leads
// of text's lines (see above) that no span of dst covers.
//
//go:noinline
func orderColonNames24(sc *textScan, dst []Span) []Span {
	text := sc.text
	for c := sc.next(mkColon, 0); c >= 0; c = sc.next(mkColon, c+1) {
		if c < 5 || c+3 >= len(text) || text[c+1] != ' ' || text[c-1] == ' ' {
			continue
		}
		// The ref: a token with a digit right before the colon.
		rs := c
		digit := false
		for rs > 0 && text[rs-1] != ' ' && text[rs-1] != '\n' && c-rs <= 14 {
			digit = digit || isDigit(text[rs-1])
			rs--
		}
		if !digit || rs < 3 || text[rs-1] != ' ' {
			continue
		}
		// The lead word, opening its line.
		ws := rs - 1
		for ws > 0 && text[ws-1] != ' ' && text[ws-1] != '\n' && rs-ws <= 24 {
			ws--
		}
		if ws > 0 && text[ws-1] != '\n' || ws == rs-1 || !upperRuneAt(text, ws) || !letterAt(text, ws) {
			continue
		}
		v := c + 2
		e, words, ok := capRunEnd(text, v)
		if !ok || words < 2 || !roleValueStop(text, e) || liveSpanOverlaps(dst, v, e) {
			continue
		}
		if text[v] >= 0xCE && text[v] <= 0xD3 {
			if !scriptNameWords24(text[v:e]) {
				continue
			}
		} else if text[v] >= 0x80 || !spellNameLikeAt(text, v, e, spellContactMean, spellContactFloor) || !leadNameLike(text, v, e) {
			continue
		}
		dst = append(dst, Span{Start: v, End: e, Type: "PERSON", Rule: "builtin.person", Score: 0.8,
			Reason: "name after a record line's reference, time or date"})
	}
	return dst
}

// scriptNameWords24 reports whether name, words in Greek or Cyrillic, has
// a word the script lists know as a name or that ends as a family name.
func scriptNameWords24(name string) bool {
	var buf [64]byte
	for _, w := range strings.Fields(name) {
		if len(w) > len(buf) {
			return false
		}
		if utf8.RuneCountInString(w) < 2 {
			continue
		}
		key := string(scriptKey(w, buf[:0]))
		if scriptGivenKnown(key) || scriptFamilyKnown(key) {
			return true
		}
		for _, end := range scriptFamilyEnds24 {
			if strings.HasSuffix(key, end) && len(key) > len(end)+2 {
				return true
			}
		}
	}
	return false
}

// titleParenAfter24 returns the end of a title in brackets one space
// after e ("(Ms)", "(Mrs.)", "(Dr)"), or e.
func titleParenAfter24(text string, e int) int {
	if e+4 >= len(text) || text[e] != ' ' || text[e+1] != '(' {
		return e
	}
	q := strings.IndexByte(text[e+2:min(len(text), e+10)], ')')
	if q <= 0 || !extentParenSet.has(text[e+2:e+2+q]) {
		return e
	}
	return e + 3 + q
}

// initialsNick24 reports whether nick is initials with their dots
// ("T.J.", "A. J.", "J.R."): capitals, each followed by a dot.
func initialsNick24(nick string) bool {
	n := 0
	for i := 0; i < len(nick); i++ {
		switch c := nick[i]; {
		case c == ' ':
		case c >= 'A' && c <= 'Z' && i+1 < len(nick) && nick[i+1] == '.':
			n++
			i++
		default:
			return false
		}
	}
	return n >= 2
}

// fieldCommaBefore24 reports whether a comma and a space end right
// before ls, after a lower-case letter: a field's end inside a line
// ("…, avant-bras gauche, artiste : Yanis").
func fieldCommaBefore24(text string, ls int) bool {
	return ls >= 3 && text[ls-1] == ' ' && text[ls-2] == ',' && (isLower(text[ls-3]) || text[ls-3] >= 0x80)
}

func init() {
	communityTitles.or("Bw", 1) // Swahili "Bwana", abbreviated
	for _, w := range []string{"Ate", "Mommy", "Daddy"} {
		communityTitles.or(w, 2)
	}
}

// koPlainSurnames24 are Korean family names that are no common word.
const koPlainSurnames24 = "김박최정강윤장임신권황송류홍노곽엄채"

// koTitleWords24 are the kin words and titles after a Korean family name.
var koTitleWords24 = []string{
	"할머니", "할아버지", "선생님", "사장님", "여사님", "여사", "아주머니", "아저씨", "원장님", "부장님",
	"과장님", "대표님", "실장님", "팀장님", "기사님", "교수님", "씨",
}

// koTitledSurname24 returns the end of a kin word or title one space
// after e, the end of the lone family name at e-3 (see above), when the
// word ends there or a particle follows it.
func koTitledSurname24(text string, e int) (int, bool) {
	if e < 3 || e+4 > len(text) || text[e] != ' ' || !strings.Contains(koPlainSurnames24, text[e-3:e]) {
		return 0, false
	}
	rest := text[e+1:]
	for _, h := range koTitleWords24 {
		if !strings.HasPrefix(rest, h) {
			continue
		}
		if k := len(h); k == len(rest) || !isHangul(firstRune(rest[k:])) || koParticleLen(rest[k:]) > 0 {
			return e + 1 + k, true
		}
	}
	return 0, false
}
