package redact

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestValidDomainAt checks validDomainAt against validDomain on every
// window of random texts of domain characters (with other bytes mixed
// in), at every offset within a block and across block boundaries.
func TestValidDomainAt(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 9))
	const alphabet = "ab1-.x-n.Z."
	pieces := []string{"xn--", "com", "example", "-", ".", "..", "@", " ", "é", strings.Repeat("a", 60)}
	var sc textScan
	for k := 0; k < 3000; k++ {
		var b []byte
		for n := rng.IntN(40); n > 0; n-- {
			if rng.IntN(4) == 0 {
				b = append(b, pieces[rng.IntN(len(pieces))]...)
			} else {
				b = append(b, alphabet[rng.IntN(len(alphabet))])
			}
		}
		text := string(b)
		sc.reset(text, false)
		for a := 0; a <= len(text); a++ {
			for e := a; e <= len(text) && e-a < 80; e++ {
				if got, want := validDomainAt(&sc, a, e), validDomain(text[a:e]); got != want {
					t.Fatalf("validDomainAt(%q) = %v, validDomain %v", text[a:e], got, want)
				}
			}
		}
	}
}
