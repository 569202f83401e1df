package redact

import (
	"slices"
	"testing"
)

// TestPerson13Kin covers the words for kin of the prompt languages
// besides English before a name no list knows.
func TestPerson13Kin(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Danish", "Velkommen til hans mor Sigrunn, som også kommer.", []string{"Sigrunn"}},
		{"Portuguese after a comma", "contactar a sobrinha, Quiteria, pelo telefone", []string{"Quiteria"}},
		{"Romanian", "vor să cumpere pentru fiica lor Ilinca Rusescu", []string{"Ilinca Rusescu"}},
		{"Dutch", "Mijn dochter Femkje komt morgen.", []string{"Femkje"}},
		{"English adverb", "So far Eastern markets are slow.", nil},
		{"kin noun opening a sentence", "Carer: Ruth Brown. Son Karimullah visits Sundays.", []string{"Ruth Brown", "Son Karimullah"}},
		{"kin noun before a comma", "Daughter Ngozi, who lives nearby, rang.", []string{"Daughter Ngozi"}},
		{"a headline", "Son Of A Preacher Man", nil},
		{"a Korean family name", "Son Heung-min scored.", nil},
		{"kin word and 'is'", "her husband is Kwabenaah and he is kind", []string{"Kwabenaah"}},
		{"kin word, 'is' and a word", "my mom is Happy today", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
