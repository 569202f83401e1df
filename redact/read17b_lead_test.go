package redact

import (
	"strings"
	"testing"
)

// TestTradeLead17b checks that a trade's name opening its own contact line
// lets the line be demoted (and the name with it), and that a customer's
// name or a customer's word there keeps the address masked.
func TestTradeLead17b(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, value, typ string
		masked           bool
	}{
		{"Kirjoita muistutus.\n\nOsteopatia Koivu, Mannerheimintie 40, 00100 Helsinki, puh. 09 123 4567\nti 11.3. – Aino Virtanen", "Mannerheimintie 40", "STREET_ADDRESS", false},
		{"Kirjoita muistutus.\n\nOsteopatia Koivu, Mannerheimintie 40, 00100 Helsinki, puh. 09 123 4567\nti 11.3. – Aino Virtanen", "Osteopatia Koivu", "PERSON", false},
		{"Rédige un mot.\n\nFoyer Le Phare – 8 rue des Lilas, 13400 Aubagne – 04 91 22 33 44\nFamille Dupont : M. Paul Dupont", "8 rue des Lilas", "STREET_ADDRESS", false},
		{"Napiš SMS.\n\nAutoservis Novák, Brněnská 220, 586 01 Jihlava, tel. 541 220 330\n1) Pan Jan Kučera", "Brněnská 220", "STREET_ADDRESS", false},
		{"Napiš SMS.\n\nAutoservis Novák, Brněnská 220, 586 01 Jihlava, tel. 541 220 330\n1) Pan Jan Kučera", "Pan Jan Kučera", "PERSON", true},
		// a customer's name opens the line, or a customer's word stands between
		{"Kirjoita muistutus.\n\nAino Virtanen, Mannerheimintie 40, 00100 Helsinki, puh. 040 123 4567", "Mannerheimintie 40", "STREET_ADDRESS", true},
		{"Kirjoita muistutus.\n\nOsteopatia Koivu, asiakas: Aino Virtanen, Mannerheimintie 40, 00100 Helsinki", "Mannerheimintie 40", "STREET_ADDRESS", true},
		{"Write a note.\n\nMrs Jane Foyer, 14 Larch Road, Frome BA11 1AA", "14 Larch Road", "STREET_ADDRESS", true},
	} {
		got, at := false, strings.Index(tc.text, tc.value)
		for _, s := range e.Find(tc.text) {
			if s.Type == tc.typ && s.Start <= at && s.End >= at+len(tc.value) {
				got = true
			}
		}
		if got != tc.masked {
			t.Errorf("%q: %s %q masked %v, want %v", tc.text, tc.typ, tc.value, got, tc.masked)
		}
	}
}
