package redact

import "testing"

// TestStreet17IrishNames holds Irish-language house and townland names
// with lower-case particles before the post town, county and Eircode,
// and a look-alike: a phrase with lower-case words that is no name.
func TestStreet17IrishNames(t *testing.T) {
	checkFindCases(t, []findCase{
		{"cnoc an", "Síle Ní Bhriain,\nCnoc an Óir, Gleann Mór, Co. Leitrim F26 X2Y4",
			[]string{"PERSON:Síle Ní Bhriain", "STREET_ADDRESS:Cnoc an Óir", "LOCATION:Gleann Mór", "LOCATION:Co. Leitrim",
				"ZIP_CODE:F26 X2Y4"}},
		{"ard na", "Ard na Gréine, Gleann Mór, Co. Leitrim, F26 X2Y4",
			[]string{"STREET_ADDRESS:Ard na Gréine", "LOCATION:Gleann Mór", "LOCATION:Co. Leitrim", "ZIP_CODE:F26 X2Y4"}},
	})
	for in, want := range map[string]bool{"Cnoc an Óir": true, "Baile an Mhuilinn": true, "Cnoc": false,
		"Cnoc na": false, "Sent by the office": false, "Rose and Crown": false} {
		if got := irishNameParts(in, 0, len(in)); got != want {
			t.Errorf("irishNameParts(%q) = %v, want %v", in, got, want)
		}
	}
}
