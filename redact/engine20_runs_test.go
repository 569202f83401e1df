package redact

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unsafe"
)

// TestDigitRunKinds compares setRuns (runKindsAsm on amd64) with
// its definitions, appendDigitRuns and appendRunKinds, on random texts
// of 1 to 300 bytes: digits dense and sparse, runs across block edges and
// at both ends, texts of whole blocks ending in a run, and the bytes the
// kind tables look at around the runs.
func TestDigitRunKinds(t *testing.T) {
	rng := rand.New(rand.NewPCG(20, 2))
	const others = " -./:#@(),+_abXZé\n\x00"
	inputs := []string{"7", "77", "7 7", strings.Repeat("7", 64), strings.Repeat("7", 128), " " + strings.Repeat("7", 63),
		strings.Repeat("7 ", 32), strings.Repeat("7", 63) + " ", "x" + strings.Repeat("7", 127)}
	for k := range 30000 {
		n := 1 + rng.IntN(300)
		if k%5 == 0 {
			n = 64 * (1 + rng.IntN(4))
		}
		b := make([]byte, n)
		dense := rng.IntN(4)
		for i := range b {
			if rng.IntN(4) < dense {
				b[i] = byte('0' + rng.IntN(10))
			} else {
				b[i] = others[rng.IntN(len(others))]
			}
		}
		if k%3 == 0 {
			b[n-1] = '5'
		}
		inputs = append(inputs, string(b))
	}
	var sc textScan
	for _, text := range inputs {
		sc.reset(text, false) // the marks and the sum, no runs
		if sc.sum.digits == 0 {
			continue
		}
		wantRuns := appendDigitRuns(sc.marks, len(text), nil)
		wantKinds, wantAll := appendRunKinds(text, wantRuns, nil)
		sc.setRuns(int(sc.sum.digits))
		if !slices.Equal(sc.runs, wantRuns) || !slices.Equal(sc.kinds, wantKinds) || sc.anyKind != wantAll {
			t.Fatalf("%q: runs %v kinds %x all %x, want %v %x %x", text, sc.runs, sc.kinds, sc.anyKind, wantRuns, wantKinds, wantAll)
		}
	}
}

// TestKindTabOffsets checks the offsets runKindsAsm reads the kind tables
// at (runs_amd64.s).
func TestKindTabOffsets(t *testing.T) {
	for _, c := range []struct {
		name      string
		got, want uintptr
	}{
		{"before", unsafe.Offsetof(kindTab.before), 0},
		{"after", unsafe.Offsetof(kindTab.after), 1024},
		{"first", unsafe.Offsetof(kindTab.first), 2048},
		{"len", unsafe.Offsetof(kindTab.len), 3072},
		{"gap", unsafe.Offsetof(kindTab.gap), 3328},
	} {
		if c.got != c.want {
			t.Errorf("kindTab.%s at %d, runs_amd64.s reads it at %d", c.name, c.got, c.want)
		}
	}
	if maxKindLen != 63 {
		t.Errorf("maxKindLen %d, runs_amd64.s caps lengths at 63", maxKindLen)
	}
}
