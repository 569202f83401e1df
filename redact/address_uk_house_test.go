package redact

import "testing"

// TestUKHouseNameLines holds British lines with a house name and a street
// without a number before the town and postcode, and look-alikes.
func TestUKHouseNameLines(t *testing.T) {
	checkFindCases(t, []findCase{
		{"house name street town", "Address: Rose Cottage, Mill Lane, Bampton OX18 2HE",
			[]string{"STREET_ADDRESS:Rose Cottage, Mill Lane", "ZIP_CODE:OX18 2HE"}},
		{"house name street village county", "Address: The Old Rectory, Church Lane, Great Massingham, Norfolk NR21 0AB",
			[]string{"STREET_ADDRESS:The Old Rectory, Church Lane", "ZIP_CODE:NR21 0AB"}},
		// Look-alikes: a town alone before the postcode, no street type.
		{"town alone", "Bampton OX18 2HE", []string{"ZIP_CODE:OX18 2HE"}},
		{"no street type", "Address: Rose Cottage, Bampton OX18 2HE", []string{"ZIP_CODE:OX18 2HE"}},
	})
}
