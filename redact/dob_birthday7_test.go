package redact

import "testing"

// newTestEngine returns the default engine.
func newTestEngine(t *testing.T) *Engine {
	t.Helper()
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// TestBirthdaysWithoutYear7 checks the birthdays of dob_birthday7.go
// (values made up for the test).
func TestBirthdaysWithoutYear7(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Tomasz — bday Oct 7 — wants the vegan box", "Oct 7"},
		{"Birthday: March 23", "March 23"},
		{"Ilona születésnapja március 8., küldj neki kupont", "március 8"},
		{"Kaarawan: Hunyo 21", "Hunyo 21"},
		{"Lucía – su cumple es el 4 de marzo", "4 de marzo"},
		{"Selin'in doğum günü 22 Ekim", "22 Ekim"},
		{"2. Rosa Lim – bday Jan 9 – 0917 555 0199", "Jan 9"},
		{"Keep in mind her birthday lands during the cruise (11 June), so plan a surprise.", "11 June"},
		{"Doğum günü mesajları:\n1) Elif Yurt – 9 Haziran – Ankara\n2) Can Er – 21 Şubat", "9 Haziran"},
		{"Születésnapok:\n- Tóth Anna – 4 március", "4 március"},
		// no birth word: a delivery or a sale date
		{"Delivery window: Oct 7 to Oct 9", ""},
		{"The sale ends (11 June) at midnight.", ""},
		{"Mention the birthday of Amadeo Rossi (5 May) in the post.", ""},
		{"Shipping list:\n1) Elif Yurt – 9 Haziran – Ankara", ""},
	}
	for _, c := range cases {
		got := findType(newTestEngine(t), c.text, "DATE_OF_BIRTH")
		g := ""
		if len(got) > 0 {
			g = got[0]
		}
		if g != c.want {
			t.Errorf("%q: DATE_OF_BIRTH %q, want %q", c.text, got, c.want)
		}
	}
}
