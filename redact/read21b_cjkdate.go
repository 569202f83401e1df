package redact

import "strings"

// Dates of birth written the Korean, Japanese and Chinese way (issue 9,
// session 21): "1990년 5월 2일", "1983年6月7日". The digit scan had no
// parse for them, so every such birth date of the development and holdout
// sets was missed. detectScan tries cjkBirthDate on a run of four digits
// followed by a byte of 0xE5 or more (年 starts E5, 년 EB); the date is
// a birth date when a birth word stands before it on its line (생일,
// 생년월일, 生年月日, 誕生日, 出生日期, 生日 …), when 생 follows it
// ("1976년 8월 9일생", born on), or when it follows a person's honorific
// on its line (님, 씨, 様, さん) and its year is at least ten years back,
// so that a booking's date after "김 님" stays a date.

// cjkBirthReason and cjkHonorificReason are the reasons of a CJK birth
// date: fixed strings.
const (
	cjkBirthReason     = "CJK date next to a birth word"
	cjkHonorificReason = "CJK date of a past year after a person's honorific"
)

// cjkBirthWords are the birth words before a CJK date.
var cjkBirthWords = [...]string{"생일", "생년월일", "생년", "출생", "生年月日", "誕生日", "生まれ", "出生日期", "出生", "生日"}

// cjkHonorifics are the honorifics after a name before a CJK date.
var cjkHonorifics = [...]string{"님", "씨", "様", "さん"}

// cjkLatestBirthYear is the last year a date after an honorific is read
// as a birth date in.
const cjkLatestBirthYear = 2015

// cjkBirthDate reads the CJK date that starts with the year run r and
// reports it as a DATE_OF_BIRTH span when its place says so (see above).
func cjkBirthDate(text string, r digitRun) (Span, bool) {
	end, ok := cjkDateEnd(text, r.end)
	if !ok {
		return Span{}, false
	}
	year := atoiASCII(text[r.start:r.end])
	if year < 1900 || year > 2100 {
		return Span{}, false
	}
	ls := max(0, r.start-60)
	if k := lastNewlineIn(text[ls:r.start]); k >= 0 {
		ls += k + 1
	}
	before := text[ls:r.start]
	sp := Span{Start: r.start, End: end, Type: "DATE_OF_BIRTH", Rule: "builtin.date_of_birth", Score: 0.9, Reason: cjkBirthReason}
	for _, w := range cjkBirthWords {
		if strings.Contains(before, w) {
			return sp, true
		}
	}
	if strings.HasPrefix(text[end:], "생") && !strings.HasPrefix(text[end:], "생각") {
		return sp, true // "1976년 8월 9일생"
	}
	if year > cjkLatestBirthYear {
		return Span{}, false
	}
	for _, h := range cjkHonorifics {
		if strings.Contains(before, h) {
			sp.Score, sp.Reason = 0.85, cjkHonorificReason
			return sp, true
		}
	}
	return Span{}, false
}

// cjkDateEnd parses the rest of a CJK date after its year's digits (at
// e): 년 or 年, a month of one or two digits and 월 or 月, a day and 일
// or 日, with an optional space after each unit in Korean. It returns the
// date's end.
func cjkDateEnd(text string, e int) (int, bool) {
	i, ok := cjkUnit(text, e, "년", "年")
	if !ok {
		return 0, false
	}
	m, ok := digitsAt(text, i, 1, 2)
	if !ok || atoiASCII(text[i:m]) < 1 || atoiASCII(text[i:m]) > 12 {
		return 0, false
	}
	if i, ok = cjkUnit(text, m, "월", "月"); !ok {
		return 0, false
	}
	d, ok := digitsAt(text, i, 1, 2)
	if !ok || atoiASCII(text[i:d]) < 1 || atoiASCII(text[i:d]) > 31 {
		return 0, false
	}
	if strings.HasPrefix(text[d:], "일") {
		return d + len("일"), true
	}
	if strings.HasPrefix(text[d:], "日") {
		return d + len("日"), true
	}
	return 0, false
}

// cjkUnit reports whether the Korean unit ko or the Han unit han starts
// at i, and returns the index after it (and after one space).
func cjkUnit(text string, i int, ko, han string) (int, bool) {
	switch {
	case strings.HasPrefix(text[i:], ko):
		i += len(ko)
	case strings.HasPrefix(text[i:], han):
		i += len(han)
	default:
		return 0, false
	}
	if i < len(text) && text[i] == ' ' {
		i++
	}
	return i, true
}
