package redact

import (
	"slices"
	"testing"
)

// TestSignoffUnknownTowns checks the towns no gazetteer knows in a
// review's sign-off: alone on the line, or before an Irish county, and
// not a role, a company or a second name.
func TestSignoffUnknownTowns(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"unknown town alone", "\"Lovely fit.\" — Aoife Byrne, Kilcoole\n\"Next\"", []string{"Kilcoole"}},
		{"two-word town", "\"Fast!\" — Priya Nair, Kilbrack Bridge\nok", []string{"Kilbrack Bridge"}},
		{"before a county", "\"Lovely!\" — Aoife Byrne, Kilcoole, Co. Wicklow\n", []string{"Kilcoole", "Co. Wicklow"}},
		{"role", "\"Great\" — Aoife Byrne, Verified Buyer\nok", nil},
		{"company", "\"Great\" — John Smith, Brightside Marketing\nok", nil},
		{"job title", "\"Great\" — John Smith, Head Baker\nok", nil},
		{"acronym", "\"Great\" — John Smith, CEO\nok", nil},
		{"two parts, no county", "\"Great\" — John Smith, Brightfield, Owner\nok", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := findType(e, tc.text, "LOCATION")
			if !slices.Equal(got, tc.want) {
				t.Errorf("LOCATION = %q, want %q", got, tc.want)
			}
		})
	}
}
