package redact

import "testing"

// TestIndianAddresses holds flat, building and ordinal street lines with
// the locality, city and PIN after them, and look-alikes.
func TestIndianAddresses(t *testing.T) {
	checkFindCases(t, []findCase{
		{"flat building ordinal street", "Flat 12, Lake View Residency, 4th Main Road, Jayanagar, Bengaluru 560011",
			[]string{"STREET_ADDRESS:Flat 12, Lake View Residency, 4th Main Road", "LOCATION:Jayanagar", "LOCATION:Bengaluru", "ZIP_CODE:560011"}},
		{"house no and marg", "H.No. 7, Shanti Kunj, Ring Marg, Lucknow 226001",
			[]string{"STREET_ADDRESS:H.No. 7, Shanti Kunj, Ring Marg", "LOCATION:Lucknow", "ZIP_CODE:226001"}},
		{"hash unit", "#27, 100 Feet Road, Koramangala, Bengaluru 560034",
			[]string{"STREET_ADDRESS:100 Feet Road", "LOCATION:Koramangala", "LOCATION:Bengaluru", "ZIP_CODE:560034"}},
		{"uk flat stays", "Flat 3, 27 Station Road, Leeds", []string{"STREET_ADDRESS:Flat 3, 27 Station Road", "LOCATION:Leeds"}},
		{"pin after city", "Anil Rao, 98450 12345, Koramangala, Bengaluru 560034",
			[]string{"PERSON:Anil Rao", "PHONE_NUMBER:98450 12345", "LOCATION:Bengaluru", "ZIP_CODE:560034"}},
		{"pin two-word city", "at home, 14 Vasant Vihar, New Delhi - 110057",
			[]string{"LOCATION:New Delhi", "ZIP_CODE:110057"}},
		{"pin label after comma", "Ship to 4 Park Lane, PIN code 400050",
			[]string{"STREET_ADDRESS:4 Park Lane", "ZIP_CODE:400050"}},
		// Look-alikes: no unit word, or no street type; a card PIN, an order number.
		{"card pin", "Enter PIN 123456 within 2 minutes", nil},
		{"pin field", "PIN: 482913 expires in 5 minutes", nil},
		{"order number", "order 560041 shipped in 2 days", nil},
		{"year then name", "In 2020, Sarah Jones opened a shop.", []string{"PERSON:Sarah Jones"}},
		{"flat without street", "Flat 5, Green Tower, Block C", nil},
	})
}
