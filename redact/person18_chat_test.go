package redact

import "testing"

// TestPerson18ChatLabels covers speaker labels of three words, a middle
// initial, a time with its meridiem, an accented last letter, speakers
// who each speak once but talk about each other, and a business's own
// speaker.
func TestPerson18ChatLabels(t *testing.T) {
	checkTypeCases(t, "PERSON", []typeCase{
		{"can u sum this up\n\n[2/5/26, 08:10] nou chee her: is the swim lesson still on sat?\n[2/5/26, 08:12] Lakeside Swim School: Yes as usual\n[2/5/26, 08:15] rosalind de leon: same q for my boy\n[2/5/26, 08:20] nou chee her: ok thx",
			[]string{"nou chee her", "rosalind de leon", "nou chee her"}},
		{"summarise pls\n\n[3/6/26 10:01] teodoro q. almanza: who brings the chairs\n[3/6/26 10:04] benedikta ruiz: me\n[3/6/26 10:09] teodoro q. almanza: ok gracias",
			[]string{"teodoro q. almanza", "benedikta ruiz", "teodoro q. almanza"}},
		{"recap this thread\n\n#league\nruben tsosie 8:02 PM: table booked for friday\nlaverne pinto 8:05 PM: nice, who else is coming\nruben tsosie 8:07 PM: just us two lol",
			[]string{"ruben tsosie", "laverne pinto", "ruben tsosie"}},
		{"resume esto\n\n[1/4/26 9:00] iñaki ortúzar: llego tarde\n[1/4/26 9:02] begoña lasa: vale\n[1/4/26 9:05] iñaki ortúzar: gracias",
			[]string{"iñaki ortúzar", "begoña lasa", "iñaki ortúzar"}},
		{"recap\n\nruben tsosie 8:02 PM: table booked, @laverne pinto u in?\nlaverne pinto 8:05 PM: yes\nruben tsosie 8:07 PM: see @ruben tsosie.x lol",
			[]string{"ruben tsosie", "laverne pinto", "laverne pinto", "ruben tsosie"}},
		{"make a post from this\n\nganbold: gg all, aslan was on fire\naslan kairatov: lol ty\nzhibek omarova: next week again?",
			[]string{"ganbold", "aslan", "aslan kairatov", "zhibek omarova"}},
		{"fill these in\n\nnote: bring cake\nstatus: pending\ntotal: twelve",
			nil},
		{"turn this into a post for the salon\n\n[10:02] zodwa: my nails are still perfect\n[10:05] salon: thank u!! see u next month\n[10:07] zodwa: the salon is the best",
			[]string{"zodwa", "zodwa"}},
	})
}

// TestChatBizWord covers the business words of a speaker's label.
func TestChatBizWord(t *testing.T) {
	for w, want := range map[string]bool{
		"salon": true, "shop": true, "studio": true, "bakery": true, "tutoring": true, "school": true,
		"rose": false, "zodwa": false, "hall": false, "ng": false,
	} {
		if got := chatBizWord(w); got != want {
			t.Errorf("chatBizWord(%q) = %v, want %v", w, got, want)
		}
	}
}
