package redact

import (
	"slices"
	"testing"
)

// TestPerson9CJK covers Korean and Japanese names before their
// honorifics, and the titles and role words that take the same
// honorifics.
func TestPerson9CJK(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"korean, spaced honorific", "- 최유진 님, 010-1234-5678", []string{"최유진 님"}},
		{"korean, customer honorific", "- 한서준 고객님, 생일 5월 3일", []string{"한서준 고객님"}},
		{"korean, attached honorific", "윤하람님 생일 축하드려요", []string{"윤하람님"}},
		{"korean titles", "고객님 감사합니다. 사장님 안녕하세요. 회원님께", nil},
		{"japanese kanji name", "1. 山本 陽菜様 — 東京", []string{"山本 陽菜様"}},
		{"japanese, san after a particle", "東京都の鈴木さんへ", []string{"鈴木さん"}},
		{"foreign name in katakana", "ヨハンソン・エリカ様", []string{"ヨハンソン・エリカ様"}},
		{"japanese role words", "ご担当者様、皆様、お客様、会員様、ゲスト様、店長さん、渋谷店様", nil},
		{"korean role words, spaced", "고객 님, 원장 님, 이사 님 안녕하세요", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
