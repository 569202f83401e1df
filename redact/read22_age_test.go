package redact

import (
	"slices"
	"testing"
)

// engineTypeTexts returns the texts of the spans of type typ that Find
// returns for text.
func engineTypeTexts(t *testing.T, text, typ string) []string {
	t.Helper()
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range e.Find(text) {
		if s.Type == typ {
			got = append(got, text[s.Start:s.End])
		}
	}
	return got
}

func TestRead22Ages(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Indonesian th", "1. Hj. Nurlela Kartikasari, 61 th, Bantul", []string{"61"}},
		{"Indonesian thn", "2. Pak Darto Sumarno, 70 thn, Klaten", []string{"70"}},
		{"th as an ordinal's ending", "Room on the 5 th floor, 3 th street.", nil},
		{"happy ordinal to a title", "- Happy 80th to Mrs. Hilda Grossman! She still bakes.", []string{"80"}},
		{"happy ordinal to a given name", "Happy 40th to Ahmed, from all of us.", []string{"40"}},
		{"happy ordinal to a business", "Happy 25th to Acme Bakery!", nil},
		{"happy anniversary", "Happy 25th anniversary to the shop!", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := engineTypeTexts(t, tc.text, "AGE"); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) ages = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
