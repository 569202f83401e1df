package redact

import "testing"

// TestHyphenLetterHouse checks a house number with a letter after a
// hyphen after a street of several words and before a postcode (streetAt),
// and that seats or codes in the same shape stay unmarked.
func TestHyphenLetterHouse(t *testing.T) {
	e, _ := NewEngine(Options{})
	for _, tc := range []struct{ text, want string }{
		{"Huidig adres: Laan van Oost 812-C, 7311 KL Kwakkelveen", "Laan van Oost 812-C"},
		{"Adresa: Vodičkova 12-B, 120 00 Brno", "Vodičkova 12-B"},
		{"Seats 12-A, 14-B and 15-C are free", ""},
		{"Gate 7-B, 2 hours before boarding", ""},
		// a Belgian street led by "Chaussée", a box number after it
		{"Adresse : Chaussée de Louvain 88, boîte 2, 1030 Kwakkelbeek", "Chaussée de Louvain 88, boîte 2"},
	} {
		if got := lastOfType(e, tc.text, "STREET_ADDRESS"); got != tc.want {
			t.Errorf("%q: street %q, want %q", tc.text, got, tc.want)
		}
	}
}
