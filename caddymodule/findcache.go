package caddymodule

import (
	"hash/maphash"
	"math/bits"
	"sync"
	"unsafe"

	"github.com/hashicorp/golang-lru/v2/simplelru"

	"github.com/caddy-guardrail/guardrail/redact"
)

// Chat APIs are stateless: an app sends the whole conversation on every
// turn, so the system prompt and every earlier message reach the guardrail
// again and again, and the detectors would search them all again (the
// work grows with the square of the conversation's length). A findCache
// remembers the detectors' spans per exact text, so that a text seen
// before costs two hashes and a lookup instead of a search.
//
// The detectors are a pure function of the rules snapshot and the text, and
// everything after them (placeholders, counts, records, metrics) is computed
// from the spans as before, so a hit gives the same rewritten body and
// record as a miss, byte for byte. A text enters the cache on its second
// search (a doorkeeper of fingerprints remembers the first): one-off texts,
// such as single-message prompts, then cost no insert and no memory, and a
// flood of them does not evict the conversations' histories. The key is a 128-bit keyed hash of the
// text (two hash/maphash seeds, random per cache), its length and the
// snapshot's generation (ruleState.gen): a rules reload or another route's
// rules never hit an old entry. The cache holds no text: keys are hashes,
// values are spans (offsets, types, rule ids, scores and fixed reasons).

// FindCacheConfig bounds the cache of the detectors' findings per text.
type FindCacheConfig struct {
	// Turns the cache off: every text is searched on every request.
	Off bool `json:"off,omitempty"`

	// The most texts remembered. The doorkeeper, which remembers texts
	// searched once, takes 32 more bytes per entry. Default: 16384.
	Entries int `json:"entries,omitempty"`

	// The most memory the entries may hold, in bytes (their keys, list
	// links and spans, estimated). Default: 8 MiB.
	MaxSize int64 `json:"max_size,omitempty"`
}

const (
	defaultFindCacheEntries = 16384
	defaultFindCacheSize    = 8 << 20

	// minCachedText is the shortest text the cache holds. Below it, the
	// detectors' search costs about as much as two hashes and a lookup
	// under a lock (measured in findcache_test.go's
	// BenchmarkFindCacheBreakEven), and short texts (names of members,
	// roles, one-word answers) are many.
	minCachedText = 64

	// findCacheShards split the cache so that parallel exchanges rarely
	// wait for one another's lookups.
	findCacheShards = 16

	// findSeenPerEntry sizes the doorkeeper: fingerprint slots per entry
	// (8 bytes each), so that a text missed once is remembered for about
	// four times as many later misses as the cache holds texts.
	findSeenPerEntry = 4

	// findEntryOverhead estimates the memory of one entry beside its
	// spans: the list element (links, key, slice header, expiry fields)
	// and the map's slot. Measured: 16,384 entries without spans took
	// 205 bytes each of heap, each span 80 more (a 72-byte Span in the
	// allocator's size classes).
	findEntryOverhead = 208
)

// findKey identifies a text searched by one rules snapshot.
type findKey struct {
	h1, h2 uint64 // the text's hashes with the cache's two seeds
	n      int    // the text's length
	gen    uint64 // the snapshot's generation (ruleState.gen)
}

// findCache is a bounded LRU from findKey to spans, in shards.
type findCache struct {
	seed1, seed2 maphash.Seed
	shards       [findCacheShards]findShard
}

type findShard struct {
	mu       sync.Mutex
	lru      *simplelru.LRU[findKey, []redact.Span]
	seen     []uint64 // the doorkeeper: fingerprints of texts missed once, direct-mapped, 0 empty
	size     int64    // estimated bytes held (findEntrySize)
	maxSize  int64
	_padding [64]byte // keeps shards' locks on separate cache lines
}

// newFindCache returns a cache of c's bounds (defaults applied), or nil
// when c turns it off.
func newFindCache(c *FindCacheConfig) *findCache {
	entries, size := defaultFindCacheEntries, int64(defaultFindCacheSize)
	if c != nil {
		if c.Off {
			return nil
		}
		if c.Entries > 0 {
			entries = c.Entries
		}
		if c.MaxSize > 0 {
			size = c.MaxSize
		}
	}
	fc := &findCache{seed1: maphash.MakeSeed(), seed2: maphash.MakeSeed()}
	perShard := max(1, (entries+findCacheShards-1)/findCacheShards)
	for i := range fc.shards {
		sh := &fc.shards[i]
		sh.maxSize = max(1, size/findCacheShards)
		sh.seen = make([]uint64, 1<<bits.Len(uint(perShard*findSeenPerEntry-1)))
		// NewLRU fails only for a size below 1.
		sh.lru, _ = simplelru.NewLRU(perShard, func(_ findKey, v []redact.Span) {
			sh.size -= findEntrySize(v)
		})
	}
	return fc
}

