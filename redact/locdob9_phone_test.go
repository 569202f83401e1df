package redact

import (
	"slices"
	"testing"
)

// TestPhonesLocdob9 holds the Mexican numbers with a two-digit area code
// and the "cel" and "HP" labels (values made up for the test).
func TestPhonesLocdob9(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"[19:05] don beto: mi cel es 33 2961 0475 por si algo", []string{"33 2961 0475"}},
		{"Tel. 55 1234 5678 (oficina)", []string{"55 1234 5678"}},
		{"cel: 81 2233 4455", []string{"81 2233 4455"}},
		{"Siew Lan (HP: 9120 3344) joins on Monday", []string{"9120 3344"}},
		{"we celebrate 33 2961 0475 times a year", nil},
		{"HP laptop 1234 5678 in stock", nil},
		{"Order 55 1234 5678 shipped", nil},
		{"mi cel es 44 1234 5678", nil}, // no two-digit area code of Mexico
	}
	e := newTestEngine(t)
	for _, c := range cases {
		got := findType(e, c.text, "PHONE_NUMBER")
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: PHONE_NUMBER %q, want %q", c.text, got, c.want)
		}
	}
}
