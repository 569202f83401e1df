package caddymodule

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// TestValidRunSame holds validRun, whose first loop tests a block for
// control characters and bytes outside ASCII at once, to its definition
// (no byte below 0x20, valid UTF-8), with the odd byte at every offset of
// texts long enough for several 32-byte blocks.
func TestValidRunSame(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 10))
	odd := []string{"\x00", "\x1f", "\x20", "\x7f", "\x80", "\xc3\xa9", "\xc3", "\xe2\x82\xac", "\xed\xa0\x80", "\xff", "\t", "\n"}
	for range 20000 {
		b := make([]byte, rng.IntN(130))
		for i := range b {
			b[i] = byte(' ' + rng.IntN(95))
		}
		for range rng.IntN(3) {
			if len(b) == 0 {
				break
			}
			o := odd[rng.IntN(len(odd))]
			at := rng.IntN(len(b))
			b = append(b[:at], append([]byte(o), b[at:]...)...)
		}
		want := !hasControl(b) && utf8.Valid(b)
		if got := validRun(b); got != want {
			t.Fatalf("validRun(%q) = %v, want %v", b, got, want)
		}
	}
}

// TestPlainBytes holds plainBytes to its definition, byte by byte.
func TestPlainBytes(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 11))
	for range 20000 {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			b[i] = byte(' ' + rng.IntN(95))
			if rng.IntN(60) == 0 {
				b[i] = byte(rng.IntN(256))
			}
		}
		want := true
		for _, c := range b {
			if c < 0x20 || c >= 0x80 || c == '"' || c == '\\' {
				want = false
			}
		}
		if got := plainBytes(b); got != want {
			t.Fatalf("plainBytes(%q) = %v, want %v", b, got, want)
		}
		if want && string(appendJSONContent(nil, string(b))) != string(b) {
			t.Fatalf("appendJSONContent changes the plain %q", b)
		}
	}
}
