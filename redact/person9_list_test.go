package redact

import (
	"slices"
	"testing"
)

// TestPerson9ListSiblings covers list items that items found as names
// vouch for.
func TestPerson9ListSiblings(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"lower-case words after the names", "Guests:\n- Maria Lopez, vegan\n- Eyvindur Hallgrímsson fra Bergen\n- Ana Sousa, no nuts\n- Oddur Sigfússon verður 40 ára\n- Kim Berg, gluten free",
			[]string{"Maria Lopez", "Eyvindur Hallgrímsson", "Ana Sousa", "Oddur Sigfússon", "Kim Berg"}},
		{"order numbers", "Orders:\n#5521 – Maria Lopez: after 6pm\n#5522 – Tavita Leiataua – ring twice\n#5523 – Ana Sousa: front door",
			[]string{"Maria Lopez", "Tavita Leiataua", "Ana Sousa"}},
		{"numbered", "1. Maria Lopez (VIP)\n2. Ana Sousa\n3. Ndeye Faye Sarr, birthday soon",
			[]string{"Maria Lopez", "Ana Sousa", "Ndeye Faye Sarr"}},
		{"lower case and capitals", "Leads:\n1. Divya Menon - +91 94470 11111\n2. thomas varghese - 9846100000\n3. SUNITHA RAMAN KUTTY - 9846100001\n4. Anil Kumar - 9846111111",
			[]string{"Divya Menon", "thomas varghese", "SUNITHA RAMAN KUTTY", "Anil Kumar"}},
		{"tasks in lower case and capitals", "To do:\n- Maria Lopez, vegan\n- Ana Sousa, no nuts\n- Kim Berg\n- call the bank - today\n- BOOK VENUE - asap",
			[]string{"Maria Lopez", "Ana Sousa", "Kim Berg"}},
		{"a couple in Greek", "Ευχές:\n- Ευθυμία Μπουρνάζου, 697 123 4567\n- Χαράλαμπος και Ιφιγένεια Λαμπρίδου από τη Λεμεσό\n- κ. Παντελής Κοντογιώργης",
			[]string{"Ευθυμία Μπουρνάζου", "Χαράλαμπος", "Ιφιγένεια Λαμπρίδου", "κ. Παντελής Κοντογιώργης"}},
		{"food beside names, as many", "Party:\n- Maria Lopez, vegan\n- Ana Sousa, no nuts\n- Cold Brew, two litres\n- Summer Salad with feta",
			[]string{"Maria Lopez", "Ana Sousa"}},
		{"one name is no list of names", "Party:\n- Maria Lopez, vegan\n- Cold Brew, two litres", []string{"Maria Lopez"}},
		{"a month and a town", "Dates:\n- Maria Lopez, vegan\n- Ana Sousa, no nuts\n- March Deliveries, late\n- London Office, closed",
			[]string{"Maria Lopez", "Ana Sousa"}},
		{"four capitalised words", "- Maria Lopez\n- Ana Sousa\n- Grand Hotel Royal Palace, lobby", []string{"Maria Lopez", "Ana Sousa"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
