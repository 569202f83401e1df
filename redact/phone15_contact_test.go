package redact

import "testing"

func TestPhone15Contact(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, want string // want "" = no phone
	}{
		{"BEGIN:VCARD\nFN:Morwenna Tregarthen\nTEL;TYPE=CELL:+44 7911 203 664\nEND:VCARD", "+44 7911 203 664"},
		{"BEGIN:VCARD\nTEL;TYPE=cell,voice:07911 552 310\nEND:VCARD", "07911 552 310"},
		{"item2.TEL;type=pref:+1 415 555 0142", "+1 415 555 0142"},
		{"tel:07911 552 310", "07911 552 310"},
		{"09:30  Farah Osman – facial – 9234 5567\n", "9234 5567"},
		{"Melvin Tay: 我的电话 8123 4560", "8123 4560"},
		{"手機：9345 1288", "9345 1288"},
		// not a TEL property, not a contact slot, not a +65 number
		{"NOTE:Ref 9240 6613", ""},
		{"CELL:07911 552 310", ""},
		{"Invoice total – 9240 6613", ""},
		{"Item – 4123 4417", ""},
		{"Parts – 9240 6613x", ""},
		{"version 2:9240 6613", ""},
	}
	for _, tc := range tests {
		if got := lastOfType(e, tc.text, "PHONE_NUMBER"); got != tc.want {
			t.Errorf("%q: phone %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestAddress15Postboks(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, street, zip, town string }{
		{"Navn: Eirik Stordalen – Postboks 77, 9610 Rypefjord – eirik@example.no", "Postboks 77", "9610", "Rypefjord"},
		{"Kontakt: Henrik Dahlberg, Postbox 402, 2630 Taastrup", "Postbox 402", "2630", "Taastrup"},
	}
	for _, tc := range tests {
		got := map[string]string{}
		for _, s := range e.Find(tc.text) {
			got[s.Type] = tc.text[s.Start:s.End]
		}
		if got["STREET_ADDRESS"] != tc.street || got["ZIP_CODE"] != tc.zip || got["LOCATION"] != tc.town {
			t.Errorf("%q: got %v", tc.text, got)
		}
	}
}

// lastOfType returns the text of the last span of type typ the engine
// finds in text, or "".
func lastOfType(e *Engine, text, typ string) string {
	got := ""
	for _, s := range e.Find(text) {
		if s.Type == typ {
			got = text[s.Start:s.End]
		}
	}
	return got
}
