package redact

import (
	"slices"
	"testing"
)

// TestPerson7Chat covers lower-case chat speakers, nicknames after a
// name, and aunts and uncles named with a title.
func TestPerson7Chat(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"lower-case speakers", "Orders from the group:\n\nhelena: 2 loaves\nmateusz w.: 1 rye, pick up Friday\n",
			[]string{"helena", "mateusz w."}},
		{"stamped speakers", "[04/12/25, 7:41 pm] deepika rao: 3 boxes\n[04/12/25, 7:43 pm] Kofi: same",
			[]string{"deepika rao", "Kofi"}},
		{"speaker beside a capitalised one", "Sign-ups\nhelena: 2 seats\nBartholomew Q.: 1 seat", []string{"helena", "Bartholomew Q."}},
		{"one labelled line is no chat", "Note for the team\nhelena: please call back", nil},
		{"field labels", "note: call back\ntotal: 3 boxes\nupdate: shipped", nil},
		{"capitalised speaker after pm", "[3/12/25, 9:02 am] Hope: running late\n[3/12/25, 9:05 am] Hope: here", []string{"Hope", "Hope"}},
		{"nickname in quotes", `Thomas "Tommy" Vasquez-Oyelaran rang about his order.`, []string{`Thomas "Tommy" Vasquez-Oyelaran`}},
		{"diminutive in brackets", "Wojciech Zalewski (Wojtek) booked two seats.", []string{"Wojciech Zalewski", "Wojtek"}},
		{"announced nickname", "Margaret Vollmer (goes by Gretl) booked.", []string{"Margaret Vollmer", "Gretl"}},
		{"team in brackets", "Wojciech Zalewski (Wholesale) booked.", []string{"Wojciech Zalewski"}},
		{"town in brackets", "Wojciech Zalewski (Warsaw) booked.", []string{"Wojciech Zalewski"}},
		{"uncle and a family name", "Send the card to Uncle Adeyemi-Cole, he turns 70.", []string{"Uncle Adeyemi-Cole"}},
		{"tía and a given name", "La tarta es para Tía Marisol.", []string{"Tía Marisol"}},
		{"famous uncle", "Uncle Sam wants you.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestPerson7LowerAddressee covers a lower-case given name after a
// preposition of a message's addressee, where its clause ends.
func TestPerson7LowerAddressee(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"italian", "ciao! mi scrivi un whatsapp veloce per mamadou? è un cliente", []string{"mamadou"}},
		{"english, capitals later", "hi can u write a quick msg for marcus? he ordered from Leeds", []string{"marcus"}},
		{"a word after the name", "hi, we need a gift for christian families in Leeds", nil},
		{"an ambiguous name", "ok write something for summer? Thanks", nil},
		{"an e-mail address", "hi, send it for sarah.jones@example.com please, Thanks", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
