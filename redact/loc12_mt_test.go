package redact

import "testing"

// TestMalteseAddresses12 checks the Maltese streets and postcodes of
// loc12_mt.go and their look-alikes.
func TestMalteseAddresses12(t *testing.T) {
	checkFindCases(t, []findCase{
		{"number first", "Sara Vella | s.vella@example.com | Flat 2, 17 Triq il-Wied, Mosta MST 4012",
			[]string{"PERSON:Sara Vella", "EMAIL_ADDRESS:s.vella@example.com", "STREET_ADDRESS:Flat 2, 17 Triq il-Wied",
				"LOCATION:Mosta", "ZIP_CODE:MST 4012"}},
		{"lead first", "Delivery to Triq tal-Ħarruba Ġdida 14, Mosta",
			[]string{"STREET_ADDRESS:Triq tal-Ħarruba Ġdida 14"}},
		{"postcode", "Josef Azzopardi, Triq il-Kappillan Mifsud 21, Ħal Qormi QRM 2345",
			[]string{"PERSON:Josef Azzopardi", "STREET_ADDRESS:Triq il-Kappillan Mifsud 21", "LOCATION:Ħal Qormi",
				"ZIP_CODE:QRM 2345"}},
		{"postcode alone", "Posted from Triq ix-Xatt, Marsaskala, ZZL 9099\nThanks",
			[]string{"LOCATION:Marsaskala", "ZIP_CODE:ZZL 9099"}},
		// Look-alikes.
		{"currencies", "The fee is EUR 2500, USD 3000 in Malta, GBP 1800 elsewhere.", nil},
		{"english", "it 5 is ok, tal-5 too", nil},
	})
}

func TestMtArticleWord(t *testing.T) {
	for w, want := range map[string]bool{"il-Wied": true, "tal-Ħarruba": true, "ta'Xbiex": true, "iż-Żejt": true, "taż-Żebbuġ": true,
		"it": false, "il-": false, "time-5": false, "ta'": false, "is-": false} {
		if got := mtArticleMaybe(w) && mtArticleWord(w); got != want {
			t.Errorf("mtArticleWord(%q) = %v, want %v", w, got, want)
		}
	}
}
