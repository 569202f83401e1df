package redact

import (
	"strings"
	"testing"
)

// TestPronounAge17b checks ages in words after "he's" or "she's" right
// after a name, and the number words that are no age there.
func TestPronounAge17b(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, value string
		age         bool
	}{
		{"My daughter Lucy Brennan (she's seven now) needs a check-up.", "seven", true},
		{"Took my dad Tom Hardy (he's seventy!) for lunch.", "seventy", true},
		{"My brother John Keane, he's forty-five, wants to walk.", "forty-five", true},
		{"Ana Lopes (She’s eight) loves the pool.", "eight", true},
		{"Ana Lopes, she's ten minutes away.", "ten", false},
		{"Ana Lopes, he's one of the best.", "one", false},
		{"Ana Lopes (there's nine of us) booked.", "nine", false},
	} {
		if got := spanAt17b(e, tc.text, "AGE", strings.Index(tc.text, tc.value), len(tc.value)); got != tc.age {
			t.Errorf("%q: AGE %q found %v, want %v", tc.text, tc.value, got, tc.age)
		}
	}
}
