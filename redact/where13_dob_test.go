package redact

import (
	"slices"
	"testing"
)

// TestBirthdaysWhere13 holds the partial birthdays the thirteenth
// where-issue added (values made up for the test): a Catalan month after
// a turning age, an Icelandic day right after the age's unit, the Turkish
// "my birthday" and "your birthday", and a day and month in digits
// after the age a person turns.
func TestBirthdaysWhere13(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"- Pere Casals i Roig, fa 70 anys el 21 de febrer", []string{"21 de febrer"}},
		{"La Laia compleix 9 anys el 2 de juny, quina festa!", []string{"2 de juny"}},
		{"Helga Pálsdóttir, verður 40 ára 11. ágúst", []string{"11. ágúst"}},
		{"Tómas er 10 ára í dag.", nil},
		{"\"Doğum günüm 17 Nisan, pasta harikaydı!\" - Selin T.", []string{"17 Nisan"}},
		{"Doğum günün 2 Haziran değil miydi?", []string{"2 Haziran"}},
		{"Toplantı günü 17 Nisan.", nil},
		{"- Owain Price (turns 80 on 23/10) - ring his son", []string{"23/10"}},
		{"she turns 40 on 7.8 and wants a small party", []string{"7.8"}},
		{"he turns 40 on 23/10/2030", nil}, // a full date: dateAt's, with no birth word
		{"the shop turns 5 on 14/10", nil},
		{"he turns 40 on 2.50 euros", nil},
	}
	e := newTestEngine(t)
	for _, c := range cases {
		got := findType(e, c.text, "DATE_OF_BIRTH")
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: DATE_OF_BIRTH %q, want %q", c.text, got, c.want)
		}
	}
}
