package redact

import "testing"

// TestIrishTownlandLines holds Irish rural lines with no house number
// before a county and an Eircode, and look-alikes.
func TestIrishTownlandLines(t *testing.T) {
	checkFindCases(t, []findCase{
		{"townland road town county", "Next of kin | Rathcoole, Kilbeggan Road, Tullamore, Co. Offaly R35 H2K8",
			[]string{"STREET_ADDRESS:Rathcoole, Kilbeggan Road", "LOCATION:Tullamore", "LOCATION:Co. Offaly",
				"ZIP_CODE:R35 H2K8"}},
		{"after a delivery word", "Send to Cloonfad, Charlestown, Co. Mayo F12 T6W2 please.",
			[]string{"STREET_ADDRESS:Cloonfad", "LOCATION:Charlestown", "LOCATION:Co. Mayo", "ZIP_CODE:F12 T6W2"}},
		// Look-alikes: a person's name before the town, a town alone.
		{"name before town", "Name: Mary Walsh, Tullamore, Co. Offaly R35 H2K8",
			[]string{"PERSON:Mary Walsh", "ZIP_CODE:R35 H2K8"}},
		{"town alone", "Tullamore, Co. Offaly R35 H2K8", []string{"ZIP_CODE:R35 H2K8"}},
		// The delivery word opens the text: deliveryWordEnd read the
		// byte before the text and panicked.
		{"delivery word first", "to Gortnaclohy, Ballinspittle, Co. Leitrim N41 W2X8",
			[]string{"STREET_ADDRESS:Gortnaclohy", "LOCATION:Ballinspittle", "LOCATION:Co. Leitrim", "ZIP_CODE:N41 W2X8"}},
		{"short word first", "at a Gortnaclohy, Ballinspittle, Co. Leitrim N41 W2X8", []string{"ZIP_CODE:N41 W2X8"}},
	})
}
