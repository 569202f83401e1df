package redact

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// shopHeadBeforeFull is shopHeadBefore without its shopEnds pre-test.
func shopHeadBeforeFull(text string, start int) bool {
	if start < 4 || text[start-1] != ' ' {
		return false
	}
	n := lastWordLen(text, start-1)
	b := start - 1 - n
	return n >= 3 && upperAt(text, b) && (b == 0 || !isAlpha(text[b-1])) && shopHeads.has(text[b:start-1])
}

// TestEngine14PretestsExact checks that the pre-tests of ambassadorNear
// (before ambassadorNearAt, the full test for any name) and
// shopHeadBefore change no answer, on texts built from pieces that
// come near and just miss what the full tests look for.
func TestEngine14PretestsExact(t *testing.T) {
	for _, w := range shopHeads.keyList() {
		if w != "" && len(w) < 4 {
			t.Fatalf("shopHeads word %q is under four bytes: shopHeadBefore's start < 5 reject is no longer exact", w)
		}
	}
	pieces := []string{
		"ambassador", "Ambassador", "ambassadors", "mbassador", "ambassado", "bassador", "amb", "mb", "b", "m",
		"Salon ", "Chez ", "Café ", "Trattoria ", "Bakery ", "salon ", "Xalon ", "on ", "ez ",
		"Mara Quist", "Tove Lind", " ", " ", ". ", ".", "\n", ", ", ": ", "is our ", "this year ", "é", "’",
	}
	rng := rand.New(rand.NewPCG(14, 15))
	hitsA, hitsS := 0, 0
	for n := 0; n < 200000; n++ {
		var sb strings.Builder
		for k := rng.IntN(12); k >= 0; k-- {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := sb.String()
		if len(text) < 2 {
			continue
		}
		start := rng.IntN(len(text))
		end := start + 1 + rng.IntN(len(text)-start)
		if end > len(text) {
			end = len(text)
		}
		if start >= end {
			continue
		}
		if got, want := ambassadorNear(text, start, end), ambassadorNearAt(text, start, end); got != want {
			t.Fatalf("ambassadorNear(%q, %d, %d) = %v, full test %v", text, start, end, got, want)
		} else if got {
			hitsA++
		}
		if got, want := shopHeadBefore(text, start), shopHeadBeforeFull(text, start); got != want {
			t.Fatalf("shopHeadBefore(%q, %d) = %v, full test %v", text, start, got, want)
		} else if got {
			hitsS++
		}
	}
	if hitsA < 1000 || hitsS < 1000 {
		t.Fatalf("too few true answers to compare: ambassadorNear %d, shopHeadBefore %d", hitsA, hitsS)
	}
}
