package redact

import "testing"

// TestLiveOnStreets checks a street with no house number after "live(s)
// on", and that other words after the verb, or a determiner, keep it out.
func TestLiveOnStreets(t *testing.T) {
	e, _ := NewEngine(Options{})
	cases := []struct {
		text, want string // want "" : no street
	}{
		{"ok so Tomasz Wren - setup, lives on maple st so can open the hall", "maple st"},
		{"Greta Holm: I live on Denby Rd so close by", "Denby Rd"},
		{"first is Lia Porter, who lives just round the corner on Pelham Road; her email is lia@example.com", "Pelham Road"},
		{"Ana Bell still lives on Mill Lane.", "Mill Lane"},
		{"Ana Bell lives on the same street as us", ""},
		{"Ana Bell lives on a busy road", ""},
		{"Ana Bell lives with her aunt on Quarry Way now", ""},
		{"Ana Bell lives on hope and coffee", ""},
		{"Ana Bell delivered on Friday", ""},
	}
	for _, c := range cases {
		if got := lastOfType(e, c.text, "STREET_ADDRESS"); got != c.want {
			t.Errorf("%q: street %q, want %q", c.text, got, c.want)
		}
	}
}
