package redact

import "testing"

// TestContactPairNames26 checks contactPairNames26 on the engine: a name
// before its phone number or e-mail address in a bracket; a firm's name
// there and a bracket that goes on after the number stay as they were.
// Own values.
func TestContactPairNames26(t *testing.T) {
	checkFindCases(t, []findCase{
		{"review signed with a phone", "Reviews:\n- \"Fast.\" (Folarin Adeyinka, +234 803 555 0142)",
			[]string{"PERSON:Folarin Adeyinka", "PHONE_NUMBER:+234 803 555 0142"}},
		{"sign-up with an e-mail", "Sign-ups:\n- Loved the demo (Nnamdi Okonkwo-Eze, nnamdi.oe@example.com)",
			[]string{"PERSON:Nnamdi Okonkwo-Eze", "EMAIL_ADDRESS:nnamdi.oe@example.com"}},
		{"a firm's contact", "Suppliers:\n- frames (Harbour Framing Ltd, +44 20 7946 0321)", nil},
		{"a bracket that goes on", "Notes:\n- call back (Monday, 0161 496 0733 after 5)", []string{"PHONE_NUMBER:0161 496 0733"}},
	})
	// The rule itself reads the first case: no other rule does.
	text := "Reviews:\n- \"Fast.\" (Folarin Adeyinka, +234 803 555 0142)"
	s := len("Reviews:\n- \"Fast.\" (Folarin Adeyinka, ")
	phone := []Span{{Start: s, End: s + len("+234 803 555 0142"), Type: "PHONE_NUMBER"}}
	got := contactPairNames26(text, phone, 1)
	if len(got) != 2 || text[got[1].Start:got[1].End] != "Folarin Adeyinka" {
		t.Errorf("contactPairNames26 = %v, want the name before the phone number", got)
	}
}
