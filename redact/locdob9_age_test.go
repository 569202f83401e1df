package redact

import (
	"slices"
	"testing"
)

// TestAgesLocdob9 checks the ages the ninth LOCATION/DOB/AGE issue added:
// Spanish "cumple", the pronouns before Nordic and German becoming
// verbs, "that week", Turkish "yaşına", German "J." and the Spanish and
// Caribbean possessive "mi" before an ordinal birthday (values made up
// for the test).
func TestAgesLocdob9(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Socia: Remedios Olabarria (cumple 58 este mes, regalo)", []string{"58"}},
		{"Xiomara;Quiroga;xiomara.q@example.com;Tucumán;ese día cumple 41\nsigue", []string{"41"}},
		{"11:00 – Doña Eulalia Batres – corte – el sábado cumple 77, ¡felicítenla!", []string{"77"}},
		{"Torunn Vedvik, hun fyller 60 på lørdag, vil ha kake.", []string{"60"}},
		{"Lars says er wird 70 am Samstag.", []string{"70"}},
		{"Marta came too, with her dad Iosefa, who turns 90 that week.", []string{"90"}},
		{"kızı defne 9 yaşına giriyor, pasta istiyor", []string{"9 yaşına"}},
		{"Jale Hanım 60 yaşını kutluyor.", []string{"60 yaşını"}},
		{"Do 10:30 | Aylin Korkmaz (kommt mit Tochter Mira, 4 J.) | Kinderschnitt", []string{"4 J."}},
		{"Linton Whyte, Port Antonio: \"Fi mi 70th birthday mi daughter buy it.\"", []string{"70"}},
		{"Our dear mother, who clocks 70 on Sunday, thanks you all.", []string{"70"}},
		{"Ama Owusu (29, Tema) and Kofi Mensah (3, Premium)", []string{"29"}},
		{"Happy 90th birthday to our eldest member, Ram Gurung!", []string{"90"}},
		{"Happy 60th birthday to Maria!", []string{"60"}},
		{"„Finom! A 62. születésnapomra vettem.”", []string{"62"}},
		{"Η κυρία Ελένη κλείνει τα 75!", []string{"75"}},
		// no age
		{"Πλήρωσε τα 70 ευρώ.", nil},
		{"A bolt 10. születésnapja alkalmából kedvezmény.", nil},
		{"A cég 10. születésnapunk alkalmából", nil},
		{"Happy 10th birthday to our shop!", nil},
		{"Happy 5th birthday to Acme Labs!", nil},
		{"The courier clocks 40 hours a week.", nil},
		{"El pedido cumple 3 requisitos de envío.", nil},
		{"Set 6 J für die Schrauben", nil},
		{"Our cafe turns 10 that week!", nil},
		{"Happy 10th birthday to our bakery!", nil},
		{"Die Anlage wird 70 am Stück laufen.", nil},
		{"vi fyller 10 på lørdag i butikken", nil},
	}
	for _, c := range cases {
		got := findType(newTestEngine(t), c.text, "AGE")
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: AGE %q, want %q", c.text, got, c.want)
		}
	}
}
