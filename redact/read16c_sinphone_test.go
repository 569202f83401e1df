package redact

import "testing"

// TestRead16cSINPhone: a Luhn-valid nine-digit number in 3-3-3 groups
// after a phone word is a phone number; with a SIN word it stays a SIN
// (read16c_sinphone.go); own values.
func TestRead16cSINPhone(t *testing.T) {
	e, _ := NewEngine(Options{})
	cases := []struct{ text, typ, want string }{
		{"Kdyby něco, volejte 777 123 456 odpoledne.", "PHONE_NUMBER", "777 123 456"},
		{"Prosím zavolajte mi na 777 123 456.", "PHONE_NUMBER", "777 123 456"},
		{"Tel. 777 123 456 (tarde)", "PHONE_NUMBER", "777 123 456"},
		{"Her SIN is 777 123 456 and she moved.", "CA_SIN", "777 123 456"},
	}
	for _, c := range cases {
		found := false
		for _, s := range e.Find(c.text) {
			if s.Type == c.typ && c.text[s.Start:s.End] == c.want {
				found = true
			} else if s.Start < len(c.text) && c.text[s.Start:s.End] == c.want {
				t.Errorf("%q: %s, want %s", c.text, s.Type, c.typ)
			}
		}
		if !found {
			t.Errorf("%q: no %s %q in %v", c.text, c.typ, c.want, e.Find(c.text))
		}
	}
}
