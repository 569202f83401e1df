package redact

import (
	"slices"
	"testing"
)

// TestRecordTowns checks the towns in brackets after a name and those
// closing a contact line, and the words there that are no town.
func TestRecordTowns(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"town in brackets after a name", "Lovely service, five stars. Review by Mrs Odile Ferrand (Annecy)", []string{"Annecy"}},
		{"department in brackets", "Quote approved by Mrs Odile Ferrand (Marketing) today.", nil},
		{"town after an e-mail address", "Sign-ups:\nMaren Lund, m.lund@example.org, Esbjerg\nMore next week.", []string{"Esbjerg"}},
		{"town after a phone number", "1. Mr Arvid Kessel - +44 7700 900123 - Penrith\n2. done", []string{"Penrith"}},
		{"unknown word with a province", "Mrs Odile Ferrand, o.ferrand@example.org, Elmvale, ON", []string{"Elmvale", "ON"}},
		{"unknown word without a region", "Mrs Odile Ferrand, +44 7700 900123 - Support", nil},
		{"known town that goes on", "Mrs Odile Ferrand, o.ferrand@example.org, Stirling office hours apply", nil},
		{"relative's town", "Mrs Odile Ferrand, 71, visits her son in Esbjerg each May.", []string{"Esbjerg"}},
		{"own place", "Arvid Kessel, 29: delivered to my place in Guelph by noon", []string{"Guelph"}},
		{"audience, not a relative", "Arvid Kessel asked for an ad for parents in Stirling.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := findType(e, tc.text, "LOCATION"); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) LOCATION = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
