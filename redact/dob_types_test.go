package redact

import "testing"

// TestDOBLocationFollowsDisable: the LOCATION spans the birth-date detector
// finds (a town after an age, rule builtin.location) go when LOCATION is
// disabled, and stay otherwise.
func TestDOBLocationFollowsDisable(t *testing.T) {
	const text = "Hana Kowalczyk, 37, Wrocław, asked about the loyalty tier."
	count := func(opts Options) (n int) {
		e, err := NewEngine(opts)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range e.Find(text) {
			if s.Type == "LOCATION" {
				n++
			}
		}
		return n
	}
	if n := count(Options{}); n != 1 {
		t.Fatalf("got %d LOCATION spans, want 1", n)
	}
	if n := count(Options{Disabled: []string{"LOCATION"}}); n != 0 {
		t.Fatalf("LOCATION disabled: got %d LOCATION spans, want 0", n)
	}
}
