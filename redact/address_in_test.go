package redact

import "testing"

// TestIndianAddresses holds flat, building and ordinal street lines with
// the locality, city and PIN after them, and look-alikes.
func TestIndianAddresses(t *testing.T) {
	checkFindCases(t, []findCase{
		{"flat building ordinal street", "Flat 12, Lake View Residency, 4th Main Road, Jayanagar, Bengaluru 560011",
			[]string{"STREET_ADDRESS:Flat 12, Lake View Residency, 4th Main Road", "LOCATION:Bengaluru", "ZIP_CODE:560011"}},
		{"house no and marg", "H.No. 7, Shanti Kunj, Ring Marg, Lucknow 226001",
			[]string{"STREET_ADDRESS:H.No. 7, Shanti Kunj, Ring Marg", "LOCATION:Lucknow", "ZIP_CODE:226001"}},
		{"hash unit", "#27, 100 Feet Road, Koramangala, Bengaluru 560034",
			[]string{"STREET_ADDRESS:100 Feet Road", "LOCATION:Bengaluru", "ZIP_CODE:560034"}},
		{"uk flat stays", "Flat 3, 27 Station Road, Leeds", []string{"STREET_ADDRESS:Flat 3, 27 Station Road", "LOCATION:Leeds"}},
		// Look-alikes: no unit word, or no street type.
		{"year then name", "In 2020, Sarah Jones opened a shop.", []string{"PERSON:Sarah Jones"}},
		{"flat without street", "Flat 5, Green Tower, Block C", nil},
	})
}
