package rules

import (
	"crypto/sha256"
	"encoding/binary"

	lru "github.com/hashicorp/golang-lru/v2"
)

// Compiling a screener is the costly part of loading rules (~0.3 s for the
// defaults). Caddy provisions every guardrail handler anew on each config
// load, and a rules file is re-read on each edit, so the same rule list is
// compiled again and again: a config with twenty sites sharing one rules
// file would compile it twenty times per reload. A Screener is immutable
// once built (its stream pool is safe to share), so screeners are kept in a
// small cache keyed by a hash of everything NewScreener reads.

// screenerCacheSize bounds the cache: a few rule lists live at once (the
// defaults, one or two files, the one being edited).
const screenerCacheSize = 8

var screenerCache, _ = lru.New[[sha256.Size]byte, *Screener](screenerCacheSize)

// screenerKey hashes a rule list: every field, with lengths, so that no two
// different lists share a key.
func screenerKey(rs []ScreenRule) [sha256.Size]byte {
	h := sha256.New()
	var n [8]byte
	num := func(v int) {
		binary.LittleEndian.PutUint64(n[:], uint64(v))
		h.Write(n[:])
	}
	str := func(s string) {
		num(len(s))
		h.Write([]byte(s))
	}
	strs := func(ss []string) {
		num(len(ss))
		for _, s := range ss {
			str(s)
		}
	}
	num(len(rs))
	for _, r := range rs {
		str(r.ID)
		str(r.Category)
		num(int(r.Severity))
		str(r.Reason)
		strs(r.Phrases)
		strs(r.Examples.Match)
		strs(r.Examples.NoMatch)
		num(r.Line)
	}
	var k [sha256.Size]byte
	h.Sum(k[:0])
	return k
}
