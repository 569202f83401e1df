package redact

import "testing"

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
