package redact

import (
	"slices"
	"testing"
)

// TestUnitFieldTowns checks the district or town that closes a person's
// street address after its unit field (loc17_street.go), and the places
// it is left alone.
func TestUnitFieldTowns(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want []string // LOCATION values, in order
	}{
		{"Ms Ana Mokoena, 17 Church Road, Kloofview. Blocked drain.", []string{"Kloofview"}},
		{"Ms Ana Mokoena, 17 Church Road, Kloof Heights, not the office.", []string{"Kloof Heights"}},
		{"Ms Ana Mokoena, 17 Church Road, apartment 4, Kloofview. Blocked drain.", []string{"Kloofview"}},
		{"Sr. Pablo Ruiz, Cl. 12 # 30-15, apto 301, Laureles, cel. 300 555 1234", []string{"Laureles"}},
		{"Kostas Georgiou, Λεωφ. Αλεξάνδρας 31, 2ος όροφος, Γαλάτσι, τηλ. 694 555 1287", []string{"Γαλάτσι"}},
		{"my dad Tom Berg lives at 455 Maple Avenue apartment 3, Duluth. Call me back please.", []string{"Duluth"}},
		{"Sr. Pablo Ruiz, Dirección: Calle 45 # 12-30, apto 301, barrio Chapinero Alto, Neiva", []string{"Chapinero Alto", "Neiva"}},
		{"Sr. Pablo Ruiz, Destino: Carrera 70 # 4-20, torre 3, apto 902, Laureles, Ibagué", []string{"Laureles", "Ibagué"}},
		{"Visit our shop, Carrera 70 # 4-20, torre 3, Laureles, Ibagué", nil},
		// a shop's street, and a word that goes on with the sentence
		{"Visit our shop at 17 Church Road, Kloofview. Open daily.", nil},
		{"Ms Ana Mokoena, 17 Church Road, Kloofview Gardens Estate Block B is next door", nil},
		{"Ms Ana Mokoena, 17 Church Road, Rear, not the office.", nil},
	} {
		got := findType(e, tc.text, "LOCATION")
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: LOCATION %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestUnitFieldEnd checks the unit fields unitFieldEnd passes over.
func TestUnitFieldEnd(t *testing.T) {
	for text, want := range map[string]bool{
		"apto 402, X": true, "Apartment 6, X": true, "2ος όροφος, X": true, "Kat:3, X": true, "3rd floor, X": true,
		"Flat 2B, X": true, "Kloofview, X": false, "apartment, X": false, "Block B is near, X": false,
	} {
		if got := unitFieldEnd(text, 0) > 0; got != want {
			t.Errorf("unitFieldEnd(%q) > 0 = %v, want %v", text, got, want)
		}
	}
}

// TestUnitWord17 checks that unitWord17's switch and unitWords17 (which
// unitFirst is built from) agree.
func TestUnitWord17(t *testing.T) {
	for _, w := range unitWords17 {
		if !unitWord17(w) {
			t.Errorf("unitWord17(%q) = false", w)
		}
	}
	for _, w := range []string{"main", "kloofview", "apartments", "x"} {
		if unitWord17(w) {
			t.Errorf("unitWord17(%q) = true", w)
		}
	}
}

// TestBuildingFieldEnd checks the building fields buildingFieldEnd passes
// over after a street.
func TestBuildingFieldEnd(t *testing.T) {
	for text, want := range map[string]bool{
		"edificio Torre Sol, X": true, "torre 3, X": true, "Bloco B, X": true, "Building 4, X": true,
		"Laureles, X": false, "torre, X": false, "edificio de la esquina frente al parque grande, X": false,
	} {
		if got := buildingFieldEnd(text, 0) > 0; got != want {
			t.Errorf("buildingFieldEnd(%q) > 0 = %v, want %v", text, got, want)
		}
	}
}
