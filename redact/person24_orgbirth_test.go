package redact

import "testing"

// TestOrgNameWithBirthDate: a name whose last word is a business's word
// stays a person's when its date of birth follows it; without one it is
// still read as a business.
func TestOrgNameWithBirthDate(t *testing.T) {
	e, err := NewEngine(Options{LearnedPerson: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"Guests:\n- Aurelio Mendoza Pool — born on 14 March 1987 — table 4\n- Rosa Ek, vegetarian", "Aurelio Mendoza Pool", true},
		{"Socios:\n- Marisol Chan Pool — nació el 3 de marzo de 1988 — cuota pagada\n", "Marisol Chan Pool", true},
		{"Our partner Harriet Vale Bakery opens at 8 on Saturdays.", "Harriet Vale Bakery", false},
	} {
		got := false
		for _, s := range e.Find(c.text) {
			if s.Type == "PERSON" && c.text[s.Start:s.End] == c.name {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%q: PERSON %q found %v, want %v (%v)", c.text, c.name, got, c.want, e.Find(c.text))
		}
	}
}
