package redact

import (
	"os"
	"slices"
	"testing"
)

// TestMoreTownsInSync checks that data/towns_more.bin holds the sorted
// hashes of exactly the towns of data/towns_more.txt, and that a lookup
// finds each of them.
func TestMoreTownsInSync(t *testing.T) {
	b, err := os.ReadFile("data/towns_more.txt")
	if err != nil {
		t.Fatal(err)
	}
	towns := splitFields(string(b), true)
	var want []uint64
	for _, w := range towns {
		want = append(want, fnv64(w))
		if !moreTownKnown(w) {
			t.Fatalf("moreTownKnown(%q) = false, want true", w)
		}
	}
	slices.Sort(want)
	want = slices.Compact(want)
	got := make([]uint64, len(moreTownHashes)/8)
	for i := range got {
		got[i] = load64(moreTownHashes, 8*i)
	}
	if !slices.Equal(got, want) {
		t.Fatalf("data/towns_more.bin holds %d hashes, data/towns_more.txt %d towns: run gen/gen-towns-geonames.mjs", len(got), len(want))
	}
	for _, w := range []string{"Zzyzxville", "The", "Manager", ""} {
		if moreTownKnown(w) {
			t.Errorf("moreTownKnown(%q) = true, want false", w)
		}
	}
}
