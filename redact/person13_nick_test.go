package redact

import (
	"slices"
	"testing"
)

// TestPerson13Nicknames covers a nickname in quotes or brackets between
// a given and a family name no list knows, single quotes after a given
// name, and the longer phrases that open a nickname in brackets.
func TestPerson13Nicknames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"single quotes", "Thanks to Robert 'Bobby' Ng for the cake.", []string{"Robert 'Bobby' Ng"}},
		{"unknown words around", "Thanks to Torvald \"Toby\" Brennick for the cake.", []string{"Torvald \"Toby\" Brennick"}},
		{"curly quotes", "Thanks to Torvald ‘Toby’ Brennick for the cake.", []string{"Torvald ‘Toby’ Brennick"}},
		{"phrase", "The late Margit Quillane (known to everyone as Bidda), aged 91.", []string{"Margit Quillane", "Bidda"}},
		{"phrase in Portuguese", "Falar com Joaquim Teixeira (chamado de Quim) amanhã.", []string{"Joaquim Teixeira", "Quim"}},
		{"a title and a city around", "We watched Lord (Henry) Jones and Paris (Anna) London.", []string{"Henry", "Anna"}},
		{"lower case before", "We watched 'Mary' Poppins again.", []string{"Mary"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestPerson13NickPhrases checks that nickMoreStart lets every phrase of
// nickPhrasesMore through.
func TestPerson13NickPhrases(t *testing.T) {
	for _, p := range nickPhrasesMore {
		if !nickMoreStart(p[0], p[1]) {
			t.Errorf("nickMoreStart(%q) = false", p[:2])
		}
	}
}
