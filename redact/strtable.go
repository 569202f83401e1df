package redact

import "unsafe"

// strTable is a read-only set of short strings with a small value each,
// for the detectors' word lists (names, cities, context words, months).
// It is an open-addressing table at most 60% full whose slots hold the
// key's 32-bit hash next to its value, so a lookup hashes the key once
// (two or four loads and a multiply for the few-byte words looked up on
// every capitalised word and digit run), and compares strings only when
// the hashes agree. It never allocates.
type strTable struct {
	slots []tableSlot
	keys  []string
	mask  uint32
	n     int
	// lens has bit min(len, 31) of lens[b] set when a key of that length
	// starts with byte b: most misses stop there, without hashing.
	lens [256]uint32
}

// maybe reports whether key could be in the table (first byte and length).
func (t *strTable) maybe(key string) bool {
	return t.maybeBytes(key[0], len(key))
}

// maybeBytes reports whether a key with first byte c and length n could be
// in the table.
func (t *strTable) maybeBytes(c byte, n int) bool {
	return t.lens[c]&(1<<min(n, 31)) != 0
}

// tableSlot is one slot: the key's hash (never 0 when used) and value.
type tableSlot struct{ hash, val uint32 }

// maxLoad5 is the most keys per five slots (a 0.6 load factor: about
// 1.4 probes per hit, and the name table's slots stay in 64 KB).
const maxLoad5 = 3

// newStrTable returns an empty table sized for about n keys.
func newStrTable(n int) *strTable {
	size := 16
	for maxLoad5*size < 5*n {
		size <<= 1
	}
	return &strTable{slots: make([]tableSlot, size), keys: make([]string, size), mask: uint32(size - 1)}
}

// strHash hashes s from two overlapping loads of its first and last bytes
// (and every eight bytes between for long keys) and its length; it is
// never 0.
func strHash(s string) uint32 {
	n := len(s)
	var w uint64
	switch {
	case n >= 8:
		w = load64(s, 0)
		for i := 8; i < n-8; i += 8 {
			w = (w ^ load64(s, i)) * 0xBF58476D1CE4E5B9
			w ^= w >> 29
		}
		w = (w*0x94D049BB133111EB)>>7 ^ load64(s, n-8)
	case n >= 4:
		w = uint64(load32(s, 0)) | uint64(load32(s, n-4))<<32
	case n > 0:
		w = uint64(s[0]) | uint64(s[n>>1])<<8 | uint64(s[n-1])<<16
	}
	h := (w ^ uint64(n)<<56) * 0x9E3779B97F4A7C15
	return uint32(h>>32^h>>7) | 1
}

// load64 and load32 read little-endian words of s at i (in range).
func load64(s string, i int) uint64 {
	_ = s[i+7]
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

func load32(s string, i int) uint32 {
	_ = s[i+3]
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

// find returns the slot of key (hash h): where it is stored, or the empty
// slot that ends its probe sequence.
func (t *strTable) find(key string, h uint32) uint32 {
	i := h & t.mask
	for {
		sl := t.slots[i]
		if sl.hash == 0 || sl.hash == h && t.keys[i] == key {
			return i
		}
		i = (i + 1) & t.mask
	}
}

// or adds v to key's value (bitwise or), inserting the key when missing.
// It is only called while the table is built, before any lookup.
func (t *strTable) or(key string, v uint32) {
	if key == "" {
		panic("redact: empty key in a word table")
	}
	if 5*(t.n+1) > maxLoad5*len(t.slots) {
		t.grow()
	}
	h := strHash(key)
	i := t.find(key, h)
	if t.slots[i].hash == 0 {
		t.slots[i].hash, t.keys[i] = h, key
		t.n++
	}
	t.slots[i].val |= v
	t.lens[key[0]] |= 1 << min(len(key), 31)
}

func (t *strTable) grow() {
	old, oldKeys := t.slots, t.keys
	t.slots = make([]tableSlot, 2*len(old))
	t.keys = make([]string, 2*len(old))
	t.mask = uint32(len(t.slots) - 1)
	for i, sl := range old {
		if sl.hash != 0 {
			j := t.find(oldKeys[i], sl.hash)
			t.slots[j], t.keys[j] = sl, oldKeys[i]
		}
	}
}

// get returns key's value and whether key is in the table.
func (t *strTable) get(key string) (uint32, bool) {
	if key == "" || !t.maybe(key) {
		return 0, false
	}
	sl := t.slots[t.find(key, strHash(key))]
	return sl.val, sl.hash != 0
}

// getBytes is get for a byte slice (e.g. a lower-cased word in a stack
// buffer). It returns the table's own copy of the key, so callers never
// hold on to input text.
func (t *strTable) getBytes(b []byte) (key string, v uint32, ok bool) {
	if len(b) == 0 {
		return "", 0, false
	}
	// The view does not outlive this call: the table stores its own keys.
	s := unsafe.String(unsafe.SliceData(b), len(b))
	if !t.maybe(s) {
		return "", 0, false
	}
	i := t.find(s, strHash(s))
	if t.slots[i].hash == 0 {
		return "", 0, false
	}
	return t.keys[i], t.slots[i].val, true
}

// has reports whether key is in the table.
func (t *strTable) has(key string) bool {
	_, ok := t.get(key)
	return ok
}
