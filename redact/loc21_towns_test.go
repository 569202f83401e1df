package redact

import (
	"slices"
	"testing"
)

// TestMoreCountriesTowns checks towns of the countries session 21 added to
// towns_more.txt after a person's "from", and that their countries are
// not read as towns.
func TestMoreCountriesTowns(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Call 2 - Mr. Omar Said from Zarqa, arriving 3 April.", []string{"Zarqa"}},
		{"Aziz Karimov from Samarkand joins us next week.", []string{"Samarkand"}},
		{"Aziz Karimov from Kazakhstan joins us next week.", nil},
		{"| Ana Lee | ana@example.com | Shiraz | won the raffle |", nil},
	} {
		got := findType(e, tc.text, "LOCATION")
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: LOCATION %q, want %q", tc.text, got, tc.want)
		}
	}
}
