package redact

import (
	"strings"
	"testing"
)

// BenchmarkFindFixed times Find on one short benign text over and over,
// every cache and branch predictor warm: the per-call floor ("empty" is
// the early return; "20B" and "200B" are prose with capitals and no PII).
func BenchmarkFindFixed(b *testing.B) {
	e, err := NewEngine(Options{})
	if err != nil {
		b.Fatal(err)
	}
	texts := []struct{ name, text string }{
		{"empty", ""},
		{"20B", "Summarize this memo."},
		{"200B", strings.Repeat("Please rewrite the paragraph below so it reads more clearly. ", 3) + "Keep the tone polite and short."},
	}
	for _, t := range texts {
		b.Run(t.name, func(b *testing.B) {
			b.SetBytes(int64(len(t.text)))
			for b.Loop() {
				e.Find(t.text)
			}
		})
	}
}

// BenchmarkFindCorpusWarm runs FindCorpus/all's engine over the corpus,
// each prompt found once ("once") or twice in a row ("twice"; the bytes
// are counted once). The first call of a prompt meets the code, tables
// and branch history the previous prompt left; the second finds them
// warm. With cpu-MB/s figures A (once) and B (twice), a warm call runs
// at 1/(1/B - 1/A) MB/s, and 1 - A/(that) is the share of a cold call's
// time that is its cold start (about a third in session 18).
func BenchmarkFindCorpusWarm(b *testing.B) {
	lines := benchCorpus(b)
	e, err := NewEngine(Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("once", func(b *testing.B) { benchLines(b, lines, e.Find) })
	b.Run("twice", func(b *testing.B) {
		benchLines(b, lines, func(s string) []Span {
			e.Find(s)
			return e.Find(s)
		})
	})
}
