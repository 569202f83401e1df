package redact

import (
	"slices"
	"testing"
)

// TestBirthdayCellOneDigit checks a birthday column's cell with a
// one-digit day and a month word (table.go, table7_labels.go).
func TestBirthdayCellOneDigit(t *testing.T) {
	text := "ID | Cliente | Ciudad | Cumple\n7731 | Julieta Ramos Pardo | Mendoza | 4 de junio\n7740 | Tomás Ibarra | Salta | 19/02"
	got := findType(newTestEngine(t), text, "DATE_OF_BIRTH")
	if !slices.Equal(got, []string{"4 de junio", "19/02"}) {
		t.Errorf("DATE_OF_BIRTH %q", got)
	}
}

// TestTownsBeforeCodes checks loc7_codes.go and the town labels of
// table7_labels.go (values made up for the test).
func TestTownsBeforeCodes(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Runner-up: Maya Lindqvist, Nanaimo, BC", []string{"Nanaimo", "BC"}},
		{"Contact: Brent Kowal, Wichita, KS, 316-555-0143", []string{"Wichita", "KS"}},
		{"| Luana Prado | @luprado | 9k | Maringá – PR | via DM |", []string{"Maringá", "PR"}},
		{"Winner: Élodie Brassard\nAddress: 40, rue des Érables, Sherbrooke (QC) J1H 1A1", []string{"Sherbrooke", "QC"}},
		{"Name: Wambui Njeri | Tel: 0722 000 555 | Loc: Naivasha", []string{"Naivasha"}},
		{"Vendégek:\n- dr. Kiss Ádám – Kecskemét, 51 éves, pék\n- Nagy Éva – Sopron", []string{"Kecskemét", "Sopron"}},
		{"nombre;apellidos;telefono;municipio\nLucía;Herrero Gil;612 00 00 00;Getafe", []string{"Getafe"}},
		// no person, a word in capitals, a postcode after the code
		{"Our warehouse: Wichita, KS", nil},
		{"Ask Dana Keller, Sales, OK?", nil},
		{"Contact: Brent Kowal, Wichita, KS 67202", []string{}},
	}
	for _, c := range cases {
		got := findType(newTestEngine(t), c.text, "LOCATION")
		if c.want != nil && len(c.want) == 0 {
			continue // (only: no code span before a postcode)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: LOCATION %q, want %q", c.text, got, c.want)
		}
	}
	if got := findType(newTestEngine(t), "Contact: Brent Kowal, Wichita, KS 67202", "LOCATION"); slices.Contains(got, "KS") {
		t.Errorf("a code before a postcode: LOCATION %q", got)
	}
}
