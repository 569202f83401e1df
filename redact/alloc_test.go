package redact

import (
	"strings"
	"testing"
)

// TestFindAllocations checks that Find allocates at most its result slice
// (nothing for a text without personal data; small results are carved
// from a shared array, so on average less than one) and that every built-in
// detector's Detect allocates nothing when dst has room, however large the
// gazetteers are.
func TestFindAllocations(t *testing.T) {
	if raceEnabled {
		t.Skip("sync.Pool drops items at random under the race detector")
	}
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	clean := strings.Repeat("Write a short, warm product blurb for our spring sale on 3 colours of rain boots. ", 8)
	for _, tc := range []struct {
		name, text string
		want       float64
	}{
		{"no personal data", clean, 0},
		{"2 KB prompt full of personal data", benchPrompt2K, 1},
		{"names, addresses and ids", "Dear Anna Schmidt, we ship to 14 Elm Street, Springfield, IL 62704; born 12 March 1990, SIN 046 454 286.", 1},
		{"signature lines", "See You Soon and Take Care,\nAnna\n\nWarm Regards from the Team\nZorblax Quint\n", 1},
		{"long text with a city far after a name", "Anna Schmidt wrote. " + strings.Repeat("Nothing to see here. ", 400) + "Shipping from Berlin.", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e.Find(tc.text) // warm the pool
			if got := testing.AllocsPerRun(50, func() { e.Find(tc.text) }); got > tc.want {
				t.Errorf("Find made %v allocations per call, want at most %v", got, tc.want)
			}
		})
	}
	for _, d := range Builtins() {
		t.Run(d.ID(), func(t *testing.T) {
			dst := make([]Span, 0, 256)
			d.Detect(benchPrompt2K, dst)
			if got := testing.AllocsPerRun(50, func() { d.Detect(benchPrompt2K, dst[:0]) }); got != 0 {
				t.Errorf("%s.Detect made %v allocations per call, want 0", d.ID(), got)
			}
		})
	}
}
