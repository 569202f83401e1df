package caddymodule

import (
	"math/rand/v2"
	"testing"
)

// scanStringRef is scanString byte by byte: the end of the string token at
// s[i] (after the first quote not escaped by a backslash), whether it has
// escapes, or -1.
func scanStringRef(s string, i int) (int, bool) {
	esc := false
	for j := i + 1; j < len(s); j++ {
		switch s[j] {
		case '"':
			return j + 1, esc
		case '\\':
			esc = true
			j++
		}
	}
	return -1, esc
}

// TestScanStringSame holds scanString, which tests eight bytes at a time
// before searching, to the byte loop, and plainString to the byte loop and
// validString, with quotes, backslashes, control characters and bytes
// outside ASCII at every offset of the 8-byte steps, and tokens cut short.
func TestScanStringSame(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := []byte("abcdefgh\"\\\\\x00\x1f\x7f\x80\xc3\xa9\xff ")
	for range 200000 {
		b := make([]byte, 1+rng.IntN(40))
		b[0] = '"'
		for i := 1; i < len(b); i++ {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		s := string(b)
		wantEnd, wantEsc := scanStringRef(s, 0)
		if end, esc := scanString(s, 0); end != wantEnd || end >= 0 && esc != wantEsc {
			t.Fatalf("scanString(%q) = %d, %v, want %d, %v", s, end, esc, wantEnd, wantEsc)
		}
		// plainString: the end of a token without escapes or control
		// characters, which validString accepts too.
		plain := wantEnd
		if wantEsc || wantEnd >= 0 && hasControl(b[1:wantEnd-1]) {
			plain = -1
		}
		if got := plainString(s, 0); got != plain {
			t.Fatalf("plainString(%q) = %d, want %d", s, got, plain)
		}
		if plain >= 0 && validString(b, 0, false) != plain {
			t.Fatalf("plainString(%q) = %d, but validString says %d", s, plain, validString(b, 0, false))
		}
	}
}
