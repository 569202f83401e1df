package redact

import "testing"

// TestPersonNamesakes checks things named after people (a day, a prize,
// a school, a shop opening with a trade word), well-known names in the
// genitive or after an honorific, the larger notable lists
// (data/notable_world.txt, data/notable_more.txt), and that a customer
// label or a greeting still makes such a name a person.
func TestPersonNamesakes(t *testing.T) {
	tests := []findCase{
		{"day", "Our cafe closes early for Louisa Brandt Day on Friday.", nil},
		{"day then a number", "Roster: Anna Weber Day 2 shift", []string{"PERSON:Anna Weber Day"}},
		{"prize", "We sponsor the Miriam Holt Prize for young bakers.", nil},
		{"memorial", "Race starts at the Oskar Lind Memorial fountain.", nil},
		{"school", "A bake sale for the Harold Finch School choir.", nil},
		{"temple", "Fresh prasad from the Ravi Menon Temple kitchen.", nil},
		{"german foundation", "Spenden gehen an die Greta Vogel Stiftung.", nil},
		{"shop word opens the run", "Rewrite the bio of Trattoria Lucia Ferri in Milan.", nil},
		{"shop word before", "Write a post for Chez Amélie Roux, our bakery.", nil},
		{"people", "Welcome our Torres Strait Islander creators.", nil},
		{"genitive", "Vi firar Selma Lagerlöfs födelsedag med rea.", nil},
		{"honorific", "A quote from Dame Judi Dench for the poster.", nil},
		{"world list", "Our ambassadors are inspired by Jean Sibelius and Mo Farah.", nil},
		{"wordnet list", "A café tour inspired by the architect Adolf Loos and his interiors.", nil},
		{"three words then a family name", "Martin Luther King Jr spoke here.", nil},
		{"customer sharing the first two words", "Ship the order to Rubén Darío Castellanos today.", []string{"PERSON:Rubén Darío Castellanos"}},
		{"label before a namesake", "Name: Louisa Brandt Day", []string{"PERSON:Louisa Brandt Day"}},
		{"greeting before a notable", "Dear Mo Farah, your order has shipped.", []string{"PERSON:Mo Farah"}},
		{"customer with a genitive-like name", "Please call Jonas Petters tomorrow.", []string{"PERSON:Jonas Petters"}},
		{"devotional title and temple", "Aarti times at the Shree Kalika Temple change on Monday.", nil},
		{"devotional title before a customer", "Please confirm the booking for Shri Anil Mehta.", []string{"PERSON:Shri Anil Mehta"}},
		{"pet named", "Vi har en katt som heter Mira och ett piano.", nil},
		{"pet called", "Boarding for a cat called Mira, two nights.", nil},
		{"person called", "Boarding for a girl called Annika, two nights.", []string{"PERSON:Annika"}},
		{"quoted sweets", "Promote our pralines \"Lotte\" this week.", nil},
		{"dutch emperor", "Een knipoog naar Keizer Karel in de etalage.", nil},
		{"ambassador label", "Ambassador: Sofia Andersson (two posts, one video).", nil},
		{"our ambassador", "Jonas Ekdahl is our ambassador this season.", nil},
		{"ambassadors may be customers", "Invite them as brand ambassadors: Sofia Andersson and Jonas Ekdahl.", []string{"PERSON:Sofia Andersson", "PERSON:Jonas Ekdahl"}},
		{"ambassador in another sentence", "She wants to be an ambassador. Call Sofia Andersson today.", []string{"PERSON:Sofia Andersson"}},
		{"family firm", "Order the cake from Walter Brandt & Sons this week.", nil},
		{"couple with an ampersand", "Anna Berg & Tom Wilde are coming.", []string{"PERSON:Anna Berg", "PERSON:Tom Wilde"}},
		{"founder's shop", "Post about Lucia Ferri's Bakery reopening.", nil},
		{"possessive, no shop", "Anna Berg's birthday is on Friday.", []string{"PERSON:Anna Berg"}},
		{"studio opens the run", "Book a session at Studio Anna Berg in June.", nil},
		{"genitive before a title", "Selma Lagerlöfs Nils Holgersson som tema.", nil},
		{"a WordNet name alone is a value", "Adolf Loos", []string{"PERSON:Adolf Loos"}},
		{"a hand-list name alone stays notable", "Jean Sibelius", nil},
	}
	checkDetectCases(t, personDetector{}, tests)
}
