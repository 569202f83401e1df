package redact

import (
	"slices"
	"testing"
)

// TestRead17aEnrolLabels covers names no gazetteer knows after a pupil,
// participant or borrower label, and the levels, classes and tickets such
// labels name as well.
func TestRead17aEnrolLabels(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Swedish borrower", "Låntagare: Aslak Piera Eira, lånekort 1234 5678", []string{"Aslak Piera Eira"}},
		{"Norwegian pupil, age in brackets", "Elev: Biret Sara (9 år), foresatt ringer i morgen", []string{"Biret Sara"}},
		{"French pupil, space before the colon", "Élève : Ravaka Andrianarisoa, 8 ans", []string{"Ravaka Andrianarisoa"}},
		{"Dutch participant", "Deelnemer: Wobke Sijbesma-Tjoelker, groep 3", []string{"Wobke Sijbesma-Tjoelker"}},
		{"a camp week", "Participant: Spring Camp Week, 20% off until Friday", nil},
		{"a level", "Participante: Nivel Avanzado, 12 plazas", nil},
		{"a class", "Leerling: Groep 6, Basisschool De Linde", nil},
		{"a card", "Borrower: Public Library Card, renew online", nil},
		{"a course", "Alumno: Primer Curso, turno tarde", nil},
		{"no colon", "Every participant Loves the closing party", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
