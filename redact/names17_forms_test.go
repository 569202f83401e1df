package redact

import (
	"slices"
	"testing"
)

// TestNames17Forms covers the Baltic, Faroese, Balinese and Mongolian names
// of names17_forms.go, and words of their shapes that are no names.
func TestNames17Forms(t *testing.T) {
	runNames17(t, []names17Case{
		{"Lithuanian married name", "Survey: \"Too salty.\" – Daiva Stonkienė, Utena", []string{"Daiva Stonkienė"}},
		{"Lithuanian maiden name", "Yesterday Laima Butkutė picked up the order.", []string{"Laima Butkutė"}},
		{"Lithuanian man", "Yesterday Vytas Rimkevičius picked up the order.", []string{"Vytas Rimkevičius"}},
		{"Latvian diminutive", "Yesterday Zane Lapiņa picked up the order.", []string{"Zane Lapiņa"}},
		{"Faroese given name and -sen", "Guests: Tróndur Hjalmarsen and his wife.", []string{"Tróndur Hjalmarsen"}},
		{"Balinese birth-order name after a kin word", "Lani and her fiancé Ketut Arsana will come.", []string{"Ketut Arsana"}},
		{"Balinese birth-order name after 'to'", "Also chatted to Komang Widiasih about the tour.", []string{"Komang Widiasih"}},
		{"Malay 'binte'", "Dear Nurul Huda binte Salleh,", []string{"Nurul Huda binte Salleh"}},
		{"Mongolian names", "- Nominchimeg Ganbold, Mongolia, passport E123", []string{"Nominchimeg Ganbold"}},
		{"Mongolian name with a hyphen", "Student: Oyun-Erdene Tsogtbaatar, from Darkhan", []string{"Oyun-Erdene Tsogtbaatar"}},
		{"words of no name words", "Batman Dashboard Review", nil},
		{"'Made' is a word", "Made Simple Bakery opens at nine.", nil},
		{"a Lithuanian noun", "Vakarienė Kaune", nil},
		{"German nouns in -sen", "Große Reisen Essen", nil},
	})
}

// TestNames17ScriptKin covers a lone given name in Greek or Cyrillic
// letters after a kinship noun or thanks (names17_kin.go), the everyday
// Greek given names (names17_greek.go), and what such a slot leaves.
func TestNames17ScriptKin(t *testing.T) {
	runNames17(t, []names17Case{
		{"Greek brother, everyday name", "Παραλαβή: ο αδερφός της Γιάννης θα περάσει το απόγευμα", []string{"Γιάννης"}},
		{"Greek daughter", "Κράτηση 12: η κόρη του Σοφία, 8 ετών", []string{"Σοφία"}},
		{"Greek wife, accusative", "Ταξιδεύει με τη σύζυγό του Κατερίνα.", []string{"Κατερίνα"}},
		{"Greek everyday name in the accusative", "Ήρθε με τον γιο της Θανάση.", []string{"Θανάση"}},
		{"Russian daughter", "Моя дочка Анна придёт в пять.", []string{"Анна"}},
		{"Ukrainian thanks, dative", "Дякую Ірині за чудову стрижку!", []string{"Ірині"}},
		{"Greek kin before a city", "Ο αδερφός της Αθήνα", nil},
		{"Cyrillic kin before an institution", "его брат Банк", nil},
		{"a genitive pair is a quote's author", "Μια φράση του Μανώλη Αναγνωστάκη.", nil},
	})
}

// TestNames17MongolName covers mongolName's splits alone.
func TestNames17MongolName(t *testing.T) {
	for w, want := range map[string]bool{
		"Ganbold": true, "Oyuntsetseg": true, "Bat-Ochir": true, "Enkhtuya": true, "Sukhbaatar": true,
		"Nominchimeg": true, "Batman": false, "Dashboard": false, "Ulaanbat": false, "Amaranth": false,
		"Bold": false, "Gandalf": false,
	} {
		if got := mongolName(w); got != want {
			t.Errorf("mongolName(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestNames17Couples covers the words for "and" of more languages
// between a couple's given names (person9_pair.go).
func TestNames17Couples(t *testing.T) {
	runNames17(t, []names17Case{
		{"Estonian ja", "Külalised:\n- Aino Laine, tel 5551 2345\n- Tarmo ja Kadri Saar, tel 5551 2346",
			[]string{"Aino Laine", "Tarmo", "Kadri Saar"}},
		{"Hungarian és", "Vendégek:\n- Bence Nagy, tel 30 123 4567\n- Zsombor és Dóra Kiss, tel 30 123 4568",
			[]string{"Bence Nagy", "Zsombor", "Dóra Kiss"}},
	})
}

// names17Case is a text and the PERSON spans Find must return for it.
type names17Case struct {
	name, text string
	want       []string
}

// runNames17 runs the cases of the names17 tests.
func runNames17(t *testing.T, tests []names17Case) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
