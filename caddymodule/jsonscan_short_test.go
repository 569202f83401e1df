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

// TestScanStringSame holds scanString and shortString, which test eight
// bytes at a time before searching, to the byte loop, with quotes,
// backslashes and bytes outside ASCII at every offset of the 8-byte steps,
// and tokens cut short.
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
		if end, esc := shortString(s, 0); end != wantEnd || end >= 0 && esc != wantEsc {
			t.Fatalf("shortString(%q) = %d, %v, want %d, %v", s, end, esc, wantEnd, wantEsc)
		}
	}
}
