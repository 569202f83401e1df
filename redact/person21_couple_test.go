package redact

import (
	"slices"
	"testing"
)

// TestPerson21AmpersandCouple covers a couple after an "&" whose first
// given name no gazetteer knows, and firms' names that stay no name.
func TestPerson21AmpersandCouple(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a couple in prose", "Thanks to Zbyszko & Danuta Wrzosek for the wine.", []string{"Danuta Wrzosek"}},
		{"a couple in a list", "#12 / Dovid & Rivka Lindenbaum / 07700 900123\n#13 / Danuta Wrzosek / 07700 900124",
			[]string{"Dovid", "Rivka Lindenbaum", "Danuta Wrzosek"}},
		{"a firm of two words", "Client: Quillby & Marsh Joinery", nil},
		{"a firm with a trade's word", "Order from Ember & Grace Bakery today", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
