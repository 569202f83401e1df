package redact

import (
	"slices"
	"testing"
)

// TestPerson13AgeVerb covers names opening a line or a list item before a
// verb of turning an age, and look-alikes that are no names.
func TestPerson13AgeVerb(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Danish list", "- Ingeborg Kjærsgaard fylder 5 på torsdag.\n- Jógvan Dalsgaard fyller 4 i dag.", []string{"Ingeborg Kjærsgaard", "Jógvan Dalsgaard"}},
		{"alone", "Ingeborg Kjærsgaard fylder 5", []string{"Ingeborg Kjærsgaard"}},
		{"numbered item", "3. Tamati Whaanga turns 6 on Friday", []string{"Tamati Whaanga"}},
		{"a company", "Acme Corp turns 25 this year", nil},
		{"a year", "- Quellbrook Gardens turns 2025 into a party", nil},
		{"a bakery after a heading", "Big News Today: Brightwell Bakery turns 10", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
