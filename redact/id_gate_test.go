package redact

import (
	"math/rand/v2"
	"testing"
)

// TestIDFirstGroupsFail checks that idQuickReject rejects every run that
// idFirstGroupsFail rejects, among the runs the national-ID loop hands to
// them (no ASCII letter before, startOK), on random groups of digits and
// separators, the gate seeds and the corpus and eval texts when present.
func TestIDFirstGroupsFail(t *testing.T) {
	rejected := 0
	check := func(text string) {
		var sc textScan
		sc.reset(text, true)
		for ri, r := range sc.runs {
			if r.start > 0 && idByte[text[r.start-1]]&idLetter != 0 || !startOK(text, r.start) {
				continue
			}
			if idFirstGroupsFail(text, sc.runs, ri) {
				rejected++
				if !idQuickReject(&sc, sc.runs, ri) {
					t.Fatalf("%q: run %d: idFirstGroupsFail rejects it, idQuickReject does not", text, ri)
				}
			}
		}
	}
	for _, want := range []struct {
		text string
		fail bool
	}{
		{"v3.11.2", true}, {"on 2031-07-14", true}, {"14/07/2031", true}, {"612-48-3307", true},
		{"1.250,00", true}, {"10.0.0.1", true}, {"918 204 556", false}, {"918-204-556", false},
		{"7734-2210-5", false}, {"4410.2261.7", false}, {"12-34AB", false}, {"55", false}, {"55.", false},
	} {
		var sc textScan
		sc.reset(want.text, true)
		got := false
		for ri, r := range sc.runs {
			if r.start == 0 || idByte[want.text[r.start-1]]&idLetter == 0 {
				got = idFirstGroupsFail(want.text, sc.runs, ri)
				break
			}
		}
		if got != want.fail {
			t.Errorf("idFirstGroupsFail(%q) = %v, want %v", want.text, got, want.fail)
		}
		check(want.text)
	}
	rng := rand.New(rand.NewPCG(9, 10))
	const seps = "  --..//::,(_+#$%"
	for range 60000 {
		check(randomKindText(rng))
		b := appendIDChain(rng, nil, []string{"id ", "AB ", "on ", "v", "x", "no. ", "(", "uid="}, seps,
			[]string{" C", "-Z", "a", " ok", ".", "x9"})
		check(string(b))
	}
	for _, text := range append(append([]string(nil), gateSeeds...), gateTextsFromFiles(t)...) {
		check(text)
	}
	t.Logf("%d runs rejected by idFirstGroupsFail", rejected)
}

// appendIDChain appends to b one of prefixes (one time in three), one to
// five groups of digits, mostly of one to five and now and then of five
// to eighteen, joined by separators from seps that change now and then,
// and one of suffixes (one time in three).
func appendIDChain(rng *rand.Rand, b []byte, prefixes []string, seps string, suffixes []string) []byte {
	if rng.IntN(3) == 0 {
		b = append(b, prefixes[rng.IntN(len(prefixes))]...)
	}
	sep := seps[rng.IntN(len(seps))]
	for g := range 1 + rng.IntN(5) {
		if g > 0 {
			if rng.IntN(6) == 0 {
				sep = seps[rng.IntN(len(seps))]
			}
			b = append(b, sep)
		}
		n := 1 + rng.IntN(5)
		if rng.IntN(4) == 0 {
			n = 5 + rng.IntN(14)
		}
		for range n {
			b = append(b, byte('0'+rng.IntN(10)))
		}
	}
	if rng.IntN(3) == 0 {
		b = append(b, suffixes[rng.IntN(len(suffixes))]...)
	}
	return b
}
