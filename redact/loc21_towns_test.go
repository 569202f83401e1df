package redact

import "testing"

// TestMoreCountriesTowns checks towns of the countries session 21 added to
// towns_more.txt after a person's "from", and that their countries are
// not read as towns.
func TestMoreCountriesTowns(t *testing.T) {
	checkTypeCases(t, "LOCATION", []typeCase{
		{"Call 2 - Mr. Omar Said from Zarqa, arriving 3 April.", []string{"Zarqa"}},
		{"Aziz Karimov from Samarkand joins us next week.", []string{"Samarkand"}},
		{"Aziz Karimov from Kazakhstan joins us next week.", nil},
		{"| Ana Lee | ana@example.com | Shiraz | won the raffle |", nil},
	})
}

// TestWhereaboutsTowns checks the known town after a person's whereabouts
// ("she's in", "her place in", "ride from"; location_residence.go), and
// the words left alone.
func TestWhereaboutsTowns(t *testing.T) {
	checkTypeCases(t, "LOCATION", []typeCase{
		{"Ana Reyes said she can't come, she's in Tulsa till Friday.", []string{"Tulsa"}},
		{"Ana Reyes: sorry, I’m in Wolverhampton this week.", []string{"Wolverhampton"}},
		{"Tell Tom Berg to bring the mower to their place in Polokwane.", []string{"Polokwane"}},
		{"ok Ana Reyes here, i need a ride from tulsa tomorrow", []string{"tulsa"}},
		{"summarise\n[10:01] Tom Berg: im in wolverhampton now", []string{"wolverhampton"}},
		{"Ma'am Rosa Bautista is arriving from Davao with her husband.", []string{"Davao"}},
		{"Ana Lim can't make it, she's at her mum's place in Ipoh this week.", []string{"Ipoh"}},
		// no known town, and no person
		{"Ana Reyes is in charge; she's in Year 9.", nil},
		{"She's in Tulsa till Friday.", nil},
	})
}
