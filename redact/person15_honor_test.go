package redact

import (
	"slices"
	"testing"
)

// TestPerson15Honor covers the lower-case titles of address before a
// lower-case name in casual texts, texts all in lower case and chats.
func TestPerson15Honor(t *testing.T) {
	chat := "[3/4/25, 8:01 PM] Liza Mendoza: hello po, list for the raffle\n" +
		"[3/4/25, 8:02 PM] Carlo Reyes: go\n" +
		"[3/4/25, 8:03 PM] Liza Mendoza: mrs ong, then aling pilar mendoza, kuya jomar and ate gemma, i ate already"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Spanish in a casual text", "we r coming w/ tía marisol and tío gerardo, Sunday ok?", []string{"tía marisol", "tío gerardo"}},
		{"Italian and German in lower case", "ok tell zia pina and oma hilde the cake is ready", []string{"zia pina", "oma hilde"}},
		{"Indonesian and Spanish", "pls remind pak budi, also ask doña lucha", []string{"pak budi", "doña lucha"}},
		{"a title, a nickname, a family name", "ok so tell tita baby mendoza to come", []string{"tita baby mendoza"}},
		{"Filipino and English titles in a chat", chat, []string{"Liza Mendoza", "Carlo Reyes", "Liza Mendoza", "mrs ong", "aling pilar mendoza", "kuya jomar", "ate gemma"}},
		{"words, not titles", "i ate pizza, want mas pan, the pan is hot, coach said no and don't go", nil},
		{"a weak title before a word", "ok we ate lunch then pan fried it, mas o menos", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
