package redact

import "testing"

// TestCJKBirthDates21b checks Korean and Japanese dates of birth by a
// birth word, by "생" after them and by an honorific before them, and the
// dates that stay no birth date: a booking's date of this year after an
// honorific, an opening date.
func TestCJKBirthDates21b(t *testing.T) {
	checkSpans21b(t, "DATE_OF_BIRTH", []spanCase21b{
		{"korean birth word", "회원: 이지은 님 (010-2222-3333), 생일 1990년 5월 2일", "1990년 5월 2일", true, ""},
		{"korean born suffix", "- 최영호 / 1979년 2월 14일생", "1979년 2월 14일", true, ""},
		{"korean honorific", "- 김지수 님 (1981년 10월 4일, 서울)", "1981년 10월 4일", true, ""},
		{"japanese label", "会員：高橋 由美 様 生年月日：1984年7月9日", "1984年7月9日", true, ""},
		{"japanese honorific", "田中 花子 様、1961年12月1日", "1961年12月1日", true, ""},
		{"booking this year", "예약: 박민수 님, 2026년 3월 5일 오후 2시", "2026년 3월 5일", false, ""},
		{"opening date", "2010年4月1日に開業しました。", "2010年4月1日", false, ""},
		{"bad month", "생일 1990년 13월 2일", "1990년 13월 2일", false, ""},
	})
}
