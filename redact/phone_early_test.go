package redact

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestPhoneScorelessTable(t *testing.T) {
	for _, c := range []struct {
		text string
		glen []int
		want bool
	}{
		{"321-54-9876", []int{3, 2, 4}, true},
		{"071-54-9876", []int{3, 2, 4}, true},
		{"001-54-9876", []int{3, 2, 4}, false}, // the 00 prefix: intlPossible decides
		{"321-543-9876", []int{3, 3, 4}, false},
		{"32-54-9876", []int{2, 2, 4}, false},
		{"321 54 9876 1", []int{3, 2, 4, 1}, false},
		{"4321 5432 1098", []int{4, 4, 4}, true},
		{"0321 5432 1098", []int{4, 4, 4}, false}, // a trunk 0 in twelve digits
		{"9876543", []int{7}, false},
	} {
		n := 0
		for _, g := range c.glen {
			n += g
		}
		if got := phoneScoreless(c.text, 0, c.glen, n); got != c.want {
			t.Errorf("phoneScoreless(%q, %v) = %v, want %v", c.text, c.glen, got, c.want)
		}
	}
}

// TestPhoneScoreless checks that the early drop of phoneScoreless finds
// the spans the full scoring finds: random chains of digit groups in the
// shapes it drops and their neighbours, with and without a leading "+",
// "(", "00" or trunk 0, their context words and separators.
func TestPhoneScoreless(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(26, 9))
	words := []string{"", "call ", "phone: ", "order ", "Tel. ", "SSN ", "ref ", "text me at ", "fax "}
	leads := []string{"", "+", "(", "00", "0", "1", "+1 ", "(0"}
	seps := []string{" ", "-", ".", "/", ") ", " - ", "("}
	shapes := [][]int{{3, 2, 4}, {4, 4, 4}, {3, 3, 4}, {2, 2, 4}, {3, 2, 4, 2}, {12}, {13}, {4, 4, 5}, {6, 6}, {3, 4, 5}, {1, 3, 2, 4}}
	for range 20000 {
		var b strings.Builder
		b.WriteString(words[rng.IntN(len(words))])
		b.WriteString(leads[rng.IntN(len(leads))])
		sep := seps[rng.IntN(len(seps))]
		for k, g := range shapes[rng.IntN(len(shapes))] {
			if k > 0 {
				if rng.IntN(5) == 0 {
					b.WriteString(seps[rng.IntN(len(seps))])
				} else {
					b.WriteString(sep)
				}
			}
			for range g {
				b.WriteByte(byte('0' + rng.IntN(10)))
			}
		}
		b.WriteString([]string{"", ".", " today", ")", ", thanks", "x"}[rng.IntN(6)])
		checkGatesExact(t, e, b.String())
	}
}
