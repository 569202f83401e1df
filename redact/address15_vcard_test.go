package redact

import "testing"

func TestAddress15VCard(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want []string // "TYPE value", in order; nil: no LOCATION from the ADR rules
	}{
		{"BEGIN:VCARD\nADR;TYPE=HOME:;;Ty Gwyn, 14 Heol Pantycelyn;Pontrhydfendigaid;;SA19 6PQ;UK\nEND:VCARD",
			[]string{"LOCATION Pontrhydfendigaid", "ZIP_CODE SA19 6PQ"}},
		{"BEGIN:VCARD\nADR;TYPE=home:;;4417 Juniper Hollow Dr;Boise;ID;83702;USA\nEND:VCARD",
			[]string{"STREET_ADDRESS 4417 Juniper Hollow Dr", "LOCATION Boise", "LOCATION ID", "ZIP_CODE 83702"}},
		{"item1.ADR:;;Calle Olmo 12;Calatayud;;50004;Spain",
			[]string{"STREET_ADDRESS Calle Olmo 12", "LOCATION Calatayud", "ZIP_CODE 50004"}},
		// a business's address, and fields that are no ADR value
		{"ADR;TYPE=WORK:;;Unit 4 Riverside Park;Leeds;;LS11 5PZ;UK", nil},
		{"NOTE:;;Lots;Crates;;40512;boxes", nil},
		{"ADR;TYPE=HOME:;Crates;40512;boxes", nil},
	}
	for _, tc := range tests {
		var got []string
		for _, s := range e.Find(tc.text) {
			if s.Reason == "locality field of a vCard address" || s.Reason == "region field of a vCard address" ||
				s.Reason == "postal code field of a vCard address" || tc.want != nil {
				got = append(got, s.Type+" "+tc.text[s.Start:s.End])
			}
		}
		if tc.want == nil {
			for _, g := range got {
				if g[:8] == "LOCATION" {
					t.Errorf("%q: %v", tc.text, got)
				}
			}
			continue
		}
		for _, w := range tc.want {
			found := false
			for _, g := range got {
				found = found || g == w
			}
			if !found {
				t.Errorf("%q: want %q in %v", tc.text, w, got)
			}
		}
	}
}
