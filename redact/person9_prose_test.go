package redact

import (
	"slices"
	"testing"
)

// TestPerson9Prose covers names no list knows before a verb people do
// that needs the word after it, or before "from", a place and "who".
func TestPerson9Prose(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"lives in", "Keoni Makoa lives in Kona and prefers email.", []string{"Keoni Makoa"}},
		{"just turned", "Finally, Cheyenne Yellowhorse just turned 16 and got keys.", []string{"Cheyenne Yellowhorse"}},
		{"lives up to", "Harbour Grille lives up to its name.", nil},
		{"from a place and who", "Then Ahanu Wapass from Timmins, ON, who is looking for a flat.", []string{"Ahanu Wapass"}},
		{"goods from a place", "We sell Arabica Beans from Colombia, which are great.", nil},
		{"is turning, words", "Green Valley is turning ten this year.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
