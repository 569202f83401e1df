package redact

import "testing"

// TestLowerCaseAustralianState holds Australian towns, states and
// postcodes written in a chat's lower case, and look-alikes.
func TestLowerCaseAustralianState(t *testing.T) {
	checkFindCases(t, []findCase{
		{"qld", "can u send it, she lives in toowoomba qld 4350 thx",
			[]string{"LOCATION:toowoomba qld", "ZIP_CODE:4350"}},
		{"two-word town", "she's moved, now at mount gravatt qld 4122 i think",
			[]string{"LOCATION:mount gravatt qld", "ZIP_CODE:4122"}},
		{"vic", "living in ballarat vic 3350 since may", []string{"LOCATION:ballarat vic", "ZIP_CODE:3350"}},
		// Look-alikes: no town before the state; a number out of the state's range.
		{"no town", "we sold more in nsw 2021 too", nil},
		{"out of range", "lives in toowoomba qld 2019 was great", nil},
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
		{"english", "can u write a quick sms for tess, she's 31 and lives in ballarat, she left a cart",
			[]string{"PERSON:tess", "AGE:31", "LOCATION:ballarat"}},
		{"french", "fais-moi un sms pour julien, 27 ans, il habite à bordeaux, il a laissé un panier",
			[]string{"PERSON:julien", "AGE:27", "LOCATION:bordeaux"}},
		// Look-alikes: an unknown word in lower case; a text that starts
		// with a capital, where lower case means a common word.
		{"unknown word", "can u write a quick sms for tess, she's 31 and lives in hope, she left a cart",
			[]string{"PERSON:tess", "AGE:31"}},
	})
}

// TestTradeFromTown holds an unknown town after a person's trade and
// "from" that a province vouches for.
func TestTradeFromTown(t *testing.T) {
	checkFindCases(t, []findCase{
		{"artist", "Attendees:\nJo Reyes, Cree artist from Millbrook, ON, 12 years in business",
			[]string{"PERSON:Jo Reyes", "LOCATION:Millbrook", "LOCATION:ON"}},
		{"no region", "Attendees:\nJo Reyes, Cree artist from Millbrook, 12 years in business",
			[]string{"PERSON:Jo Reyes"}},
		{"persona", "Persona (made up, fictional): 'Jo, 41, nurse from Bristol, loves hiking'", nil},
	})
}
