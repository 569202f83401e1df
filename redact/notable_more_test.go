package redact

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// TestNotableMoreInSync checks that data/notable_more.bin holds the bloom
// bits and the sorted hashes of exactly the names of
// data/notable_more.txt, and that the detector finds each of them.
func TestNotableMoreInSync(t *testing.T) {
	b, err := os.ReadFile("data/notable_more.txt")
	if err != nil {
		t.Fatal(err)
	}
	var want []uint64
	var bloom [notableBloomWords]uint64
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		want = append(want, fnv64(line))
		last := strings.LastIndexByte(line, ' ') + 1
		h := notableHash(line, 0, last, len(line))
		bloom[h>>6] |= 1 << (h & 63)
		if !notableHas(line) || !notableMaybe(line, 0, last, len(line)) {
			t.Fatalf("%q: not found", line)
		}
	}
	slices.Sort(want)
	want = slices.Compact(want)
	got := make([]uint64, len(notableMoreHashes)/8)
	for i := range got {
		got[i] = load64(notableMoreHashes, 8*i)
	}
	if !slices.Equal(got, want) {
		t.Fatalf("data/notable_more.bin holds %d hashes, data/notable_more.txt %d names: run gen/gen-notable-more.mjs", len(got), len(want))
	}
	for i := range bloom {
		if load64(notableMoreData, 8*i) != bloom[i] {
			t.Fatalf("data/notable_more.bin: bloom word %d differs: run gen/gen-notable-more.mjs", i)
		}
	}
	for _, w := range []string{"Zora Quellmann", "Anna", ""} {
		if notableMoreKnown(w) {
			t.Errorf("notableMoreKnown(%q) = true, want false", w)
		}
	}
}
