package redact

import "testing"

// TestRelationWords22 checks the kin words of first22_kin.go on the
// engine: a given name after one is a person; the words left out stay
// out. Own values.
func TestRelationWords22(t *testing.T) {
	checkFindCases(t, []findCase{
		{"twin", "Please shout out my twin Kwesiba, it's our birthday on Friday!", []string{"PERSON:Kwesiba"}},
		{"gf", "ok sorry. my gf Nok also want to apply", []string{"PERSON:Nok"}},
		{"lola", "sorry maam, my lola Remedita passed away last week", []string{"PERSON:Remedita"}},
		{"stepdad", "Our stepdad Cormac is picking up the order.", []string{"PERSON:Cormac"}},
		{"possessive before auntie", "He stayed for the week with Malia's auntie on Apex Road.", []string{"PERSON:Malia"}},
		{"a shop's number stays out", "Tesco's number is on the receipt.", nil},
		{"a pet after boy", "Good boy Rex fetched the ball again.", nil},
		{"Haitian nan", "Mwen vle voye kòb bay manman m nan Gonaïves.", nil},
		{"Spanish gran", "Nos vemos en el gran Teatro a las ocho.", nil},
	})
}
