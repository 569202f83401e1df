package redact

import (
	"slices"
	"testing"
)

// TestPerson15Nick covers a nickname named alone after the text gives it
// with a name.
func TestPerson15Nick(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"in brackets", "Guests: Lucas (Luki) Brenner. Please give Luki the blue cup.",
			[]string{"Lucas", "Luki", "Luki"}},
		{"in quotes", "Dear team, Nadia \"Nono\" Haddad booked at 3, and Nono is allergic to nuts.",
			[]string{"Nadia \"Nono\" Haddad", "Nono"}},
		{"a nickname that opens a sentence", "Nadia \"Nono\" Haddad booked. Nono prefers tea.",
			[]string{"Nadia \"Nono\" Haddad"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
