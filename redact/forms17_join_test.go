package redact

import "testing"

// TestForms17NotableJoined covers a public figure's name with a parent's
// name joined to it, which names a private person, and the public figure
// alone.
func TestForms17NotableJoined(t *testing.T) {
	checkTypeCases(t, "PERSON", []typeCase{
		{"Transcript:\n[00:01:45] Anwar Ibrahim bin Kassim: Already have it, it's in the sheet.",
			[]string{"Anwar Ibrahim bin Kassim"}},
		{"Tenants:\nSalman Khan s/o Rafiq Khan, Flat 4", []string{"Salman Khan s/o Rafiq Khan"}},
		{"We met Anwar Ibrahim in 1998.\n", nil},
		{"A speech by Anwar Ibrahim in Kuala Lumpur.\nNext slide.", nil},
	})
}
