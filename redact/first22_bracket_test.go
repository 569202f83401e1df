package redact

import "testing"

// TestBracketNames checks bracketNames on the engine: three capitalised
// words, the middle one in brackets, are a person's names; a ticker, a
// town in brackets and a church's longer name are not. Own values.
func TestBracketNames(t *testing.T) {
	checkFindCases(t, []findCase{
		{"mid-sentence, no word known", "Thanks to young Gurleen (Gogi) Dhillon, 15, who ran the stall.\nMore soon.",
			[]string{"PERSON:Gurleen", "PERSON:Gogi", "PERSON:Dhillon", "AGE:15"}},
		{"Greek script", "Πελάτες:\nΣταμάτης (Μάκης) Λαμπράκης, Οδός 12",
			[]string{"PERSON:Σταμάτης", "PERSON:Μάκης", "PERSON:Λαμπράκης"}},
		{"words, a ticker, a town", "Notes:\nApple (AAPL) Stock rose. Paris (Texas) Trip is booked. Monday (Today) Update.", nil},
		{"a longer name before the bracket", "Bulletin:\nÉglise Évangélique Horeb (Canarsie) English/Kreyòl", nil},
	})
}
