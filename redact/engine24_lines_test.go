package redact

import (
	"math/rand"
	"strings"
	"testing"
)

// TestLastNewline checks the marks' reading of the last line break
// against strings.LastIndexByte on texts of many lengths and line
// layouts, at every pair of bounds.
func TestLastNewline(t *testing.T) {
	rng := rand.New(rand.NewSource(24))
	var sc textScan
	for n := 0; n < 300; n++ {
		var sb strings.Builder
		for sb.Len() < n {
			switch r := rng.Intn(40); {
			case r == 0:
				sb.WriteByte('\n')
			case r == 1 && n > 150:
				sb.WriteString("\n\n")
			case r == 2:
				sb.WriteString("é")
			default:
				sb.WriteByte(byte('a' + r%26))
			}
		}
		text := sb.String()
		sc.reset(text, true)
		for lo := 0; lo <= len(text); lo++ {
			for i := lo; i <= len(text); i++ {
				want := strings.LastIndexByte(text[lo:i], '\n')
				if want >= 0 {
					want += lo
				}
				if got := sc.lastNewline(lo, i); got != want {
					t.Fatalf("len %d: lastNewline(%d, %d) = %d, want %d", len(text), lo, i, got, want)
				}
			}
			if got, want := sc.lineStart(lo), strings.LastIndexByte(text[:lo], '\n')+1; got != want {
				t.Fatalf("len %d: lineStart(%d) = %d, want %d", len(text), lo, got, want)
			}
		}
	}
}
