package redact

import (
	"slices"
	"testing"
)

// TestRead17aRomanianTitles covers names after the Romanian "Dl." and
// "Dna.", and the title-case "Dna" that is no title.
func TestRead17aRomanianTitles(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Dl. in a list", "- Dl. Tarsiu Vrânceanu, Str. Florilor 5, Iași", []string{"Dl. Tarsiu Vrânceanu"}},
		{"Dna. after a capitalised verb", "Mulțumim Dna. Zamfira Ciobotaru pentru donație.", []string{"Dna. Zamfira Ciobotaru"}},
		{"Dl without a dot", "Scrisoare pentru Dl Tarsiu Vrânceanu, bloc 4", []string{"Dl Tarsiu Vrânceanu"}},
		{"a kit", "The Dna Test Kit arrives Monday", nil},
		{"a bare title alone", "Dna", nil},
		{"a bare title ending a line", "Dl\nMz. Mz.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
