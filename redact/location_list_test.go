package redact

import (
	"slices"
	"testing"
)

// TestTownsAfterNames checks known towns set off by dashes, bars or tabs
// after a person's name in a list, and that a comma, an unknown word or a
// town that goes on into a sentence is not taken.
func TestTownsAfterNames(t *testing.T) {
	checkFindCases(t, []findCase{
		{"en dash list", "Customers:\n1. Mrs. Kavita Iyer – Madurai – ₹12,000", []string{"PERSON:Mrs. Kavita Iyer", "LOCATION:Madurai"}},
		{"bar list", "Mrs. Rhian Hughes | Swansea | Gold\n", []string{"PERSON:Mrs. Rhian Hughes", "LOCATION:Swansea"}},
		{"a comma is not enough", "Dear Mrs. Kavita Iyer, Madurai awaits you", []string{"PERSON:Mrs. Kavita Iyer"}},
		{"unknown word", "Mrs. Rhian Hughes – Gold – 2024", []string{"PERSON:Mrs. Rhian Hughes"}},
	})
}

func TestTownFieldPastOtherFields(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"phone between", "list:\n1. Anjali Menon - +91 94470 23816 - Kozhikode\n2. Rahul Nair - 9846112750 - Kochi", []string{"Kozhikode", "Kochi"}},
		{"email between", "Guests:\nAna Ruiz | ana.ruiz@example.es | Valencia\nLuis Gomez | luis@example.es | Gold", []string{"Valencia"}},
		{"town not alone in its field", "Team:\n- Sara Lind - sara@example.se - Malmö office opening", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := findType(e, tc.text, "LOCATION")
			if !slices.Equal(got, tc.want) {
				t.Errorf("LOCATION = %q, want %q", got, tc.want)
			}
		})
	}
}
