package redact

import "testing"

// TestSGBlock17b checks SG HDB block addresses in chats and forms,
// and that the verb "block" or a block-and-lot address reads as before.
func TestSGBlock17b(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, want string }{
		{"[10:02] mei hua: ok send to my mum at blk 233 serangoon ave 3 #05-221, thx", "blk 233 serangoon ave 3 #05-221"},
		{"uncle stays blk 233 yishun st 21, #05-221 one", "blk 233 yishun st 21, #05-221"},
		{"pls drop it at BLK 17A toa payoh ctrl #11-04A before 6", "BLK 17A toa payoh ctrl #11-04A"},
		{"new place is Block 88 bishan st 12 #03-118 ok", "Block 88 bishan st 12 #03-118"},
		{"Blk 12 Lot 5, Phase 3, Greenfield Subd.", "Blk 12 Lot 5, Phase 3, Greenfield Subd."},
		{"The police will block 2 main roads tonight.", ""},
		{"We block 3 days a week for admin.", ""},
		{"please block 2 slots on mon for the new kids", ""},
	} {
		got := ""
		for _, s := range e.Find(tc.text) {
			if s.Type == "STREET_ADDRESS" {
				got = tc.text[s.Start:s.End]
			}
		}
		if got != tc.want {
			t.Errorf("%q: street %q, want %q", tc.text, got, tc.want)
		}
	}
}
