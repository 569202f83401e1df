package redact

import "testing"

// TestStreet17UKHouseNameInClause holds British house names in running
// text before their street and a UK postcode, a street named after a
// building that is no business's premises, and look-alikes: a
// capitalised run with no house word, and a church named before its
// street.
func TestStreet17UKHouseNameInClause(t *testing.T) {
	checkFindCases(t, []findCase{
		{"house name after a clause", "post them to my mum's, which is The Old Barn, Church Lane, Great Hockham, Thetford IP24 1NX, as I'm never in.",
			[]string{"STREET_ADDRESS:The Old Barn, Church Lane", "ZIP_CODE:IP24 1NX"}},
		{"house name after a preposition", "she's moving from Ivy Cottage, Mill Road, Thetford IP24 1NX next week",
			[]string{"STREET_ADDRESS:Ivy Cottage, Mill Road", "ZIP_CODE:IP24 1NX"}},
		{"street named after a building", "Address: 4 Station Road, Thetford IP24 1NX",
			[]string{"STREET_ADDRESS:4 Station Road", "LOCATION:Thetford", "ZIP_CODE:IP24 1NX"}},
		// Look-alike: a venue's name, no house word at its end (a
		// business's premises).
		{"venue before the street", "we met at Great Hall Events, Mill Road, Thetford IP24 1NX", nil},
	})
	if houseNameInClause("at Nowhere, Mill Lane", 12) != -1 {
		t.Error("houseNameInClause read a name with no house word")
	}
}
