package redact

import "testing"

// TestLowerNameExtent: a lower-case given and family name of the
// gazetteers takes a second given name before it, a second family name
// and a generational suffix after it (fp25_lower.go), and stops at other
// words. Written for this file; no set's strings.
func TestLowerNameExtent(t *testing.T) {
	e := newTestEngine(t)
	for _, c := range []struct{ text, want string }{
		{"notes: rang back, anna maria kowalski wants the 9am slot", "anna maria kowalski"},
		{"- spoke w manpreet kaur dhillon re: the lease, she's fine", "manpreet kaur dhillon"},
		{"follow up with robert jenkins jr. about the deposit", "robert jenkins jr."},
		{"- david okafor sr - wants a callback friday", "david okafor sr"},
		{"spoke to tom and linda baker about the order", "linda baker"},
		{"- linda baker street parking is fine for her", "linda baker"},
	} {
		if got := lastOfType(e, c.text, "PERSON"); got != c.want {
			t.Errorf("%q: person %q, want %q", c.text, got, c.want)
		}
	}
}
