package redact

import (
	"math/rand/v2"
	"testing"
)

// TestIBANMasks checks the mask test of the BBAN structure against
// bbanMatches for every country with a known structure, on random
// upper-case candidates of the country's length that follow its structure
// but for a few characters.
func TestIBANMasks(t *testing.T) {
	rng := rand.New(rand.NewPCG(26, 34))
	const digits, letters = "0123456789", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	tried, passed := 0, 0
	for a := range ibanFormats {
		for b, parts := range ibanFormats[a] {
			if parts == nil {
				continue
			}
			want := int(ibanLen[a][b])
			for range 200 {
				buf := make([]byte, want)
				buf[0], buf[1] = byte('A'+a), byte('A'+b)
				buf[2], buf[3] = digits[rng.IntN(10)], digits[rng.IntN(10)]
				p := 4
				for _, part := range parts {
					for range part.count {
						switch {
						case part.class == 'n' && rng.IntN(30) != 0:
							buf[p] = digits[rng.IntN(10)]
						case part.class == 'a' && rng.IntN(30) != 0:
							buf[p] = letters[rng.IntN(26)]
						case rng.IntN(2) == 0:
							buf[p] = digits[rng.IntN(10)]
						default:
							buf[p] = letters[rng.IntN(26)]
						}
						p++
					}
				}
				var digits uint64
				for i, c := range buf {
					if isDigit(c) {
						digits |= 1 << uint(i)
					}
				}
				m := ibanMasks[a][b]
				got := m.fits(digits)
				if w := bbanMatches(buf[4:], parts); got != w {
					t.Fatalf("%s: masks say %v, bbanMatches %v", buf, got, w)
				}
				tried++
				if got {
					passed++
				}
			}
		}
	}
	if passed == 0 || passed == tried {
		t.Fatalf("%d of %d candidates pass: the test does not tell", passed, tried)
	}
}

// TestIBANCase checks the collecting loop's case rules: one case or the
// other, not both, with and without groups.
func TestIBANCase(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"IBAN GB82 WEST 1234 5698 7654 32 please", true},
		{"IBAN gb82 west 1234 5698 7654 32 please", true},
		{"IBAN GB82WEST12345698765432 please", true},
		{"IBAN GB82 wEST 1234 5698 7654 32 please", false},
		{"IBAN GB82 W3ST 1234 5698 7654 32 please", false}, // a digit where the bank code has letters
	} {
		got := len(ibanDetector{}.Detect(c.text, nil)) > 0
		if got != c.want {
			t.Errorf("%q: found %v, want %v", c.text, got, c.want)
		}
	}
}
