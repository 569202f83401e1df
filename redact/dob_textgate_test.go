package redact

import (
	"strings"
	"testing"
)

// TestDOBCueWords checks that dobCueIn finds every cue word of the
// date-of-birth paths that need one, in lower, title and upper ASCII case
// (the paths fold no other letters), alone and inside a text, and none in
// texts without them.
func TestDOBCueWords(t *testing.T) {
	whole, label, stems := dobCueWords()
	var words []string
	words = append(words, whole...)
	words = append(words, label...)
	for _, s := range stems {
		words = append(words, s, s+"sdatum") // a stem starts a label's word
	}
	var sc textScan
	for _, w := range words {
		forms := []string{w, upperASCII(w)}
		if w[0] < 0x80 {
			forms = append(forms, upperASCII(w[:1])+w[1:])
		}
		for _, f := range forms {
			for _, text := range []string{f, f + " 12", "(" + f + ": 3/4", "am 5. Mai " + f + ", 14 Uhr", "x_" + f + "-7"} {
				sc.reset(text, true)
				if !dobCueIn(&sc) {
					t.Errorf("dobCueIn(%q) = false, want true (cue %q)", text, w)
				}
				sc.release()
			}
		}
	}
	for _, text := range []string{
		"Generate 3 headlines comparing version 2 with the annual plan", "company of 40 nations", "gebraucht 12",
		"Budget 900 until June", "the boring part takes 7 days", "nacho platter for 4", "urgent: 3 boxes",
	} {
		sc.reset(text, true)
		if dobCueIn(&sc) {
			t.Errorf("dobCueIn(%q) = true, want false", text)
		}
		sc.release()
	}
}

// upperASCII returns s with its ASCII letters in upper case.
func upperASCII(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return r - ('a' - 'A')
		}
		return r
	}, s)
}
