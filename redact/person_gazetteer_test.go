package redact

import "testing"

// TestPersonWiderGazetteer checks names of the cultures the larger given
// and family lists cover, alone or in pairs, and the words kept out of
// them or made stop words so that they do not become names.
func TestPersonWiderGazetteer(t *testing.T) {
	checkFindCases(t, []findCase{
		{"punjabi given alone", "Please ring Gurpreet about the refund.", []string{"PERSON:Gurpreet"}},
		{"zulu given and family", "Thandeka Mkhize booked the spa day.", []string{"PERSON:Thandeka Mkhize"}},
		{"yoruba pair", "Loyalty tier raised for Temitope Adeniyi.", []string{"PERSON:Temitope Adeniyi"}},
		{"irish given in a signature", "See you Friday.\nThanks,\nCaoimhe", []string{"PERSON:Caoimhe"}},
		{"irish pair", "Tadhg Moynihan asked about gift cards.", []string{"PERSON:Tadhg Moynihan"}},
		{"bengali pair", "Invoice for Subhajit Bhattacharya attached", []string{"PERSON:Subhajit Bhattacharya"}},
		{"polish pair", "Zamówienie: Wiesława Grabowska", []string{"PERSON:Wiesława Grabowska"}},
		{"ambiguous given with family", "- Ros Keating, Galway", []string{"PERSON:Ros Keating", "LOCATION:Galway"}},
		{"ambiguous given alone", "Ros is lovely in spring.", nil},
		{"indian honorific", "Shri Omkar Deshmukh, 68, called today", []string{"PERSON:Shri Omkar Deshmukh", "AGE:68"}},
		{"chat interjection", "Sorry Tendai! The parcel left today.", []string{"PERSON:Tendai"}},
		{"chat speaker role", "[09:14] Agent Nokuthula: how can I help?", []string{"PERSON:Nokuthula"}},
		{"role before a word", "Ask Agent Orange about it", nil},
		{"interjection before a word", "Read the Morning Star today.", nil},
		{"indian locality", "Flat 3, 22 Kamala Nagar, Pune", nil},
		{"english given alone", "Callie loved the new scent.", []string{"PERSON:Callie"}},
		{"word-like given with family", "Hunter Mbatha renewed the plan.", []string{"PERSON:Hunter Mbatha"}},
		{"word-like given alone", "Hunter boots are back in stock.", nil},
		{"word-like given after a weak word", "Sign up for Parker Plus today.", nil},
		{"malay particle", "Welcome Nurul Aina binti Rahman to the club.", []string{"PERSON:Nurul Aina binti Rahman"}},
		{"given names in a list", "Cards for our regulars: Bongani, Mei Ling Chan and Jarkko Virtanen.",
			[]string{"PERSON:Bongani", "PERSON:Mei Ling Chan", "PERSON:Jarkko Virtanen"}},
		{"family, given after a label", "Name: Mkhize, Thandeka", []string{"PERSON:Mkhize, Thandeka"}},
		{"dutch capital particle after a title", "Beste mevrouw Van der Sluis, dank u wel.", []string{"PERSON:mevrouw Van der Sluis"}},
		{"dutch capital particle after a label", "Klant: De Groot", []string{"PERSON:De Groot"}},
		{"capital particle in a place", "Topic: De Beers diamonds", nil},
		{"sinhala pair", "Reply to Sandun Wijesinghe about the warranty.", []string{"PERSON:Sandun Wijesinghe"}},
		{"goan family name", "Call Anil Mascarenhas about the cake.", []string{"PERSON:Anil Mascarenhas"}},
		{"german only is no name", "Nur heute: 20 % Rabatt.", nil},
		{"spanish month is no name", "Julio trae ofertas de verano.", nil},
	})
}
