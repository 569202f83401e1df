package redact

import "testing"

// TestStreet17GreekGenitiveStreets holds Greek streets of one genitive
// word, a house number and the town, after "από", a comma and a label,
// and look-alikes: a genitive after an article, a month's genitive.
func TestStreet17GreekGenitiveStreets(t *testing.T) {
	checkFindCases(t, []findCase{
		{"after apo", "παραλαβή από Ευριπίδου 12, Πειραιάς", []string{"STREET_ADDRESS:Ευριπίδου 12", "LOCATION:Πειραιάς"}},
		{"after a comma", "Κα Ελπίδα Ρήγα, Ακαδημίας 5, Πάτρα", []string{"PERSON:Κα Ελπίδα Ρήγα", "STREET_ADDRESS:Ακαδημίας 5", "LOCATION:Πάτρα"}},
		{"after a label", "Διεύθυνση: Αιόλου 9, Ναύπλιο", []string{"STREET_ADDRESS:Αιόλου 9"}},
		// Look-alikes.
		{"genitive after an article", "Η συνάντηση της Ομάδας 3, Πάτρα", nil},
		{"month", "γεννήθηκε στις Μαΐου 15, Πάτρα", nil},
	})
}
