package redact

import "testing"

// TestRuralRoadsAndLots12 checks the rural roads of loc12_rural.go, the
// block-and-lot tails of loc12_lot.go, and their look-alikes.
func TestRuralRoadsAndLots12(t *testing.T) {
	checkFindCases(t, []findCase{
		{"cr", "Address: CR 312, Buna TX 77612",
			[]string{"STREET_ADDRESS:CR 312", "LOCATION:Buna TX", "ZIP_CODE:77612"}},
		{"route box", "Send it to Route 3 Box 118, Hillsboro, TX 76645 please.",
			[]string{"STREET_ADDRESS:Route 3 Box 118", "LOCATION:Hillsboro, TX", "ZIP_CODE:76645"}},
		{"fm", "She lives at 19850 FM 2920, Tomball, TX 77377 now.",
			[]string{"STREET_ADDRESS:19850 FM 2920", "LOCATION:Tomball, TX", "ZIP_CODE:77377"}},
		{"county road", "my address: 2231 County Road 14, Aztec, NM 87410",
			[]string{"STREET_ADDRESS:2231 County Road 14", "LOCATION:Aztec, NM", "ZIP_CODE:87410"}},
		{"lot tail", "Address: Blk 12 Lot 5 Phase 3 Villa Verde Subd., Brgy. Malinta",
			[]string{"STREET_ADDRESS:Blk 12 Lot 5 Phase 3 Villa Verde Subd., Brgy. Malinta"}}, // (street24)
		{"lot chat", "sila ay nasa blk 9 lot 3 phase 1 mabuhay village, imus",
			[]string{"STREET_ADDRESS:blk 9 lot 3 phase 1 mabuhay village", "LOCATION:imus"}}, // the town: lower24_streets.go
		{"ro village", "Client: Ion Popa, Sat Valea Mare nr. 87, com. Ocna, jud. Sibiu",
			[]string{"PERSON:Ion Popa", "STREET_ADDRESS:Sat Valea Mare nr. 87"}},
		// Look-alikes.
		{"saturday", "We met on Sat 13 April at noon, Sat. 15 June: no. 5 match", nil},
		{"auction", "Block 5 Lot 3 of the auction went for 200k.", nil},
		{"score", "We won 3 to 1, then drove to Austin, TX 78701 offices.", []string{"LOCATION:Austin, TX", "ZIP_CODE:78701"}},
	})
}
