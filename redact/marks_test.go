package redact

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// checkMarks compares markText, the vector code where the CPU has it,
// with markGeneric and with the bytes themselves.
func checkMarks(t *testing.T, text string) {
	t.Helper()
	nb := (len(text) + 63) >> 6
	got := make([]markBlock, nb+1) // one spare: markText must not write it
	got[nb][mkDigit] = 0xdead
	markText(text, got[:nb])
	want := make([]markBlock, nb)
	markGeneric(text, want)
	for b := range want {
		if got[b] != want[b] {
			t.Fatalf("len %d block %d: markText %x, generic %x", len(text), b, got[b], want[b])
		}
	}
	if got[nb][mkDigit] != 0xdead {
		t.Fatalf("len %d: markText wrote past its blocks", len(text))
	}
	// The text's markSum: the vector pass's (through reset) against
	// sumOf's, and sumOf's against the bytes.
	var sc textScan
	sc.reset(text, false)
	if ws := sumOf(want); sc.sum != ws {
		t.Fatalf("len %d: sum %+v, sumOf %+v", len(text), sc.sum, ws)
	}
	s := sc.sum
	for _, c := range []struct {
		b     byte
		union uint32
	}{{'@', s.at}, {':', s.colons}, {'-', s.dashes}, {'_', s.under}, {'A', s.capA}, {'J', s.capJ}, {'\n', s.newline}} {
		if has := strings.IndexByte(text, c.b) >= 0; has != (c.union != 0) {
			t.Fatalf("len %d: has %q %v, sum %+v", len(text), c.b, has, s)
		}
	}
	if dots, colons, dashes := strings.Count(text, "."), strings.Count(text, ":"), strings.Count(text, "-"); s.dots != uint32(dots) || s.colons != uint32(colons) || s.dashes != uint32(dashes) {
		t.Fatalf("len %d: %d dots, %d colons, %d dashes, sum %+v", len(text), dots, colons, dashes, s)
	}
	digits := 0
	for i := 0; i < len(text); i++ {
		if isDigit(text[i]) {
			digits++
		}
	}
	if s.digits != uint32(digits) {
		t.Fatalf("len %d: %d digits, sum %+v", len(text), digits, s)
	}
	for i := 0; i < len(text); i++ {
		k := markOf[text[i]]
		for c := range numMarks {
			if set := want[i>>6][c]>>(i&63)&1 == 1; set != (k>>c&1 == 1) {
				t.Fatalf("len %d byte %d (%#x) class %d: mark %v", len(text), i, text[i], c, set)
			}
		}
	}
}

func TestMarksMatchBytes(t *testing.T) {
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	checkMarks(t, string(all))
	checkMarks(t, "")
	rng := rand.New(rand.NewPCG(1, 2))
	pick := []byte("09AZaz@:-._J\x00\x7f\x80\xbf\xc0\xff/[`{ ")
	for n := 0; n < 400; n++ {
		for range 20 {
			b := make([]byte, n)
			for i := range b {
				if rng.IntN(2) == 0 {
					b[i] = pick[rng.IntN(len(pick))]
				} else {
					b[i] = byte(rng.IntN(256))
				}
			}
			checkMarks(t, string(b))
		}
	}
}

// TestMarksNextAndFrom checks textScan.next and the shifted masks of
// marksFrom against byte-by-byte searches, on texts of every length around
// the 64-byte blocks.
func TestMarksNextAndFrom(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	marked := func(text string, c, j int) bool { return j < len(text) && markOf[text[j]]>>c&1 == 1 }
	for n := 0; n < 300; n++ {
		b := make([]byte, n)
		for i := range b {
			b[i] = "a-:.A9"[rng.IntN(6)]
		}
		text := string(b)
		var sc textScan
		sc.reset(text, false)
		for _, c := range []int{mkDash, mkColon, mkDot, mkA, mkDigit} {
			for i := 0; i <= n+1; i++ {
				want := -1
				for j := i; j < n; j++ {
					if marked(text, c, j) {
						want = j
						break
					}
				}
				if got := sc.next(c, i); got != want {
					t.Fatalf("%q: next(%d, %d) = %d, want %d", text, c, i, got, want)
				}
			}
			for blk := range sc.marks {
				m, next := sc.marksFrom(c, blk)
				for k := 1; k < 64; k++ {
					var want uint64
					for j := 0; j < 64; j++ {
						if marked(text, c, blk<<6+j+k) {
							want |= 1 << j
						}
					}
					if got := m>>k | next<<(64-k); got != want {
						t.Fatalf("%q: marksFrom(%d, %d) shifted by %d = %x, want %x", text, c, blk, k, got, want)
					}
				}
			}
		}
	}
}

func FuzzMarks(f *testing.F) {
	f.Add("Ana Lopez, ana@example.com, +44 20 7946 0958, sk-proj-Ab3dE_f6, 00:1a:2b.")
	f.Add("Ünal Çelik — Straße 12 · 東京 · JWT eyJhbGciOi")
	f.Fuzz(func(t *testing.T, s string) { checkMarks(t, s) })
}

// BenchmarkMarks measures the first pass alone on the corpus, one call
// per prompt (vector where the CPU has it, and the generic code).
func BenchmarkMarks(b *testing.B) {
	lines := benchCorpus(b)
	blocks := make([]markBlock, 1<<10)
	b.Run("vector", func(b *testing.B) {
		if !haveVectorMarks {
			b.Skip("no vector code on this CPU")
		}
		benchLines(b, lines, func(s string) []Span { markText(s, blocks); return nil })
	})
	b.Run("generic", func(b *testing.B) {
		benchLines(b, lines, func(s string) []Span { markGeneric(s, blocks[:(len(s)+63)>>6]); return nil })
	})
}

// digitRunsOf returns the digit runs of text as the engine's scan finds
// them.
func digitRunsOf(text string) []digitRun {
	var sc textScan
	sc.reset(text, true)
	return sc.runs
}
