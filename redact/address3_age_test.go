package redact

import "testing"

// findType returns the values of the spans of typ that e finds in text.
func findType(e *Engine, text, typ string) []string {
	var out []string
	for _, s := range e.Find(text) {
		if s.Type == typ {
			out = append(out, text[s.Start:s.End])
		}
	}
	return out
}

func TestFirstPersonAndAsideAges(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, want string
	}{
		{"en first person and i", "honestly im 77 i dont do apps", "77"},
		{"nl first person and en", "Ik ben inmiddels 71 en woon alleen.", "71"},
		{"de first person adverb", "Ich bin jetzt 83 und fahre nicht mehr Auto.", "83"},
		{"en adverb", "Her gran? She is now 96, and still sharp.", "96"},
		{"sv label", "Namn: Sara Lind\nÅlder: 47", "47"},
		{"da label", "Navn: Jens Holm\nAlder: 39", "39"},
		{"whose kin turned", "the lady whose husband turned 70 yesterday called", "70"},
		{"kin plural bracket", "Ehemann Jonas, Kinder Mira (6) und Paul (3).", "6"},
		{"note in brackets", "Met Alice Mwangi (teacher, 44) at the fair.", "44"},
		{"unit after a name", "Insured: Ms. Helena Brandt, 61 yrs", "61 yrs"},
		{"minutes are no age", "im 5 minutes away", ""},
		{"be minutes", "Ik ben 10 minuten te laat", ""},
		{"brand bracket note", "Lindt (sale, 20) is back", ""},
		{"number before i", "page 12 i think", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := findType(e, tc.text, "AGE")
			if tc.want == "" && len(got) > 0 || tc.want != "" && (len(got) == 0 || got[0] != tc.want) {
				t.Errorf("AGE = %q, want %q", got, tc.want)
			}
		})
	}
}
