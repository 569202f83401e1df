package redact

import (
	"slices"
	"testing"
)

// TestBirthDatesLocdob9 holds the birth dates the ninth issue added
// (values made up for the test): a German day and month with both dots
// before a birth word, the Estonian "sünd.", Bikram Sambat dates with
// their era, and the other dates of a birthday list's items.
func TestBirthDatesLocdob9(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Fr 10:00 | Jana Vogt | Schnitt – hat am 23.09. Geburtstag, bitte gratulieren!", []string{"23.09."}},
		{"Der Termin ist am 23.09. um 10 Uhr.", nil},
		{"Preis 23.90. Geburtstag feiern wir später.", nil},
		{"Mari Saar, sünd. 11.02.1984, mari@example.com", []string{"11.02.1984"}},
		{"Mari Saar, sünd. 11. veebruar 1984, elab Pärnus", []string{"11. veebruar 1984"}},
		{"Happy birthday to Hari Gurung, born on 3 Asoj 2031 BS!", []string{"3 Asoj 2031 BS"}},
		{"Gita Rai (born 2038/07/21 B.S.) joins the choir.", []string{"2038/07/21 B.S."}},
		{"C'est pour ma mère, Mme Lina Haddad, qui fête ses 80 ans le 14 octobre.", []string{"14 octobre"}},
		{"- Ana Rusu, împlinește 50 de ani pe 3 martie", []string{"3 martie"}},
		{"- Dona Zélia — 90 anos dia 14/10!!", []string{"14/10"}},
		{"Depuis 10 ans le 3 mai est notre fête.", nil},
		{"oğlum de gelecek 12 yaşında ", nil}, // the unit and a space at the text's end: no panic
		{"Listeye doğum tarihi yazma:\n- Elif Kurt – poliçe bitiş 05.06.2026 – Eskişehir\n- Can Ak – doğum tarihi 12.03.1988\n",
			[]string{"12.03.1988"}},
	}
	e := newTestEngine(t)
	for _, c := range cases {
		got := findType(e, c.text, "DATE_OF_BIRTH")
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: DATE_OF_BIRTH %q, want %q", c.text, got, c.want)
		}
	}
}
