package redact

import (
	"math/rand"
	"strings"
	"testing"
)

// TestLowerFastPaths checks the lower-case readers' shortcuts against the
// paths they stand for: lowerWordEndPlain against lowerWordEnd, and
// lowerNameFlagsOf's packed lookup of a plain word against the copy and
// tokenFlags, for every gazetteer key in lower case and words of our own.
func TestLowerFastPaths(t *testing.T) {
	for _, s := range []string{"abc", "hello world", "o'brien x", "abcdefghijklmnop", "abcdefgh", "abcdefghé",
		"zz{a`b", "x'", "ab'cd'ef ghijkl", "mañana bien", "d'angelo, 34", "rock'n'roll night", "it's", "'quoted'"} {
		for i := range s {
			if s[i] < 'a' || s[i] > 'z' {
				continue
			}
			e, plain := lowerWordEndPlain(s, i)
			if we := lowerWordEnd(s, i); e != we || plain != plainLowerWord(s[i:we]) {
				t.Errorf("lowerWordEndPlain(%q, %d) = %d, %v; lowerWordEnd %d", s, i, e, plain, we)
			}
		}
	}
	// random texts of letters, apostrophes, neighbours of a-z and bytes
	// beyond ASCII, for the eight-byte scan
	r := rand.New(rand.NewSource(1))
	const alphabet = "abcdefghijklmnopqrstuvwxyz'` {@Z\x80\xc3\xa9\xff"
	for k := 0; k < 20000; k++ {
		b := make([]byte, 1+r.Intn(24))
		for j := range b {
			b[j] = alphabet[r.Intn(len(alphabet))]
		}
		s := string(b)
		for i := range s {
			if s[i] >= 'a' && s[i] <= 'z' {
				e, plain := lowerWordEndPlain(s, i)
				if we := lowerWordEnd(s, i); e != we || plain != plainLowerWord(s[i:we]) {
					t.Fatalf("lowerWordEndPlain(%q, %d) = %d, %v; lowerWordEnd %d", s, i, e, plain, we)
				}
			}
		}
	}
	words := append(nameFlags.keyList(), "give", "me", "three", "subject", "lines", "mcdonald", "macarthur", "oclock")
	for _, k := range words {
		w := strings.ToLower(k)
		if !plainLowerWord(w) || len(w) < 2 {
			continue
		}
		if got, want := lowerNameFlagsOf(w, true), lowerNameFlagsOf(w, false); got != want {
			t.Errorf("lowerNameFlagsOf(%q): packed %d, copied %d", w, got, want)
		}
	}
}
