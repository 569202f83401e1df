package redact

import (
	"slices"
	"testing"
)

// TestPerson9Kin covers given names that are places or unknown words
// after a possessive and a word for kin.
func TestPerson9Kin(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"niece and an unknown name", "for her niece Savannah, who turns 30.", []string{"Savannah"}},
		{"niece and a city", "A gift for her niece Phoenix, who turns 30.", []string{"Phoenix"}},
		{"son and a city", "my son London is 4.", []string{"London"}},
		{"no possessive", "the brother Paris said", nil},
		{"a city after a preposition", "her sister lives in Paris.", nil},
		{"a role word vouches for no unknown word", "our agent Chrome called", nil},
		{"doña", "manda flores a su mamá, doña Consuelo, en Cali", []string{"doña Consuelo"}},
		{"dona", "fala com a dona Benedita amanhã", []string{"dona Benedita"}},
		{"a word with ñ", "un piñata Party", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := enginePersonTexts(t, tc.text)
			if !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
