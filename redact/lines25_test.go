package redact

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// lines25Alphabet holds the bytes the line helpers' tests draw from: the
// separators and line breaks they look for, their neighbours in value,
// UTF-8 bytes and letters.
const lines25Alphabet = ",;\t|\n\r -+{}:xNnbé á\xc3\x80\x7f\x09\x0a\x2b\x2d"

func lines25Random(r *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteByte(lines25Alphabet[r.Intn(len(lines25Alphabet))])
	}
	return b.String()
}

// TestTableSepIndex checks tableSepIndex against strings.IndexAny on
// random lines of every length up to 80 bytes.
func TestTableSepIndex(t *testing.T) {
	r := rand.New(rand.NewSource(25))
	for n := 0; n <= 80; n++ {
		for range 300 {
			s := lines25Random(r, n)
			if got, want := tableSepIndex(s), strings.IndexAny(s, tableSeps); got != want {
				t.Fatalf("tableSepIndex(%q) = %d, want %d", s, got, want)
			}
		}
	}
	for _, s := range []string{"", "abc", "name,city", "Name | City", "a\tb", "xxxxxxxxxxxxxxxx;", "Ω,"} {
		if got, want := tableSepIndex(s), strings.IndexAny(s, tableSeps); got != want {
			t.Errorf("tableSepIndex(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestIndexTail checks indexTail against strings.Index from every start.
func TestIndexTail(t *testing.T) {
	r := rand.New(rand.NewSource(26))
	texts := []string{"Szalai Margit néni és Feri bácsi", " néni", "néni néni  néni", "xx nénikém néni", ""}
	for range 400 {
		texts = append(texts, lines25Random(r, r.Intn(70)))
	}
	for _, text := range texts {
		for _, h := range []string{" néni", " bácsi", " n\xc3"} {
			for i := 0; i <= len(text); i++ {
				want := strings.Index(text[i:], h)
				if want >= 0 {
					want += i
				}
				if got := indexTail(text, i, h, 2); got != want {
					t.Fatalf("indexTail(%q, %d, %q) = %d, want %d", text, i, h, got, want)
				}
			}
		}
	}
}

// TestTrimLabel checks trimLabel against strings.Trim(…, labelTrim).
func TestTrimLabel(t *testing.T) {
	r := rand.New(rand.NewSource(27))
	const alphabet = " \t\r\"'*`ab\xc3\xa9_-"
	for range 20000 {
		b := make([]byte, r.Intn(12))
		for k := range b {
			b[k] = alphabet[r.Intn(len(alphabet))]
		}
		if got, want := trimLabel(string(b)), strings.Trim(string(b), labelTrim); got != want {
			t.Fatalf("trimLabel(%q) = %q, want %q", b, got, want)
		}
	}
}

// TestWordBefore23bASCII checks wordBefore23b's ASCII path against the
// rune reading it stands for, on random texts of letters, hyphens,
// spaces and UTF-8 letters.
func TestWordBefore23bASCII(t *testing.T) {
	ref := func(text string, e int) int {
		b := e
		for b > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:b])
			if r != '-' && !unicode.IsLetter(r) {
				break
			}
			b -= size
		}
		return b
	}
	r := rand.New(rand.NewSource(28))
	parts := []string{"a", "Z", "-", " ", "\n", "é", "ß", "Ж", "1", "'", ".", "\xc3", "\xa9", "\x80", "\x7f", "_", "@"}
	for range 5000 {
		var sb strings.Builder
		for range r.Intn(12) {
			sb.WriteString(parts[r.Intn(len(parts))])
		}
		text := sb.String()
		for e := 0; e <= len(text); e++ {
			if b, _ := wordBefore23b(text, e); b != ref(text, e) {
				t.Fatalf("wordBefore23b(%q, %d) = %d, want %d", text, e, b, ref(text, e))
			}
		}
	}
}
