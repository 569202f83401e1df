package redact

import (
	"fmt"
	"strings"
	"testing"
)

// TestKinCases25 checks kin words in the cases prepositions and verbs ask
// for (recall25_kin.go) on the engine. Own values.
func TestKinCases25(t *testing.T) {
	checkFindCases(t, []findCase{
		{"Croatian instrumental father", "Raspored:\nLuka dolazi s tatom Markom utorkom.",
			[]string{"PERSON:Luka", "PERSON:Markom"}},
		{"Czech instrumental sister and husband", "Poznámky:\nJana přijde se sestrou Terezou a manželem Petrem.",
			[]string{"PERSON:Jana", "PERSON:Terezou", "PERSON:Petrem"}},
		{"Polish instrumental husband", "Lista:\nbędzie z mężem Tomkiem.",
			[]string{"PERSON:Tomkiem"}},
		{"Romanian genitive son", "Comenzi:\nTort pentru botezul fiului Vlad, 3 mai.", []string{"PERSON:Vlad"}},
		{"Albanian definite accusative son", "Porosi:\nLego për djalin Dritan.", []string{"PERSON:Dritan"}},
		{"Lithuanian instrumental brother", "Sąrašas:\nEglė atvyks su broliu Mariumi.",
			[]string{"PERSON:Eglė", "PERSON:Mariumi"}},
		{"Latvian accusative sister", "Saraksts:\nAnna nāks ar māsu Lieni.", []string{"PERSON:Anna", "PERSON:Lieni"}},
		{"kin forms before no name", "Raspored:\ndolazi s tatom i mamom u 9.", nil},
	})
}

// TestHonorSpeakers25 checks that a title of address that is a common
// word too names the word after it in a chat's speaker label, and the
// same pair elsewhere in the chat (recall25_speaker.go). Own values.
func TestHonorSpeakers25(t *testing.T) {
	chat := "[10:01] ate mila: sino may susi ng clubhouse?\n[10:02] kuya jun: ako na po\n" +
		"[10:03] ate rose: salamat sa lahat\n[10:04] kuya jun: we ate lunch, ate rose too"
	got := personTexts(chat)
	for _, want := range []string{"ate mila", "ate rose"} {
		n := 0
		for _, g := range got {
			if g == want {
				n++
			}
		}
		if want == "ate rose" && n != 2 || n == 0 {
			t.Errorf("%q found %d times in %q", want, n, got)
		}
	}
	for _, g := range got {
		if g == "ate lunch" || g == "lunch" {
			t.Errorf("took %q for a name: %q", g, got)
		}
	}
	plain := "[10:01] ann: we ate lunch\n[10:02] bob: ate rose jam too\n[10:03] ann: ok"
	for _, g := range personTexts(plain) {
		if g == "ate rose" || g == "rose" {
			t.Errorf("took %q for a name with no speaker label: %q", g, personTexts(plain))
		}
	}
}

// TestRecall25Lower checks the lower-case records of recall25_lower.go: a
// phone right after the name ends it, and an Arabic family name with its
// article in lower case is a family name. Own values.
func TestRecall25Lower(t *testing.T) {
	note := "stall sms list, keep it short.\n\n- %s 0412 555 018 — dates, stall 3\n- kev 0418 555 215 — candles\nring after 5"
	for _, tc := range []struct{ name, want string }{
		{"sean o'rourke", "sean o'rourke"},     // an apostrophe family name before a phone
		{"ahmed al-hassan", "ahmed al-hassan"}, // an Arabic family name with its article
		{"visit al-jazeera", ""},               // a brand with the article
	} {
		text := fmt.Sprintf(note, tc.name)
		got := ""
		for _, p := range personTexts(text) {
			if strings.Contains(tc.name, p) {
				got = p
			}
		}
		if got != tc.want {
			t.Errorf("%q: PERSON %q, want %q (all: %q)", tc.name, got, tc.want, personTexts(text))
		}
	}
	for _, tc := range []struct {
		w    string
		want bool
	}{{"Al-Hassan", true}, {"al-amin", true}, {"Abu-Hassan", true}, {"Al-Jazeera", false}, {"El-Paso", false}} {
		f := tokenFlags(tc.w)
		if tc.w[0] >= 'a' {
			f = lowerNameFlags(tc.w)
		}
		if got := f&nameFamily != 0; got != tc.want {
			t.Errorf("%q a family name: got %v, want %v", tc.w, got, tc.want)
		}
	}
}
