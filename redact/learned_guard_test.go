package redact

import "testing"

// TestLearnedGuardOf checks each guard on words of our own: the class it
// drops and the names beside it that it leaves.
func TestLearnedGuardOf(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		oneWord    bool
		want       int
	}{
		{"Tip: Hope is a word", "Hope", true, guardAmbiguous},
		{"Trains from Leeds to Sydney today", "Sydney", true, guardAmbiguous},
		{"Ask Hope Quellmar today", "Hope", true, 0},    // a name spelt so follows
		{"Ask Chelsea Mbeki today", "Chelsea", true, 0}, // a family name of the tables follows
		{"Tip: Hope Street is closed", "Hope", true, guardAmbiguous},
		{"RUN 2 — Wed — driver", "Wed", true, guardDayMonth},
		{"Ask Jan about it", "Jan", true, guardAmbiguous}, // a given name: no day guard, but ambiguous
		{"Address: Ulica Marka Zorvanića 4", "Marka", false, guardAfterLead},
		{"Hospital Teodric Brisquet wing", "Teodric", false, guardAfterLead},
		{"Ring Teodric Brisquet today", "Teodric", false, 0},
		{"Fête à la Chapel Saint Oradin Vellacourt ce soir", "Vellacourt", true, guardAfterLead},
		{"Puja at Mandir Shri Devakant Rauvali on Sunday", "Devakant", false, guardAfterLead},
		{"Ulica Bana Jelačića Marka 7", "Marka", true, guardAfterLead},
		{"Thanks to Devakant Rauvali from the mandir", "Devakant", false, 0},
		{"At the Mandir: Devakant Rauvali leads", "Devakant", false, 0}, // a colon ends the building's name
		{"Tell Nadia Quellmar Devakant Rauvali", "Devakant", false, 0},
		{"Menu: Iced Walker (2)", "Walker", true, guardPair},
		{"Menu: Zorvane Walker (2)", "Walker", true, 0}, // the word before is spelt like a name
		{"Invite Maj. (Quevd.) Tarlow Brisquet", "Quevd", true, guardAbbrev},
		{"Invite Quevd (Tarlow) Brisquet", "Quevd", true, 0},
		{"Upis: Osnovna škola \"Tarlow\", Split", "Tarlow", true, guardAfterLead},
		{"Upis: \"Tarlow\", Split", "Tarlow", true, 0},
		// a run at the text's start with a quote after it: no quote opens
		// before it, nothing to read (quotedInstitution read text[:-1])
		{"Tarlow\" wrote back", "Tarlow", true, 0},
		{"Teodric Brisquet” rang", "Teodric Brisquet", false, 0},
	} {
		s := indexWord(tc.text, tc.word)
		if got := learnedGuardOf(tc.text, s, s+len(tc.word), tc.oneWord); got != tc.want {
			t.Errorf("learnedGuardOf(%q, %q) = %b, want %b", tc.text, tc.word, got, tc.want)
		}
	}
}

// indexWord returns the byte offset of word in text (it must be there).
func indexWord(text, word string) int {
	for i := 0; i+len(word) <= len(text); i++ {
		if text[i:i+len(word)] == word {
			return i
		}
	}
	panic("indexWord: no " + word)
}
