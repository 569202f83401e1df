package redact

import (
	"math/rand/v2"
	"testing"
)

// TestNotableMoreHasExact checks notableMoreHas, a binary search in the
// bucket of notableMoreStarts, against sortedHashesHas over all of
// notableMoreHashes: for every hash of the set, its neighbours, the
// bucket bounds and random hashes, both give the same answer.
func TestNotableMoreHasExact(t *testing.T) {
	n := len(notableMoreHashes) / 8
	hs := []uint64{0, 1, ^uint64(0), ^uint64(0) - 1}
	for i := range n {
		h := load64(notableMoreHashes, 8*i)
		hs = append(hs, h, h-1, h+1)
	}
	for k := range uint64(1 << notableMoreBits) {
		b := k << (64 - notableMoreBits)
		hs = append(hs, b, b-1, b+1)
	}
	rng := rand.New(rand.NewPCG(15, 17))
	for range 200000 {
		hs = append(hs, rng.Uint64())
	}
	found := 0
	for _, h := range hs {
		got, want := notableMoreHas(h), sortedHashesHas(notableMoreHashes, h)
		if got != want {
			t.Fatalf("notableMoreHas(%#x) = %v, the search over every hash %v", h, got, want)
		}
		if got {
			found++
		}
	}
	if found < n {
		t.Fatalf("found %d hashes of %d", found, n)
	}
	if s := notableMoreStarts; s[0] != 0 || int(s[len(s)-1]) != n {
		t.Fatalf("notableMoreStarts runs from %d to %d, want 0 to %d", s[0], s[len(s)-1], n)
	}
}
