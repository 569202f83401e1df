package redact

import (
	"slices"
	"testing"
)

// TestPerson9Greek covers names in Greek letters: a family name's ending
// in a record or list slot, and a Greek title.
func TestPerson9Greek(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"genitive in a record", "Ευχές:\n- Ευθυμία Μπουρνάζου, 697 123 4567", []string{"Ευθυμία Μπουρνάζου"}},
		{"patronymic suffix in a list", "Λίστα:\n- Χαράλαμπος Ζερβουδάκης\n- Ιφιγένεια Λαμπρίδου", []string{"Χαράλαμπος Ζερβουδάκης", "Ιφιγένεια Λαμπρίδου"}},
		{"after a title", "Στείλτε στον κ. Παντελή Κοντογιώργη (τον λένε Λάκη)", []string{"κ. Παντελή Κοντογιώργη"}},
		{"a hospital in a record", "Τηλέφωνα:\n- Νοσοκομείο Ευαγγελισμού, 210 720 1000", nil},
		{"a society in a record", "Επαφές:\n- Σύλλογος Γονέων, 210 720 1001", nil},
		{"words of a heading", "Προσφορές:\n- Δωρεάν Αποστολή\n- Νέα Σμύρνη, Αθήνα", nil},
		{"a word ending like a title", "Ελληνικά Προϊόντα για όλους", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
