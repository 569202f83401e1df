package redact

import (
	"math/rand"
	"strings"
	"testing"
)

// TestLastNewline checks the marks' reading of the last line break
// against strings.LastIndexByte, at every pair of bounds, and of the next
// one (lineEnd) against lineEndAt, at every byte (in order and in random
// order), on texts of many lengths and line layouts.
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
		// in order, then in random order: lineEnd remembers its last
		// answer (linear25), which a text's next reset must forget
		for _, i := range append(rng.Perm(len(text)+1), rng.Perm(len(text)+1)...) {
			if got, want := sc.lineEnd(i), lineEndAt(text, i); got != want {
				t.Fatalf("len %d: lineEnd(%d) = %d, want %d", len(text), i, got, want)
			}
		}
		for i := 0; i <= len(text); i++ {
			if got, want := sc.lineEnd(i), lineEndAt(text, i); got != want {
				t.Fatalf("len %d: lineEnd(%d) = %d, want %d", len(text), i, got, want)
			}
		}
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

// randomBlankBytes returns up to 69 random bytes: the bytes of blanks,
// bytes one bit away from them, any byte and letters, and in a third of
// the texts none of blanks.
func randomBlankBytes(rng *rand.Rand, blanks string) string {
	b := make([]byte, rng.Intn(70))
	for i := range b {
		switch rng.Intn(5) {
		case 0:
			b[i] = blanks[rng.Intn(len(blanks))]
		case 1:
			b[i] = byte(rng.Intn(256))
		case 2:
			b[i] = blanks[rng.Intn(len(blanks))] ^ byte(1<<rng.Intn(8))
		default:
			b[i] = 'a' + byte(rng.Intn(26))
		}
	}
	if rng.Intn(3) == 0 {
		for i := range b {
			if strings.IndexByte(blanks, b[i]) >= 0 {
				b[i] = '.'
			}
		}
	}
	return string(b)
}

// TestLastNewlineIn checks the eight-byte reading of the last line break
// against strings.LastIndexByte, with bytes of every value around it.
func TestLastNewlineIn(t *testing.T) {
	rng := rand.New(rand.NewSource(2424))
	for range 5000 {
		s := randomBlankBytes(rng, "\n")
		if got, want := lastNewlineIn(s), strings.LastIndexByte(s, '\n'); got != want {
			t.Fatalf("lastNewlineIn(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestLastBlankIn checks lastBlankIn against strings.LastIndexAny on
// random bytes.
func TestLastBlankIn(t *testing.T) {
	rng := rand.New(rand.NewSource(2425))
	for range 5000 {
		s := randomBlankBytes(rng, " \n")
		if got, want := lastBlankIn(s), strings.LastIndexAny(s, " \n"); got != want {
			t.Fatalf("lastBlankIn(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestNextBefore checks nextBefore (the first marked byte in [i, b),
// linear25) against next, for every pair of bounds, on texts of capitals,
// line breaks and other letters of many lengths.
func TestNextBefore(t *testing.T) {
	rng := rand.New(rand.NewSource(25))
	var sc textScan
	for n := 0; n < 200; n += 1 + n/20 {
		pieces := [...]string{"\n", "Q", "É", "abc", "de fgh", "ijklmnopqrstuvwxyz ", "x"}
		var sb strings.Builder
		for sb.Len() < n {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		text := sb.String()
		sc.reset(text, true)
		for _, c := range []int{mkCapital, mkNewline} {
			for i := 0; i <= len(text); i++ {
				for b := i; b <= len(text); b++ {
					want := sc.next(c, i)
					if want >= b {
						want = -1
					}
					if got := sc.nextBefore(c, i, b); got != want {
						t.Fatalf("len %d, mark %d: nextBefore(%d, %d) = %d, want %d", len(text), c, i, b, got, want)
					}
				}
			}
		}
	}
}
