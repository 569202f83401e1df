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
		{"Czech list item", "Zákazníci:\n- Jana Horká, tel. 604 000 113\n- Bohdana (Danka) Křížová — Beroun, 731 000 222",
			[]string{"Jana Horká", "Bohdana", "Danka", "Křížová"}},
		{"Greek line", "Πελάτες:\nΕλένη Ζαφειρίου, 99 000 000\nΕυστάθιος (Στάθης) Παπαδάκης, 99 000 111",
			[]string{"Ελένη Ζαφειρίου", "Ευστάθιος", "Στάθης", "Παπαδάκης"}},
		{"after a lower-case word", "Thanks to Rupinder Kaur Gill.\nAnd to young Harnoor (Noori) Sidhu, 15, who ran the stall.",
			[]string{"Rupinder Kaur Gill", "Harnoor", "Noori", "Sidhu"}},
		{"a place and a bracket", "Guests:\n- Ana Ruiz, Pinto\n- Albacete (Spain) Office, 2nd floor", []string{"Ana Ruiz"}},
		// The reader leaves a lone line alone; the learned name model (on
		// by default) finds the family name, a person's here.
		{"one line", "Bohdana (Danka) Křížová — Beroun", []string{"Křížová"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
