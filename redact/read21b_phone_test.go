package redact

import (
	"strings"
	"testing"
)

// TestPhones21b checks two numbers joined by " / " and the French-Canadian
// shape on a customer's record line (read21b_phone.go), and that an area
// code before " / " and a footer's number stay as they were.
func TestPhones21b(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, value string
		phone             bool
	}{
		{"first of two, NL", "Tel. 020-614 5521 / 06 2345 6789", "020-614 5521", true},
		{"second of two, NL", "Tel. 020-614 5521 / 06 2345 6789", "06 2345 6789", true},
		{"first of two, ES", "Tel. 987 41 22 73 / 623 190 448", "987 41 22 73", true},
		{"area code and slash", "Tel. 0171 / 1234567", "0171 / 1234567", true},
		{"list item", "- Marie Roy, 418 555-0100, née le 3 mai", "418 555-0100", true},
		{"client label", "Client : M. Paul Roy, 5 rue Main, Montréal H2S 1A1 — 514 555-0101", "514 555-0101", true},
		{"footer", "Notre boutique, Laval, 438 555-0142.", "438 555-0142", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := spanAt17b(e, tc.text, "PHONE_NUMBER", strings.Index(tc.text, tc.value), len(tc.value)); got != tc.phone {
				t.Errorf("%q: PHONE_NUMBER %q found %v, want %v", tc.text, tc.value, got, tc.phone)
			}
		})
	}
}
