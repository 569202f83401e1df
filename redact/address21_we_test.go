package redact

import "testing"

// TestPrivateWe checks that a household's "we're at" and "we moved to"
// keep their address (address21_we.go), and that a business's stay
// demoted.
func TestPrivateWe(t *testing.T) {
	checkTypeCases(t, "STREET_ADDRESS", []typeCase{
		{"Sorry, wrong number. We're at 9 Kowhai Road, Otara now. Oh, and my niece is coming too.", []string{"9 Kowhai Road"}},
		{"Hi, can I move my booking? Also my husband's check-up. We moved to 2240 W Elm St, Unit 4, Merced, CA 95340.", []string{"2240 W Elm St, Unit 4"}},
		{"CALLER: No, we moved to 31 Totara Drive, Whanganui 4500 in May.", []string{"31 Totara Drive"}},
		{"Got your letter at the old house. We're at 14 Bóthar an Chnoic, Knocknacarra now. My eldest needs a check-up.", []string{"14 Bóthar an Chnoic"}},
		// a business's premises, with or without a household word
		{"We're at 9 Kowhai Road now, my husband and I run the café there.", nil},
		{"We've moved to 12 Mill Lane, Leeds! Come and see us.", nil},
		{"We're at 40 Market Street every Saturday, our kids love the market.", nil},
		// the address's own words, and a business in another paragraph
		{"We're at 12 Farm Road now. Our kids love the new house.\n\nVisit the shop!", []string{"12 Farm Road"}},
		{"AGENT: Our new studio? We moved to 5 Quay Street, Whitby.", nil},
	})
}
