package redact

import (
	"math/rand/v2"
	"strings"
	"sync"
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

// TestWithContextCache checks that withContext gives the reason with its
// word, from the cache or not, for reasons at one address and for the
// same bytes at another, from goroutines at once, and that a second
// lookup of a pair allocates nothing.
func TestWithContextCache(t *testing.T) {
	const r1, r2 = "known city after a cue", "street name with a house number"
	r3 := string([]byte(r1)) // the same bytes at another address
	words := []string{"lives", "from", "in", "resident", "wohnhaft", "né", "city"}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 200 {
				for _, r := range []string{r1, r2, r3, ""} {
					w := words[(g+k)%len(words)]
					if got, want := withContext(r, w), r+"; context word '"+w+"'"; got != want {
						t.Errorf("withContext(%q, %q) = %q, want %q", r, w, got, want)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	if got := withContext(r1, ""); got != r1 {
		t.Errorf("withContext(%q, \"\") = %q", r1, got)
	}
	if n := testing.AllocsPerRun(100, func() { _ = withContext(r2, "lives") }); n != 0 {
		t.Errorf("a cached pair allocates %v times", n)
	}
}

// TestCardReason checks cardReason for every issuer, both forms, and a
// name that is none of them.
func TestCardReason(t *testing.T) {
	for _, iss := range cardIssuers {
		if got, want := cardReason(iss, false), "compact digits, "+iss+" prefix and length, valid Luhn checksum"; got != want {
			t.Errorf("cardReason(%q, false) = %q, want %q", iss, got, want)
		}
		if got, want := cardReason(iss, true), "digit groups, "+iss+" prefix and length, valid Luhn checksum"; got != want {
			t.Errorf("cardReason(%q, true) = %q, want %q", iss, got, want)
		}
	}
	for _, iss := range []string{"", "Visa ", "VISA", "Amex"} {
		if got := cardReason(iss, true); got != "" {
			t.Errorf("cardReason(%q, true) = %q, want \"\"", iss, got)
		}
	}
}

// TestNewlineBefore checks newlineBefore, which birthdayListItemAt asks
// before birthdayListItem, against a search of the bytes before i, at
// every i of random texts with and without line breaks (across blocks).
func TestNewlineBefore(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 18))
	var sc textScan
	const bytes = "ab 1\n.-"
	for n := range 3000 {
		b := make([]byte, 1+rng.IntN(300))
		for i := range b {
			b[i] = bytes[rng.IntN(len(bytes)-1)] // no line break
		}
		if n%2 == 0 {
			for range 1 + rng.IntN(3) {
				b[rng.IntN(len(b))] = '\n'
			}
		}
		text := string(b)
		sc.reset(text, false)
		for i := 0; i <= len(text); i++ {
			if got, want := sc.newlineBefore(i), strings.IndexByte(text[:i], '\n') >= 0; got != want {
				t.Fatalf("%q: newlineBefore(%d) = %v, want %v", text, i, got, want)
			}
		}
	}
}

// TestConnectorAt checks connectorAt's switch against townConnectors, a
// comparison with each word: its cases are the list's words, and on
// random texts of connectors, their prefixes and spaces both give the
// same length at every position.
func TestConnectorAt(t *testing.T) {
	ref := func(text string, s int) int {
		for _, c := range townConnectors {
			if strings.HasPrefix(text[s:], c) && s+len(c) < len(text) && text[s+len(c)] == ' ' {
				return len(c)
			}
		}
		return 0
	}
	for _, c := range townConnectors {
		if got := connectorAt(c+" ", 0); got != len(c) {
			t.Fatalf("connectorAt(%q) = %d, want %d", c+" ", got, len(c))
		}
	}
	pieces := append([]string{" ", "  ", "x", "Upon", "dell", "u", "s", "upo"}, townConnectors...)
	rng := rand.New(rand.NewPCG(15, 19))
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		for s := range len(text) {
			if got, want := connectorAt(text, s), ref(text, s); got != want {
				t.Fatalf("connectorAt(%q, %d) = %d, want %d", text, s, got, want)
			}
		}
	}
}
