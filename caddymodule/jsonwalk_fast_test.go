package caddymodule

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// appendJSONStringSpec is what appendJSONString writes, rune by rune:
// quotes, backslashes and control characters escaped (\n, \r, \t by name,
// the others as \u00XX), a byte of invalid UTF-8 as \ufffd, every other
// rune as it is.
func appendJSONStringSpec(dst []byte, s string) []byte {
	dst = append(dst, '"')
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			dst = append(dst, `\ufffd`...)
		case r == '"' || r == '\\':
			dst = append(dst, '\\', byte(r))
		case r == '\n':
			dst = append(dst, `\n`...)
		case r == '\r':
			dst = append(dst, `\r`...)
		case r == '\t':
			dst = append(dst, `\t`...)
		case r < 0x20:
			dst = fmt.Appendf(dst, `\u%04x`, r)
		default:
			dst = append(dst, s[i:i+size]...)
		}
		i += size
	}
	return append(dst, '"')
}

// TestAppendJSONStringSame holds appendJSONString to its spec on texts
// with every kind of byte at every offset of the 8- and 16-byte steps.
func TestAppendJSONStringSame(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	pieces := []string{"a", "bcdefgh", "12345678", "\"", "\\", "\n", "\x00", "\x1f", "\x7f", "é", "😀", "\u2028",
		"\xc3", "\xa9", "\xe2\x82", "\xff", " ", strings.Repeat("x", 17)}
	for range 50000 {
		var sb strings.Builder
		for range rng.IntN(16) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := sb.String()
		if got, want := appendJSONString([]byte("p"), s), appendJSONStringSpec([]byte("p"), s); string(got) != string(want) {
			t.Fatalf("appendJSONString(%q) = %q, want %q", s, got, want)
		}
	}
}

func BenchmarkAppendJSONString(b *testing.B) {
	s := benchMarketing()
	buf := make([]byte, 0, 4096)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		buf = appendJSONString(buf[:0], s)
	}
}
