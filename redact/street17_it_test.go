package redact

import "testing"

// TestStreet17ItalianDaVia holds an Italian street after "da via" with
// its town after "a", and look-alikes: English "via" before a brand, and
// "da" ending a word.
func TestStreet17ItalianDaVia(t *testing.T) {
	checkFindCases(t, []findCase{
		{"da via and town", "la famiglia arriva da via Garibaldi 21 a Sacile, e poi",
			[]string{"STREET_ADDRESS:via Garibaldi 21", "LOCATION:Sacile"}},
		{"pay via", "pay via PayPal 3 times", nil},
		{"data via", "data via Google 2 a Mario", []string{"PERSON:Mario"}},
	})
}
