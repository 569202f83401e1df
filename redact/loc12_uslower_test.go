package redact

import "testing"

// TestUSLowerAddresses12 checks the lower-case US address chains of
// loc12_uslower.go and their look-alikes.
func TestUSLowerAddresses12(t *testing.T) {
	checkFindCases(t, []findCase{
		{"comma", "new address is 14 willow ln, macon ga 31201, the old one bounced",
			[]string{"STREET_ADDRESS:14 willow ln", "LOCATION:macon ga", "ZIP_CODE:31201"}},
		{"unit", "addr: 8 pine st apt 2, dayton oh 45402",
			[]string{"STREET_ADDRESS:8 pine st apt 2", "LOCATION:dayton oh", "ZIP_CODE:45402"}},
		{"hash unit", "ship to 77 e 3rd st #4, st cloud, mn 55101 pls",
			[]string{"STREET_ADDRESS:77 e 3rd st #4", "LOCATION:st cloud, mn", "ZIP_CODE:55101"}},
		{"county road", "the address is 2231 county road 14, aztec new mexico 87410, call after four",
			[]string{"STREET_ADDRESS:2231 county road 14", "LOCATION:aztec new mexico", "ZIP_CODE:87410"}},
		{"capitalised street", "- mr okafor - 418 Lindell Blvd st louis mo 63108 - wants a quote",
			[]string{"STREET_ADDRESS:418 Lindell Blvd", "LOCATION:st louis mo", "ZIP_CODE:63108"}},
		{"preposition", "june moved to macon ga 31201 last year", []string{"LOCATION:macon ga", "ZIP_CODE:31201"}},
		// Look-alikes.
		{"no street", "the score was 3 to 1, final game in ga 30301 region", nil},
		{"no type", "we drove 300 miles, then 12 more to the lake, oh 45402 was the code", nil},
	})
}
