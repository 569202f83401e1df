package redact

import (
	"maps"
	"slices"
	"sync"
	"sync/atomic"
	"unsafe"
)

// reasonCache interns reason strings with their context word, so a span's
// Reason costs no allocation after the first use of a (reason, word) pair.
// Both parts are constants of this package, so the cache stays small. The
// table is copied on write and published atomically: lookups, which run
// for every span with a context word in every concurrent Find, share no
// lock and write no shared memory.
var reasonCache struct {
	mu sync.Mutex // serialises writers
	t  atomic.Pointer[reasonTable]
}

// reasonTable holds, for each reason, a map from a context word to the
// reason with that word. A lookup finds the reason by the address of its
// bytes (a constant has one), a few compares, and then hashes only the
// short word: a map keyed by the pair hashed both strings and cost ~270
// instructions a lookup.
type reasonTable struct {
	reasons []string
	words   []map[string]string // words[i][w] is reasons[i] with w
	n       int                 // the entries of all the maps
}

// reasonCacheMax bounds the cache's entries, and reasonCacheReasons its
// reasons (it never gets near either: reasons and context words are
// constants). Past them, withContext builds the string each time.
const reasonCacheMax, reasonCacheReasons = 4096, 256

// withContext appends "; context word 'w'" to a reason when w is set.
func withContext(reason, w string) string {
	if w == "" {
		return reason
	}
	if t := reasonCache.t.Load(); t != nil {
		if i := t.index(reason); i >= 0 {
			if s, ok := t.words[i][w]; ok {
				return s
			}
		}
	}
	return withContextNew(reason, w)
}

// index returns the index of reason in t.reasons, the same bytes at the
// same address, or -1.
func (t *reasonTable) index(reason string) int {
	p := unsafe.StringData(reason)
	for i, r := range t.reasons {
		if unsafe.StringData(r) == p && len(r) == len(reason) {
			return i
		}
	}
	return -1
}

// withContextNew is withContext for a pair the cache does not hold yet:
// it builds the string and publishes a copy of the table with it.
func withContextNew(reason, w string) string {
	s := reason + "; context word '" + w + "'"
	reasonCache.mu.Lock()
	defer reasonCache.mu.Unlock()
	t := &reasonTable{}
	i := -1
	if old := reasonCache.t.Load(); old != nil {
		if i = old.index(reason); i >= 0 {
			if s2, ok := old.words[i][w]; ok {
				return s2
			}
		}
		if old.n >= reasonCacheMax || i < 0 && len(old.reasons) >= reasonCacheReasons {
			return s
		}
		// The maps of the other reasons are shared: no map is written
		// after it is published.
		t.reasons, t.words, t.n = slices.Clone(old.reasons), slices.Clone(old.words), old.n
	}
	if i < 0 {
		i = len(t.reasons)
		t.reasons = append(t.reasons, reason)
		t.words = append(t.words, nil)
	}
	m := make(map[string]string, len(t.words[i])+1)
	maps.Copy(m, t.words[i])
	m[w] = s
	t.words[i] = m
	t.n++
	reasonCache.t.Store(t)
	return s
}
