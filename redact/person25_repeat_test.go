package redact

import "testing"

// TestRepeatPersons25: a full name masked once is masked at its other
// mentions, also where a rule read that mention as a name to leave out;
// a longer name, a street or a business named after the person is not
// a mention. The strings are written for this test.
func TestRepeatPersons25(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, name string
		want       int // PERSON spans over exactly name
	}{
		{"Draft a birthday SMS for Harriet Colbeck, but don't mention Harriet Colbeck's age.", "Harriet Colbeck", 2},
		{"Write a win-back e-mail to Anna Berg. Don't mention Anna Berg's divorce.", "Anna Berg", 2},
		{"Skriv ett sms till Gunnel Strandberg. Nämn inte Gunnel Strandberg i rubriken.", "Gunnel Strandberg", 2},
		{"Schreib Jonas Wetterich eine Karte. Erwähne Jonas Wetterich nicht im Betreff.", "Jonas Wetterich", 2},
		// a longer name holds no mention; a street or a shop named after the person is none
		{"Dear Anna Berg, your cousin Anna Bergman called.", "Anna Berg", 1},
		{"Write to Maria Lopes about the fair at Rua Maria Lopes 12.", "Maria Lopes", 1},
		{"Thank Giovanni Galli for the order from Pasticceria Giovanni Galli.", "Giovanni Galli", 1},
	}
	for _, tc := range tests {
		n := 0
		for _, s := range e.Find(tc.text) {
			if s.Type == "PERSON" && tc.text[s.Start:s.End] == tc.name {
				n++
			}
		}
		if n != tc.want {
			t.Errorf("%q: %d PERSON spans over %q, want %d", tc.text, n, tc.name, tc.want)
		}
	}
}
