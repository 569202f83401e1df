package redact

import (
	"slices"
	"strings"
	"testing"
)

// engineTypeTexts returns the texts of the spans of type typ that the
// default engine finds in text (findTexts, engine_test.go).
func engineTypeTexts(t *testing.T, text, typ string) []string {
	t.Helper()
	var got []string
	for _, s := range findTexts(newTestEngine(t), text) {
		if v, ok := strings.CutPrefix(s, typ+":"); ok {
			got = append(got, v)
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
		{"Swedish som without a comma", "Eleverna är mellan 17 och 19, utom Britta som är 48.", []string{"48"}},
		{"English who after a given name", "Our oldest walker is Margit who is 81.", []string{"81"}},
		{"a dash after the age", "3. SATO Yumi, 36 — travelling with her mother", []string{"36"}},
		{"a dash after a count", "Leeds, 36 — units left", nil},
		{"a dash before a phone's groups", "Please send it to Anna Berg, 08 - 123 456 78, before Friday.", nil},
		{"a dash before a postcode", "Sede: Calle de Serrano, 120 – 28922 Parla", nil},
		{"som after a thing", "Vi har en Volvo som är 12.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := engineTypeTexts(t, tc.text, "AGE"); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) ages = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestRead22Birthdays(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Indonesian ultah", "- Ibu Ratna Sari, ultah 12 Oktober, 0812-0000-2222", []string{"12 Oktober"}},
		{"Portuguese no dia", "a nossa filha Leonor que faz 7 anos no dia 3 de maio — dá para ter um bolo?", []string{"3 de maio"}},
		{"no without a turning age", "Entrega no dia 3 de maio, obrigado.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := engineTypeTexts(t, tc.text, "DATE_OF_BIRTH"); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) dates of birth = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