// findEntrySize estimates the memory of an entry holding spans.
func findEntrySize(spans []redact.Span) int64 {
	return findEntryOverhead + int64(cap(spans))*int64(unsafe.Sizeof(redact.Span{})+8)
}

// key returns the key of text s for snapshot generation gen.
//
// The hashes are maphash.Comparable of the string, the runtime's string
// hash (AES-NI where the CPU has it) over all of s in one call, with the
// same seeds as before. maphash.String gives the hash that a streamed
// maphash.Hash would, so it hashes s in 128-byte pieces, each one a call
// that starts from the last one's result: a dependency chain that ran at
// ~3 GB/s on the development host, against ~12–17 GB/s for the whole
// string (BenchmarkFindKey: a key of a 2,200-byte prompt 580–730 ns
// against 126–140 ns, of a 32,000-byte text ~10.2 µs against 2.2–2.6 µs).
// Both are the seeded hash of the text's bytes: a key still depends on
// every byte (TestFindKeyContent).
func (c *findCache) key(s string, gen uint64) findKey {
	return findKey{h1: maphash.Comparable(c.seed1, s), h2: maphash.Comparable(c.seed2, s), n: len(s), gen: gen}
}

func (c *findCache) shard(k findKey) *findShard {
	return &c.shards[k.h1%findCacheShards]
}

// fingerprint is k's value in the doorkeeper: never 0, which marks an
// empty slot.
func (k findKey) fingerprint() uint64 {
	return (k.h2 ^ uint64(k.n)*0x9e3779b97f4a7c15 ^ k.gen*0xc2b2ae3d27d4eb4f) | 1
}

// get returns the spans remembered for k (hit). They are shared: callers
// only read them (redact.Apply sorts a copy when it must sort). On a miss
// it reports whether the text was missed once before (admit: put its
// spans), and else remembers that it was.
func (c *findCache) get(k findKey) (spans []redact.Span, hit, admit bool) {
	sh := c.shard(k)
	fp := k.fingerprint()
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if v, ok := sh.lru.Get(k); ok {
		return v, true, false
	}
	i := (k.h1 / findCacheShards) & uint64(len(sh.seen)-1) // bits the shard's choice did not use
	if sh.seen[i] == fp {
		sh.seen[i] = 0
		return nil, false, true
	}
	sh.seen[i] = fp
	return nil, false, false
}

// put remembers a copy of spans, found in text, for k. Spans whose strings
// point into text's memory (no detector makes them: reasons are fixed
// strings) are not kept, since text may live in a pooled buffer and the
// cache must hold none of it.
func (c *findCache) put(k findKey, text string, spans []redact.Span) {
	var kept []redact.Span
	if len(spans) > 0 {
		for i := range spans {
			if within(spans[i].Type, text) || within(spans[i].Rule, text) || within(spans[i].Reason, text) {
				return
			}
		}
		kept = make([]redact.Span, len(spans))
		copy(kept, spans)
	}
	n := findEntrySize(kept)
	sh := c.shard(k)
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if n > sh.maxSize || sh.lru.Contains(k) {
		return // too large, or put by a parallel exchange meanwhile
	}
	sh.lru.Add(k, kept) // the callback subtracts what it evicts
	sh.size += n
	for sh.size > sh.maxSize {
		if _, _, ok := sh.lru.RemoveOldest(); !ok {
			break
		}
	}
}

// within reports whether the bytes of s lie in text's memory.
func within(s, text string) bool {
	if len(s) == 0 || len(text) == 0 {
		return false
	}
	p, lo := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(text)))
	return p >= lo && p < lo+uintptr(len(text))
}

// len returns the number of entries, for tests.
func (c *findCache) len() int {
	n := 0
	for i := range c.shards {
		sh := &c.shards[i]
		sh.mu.Lock()
		n += sh.lru.Len()
		sh.mu.Unlock()
	}
	return n
}

// spans returns the detectors' spans in s: from the cache when the
// exchange has one, s is long enough and was searched twice before under
// the same rules, else from find. The result is read only.
func (t *textRedactor) spans(s string) []redact.Span {
	c := t.cache
	if c == nil || len(s) < minCachedText {
		return t.find(s)
	}
	k := c.key(s, t.gen)
	sp, hit, admit := c.get(k)
	if hit {
		t.cacheHits++
		return sp
	}
	t.cacheMisses++
	sp = t.find(s)
	if admit {
		c.put(k, s, sp)
	}
	return sp
}
