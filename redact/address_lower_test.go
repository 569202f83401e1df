package redact

import "testing"

// TestLowerCaseAustralianState holds Australian towns, states and
// postcodes written in a chat's lower case, and look-alikes.
func TestLowerCaseAustralianState(t *testing.T) {
	checkFindCases(t, []findCase{
		{"qld", "can u send it, she lives in gympie qld 4570 thx",
			[]string{"LOCATION:gympie qld", "ZIP_CODE:4570"}},
		{"two-word town", "she's moved, now at mount gravatt qld 4122 i think",
			[]string{"LOCATION:mount gravatt qld", "ZIP_CODE:4122"}},
		{"vic", "living in bendigo vic 3550 since may", []string{"LOCATION:bendigo vic", "ZIP_CODE:3550"}},
		// Look-alikes: no town before the state; a number out of the state's range.
		{"no town", "we sold more in nsw 2021 too", nil},
		{"out of range", "lives in gympie qld 2019 was great", nil},
	})
}

// TestTownVouchedByRegion holds unknown towns after a person and "from"
// that a state or province after them makes a town, and look-alikes.
func TestTownVouchedByRegion(t *testing.T) {
	checkFindCases(t, []findCase{
		{"province", "Attendees:\nJo Reyes from Millbrook, ON, potter",
			[]string{"PERSON:Jo Reyes", "LOCATION:Millbrook", "LOCATION:ON"}},
		{"state name", "Attendees:\nAna Cruz from Alton, Texas, weaver",
			[]string{"PERSON:Ana Cruz", "LOCATION:Alton", "LOCATION:Texas"}},
		// Look-alikes: a country, a company suffix, a code that is a word.
		{"country", "Ana Cruz from Brightwater Labs, USA wrote in.", []string{"PERSON:Ana Cruz"}},
		{"ok", "Ana Cruz from Sales, OK? Thanks", []string{"PERSON:Ana Cruz"}},
		{"sales pop-up", "Ana Cruz from Alton, TX just bought a mattress", []string{"PERSON:Ana Cruz"}},
	})
}

// TestLowerCaseResidenceTowns holds known towns in lower case after a
// residence phrase in a casual text that starts in lower case, and
// look-alikes.
func TestLowerCaseResidenceTowns(t *testing.T) {
	checkFindCases(t, []findCase{
		{"english", "hey pls draft a txt to nina, she is 44, lives in bendigo and wants the blue mug",
			[]string{"AGE:44", "LOCATION:bendigo"}},
		{"french", "peux-tu écrire un petit mot pour camille, elle a 35 ans et habite à bordeaux depuis mai",
			[]string{"PERSON:camille", "AGE:35 ans", "LOCATION:bordeaux"}},
		{"person noun", "pls thank the kind gentleman from esbjerg, he is 80 today",
			[]string{"LOCATION:esbjerg", "AGE:80"}},
		{"name and from", "pls write to mrs. helen walsh from annecy, she is 70",
			[]string{"PERSON:mrs. helen walsh", "LOCATION:annecy", "AGE:70"}},
		// Look-alikes: an unknown word in lower case; a text that starts
		// with a capital, where lower case means a common word.
		{"unknown word", "hey pls draft a txt to nina, she is 44, lives in hope and wants the blue mug",
			[]string{"AGE:44"}},
		{"name and from, unknown word", "pls write to mrs. helen walsh from accounts, she is 70",
			[]string{"PERSON:mrs. helen walsh", "AGE:70"}},
	})
}

// TestTradeFromTown holds an unknown town after a person's trade and
// "from" that a province vouches for.
func TestTradeFromTown(t *testing.T) {
	checkFindCases(t, []findCase{
		{"artist", "Speakers:\nJo Reyes, a ceramic artist from Millbrook, ON, joins us",
			[]string{"PERSON:Jo Reyes", "LOCATION:Millbrook", "LOCATION:ON"}},
		{"no region", "Speakers:\nJo Reyes, a ceramic artist from Millbrook, joins us",
			[]string{"PERSON:Jo Reyes"}},
		{"persona", "Persona for the brief, fictional: Jo, a nurse from Bristol who loves hiking", nil},
	})
}

// TestLowerNumberFirstStreet holds a French street in lower case with the
// number first before its postcode and town, and a look-alike.
func TestLowerNumberFirstStreet(t *testing.T) {
	checkFindCases(t, []findCase{
		{"number first", "elle veut la livraison au 12 rue marceau, 20000 ajaccio",
			[]string{"STREET_ADDRESS:12 rue marceau", "ZIP_CODE:20000", "LOCATION:ajaccio"}},
		{"lead without a name", "on a vu 12 rue, 20000 visites", nil},
		// (the stair joins the street since loc13_tail.go: a home's flat parts are its address)
		{"italian in via", "Abita in via dei Gelsi 21, scala B, a Caserta.", []string{"STREET_ADDRESS:via dei Gelsi 21, scala B"}},
		{"english in via", "She logged in via Google 2 times last week.", nil},
	})
}
