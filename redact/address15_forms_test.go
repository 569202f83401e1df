package redact

import "testing"

func TestAddress15Forms(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, street string }{
		{"- Cik Nurul Aina binti Razak, Jalan SS15/4, No. 22, 47500 Subang Jaya", "Jalan SS15/4, No. 22"},
		{"Alamat: Jalan PJU3/18, No. 9, 47410 Petaling", "Jalan PJU3/18, No. 9"},
		{"SHIP TO: Claudine Uwase\nKN 5 Rd, House 41, Remera", "KN 5 Rd, House 41"},
		{"See KG 2 Street, No. 14, Gisozi", "KG 2 Street, No. 14"},
		{"Domicilio: C/ de Sant Martí Més Baix, 14, 2º 1ª", "C/ de Sant Martí Més Baix, 14, 2º 1ª"},
		{"Domicilio: C/ del Olmo, 12, Entlo. 2ª", "C/ del Olmo, 12, Entlo. 2ª"},
		{"Domicilio: C/ Olmo 3, ático, 50004 Calatayud", "C/ Olmo 3, ático"},
		{"Vive en la Calle Olmo 12, ático de la casa", "Calle Olmo 12"},
		// no street
		{"ticket OKK 5 Ave", ""},
		{"KG 5 kilos, and more", ""},
		{"use the and/or 3/4 rule, No. 5", ""},
	}
	for _, tc := range tests {
		if got := lastOfType(e, tc.text, "STREET_ADDRESS"); got != tc.street {
			t.Errorf("%q: street %q, want %q", tc.text, got, tc.street)
		}
	}
}

func TestSectionCode(t *testing.T) {
	for s, want := range map[string]bool{"SS21/7": true, "PJU1/42": true, "USJ9/5": true, "and/or": false, "3/4": false, "SS2/": false, "Ss2/4": false, "SS/24": false, "SS2/4/1": false} {
		if got := sectionCode(s); got != want {
			t.Errorf("sectionCode(%q) = %v", s, got)
		}
	}
}
