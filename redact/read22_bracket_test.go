package redact

import (
	"slices"
	"testing"
)

func TestBracketAltNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Czech list item", "Zákazníci:\n- Jana Horká, tel. 602 000 111\n- Bohdana (Danka) Křížová — Praha 6, 731 000 222",
			[]string{"Jana Horká", "Bohdana", "Danka", "Křížová"}},
		{"Greek line", "Πελάτες:\nΜαρία Νικολάου, 99 000 000\nΕυστάθιος (Στάθης) Παπαδάκης, 99 000 111",
			[]string{"Μαρία Νικολάου", "Ευστάθιος", "Στάθης", "Παπαδάκης"}},
		{"after a lower-case word", "Thanks to Rupinder Kaur Gill.\nAnd to young Harnoor (Noori) Sidhu, 15, who ran the stall.",
			[]string{"Rupinder Kaur Gill", "Harnoor", "Noori", "Sidhu"}},
		{"a place and a bracket", "Guests:\n- Ana Ruiz, Madrid\n- Valencia (Spain) Office, 2nd floor", []string{"Ana Ruiz"}},
		{"one line", "Bohdana (Danka) Křížová — Praha 6", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
