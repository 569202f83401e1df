package caddymodule

import (
	"encoding/binary"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"
)

// appendJSONStringRef is appendJSONString with its 8-byte loop inline, as
// it was before plainPrefix.
func appendJSONStringRef(dst []byte, s string) []byte {
	const highs = 0x8080808080808080
	b := unsafe.Slice(unsafe.StringData(s), len(s))
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		for i+8 <= len(b) && needsCare(binary.LittleEndian.Uint64(b[i:]))&highs == 0 {
			i += 8
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// TestAppendJSONStringSame holds appendJSONString to its former loop on
// texts with every kind of byte at every offset of the 8-byte steps.
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
		if got, want := appendJSONString([]byte("p"), s), appendJSONStringRef([]byte("p"), s); string(got) != string(want) {
			t.Fatalf("appendJSONString(%q) = %q, want %q", s, got, want)
		}
	}
}

func BenchmarkAppendJSONString(b *testing.B) {
	s := benchMarketing()
	buf := make([]byte, 0, 4096)
	for _, impl := range []struct {
		name string
		fn   func([]byte, string) []byte
	}{{"new", appendJSONString}, {"ref", appendJSONStringRef}} {
		b.Run(impl.name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				buf = impl.fn(buf[:0], s)
			}
		})
	}
}
