package redact

import (
	"slices"
	"testing"
)

// TestRead17aTrades covers a trade word before a family name opening a
// letterhead, which is a firm, and a person's name on the same kind of
// line.
func TestRead17aTrades(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Czech garage", "Autoservis Novák, Jabloňová 7, 617 00 Brno", nil},
		{"Finnish physiotherapy", "Fysioterapia Lahti, Kauppakatu 3, 00100 Helsinki", nil},
		{"Dutch foundation", "Stichting Bakker, Lindelaan 4, 3701 AB Zeist", nil},
		{"a person on the line", "Jana Vlčková, Jabloňová 7, 617 00 Brno", []string{"Jana Vlčková"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
