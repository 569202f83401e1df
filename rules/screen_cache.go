package rules

import (
	"crypto/sha256"
	"encoding/binary"
	"sync"
	"weak"
)

// Compiling a screener is the costly part of loading rules (~0.2 s for the
// defaults). Caddy provisions every guardrail handler anew on each config
// load, and a rules file is re-read on each edit, so the same rule list is
// compiled again and again: a config with twenty sites sharing one rules
// file would compile it twenty times per reload. A Screener is immutable
// once built (its stream pool is safe to share), so screeners are kept in a
// cache keyed by a hash of everything NewScreener reads.
//
// The cache holds its screeners weakly: a compiled default rule set holds
// ~30 MB, and a security team editing its rules file makes a new one per
// edit, so a cache that kept the last few alive would keep that much memory
// per stale edit. A screener stays in the cache for as long as a handler
// (or anything else) uses it, which covers the cases the cache is for: the
// other handlers of one config, and a reload, which provisions the new
// config while the old one still runs.
var screenerCache = struct {
	mu sync.Mutex
	m  map[[sha256.Size]byte]weak.Pointer[Screener]
}{m: map[[sha256.Size]byte]weak.Pointer[Screener]{}}

// cachedScreener returns the live screener compiled for key, or nil.
func cachedScreener(key [sha256.Size]byte) *Screener {
	screenerCache.mu.Lock()
	defer screenerCache.mu.Unlock()
	return screenerCache.m[key].Value()
}

// cacheScreener remembers s for key, and forgets screeners nobody uses.
func cacheScreener(key [sha256.Size]byte, s *Screener) {
	screenerCache.mu.Lock()
	defer screenerCache.mu.Unlock()
	for k, p := range screenerCache.m {
		if p.Value() == nil {
			delete(screenerCache.m, k)
		}
	}
	screenerCache.m[key] = weak.Make(s)
}

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
