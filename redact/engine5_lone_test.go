package redact

import (
	"slices"
	"testing"
)

// TestLoneUnknownRejected holds loneUnknownRejected to the full path: a
// lone word no gazetteer knows is a name through each of the tests it
// makes, and stays no name without them.
func TestLoneUnknownRejected(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		person     bool // a PERSON span is expected
	}{
		{"signature line", "All the very best to the whole shop!\nQorvath \n\nP.S. more soon", true},
		{"dash sign-off", "see you soon -Qorvath", true},
		{"strong context word", "a short note for our customer Qorvath about the order", true},
		{"relation word", "a card for my neighbour Qorvath on the big day", true},
		{"lower-case title", "een brief aan mevr. Qorvath over de levering", true},
		{"age after", "Reviews:\n- Qorvath, 46, runs a bakery", true},
		{"slot: pronouns", "ask Qorvath (she/her) about it", true},
		{"sentence start, from a team", "Qorvath from accounts says hi", true},
		{"no context", "we ordered Qorvath boxes for the spring sale", false},
		{"sentence start, no context", "Qorvath boxes are on sale", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fast := personDetector{}.Detect(tc.text, nil)
			personFastPath = false
			slow := personDetector{}.Detect(tc.text, nil)
			personFastPath = true
			if !slices.Equal(fast, slow) {
				t.Fatalf("fast path changed the result for %q:\nfast %+v\nslow %+v", tc.text, fast, slow)
			}
			got := slices.ContainsFunc(fast, func(s Span) bool { return s.Type == "PERSON" })
			if got != tc.person {
				t.Errorf("%q: PERSON found %v, want %v (%+v)", tc.text, got, tc.person, fast)
			}
		})
	}
}
