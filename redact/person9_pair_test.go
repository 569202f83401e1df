package redact

import (
	"slices"
	"testing"
)

// TestPerson9Couples covers a couple written with one family name.
func TestPerson9Couples(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a city's name", "Table 2\n- Kobus & Lotte Vermeulen\n- Mathilde Dupont", []string{"Kobus", "Lotte Vermeulen", "Mathilde Dupont"}},
		{"a nickname", "Thanks:\n- Tavi and Ruth Okonjo for the cake\n- Mirela Popescu", []string{"Tavi", "Ruth Okonjo", "Mirela Popescu"}},
		{"firms", "We stock Marks & Spencer and Procter & Gamble goods.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
