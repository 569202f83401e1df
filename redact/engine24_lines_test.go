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

// TestLastNewlineIn checks the eight-byte reading of the last line break
// against strings.LastIndexByte, with bytes of every value around it.
func TestLastNewlineIn(t *testing.T) {
	rng := rand.New(rand.NewSource(2424))
	for n := 0; n < 5000; n++ {
		b := make([]byte, rng.Intn(70))
		for i := range b {
			switch rng.Intn(4) {
			case 0:
				b[i] = '\n'
			case 1:
				b[i] = byte(rng.Intn(256))
			case 2:
				b[i] = '\n' ^ byte(1<<rng.Intn(8))
			default:
				b[i] = 'a' + byte(rng.Intn(26))
			}
		}
		if rng.Intn(3) == 0 {
			for i := range b {
				if b[i] == '\n' {
					b[i] = '.'
				}
			}
		}
		s := string(b)
		if got, want := lastNewlineIn(s), strings.LastIndexByte(s, '\n'); got != want {
			t.Fatalf("lastNewlineIn(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestLastBlankIn checks lastBlankIn against a byte loop on random bytes.
func TestLastBlankIn(t *testing.T) {
	rng := rand.New(rand.NewSource(2425))
	for n := 0; n < 5000; n++ {
		b := make([]byte, rng.Intn(70))
		for i := range b {
			switch rng.Intn(6) {
			case 0:
				b[i] = '\n'
			case 1:
				b[i] = ' '
			case 2:
				b[i] = byte(rng.Intn(256))
			case 3:
				b[i] = " \n"[rng.Intn(2)] ^ byte(1<<rng.Intn(8))
			default:
				b[i] = 'a' + byte(rng.Intn(26))
			}
		}
		if rng.Intn(3) == 0 {
			for i := range b {
				if b[i] == '\n' || b[i] == ' ' {
					b[i] = '.'
				}
			}
		}
		s := string(b)
		want := strings.LastIndexAny(s, " \n")
		if got := lastBlankIn(s); got != want {
			t.Fatalf("lastBlankIn(%q) = %d, want %d", s, got, want)
		}
	}
}
