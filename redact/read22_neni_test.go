package redact

import (
	"slices"
	"testing"
)

func TestHungarianElders(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"family and given name", "Ügyfelek:\nKiss Ildikó, +36 30 000 1111\nSzalai Margit néni, aki 79 éves és levelet írt",
			[]string{"Kiss Ildikó", "Szalai Margit"}}, // found without the honorific already
		{"in a bracket", "Ügyfelek:\nÖzv. Kiss Gézáné (Ilonka néni, 86 éves)\nBakos Zsolt, Nyíregyháza",
			[]string{"Özv. Kiss Gézáné", "Ilonka néni", "Bakos Zsolt"}},
		{"bácsi", "Ügyfelek:\nKovács Anna, +36 30 000 2222\nholnap Ferkó bácsi hozza a kulcsot",
			[]string{"Kovács Anna", "Ferkó bácsi"}},
		{"a lower-case word before", "Ügyfelek:\nKovács Anna, +36 30 000 2222\na szomszéd néni hozza", []string{"Kovács Anna"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
