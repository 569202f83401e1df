package redact

import (
	"slices"
	"testing"
)

func TestPartnerAfter(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"after a bracketed nickname", "- Mazal tov to Dr. Gideon (Gidi) and Yocheved Mandelbaum on the birth of a grandson.",
			[]string{"Dr. Gideon", "Gidi", "Yocheved Mandelbaum"}},
		{"a firm", "Quote from Ravi Pillai and Sons Builders, thanks.", nil},
		{"a team", "Thanks to Maria Lopez and Sales Team for the help.", []string{"Maria Lopez"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
