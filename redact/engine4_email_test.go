package redact

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestEmailDomainAt checks emailDomainAt and doubleDotIn against the byte
// loops they replaced (emailDomainSlow: the walk over domain characters,
// the trailing dots and dashes, validDomain; hasDoubleDot on the 64 bytes
// before) after every byte of random texts of domain characters with
// other bytes mixed in, at every offset within a block and across block
// boundaries, long domains included.
func TestEmailDomainAt(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 9))
	const alphabet = "ab1-.x-n.Z."
	pieces := []string{"xn--", "com", "example", "-", ".", "..", "@", " ", "é", strings.Repeat("a", 60), strings.Repeat("b.", 70)}
	var sc textScan
	for k := 0; k < 4000; k++ {
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
		for at := range text {
			for s := max(at-64, 0); s < at; s++ {
				if got, want := doubleDotIn(&sc, s, at), hasDoubleDot(text[s:at]); got != want {
					t.Fatalf("doubleDotIn(%q) = %v, hasDoubleDot %v", text[s:at], got, want)
				}
			}
			e, ok := emailDomainAt(&sc, at)
			if we, wok := emailDomainSlow(text, at); e != we || ok != wok {
				t.Fatalf("emailDomainAt(%q, %d) = %d, %v; byte loops %d, %v", text, at, e, ok, we, wok)
			}
		}
	}
}

// hasDoubleDot reports whether s has two dots in a row: doubleDotIn's
// reference, the byte loop it replaced.
func hasDoubleDot(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] == '.' && s[i-1] == '.' {
			return true
		}
	}
	return false
}
