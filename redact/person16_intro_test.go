package redact

import (
	"slices"
	"testing"
)

// TestPerson16IntroNames covers lower-case names after the words that
// introduce a name in a casual text, and the words that stay words.
func TestPerson16IntroNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"name is and a family name", "pls add me to the raffle, my real name is kezia okafor and I'm in Bangor",
			[]string{"kezia okafor"}},
		{"name's", "hiya from the Wirral, my name's kezzie (well Kerensa but no one calls me that)",
			[]string{"kezzie"}},
		{"a word after name is", "quick Q: the file name is the invoice number, right?", nil},
		{"a verb after name is", "hi, my name is missing from the Rota", nil},
		{"nombre es", "hola, mi nombre es yaretzi y quiero reservar para el Sábado", []string{"yaretzi"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestLowerLettersEnd covers words with letters beyond ASCII.
func TestLowerLettersEnd(t *testing.T) {
	for text, want := range map[string]int{"gül,": 4, "o'neill x": 7, "ramón": 6, "abcÉ": 3} {
		if got := lowerLettersEnd(text, 0); got != want {
			t.Errorf("lowerLettersEnd(%q) = %d, want %d", text, got, want)
		}
	}
}

// TestPerson16Doorbell covers the name on a doorbell in a delivery note.
func TestPerson16Doorbell(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"klingel", "bring die Kiste zu mir, 3. OG, klingel kowalczyk, danke", []string{"kowalczyk"}},
		{"citofono", "lascia il pacco al portiere oppure citofono rinaldi, scala B", []string{"rinaldi"}},
		{"how to ring", "ich bin zuhause aber klingel kaputt, bitte Anrufen", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
