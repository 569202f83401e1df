package redact

import (
	"slices"
	"testing"
)

// TestTitleCaseTown checks how a town in capitals is written for the
// gazetteer lookup.
func TestTitleCaseTown(t *testing.T) {
	for in, want := range map[string]string{
		"SWINDON":             "Swindon",
		"MILTON KEYNES":       "Milton Keynes",
		"STOKE-ON-TRENT":      "Stoke-on-Trent",
		"STRATFORD UPON AVON": "Stratford upon Avon",
		"AIX-EN-PROVENCE":     "Aix-en-Provence",
		"GÖTTINGEN":           "Göttingen",
		"VILLENEUVE-D'ASCQ":   "Villeneuve-d'Ascq",
		"BISHOP'S STORTFORD":  "Bishop's Stortford",
	} {
		if got := titleCaseTown(in); got != want {
			t.Errorf("titleCaseTown(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCapsAddressTowns checks a town in capitals after a street address
// in capitals, and the street types in capitals.
func TestCapsAddressTowns(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"known town in capitals", "MRS JANE DOE, 14 ACORN CLOSE, SWINDON\nnext", []string{"SWINDON"}},
		{"two words", "MR A B, 9 ELM RISE, MILTON KEYNES\nnext", []string{"MILTON KEYNES"}},
		{"unknown word in capitals", "MR A B, 9 ELM RISE, BLORPTON\nnext", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := findType(e, tc.text, "LOCATION")
			if !slices.Equal(got, tc.want) {
				t.Errorf("LOCATION = %q, want %q", got, tc.want)
			}
		})
	}
	if got := findType(e, "MR A B, FLAT 2, 31 QUARRY HILL, LONDON, N1 2AB", "STREET_ADDRESS"); len(got) == 0 {
		t.Errorf("no STREET_ADDRESS in a flat and a street in capitals")
	}
}
