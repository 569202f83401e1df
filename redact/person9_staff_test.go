package redact

import (
	"slices"
	"testing"
)

// TestPerson9Staff covers staff named in a review with the shop they
// work at.
func TestPerson9Staff(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"from X at the store", `"Great service from Tavi at the Leeds store, she found my size"`, []string{"Tavi"}},
		{"thanks to X at our shop", "Thanks to Skye at our Bristol shop!", []string{"Skye"}},
		{"a meal at the store", "Brunch at the Leeds store is great.", nil},
		{"a brand's deals", "Great deals from Nike at the Leeds store this week.", nil},
		{"a country", `"Great coffee from Kenya at the Leeds market stall"`, nil},
		{"no shop after", `"Great service from Tavi at the Leeds game"`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
