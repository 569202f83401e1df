package redact

import (
	"slices"
	"testing"
)

func TestLowerNamesInCasualText(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"after ask", "quick one: ask kavita whether the Diwali banner is live", []string{"kavita"}},
		{"after w/", "notes from the call w/ rahul: he wants the PDF", []string{"rahul"}},
		{"after with, and family", "sync with oliver bennett about the Q3 Budget", []string{"oliver bennett"}},
		{"after a relation word", "my neighbour said her husband tomasz cooks every Sunday", []string{"tomasz"}},
		{"before a verb", "fyi noah says the Black Friday copy is too long", []string{"noah"}},
		{"dash and a pronoun", "a card for one of our VIPs, ngozi - she's been with us for years", []string{"ngozi"}},
		{"before from", "so fatima from accounts needs the CSV", []string{"fatima"}},
		{"line opening a record", "leads from the fair:\n- olivia hartmann, Berlin, florist\n- more to come", []string{"olivia hartmann"}},
		{"German relation word", "kurze Frage: meine tochter lena hat Geburtstag", []string{"lena"}},
		{"German from", "noch was: jonas aus dem Lager fragt nach", []string{"jonas"}},
		{"after a title", "pls send mrs kowalski the Refund form", []string{"mrs kowalski"}},
		{"Dutch title", "maak dit netter: hoi mevrouw jansen, sorry voor de Vertraging", []string{"mevrouw jansen"}},
		{"signing off", "schrijf een kort bericht. groetjes fleur, Team Bloem", []string{"fleur"}},
		{"named", "there is a guy named rohan at the IT desk", []string{"rohan"}},
		{"text with a capital first", "Ask kavita whether the Diwali banner is live", nil},
		{"ambiguous word", "ask will if the Banner is live", nil},
		{"word, no cue", "we sell jasmine tea and Earl Grey", nil},
		{"a common word before a pronoun", "as a christian, he volunteers at the Food Bank", nil},
		{"given name, no family, comma", "- olivia, Berlin", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := personTexts(tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Detect(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// personTexts returns the texts of the PERSON spans the person detector
// finds in text, in order.
func personTexts(text string) []string {
	var got []string
	for _, s := range (personDetector{}).Detect(text, nil) {
		if s.Type == "PERSON" {
			got = append(got, text[s.Start:s.End])
		}
	}
	return got
}
