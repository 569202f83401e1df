package redact

import "testing"

// TestRecordTowns holds the towns in brackets after a name and those
// closing a contact line, a relative's town, and the words there that are
// no town.
func TestRecordTowns(t *testing.T) {
	checkFindCases(t, []findCase{
		{"town in brackets after a name", "Lovely service, five stars. Review by Mrs Odile Ferrand (Annecy)",
			[]string{"PERSON:Mrs Odile Ferrand", "LOCATION:Annecy"}},
		{"department in brackets", "Quote approved by Mrs Odile Ferrand (Marketing) today.",
			[]string{"PERSON:Mrs Odile Ferrand"}},
		{"town after an e-mail address", "Sign-ups:\nMaren Lund, m.lund@example.org, Esbjerg\nMore next week.",
			[]string{"PERSON:Maren Lund", "EMAIL_ADDRESS:m.lund@example.org", "LOCATION:Esbjerg"}},
		{"town after a phone number", "1. Mr Arvid Kessel - +44 7700 900123 - Penrith\n2. done",
			[]string{"PERSON:Mr Arvid Kessel", "PHONE_NUMBER:+44 7700 900123", "LOCATION:Penrith"}},
		{"unknown word with a province", "Mrs Odile Ferrand, o.ferrand@example.org, Elmvale, ON",
			[]string{"PERSON:Mrs Odile Ferrand", "EMAIL_ADDRESS:o.ferrand@example.org", "LOCATION:Elmvale", "LOCATION:ON"}},
		{"unknown word without a region", "Mrs Odile Ferrand, +44 7700 900123 - Support",
			[]string{"PERSON:Mrs Odile Ferrand", "PHONE_NUMBER:+44 7700 900123"}},
		{"known town that goes on", "Mrs Odile Ferrand, o.ferrand@example.org, Stirling office hours apply",
			[]string{"PERSON:Mrs Odile Ferrand", "EMAIL_ADDRESS:o.ferrand@example.org"}},
		{"relative's town", "Mrs Odile Ferrand visits her son in Esbjerg each May.",
			[]string{"PERSON:Mrs Odile Ferrand", "LOCATION:Esbjerg"}},
		{"own place", "Arvid Kessel: delivered to my place in Guelph by noon",
			[]string{"PERSON:Arvid Kessel", "LOCATION:Guelph"}},
		{"audience, not a relative", "Arvid Kessel asked for an ad for parents in Stirling.",
			[]string{"PERSON:Arvid Kessel"}},
	})
}
