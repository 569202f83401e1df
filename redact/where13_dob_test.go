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
	checkTypeCases(t, "DATE_OF_BIRTH", []typeCase{
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
	})
}

// typeCase is a text and the values of one type that Find must return
// for it, in order.
type typeCase struct {
	text string
	want []string
}

// checkTypeCases runs Find on each case's text and compares the values of
// the type typ it returns with the case's.
func checkTypeCases(t *testing.T, typ string, cases []typeCase) {
	t.Helper()
	e := newTestEngine(t)
	for _, c := range cases {
		if got := findType(e, c.text, typ); !slices.Equal(got, c.want) {
			t.Errorf("%q: %s %q, want %q", c.text, typ, got, c.want)
		}
	}
}
