package redact

import "testing"

// TestPublic15Lists checks names in a list whose lead-in says it is of
// public figures (public15_list.go), and that a private list, a customer
// label and contact data after a name still keep the names.
func TestPublic15Lists(t *testing.T) {
	tests := []findCase{
		{"inline shortlist with a bracket", "Shortlist (only for context, public profiles): Clara Hoffmann, Jonas Becker (Jojo), Marta Silva.", nil},
		{"bullets under an influencer lead-in", "Influencer shortlist for the spring drop:\n- Clara Hoffmann (@clarah) - skincare\n- Jonas Becker, running\n", nil},
		{"numbered items", "Talent shortlist for the autumn shoot:\n1. Hugo Laurent\n2) Clara Hoffmann\n", nil},
		{"numbered winners", "Raffle winners:\n1. Hugo Laurent\n2. Clara Hoffmann\n",
			[]string{"PERSON:Hugo Laurent", "PERSON:Clara Hoffmann"}},
		{"german compound lead-in", "Influencer-Auswahl:\nClara Hoffmann\nJonas Becker\n", nil},
		{"french lead-in", "Liste d'influenceurs : Hugo Laurent, Clara Hoffmann", nil},
		{"spanish creators", "Creadores posibles: Lucas Pereira, Sofia Rossi", nil},
		{"ambassadors may be customers", "Embajadores de la marca: Lucas Pereira, Sofia Rossi",
			[]string{"PERSON:Lucas Pereira", "PERSON:Sofia Rossi"}},
		{"italian shortlist", "Shortlist ambasciatori: Sofia Rossi, Lucas Pereira", nil},
		{"inspiration", "Inspiration: Clara Hoffmann, Jonas Becker.", nil},
		{"winners are private", "Winners:\n- Clara Hoffmann\n- Jonas Becker\n",
			[]string{"PERSON:Clara Hoffmann", "PERSON:Jonas Becker"}},
		{"guest list is private", "Guest list: Clara Hoffmann, Jonas Becker",
			[]string{"PERSON:Clara Hoffmann", "PERSON:Jonas Becker"}},
		{"winners of an influencer giveaway", "Influencer giveaway winners: Clara Hoffmann, Jonas Becker",
			[]string{"PERSON:Clara Hoffmann", "PERSON:Jonas Becker"}},
		{"candidate shortlist", "Shortlist of candidates for the barista role: Clara Hoffmann, Jonas Becker",
			[]string{"PERSON:Clara Hoffmann", "PERSON:Jonas Becker"}},
		{"speakers may be private", "Speakers: Clara Hoffmann, Jonas Becker",
			[]string{"PERSON:Clara Hoffmann", "PERSON:Jonas Becker"}},
		{"a blank line ends the list", "Influencer shortlist:\n- Hugo Laurent\n\nClara Hoffmann asked for a refund.",
			[]string{"PERSON:Clara Hoffmann"}},
		{"a new lead-in ends the list", "Influencer shortlist:\n- Hugo Laurent\nCustomers to thank:\n- Clara Hoffmann\n",
			[]string{"PERSON:Clara Hoffmann"}},
		{"an e-mail after the name keeps it", "Influencer shortlist:\n- Clara Hoffmann, clara.hoffmann@example.com\n- Hugo Laurent (@hugol)\n",
			[]string{"PERSON:Clara Hoffmann"}},
		{"a sentence between", "Inspiration: beaches. Thanks to Clara Hoffmann, Jonas Becker for the photos.",
			[]string{"PERSON:Clara Hoffmann", "PERSON:Jonas Becker"}},
		{"a sentence's end is no bullet", "Influencer shortlist: see below. Clara Hoffmann will call.",
			[]string{"PERSON:Clara Hoffmann"}},
		{"bullet dots", "Creators we like:\n• Hugo Laurent\n• Clara Hoffmann\n", nil},
		{"a time is no lead-in", "Call at 9:30, Clara Hoffmann", []string{"PERSON:Clara Hoffmann"}},
	}
	checkDetectCases(t, personDetector{}, tests)
}
