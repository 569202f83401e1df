package redact

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// gateTexts returns random texts for the gate tests: the pieces of
// TestRunKinds, and short strings of digits, letters and the bytes the
// gates look at (separators of MAC addresses, dates and ID groups).
func gateTexts(seed uint64, n int) []string {
	rng := rand.New(rand.NewPCG(seed, 11))
	const bytes = "0123456789abcdefABCDEF::--..  //ONbyon,%+(_Q"
	texts := make([]string, 0, 2*n)
	for range n {
		texts = append(texts, randomKindText(rng))
		b := make([]byte, 1+rng.IntN(150))
		for i := range b {
			b[i] = bytes[rng.IntN(len(bytes))]
		}
		texts = append(texts, string(b))
	}
	return texts
}

// TestMarkRows checks the row bits of markRows against the passes they
// let the MAC and secret detectors skip: on a text without a bit, its
// pass finds nothing. Some of the texts hold MAC addresses and SendGrid
// keys, split at every byte across two blocks.
func TestMarkRows(t *testing.T) {
	texts := gateTexts(1, 20000)
	for i := range 64 {
		pad := strings.Repeat("x", i)
		texts = append(texts, pad+"00:1a:2b:3c:4d:5e", pad+"00-1A-2B-3C-4D-5E ok", pad+"001a.2b3c.4d5e", pad+"a.b.c.d.e",
			pad+"SG.abcdefghijklmnopqrstuv.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ")
	}
	var sc textScan
	for _, text := range texts {
		sc.reset(text, false)
		rows := sc.markRows()
		if rows&rowsDone == 0 {
			t.Fatalf("%q: markRows gives %b, without rowsDone", text, rows)
		}
		if got := macRows(&sc, nil); rows&rowMAC == 0 && len(got) > 0 {
			t.Fatalf("%q: no MAC row, but macRows finds %v", text, got)
		}
		if got := sendGridRows(&sc, nil); rows&rowSendGrid == 0 && len(got) > 0 {
			t.Fatalf("%q: no SendGrid row, but sendGridRows finds %v", text, got)
		}
	}
}

// TestIDLoopSameAsIDAtRun checks the national-ID detector's loop, whose
// tests drop most runs without calling idAtRun, against a loop that calls
// idAtRun on every run: the spans must be the same.
func TestIDLoopSameAsIDAtRun(t *testing.T) {
	texts := gateTexts(2, 30000)
	for _, r := range loadPIIEval(t) {
		texts = append(texts, r.Text)
	}
	var sc textScan
	for _, text := range texts {
		sc.reset(text, true)
		got := nationalIDDetector{}.detectScan(&sc, nil)
		var want []Span
		skipTo := 0
		for ri, r := range sc.runs {
			if r.start >= skipTo {
				want, skipTo = idAtRun(text, sc.runs, ri, want, skipTo, nil)
			}
		}
		if !slices.Equal(got, want) {
			t.Fatalf("%q: the detector finds %v, idAtRun on every run %v", text, got, want)
		}
	}
}
