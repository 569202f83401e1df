package redact

import (
	"slices"
	"testing"
)

// TestTownsAfterStreets checks the town after a street address and a
// preposition, known or not, and none after a business's address.
func TestTownsAfterStreets(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"English in", "Anna Berg lives at 14 Oak Street in Brookvale, and loves it.", []string{"Brookvale"}},
		{"German in", "Herr Jonas Weber wohnt Hauptstraße 12 in Kleinkleckersdorf.", []string{"Kleinkleckersdorf"}},
		{"Polish w", "Mieszkanie przy ul. Lipowej 8/12 w Sopocie jest nowe.", []string{"Sopocie"}},
		{"month is no town", "Anna Berg moved to 14 Oak Street in March.", nil},
		{"a shop's address", "Visit our shop at 14 Oak Street in Brookvale.", nil},
		{"two shops", "nos deux boutiques (12 rue Voltaire à Nantes et 3 place Gambetta à Angers)", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := findType(e, tc.text, "LOCATION")
			if !slices.Equal(got, tc.want) {
				t.Errorf("LOCATION = %q, want %q", got, tc.want)
			}
		})
	}
}
