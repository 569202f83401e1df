package redact

import (
	"math/rand/v2"
	"testing"
)

// TestMaybeAtCoversMaybe checks that ctxFilter.maybeAt, which reads word
// starts from the scan's marks, is true wherever maybe is, on random
// windows of texts made of context-word pieces, letters, digits, word
// punctuation and non-ASCII bytes, across block boundaries.
func TestMaybeAtCoversMaybe(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 11))
	pieces := []string{"born", "Birth", "DOB", "geb.", "né", "âge", "Âge", "address", "ADDR", "passport", "licence",
		"bank", "acct", "3rd", "x", "a", "Müller", "é", "ß", "'", "-", ".", " ", " ", "\n", "7", "12", ",", ":",
		"\xc3", "\xbc", "\xe3\x81\x82", "ab", "Ba", "zz"}
	filters := map[string]*ctxFilter{"address": addressFilter, "birth": birthFilter, "doc": docFilter, "strongPerson": strongPersonFilter}
	var sc textScan
	for range 20000 {
		var b []byte
		for n := rng.IntN(60); n > 0; n-- {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		text := string(b)
		sc.reset(text, false)
		for range 8 {
			lo := rng.IntN(len(text)+20) - 10
			hi := lo + rng.IntN(70)
			for name, f := range filters {
				if f.maybe(text, lo, hi) && !f.maybeAt(&sc, lo, hi) {
					t.Fatalf("%s: maybe(%q, %d, %d) is true, maybeAt false", name, text, lo, hi)
				}
			}
		}
	}
}
