package redact

import (
	"slices"
	"testing"
)

// TestPerson15Case covers the case forms of given names after a
// lower-case word.
func TestPerson15Case(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Polish instrumental", "Dzień dobry, przyjdę z żoną Bożeną w piątek.", []string{"Bożeną"}},
		{"Polish fleeting e", "Umówiłem się z Markiem i Tomaszem.", []string{"Markiem", "Tomaszem"}},
		{"Czech instrumental", "Mluvil jsem včera s Janou o tom.", []string{"Janou"}},
		{"Czech dative", "Prosím, pošlete to Petrovi.", []string{"Petrovi"}},
		{"Finnish allative", "Kiitos vielä Annalle viestistä.", []string{"Annalle"}},
		{"Hungarian dative", "Köszönöm szépen Péternek a segítséget.", []string{"Péternek"}},
		{"Lithuanian dative", "Ačiū, perduok tai Jonui rytoj.", []string{"Jonui"}},
		{"a town in its case form", "Jedziemy z Krakowa do Warszawy.", nil},
		{"a German noun after pro", "Preis: 50 Euro pro Monat", nil},
		{"an English word after a digit", "Just bought a 1930s Semi in town", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
