package redact

import (
	"strings"
	"testing"
)

// TestStreetHeadName24: a name heading its own street address in a
// sentence is a customer's, and its address stays masked, when the
// gazetteers know its first word only as ambiguous (the business-contact
// rule took such records for a firm's and left them all unmasked), and
// whether or not the name is a famous one.
func TestStreetHeadName24(t *testing.T) {
	checkFindCases(t, []findCase{
		{"ambiguous given name, unknown surname", "Write a birthday SMS for Taylor Quorn, 14 Elm Street, Leeds LS6 2AB, born 03/07/1988",
			[]string{"PERSON:Taylor Quorn", "STREET_ADDRESS:14 Elm Street", "LOCATION:Leeds", "ZIP_CODE:LS6 2AB", "DATE_OF_BIRTH:03/07/1988"}},
		{"a famous name heading an address", "Send the voucher to Taylor Swift, 14 Elm Street, Leeds LS6 2AB.",
			[]string{"PERSON:Taylor Swift", "STREET_ADDRESS:14 Elm Street", "LOCATION:Leeds", "ZIP_CODE:LS6 2AB"}},
		{"two words no gazetteer knows", "Write an SMS for Brook Varnell, 14 Elm Street, Leeds LS6 2AB.",
			[]string{"PERSON:Brook Varnell", "STREET_ADDRESS:14 Elm Street", "LOCATION:Leeds", "ZIP_CODE:LS6 2AB"}},
		{"a house number with a letter", "Please post the card to Morgan Quillfeather, 7B Harbour Road, Whitby YO21 3PU.",
			[]string{"PERSON:Morgan Quillfeather", "STREET_ADDRESS:7B Harbour Road", "LOCATION:Whitby", "ZIP_CODE:YO21 3PU"}},
	})
	for _, text := range []string{"Karte für Taylor Quorn, 14 Elm Street", "Envoyez-la pour Taylor Quorn, 7 rue de la Paix"} {
		start := strings.Index(text, "Taylor")
		if !streetHeadAfter24(text, start, start+len("Taylor Quorn")) {
			t.Errorf("streetHeadAfter24(%q) = false, want true (a recipient's word before the name)", text)
		}
	}
	for _, text := range []string{"Sign off from Taylor Quorn, 14 Elm Street", "Our shop is Taylor Quorn, 14 Elm Street", "Store footer: Taylor Quorn, 14 Elm Street", "Taylor Quorn, 14 Elm Street"} {
		start := len(text) - len("Taylor Quorn, 14 Elm Street")
		if streetHeadAfter24(text, start, start+len("Taylor Quorn")) {
			t.Errorf("streetHeadAfter24(%q) = true, want false (a sender, the firm a copula names, a label, a line start)", text)
		}
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Taylor Quorn, 14 Elm Street", true},
		{"Taylor Quorn, 2024 was a great year", false}, // a year, no street after it
		{"Taylor Quorn, 150000 Elm Street", false},     // six digits: no house number
		{"Taylor Quorn, 14 members came", false},       // no street
		{"Taylor Quorn,14 Elm Street", false},          // no space: a list of values
		{"Taylor Quorn, 14", false},                    // the text ends
	} {
		if got := streetHeadAfter24("post to "+c.text, len("post to "), len("post to Taylor Quorn")); got != c.want {
			t.Errorf("streetHeadAfter24(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
