package redact

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// dateGateTexts returns texts of three groups of digits joined by the
// date separators, of every length from one to five digits and every
// pair of separators (the second also with a space after it, "3.4. 5"),
// after and before birth words: the shapes whose date try the
// detector's loop drops when the second group cannot be a month or the
// third a year (dateYearFits, dob_gate.go). Each holds a date the
// detector finds when its groups fit.
func dateGateTexts() []string {
	first := []string{"", "3", "12", "123", "1990", "19901"}
	second := []string{"", "5", "07", "075", "0750", "07501"}
	third := []string{"", "9", "88", "198", "1988", "19881"}
	var out []string
	for a := 1; a <= 5; a++ {
		for b := 1; b <= 5; b++ {
			for c := 0; c <= 5; c++ {
				for _, s1 := range "/.-" {
					// (a separator and a space: "3.4. 5", the third group
					// not right after the second)
					for _, s2 := range []string{"/", ".", "-", " ", "/ ", ". ", "- "} {
						g := first[a] + string(s1) + second[b] + s2 + third[c]
						out = append(out, "born "+g, "Geburtstag: "+g+" Gäste", "her birthday "+g+"!", g+" (date of birth)")
					}
				}
			}
		}
	}
	return out
}

// TestDateGateExact runs the date shapes, and random texts made of date
// pieces, through Find with and without the exact gates.
func TestDateGateExact(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	texts := dateGateTexts()
	rng := rand.New(rand.NewPCG(23, 5))
	pieces := []string{"born ", "DOB ", "Geburtstag ", "am ", "1", "12", "123", "1234", "19", "2001", "/", ".", "-", " ", ", ", "x"}
	for range 20000 {
		var b strings.Builder
		for range 2 + rng.IntN(10) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	found := 0
	for _, text := range texts {
		checkGatesExact(t, e, text)
		if len(e.Find(text)) > 0 {
			found++
		}
	}
	t.Logf("%d texts, %d with a span", len(texts), found)
}

func TestDateYearFits(t *testing.T) {
	for _, c := range []struct {
		n, l int
		want bool
	}{
		{1, 2, true}, {2, 4, true}, {2, 1, false}, {1, 3, false}, {2, 5, false},
		{4, 1, true}, {4, 2, true}, {4, 3, false}, {4, 4, false},
	} {
		if got := dateYearFits(c.n, digitRun{10, 10 + c.l}); got != c.want {
			t.Errorf("dateYearFits(%d, %d digits) = %v, want %v", c.n, c.l, got, c.want)
		}
	}
}
