package rules

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestResetStreamEqualsFresh: a stream reused through reset, as Scan
// reuses the pooled ones, gives every text the findings a new stream
// gives it, whatever the previous text left behind (a word, an
// apostrophe or an incomplete rune at its end, partial matches, a list,
// negation and avoidance cues, an index over many states).
func TestResetStreamEqualsFresh(t *testing.T) {
	s := DefaultScreener()
	var words []string
	for _, line := range streamCorpus {
		words = append(words, strings.Fields(line)...)
	}
	words = append(words, "two", "years", "no", "avoid:", "\n-", "don't", "it'", "1,", "é"[:1], "\n\n", "Only", "left")
	rng := rand.New(rand.NewPCG(11, 16))
	reused := s.NewStream()
	for i := range 3000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(words[rng.IntN(len(words))])
			if rng.IntN(4) > 0 {
				b.WriteByte(' ')
			}
		}
		text := b.String()
		if i%50 == 0 {
			text = streamCorpus[rng.IntN(len(streamCorpus))]
		}
		reused.reset()
		reused.write(text)
		reused.close()
		got := reused.flush()

		fresh := s.NewStream()
		want := append(fresh.Write(text), fresh.Close()...)
		if !sameFindings(got, want) {
			t.Fatalf("text %d %q: reused stream %v\nnew stream %v", i, text, got, want)
		}
	}
}
