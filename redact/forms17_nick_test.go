package redact

import "testing"

// TestForms17QuotedNick covers a nickname in quotes between a given and
// a family name that no gazetteer knows together, and product names of
// the same shape.
func TestForms17QuotedNick(t *testing.T) {
	checkTypeCases(t, "PERSON", []typeCase{
		{"Thanks to all the helpers. Chinonso \"Ify\" Obiora will run the raffle, Ify is great.",
			[]string{"Chinonso \"Ify\" Obiora", "Ify"}},
		{"The tea stall is staffed by Sister Rosalind \"Roz\" Abernethy on Sunday.",
			[]string{"Sister Rosalind \"Roz\" Abernethy"}},
		{"Brother Orville \"Bigfoot\" Weatherby is on the sound desk.",
			[]string{"Brother Orville \"Bigfoot\" Weatherby"}},
		{"Wiebke „Wibbi“ Harmsen kommt um 10.", []string{"Wiebke „Wibbi“ Harmsen"}},
		{"Buy the Mechanical 'Performance' Boost kit now.", nil},
		{"Order the Deluxe \"Gold\" Package for $99.", nil},
	})
}
