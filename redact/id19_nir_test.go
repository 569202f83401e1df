package redact

import "testing"

// TestID19Forms: a Corsican NIR (department 2A or 2B) and a National
// Insurance number after a bracket, with values of our own.
func TestID19Forms(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, typ, want string
	}{
		{"NIR 185032B01234574 pour le dossier", "FR_NIR", "185032B01234574"},
		{"N° de sécurité sociale : 292042A07712376", "FR_NIR", "292042A07712376"},
		{"NIR 185032B01234575 pour le dossier", "FR_NIR", ""}, // wrong key
		{"NIR 185032C01234574 pour le dossier", "FR_NIR", ""}, // no such department
		{"NI number (for the payment form) AB 12 34 56 C, thanks", "UK_NINO", "AB 12 34 56 C"},
		{"National Insurance (see letter) CE 654321 A", "UK_NINO", "CE 654321 A"},
	} {
		got := ""
		for _, s := range e.Find(c.text) {
			if s.Type == c.typ {
				got = c.text[s.Start:s.End]
			}
		}
		if got != c.want {
			t.Errorf("%q: %s %q, want %q", c.text, c.typ, got, c.want)
		}
	}
	if nirCorsica("185032A01234574") || !nirCorsica("185032B01234574") {
		t.Error("nirCorsica: 2A and 2B must change the key")
	}
}
