package redact

import (
	"slices"
	"testing"
)

func TestRead22Titles(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Indonesian Hj.", "Jamaah: 1. Hj. Nurlela Kartikasari, Bantul — HP 0813-5521-0967", []string{"Hj. Nurlela Kartikasari"}},
		{"Malay Hjh.", "1. Hjh. Rosnah Ismail, 0812 0000 1111", []string{"Hjh. Rosnah Ismail"}},
		{"Ven. and Thero", "Guest teacher: Ven. Kandy Sumanasara Thero will lead the meditation.", []string{"Ven. Kandy Sumanasara Thero"}},
		{"Venerable", "Guest teacher: Venerable Sumanasara Thero will lead the meditation.", []string{"Venerable Sumanasara Thero"}},
		{"Malay Kak", "Caterer contact: Kak Normala Hassan, 012-334 5120", []string{"Kak Normala Hassan"}},
		{"Sardinian Tziu", "- Tziu Efisio Melis, di Nuoro, 91 anni, socio dal 1968.", []string{"Tziu Efisio Melis"}},
		{"Hungarian Özv.", "Özv. Kiss Gézáné, Baja", []string{"Özv. Kiss Gézáné"}},
		{"an office after an honorific", "- Opened by the Lord Lieutenant; the show's patron attends.", nil},
		{"the Lord Mayor's", "- Lord Mayor's parade on Saturday.", nil},
		{"a family trust", "- Category sponsors: Ferrand Family Trust (the heritage lot)", nil},
		{"a peer", "- Judged by Lord Mayhew of Ashby.", []string{"Lord Mayhew"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
