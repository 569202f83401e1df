package redact

import "testing"

func TestPerson15VCard(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, want string }{
		{"BEGIN:VCARD\nFN:Zoltar Quennimby\nEND:VCARD", "Zoltar Quennimby"},
		{"BEGIN:VCARD\r\nVERSION:3.0\r\nFN;CHARSET=UTF-8:Quillon Ashgrave\r\nEND:VCARD", "Quillon Ashgrave"},
		// a business's card, and no FN line
		{"BEGIN:VCARD\nFN:Brindlecombe Ventures\nORG:Brindlecombe Ventures\nEND:VCARD", ""},
		{"pub fn Parse Config and more", ""},
		{"NOTE:Brindlecombe Ventures\n", ""},
	}
	for _, tc := range tests {
		if got := lastOfType(e, tc.text, "PERSON"); got != tc.want {
			t.Errorf("%q: person %q, want %q", tc.text, got, tc.want)
		}
	}
}
