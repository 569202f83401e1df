package redact

import "testing"

// TestLearnedPersonOption checks Options.LearnedPerson end to end in Find:
// names that only the learned model finds (our own texts: one chat line,
// which the chat-export rule does not take alone, and a table cell) are
// PERSON spans at LearnedPersonThreshold and by default, and absent at 1.
func TestLearnedPersonOption(t *testing.T) {
	tests := []struct{ text, name string }{
		{"[10:02] Mofokeng: the banner is live", "Mofokeng"},
		{"Host: Demidov | Guests: 12", "Demidov"},
	}
	engines := map[string]Options{"default": {}, "off": {LearnedPerson: 1}, "on": {LearnedPerson: LearnedPersonThreshold}}
	for label, o := range engines {
		e, err := NewEngine(o)
		if err != nil {
			t.Fatal(err)
		}
		for _, tc := range tests {
			found := false
			for _, s := range e.Find(tc.text) {
				if tc.text[s.Start:s.End] == tc.name && s.Type == "PERSON" {
					found = true
				}
			}
			if found != (label != "off") {
				t.Errorf("%s: %q found %v in %q", label, tc.name, found, tc.text)
			}
		}
	}
}
