package redact

import (
	"slices"
	"testing"
)

// TestRead17aMalayLongNames covers long Malay names with a patronymic
// after a title of communityTitles.
func TestRead17aMalayLongNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Puan, binti, two father's names", "The client was Puan Nurul Rohana binti Ahmad Zaki and she paid.",
			[]string{"Puan Nurul Rohana binti Ahmad Zaki"}},
		{"Encik, bin", "Encik Mohd Faizul bin Abdul Ghani called about the booking.",
			[]string{"Encik Mohd Faizul bin Abdul Ghani"}},
		{"no particle, too long", "Datin Paduka Seri Wedding Hall Package", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
