package redact

import (
	"slices"
	"testing"
)

func TestVietnameseNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Van and a stop word", "Nguyen Van An ordered two lamps.", []string{"Nguyen Van An"}},
		{"Thi", "Pham Thi Hoa called about the refund.", []string{"Pham Thi Hoa"}},
		{"greeting", "Dear Tran Van Hoa,", []string{"Tran Van Hoa"}},
		{"a painter's name after a French article", "Le Van Gogh exhibition opens today", nil},
		{"no Vietnamese family name", "Visit Do Van Halen tribute night", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
