package redact

import (
	"slices"
	"testing"
)

func TestPostcodeLater(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, zip, town string
	}{
		{"fr building and floor", "Adresse : 8 rue des Lilas, Bât. B, 3e étage, 69100 Villeurbanne", "69100", "Villeurbanne"},
		{"fr residence and flat", "Adresse : 14 avenue Foch, Résidence Le Parc, appt 12, 33000 Bordeaux", "33000", "Bordeaux"},
		{"br block and flat", "endereço: Rua das Flores, 230, bloco C, apto 51, Recife - PE, 50030-230", "50030-230", ""},
		{"ca postcode line", "Ship to:\n120 King St W, Suite 4\nToronto, ON\nM5H 1J9", "M5H 1J9", ""},
		{"uk postcode line", "Deliver to:\n7 Mill Lane\nHebden Bridge\nHX7 8AB", "HX7 8AB", ""},
		{"year is no postcode", "We met at 12 Oak Road, in spring, 2019 was the year.", "", ""},
		{"uk suburb", "Send it to 5 Elm Close, Headingley, Leeds LS6 2AB please.", "LS6 2AB", "Headingley"},
		{"uk suburb two words", "Address: 19 Mill Road, Kings Norton, Birmingham", "", "Kings Norton"},
		{"next street kept", "geboren op 2 mei 1990, Kerkstraat 5-2, 3511 LX Utrecht.", "3511 LX", "Utrecht"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			zips := findType(e, tc.text, "ZIP_CODE")
			if tc.zip == "" && len(zips) > 0 || tc.zip != "" && !slices.Contains(zips, tc.zip) {
				t.Errorf("ZIP_CODE = %q, want %q", zips, tc.zip)
			}
			if towns := findType(e, tc.text, "LOCATION"); tc.town != "" && !slices.Contains(towns, tc.town) {
				t.Errorf("LOCATION = %q, want %q among them", towns, tc.town)
			}
		})
	}
}
