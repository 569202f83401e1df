package rules

import (
	"encoding/binary"
	"math/rand/v2"
	"testing"
)

// TestWordBytesMatchesTable holds the eight-byte test to asciiWord: every
// byte value in every position, and random words.
func TestWordBytesMatchesTable(t *testing.T) {
	check := func(b [8]byte) {
		t.Helper()
		got := wordBytes(binary.LittleEndian.Uint64(b[:]))
		n := 0
		for n < 8 && asciiWord[b[n]] {
			n++
		}
		for k, c := range b {
			if want := asciiWord[c]; (got>>(8*k+7))&1 == 1 != want {
				t.Fatalf("wordBytes(%q): byte %d (%#x) marked %v, want %v", b, k, c, !want, want)
			}
			if got>>(8*k)&0x7f != 0 {
				t.Fatalf("wordBytes(%q): low bits set in byte %d", b, k)
			}
		}
		if p := wordPrefix(binary.LittleEndian.Uint64(b[:])); p != n {
			t.Fatalf("wordPrefix(%q) = %d, want %d", b, p, n)
		}
	}
	for c := range 256 {
		for k := range 8 {
			b := [8]byte{'a', 'B', '0', 'z', 'Z', '9', 'q', 'M'}
			b[k] = byte(c)
			check(b)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		var b [8]byte
		for k := range b {
			// mostly bytes near the ranges' bounds
			b[k] = "/09:@AZ[`az{\x7f\x80\xc3\xff a"[rng.IntN(17)]
		}
		check(b)
	}
}

// TestLowBytes checks the masks wordRun keeps a run's bytes with.
func TestLowBytes(t *testing.T) {
	for n := 0; n < 8; n++ {
		want := uint64(0)
		for k := 0; k < n; k++ {
			want |= 0xff << (8 * k)
		}
		if got := lowBytes(n); got != want {
			t.Errorf("lowBytes(%d) = %#x, want %#x", n, got, want)
		}
	}
}
