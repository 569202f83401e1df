package redact

import (
	"slices"
	"testing"
)

// TestResidencePhrases7 checks the residence phrases added for the
// languages of dob_words7.go (values made up for the test).
func TestResidencePhrases7(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Maria Lestari tinggal di Salatiga dan suka kopi.", []string{"Salatiga"}},
		{"Amina anaishi Morogoro.", []string{"Morogoro"}},
		{"Pani Jana Horká bydlí v Kolíně.", []string{"Kolíně"}},
		{"Doamna Elena Munteanu locuiește în Brașov.", []string{"Brașov"}},
		{"Mikko Laine asuu Kuopiossa.", []string{"Kuopiossa"}},
	}
	for _, c := range cases {
		if got := findType(newTestEngine(t), c.text, "LOCATION"); !slices.Equal(got, c.want) {
			t.Errorf("%q: LOCATION %q, want %q", c.text, got, c.want)
		}
	}
}
