package redact

import (
	"slices"
	"testing"
)

func TestBirthdaysNextToAges(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text string
		dob, age   string
	}{
		{"possessive ordinal", "a gift for my wife, it's her 50th on the 9th of June", "9th of June", "50"},
		{"it digits and unit", "la signora compie 75 anni il 4 maggio, auguri!", "4 maggio", "75 anni"},
		{"es digits and unit", "mi padre cumple 80 años el 12 de octubre", "12 de octubre", "80 años"},
		{"pt tomorrow bracket", "o Sr. Paulo faz 45 anos amanhã (3 de junho).", "3 de junho", "45 anos"},
		{"de age after day", "Herr Brandt wird am 3. Mai 70 und feiert im Garten.", "", "70"},
		{"nl age after day", "Mijn oma wordt op 12 maart 90.", "", "90"},
		{"kin possessive ordinal", "it was for my sons 9th birthday party", "", "9"},
		{"kin apostrophe ordinal", "a cake for her mum's 80th birthday", "", "80"},
		{"no possessive", "the 40th on the 3rd of March was a Tuesday", "", ""},
		{"quantity after day", "Die Lieferung wird am 14. Februar 50 Stück umfassen.", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dob := findType(e, tc.text, "DATE_OF_BIRTH")
			age := findType(e, tc.text, "AGE")
			if tc.dob == "" && len(dob) > 0 || tc.dob != "" && !slices.Contains(dob, tc.dob) {
				t.Errorf("DATE_OF_BIRTH = %q, want %q", dob, tc.dob)
			}
			if tc.age == "" && len(age) > 0 || tc.age != "" && !slices.Contains(age, tc.age) {
				t.Errorf("AGE = %q, want %q", age, tc.age)
			}
		})
	}
}
