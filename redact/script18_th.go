package redact

import (
	"strings"
	"unicode/utf8"
)

// Thai names thaiName (person14_uncased.go) leaves: the word after a name
// label and a colon ("ชื่อ: …", "ผู้รับ: …") and the word after
// "นางสาว" (Miss, written together with the name), which no other Thai
// word starts, each with the family name after one space when it is a
// word of three letters or more standing alone (a space or punctuation
// after it).

// thaiLabels are Thai name labels (keys).
var thaiLabels = keySet("ชื่อ", "ชื่อลูกค้า", "ชื่อผู้จอง", "ผู้รับ", "ชื่อผู้รับ", "ชื่อ-นามสกุล", "ชื่อ-สกุล", "ผู้ติดต่อ", "ลูกค้า")

// thaiLabelName reads a Thai name at i as above.
func thaiLabelName(text string, i int, spans []Span) (int, int, string) {
	e := scriptWordEnd(text, i, scThai)
	s, reason := 0, ""
	if k := strings.Index(text[i:e], "นางสาว"); k >= 0 && utf8.RuneCountInString(text[i+k+len("นางสาว"):e]) >= 2 {
		s, reason = i+k+len("นางสาว"), "Thai name after a title"
	} else if scriptSlotBefore(text, i, thaiLabels, spans) == slotColon|slotTitle && utf8.RuneCountInString(text[i:e]) >= 2 {
		s, reason = i, "Thai name after a name label"
	} else {
		return 0, 0, ""
	}
	if e+1 < len(text) && text[e] == ' ' && scriptOf(firstRune(text[e+1:])) == scThai {
		fe := scriptWordEnd(text, e+1, scThai)
		if utf8.RuneCountInString(text[e+1:fe]) >= 3 && (fe == len(text) || scriptOf(firstRune(text[fe:])) == scNone) {
			e = fe
		}
	}
	return s, e, reason
}
