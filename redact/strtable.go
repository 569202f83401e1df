package redact

import (
	"math/bits"
	"unsafe"
)

// strTable is a read-only set of short strings with a small value each,
// for the detectors' word lists (names, cities, context words, months).
// It is an open-addressing table at most 60% full. Each slot holds the
// key's length, its first eight bytes packed in a word and its value, so
// a lookup of a key of up to eight bytes (nearly every word looked up on
// every capitalised word and digit run) packs the key once, multiplies it
// for the slot index and compares two integers per probe, without
// touching the key strings. A longer key also compares its last eight
// bytes, kept in a parallel array, and only keys of more than sixteen
// bytes compare the stored string: a hit on a long word ("Summarise")
// reads two table entries instead of a string header and its bytes.
// It never allocates. The keys are kept back to back in one byte array
// with an offset per slot, not as a string per slot: the table holds no
// pointer per key for the garbage collector to follow on every cycle (the
// gazetteers' slots are most of the package's heap; see keyAt).
type strTable struct {
	slots []tableSlot
	// keyBytes holds the keys one after another, and keyOff the offset of
	// each slot's key in it (its length is the slot's n). Bytes once
	// written are never changed, so strings that alias them stay valid.
	keyBytes []byte
	keyOff   []uint32
	// tails holds the last eight bytes of each key longer than eight
	// bytes, for findLong.
	tails []uint64
	// shift is 64 - log2(len(slots)): the index is the hash's top bits.
	// (It is masked with 63 where it is used, which spares the compiler's
	// test for a shift of 64 or more.)
	shift uint8
	mask  uint32
	n     int
	// lens has bit min(len, 31) of lens[b] set when a key of that length
	// starts with byte b: most misses stop there, without hashing.
	lens [256]uint32
}

// tableSlot is one slot: the key's first eight bytes (little-endian, zero
// padded), its length (0 when the slot is empty) and its value.
type tableSlot struct {
	word   uint64
	n, val uint32
}

// maybe reports whether key could be in the table (first byte and length).
func (t *strTable) maybe(key string) bool {
	return t.maybeBytes(key[0], len(key))
}

// hasFirst reports whether some key starts with byte c.
func (t *strTable) hasFirst(c byte) bool { return t.lens[c] != 0 }

// maybeBytes reports whether a key with first byte c and length n could be
// in the table.
func (t *strTable) maybeBytes(c byte, n int) bool {
	return t.lens[c]&(1<<min(n, 31)) != 0
}

// maxLoad5 is the most keys per five slots (a 0.6 load factor: about
// 1.4 probes per hit).
const maxLoad5 = 3

// newStrTable returns an empty table sized for about n keys.
func newStrTable(n int) *strTable {
	size := 16
	for maxLoad5*size < 5*n {
		size <<= 1
	}
	return newStrTableSize(size)
}

func newStrTableSize(size int) *strTable {
	return &strTable{
		slots:  make([]tableSlot, size),
		keyOff: make([]uint32, size),
		tails:  make([]uint64, size),
		shift:  uint8(64 - bits.TrailingZeros(uint(size))),
		mask:   uint32(size - 1),
	}
}

// packWord returns the first min(len(s), 8) bytes of s as a little-endian
// word, zero padded, from at most two overlapping loads.
func packWord(s string) uint64 {
	n := len(s)
	switch {
	case n >= 8:
		return load64(s, 0)
	case n >= 4:
		return uint64(load32(s, 0)) | uint64(load32(s, n-4))<<(8*(n-4))
	case n > 0:
		return uint64(s[0]) | uint64(s[n>>1])<<(8*(n>>1)) | uint64(s[n-1])<<(8*(n-1))
	}
	return 0
}

// hashWord is the hash of a key of n <= 8 bytes packed as w.
func hashWord(w uint64, n int) uint64 {
	return (w ^ uint64(n)<<59) * 0x9E3779B97F4A7C15
}

// hashLong is the hash of a key of more than eight bytes: every eight
// bytes mixed in, the last (overlapping) load included.
func hashLong(s string) uint64 {
	n := len(s)
	w := load64(s, 0)
	for i := 8; i < n-8; i += 8 {
		w = (w ^ load64(s, i)) * 0xBF58476D1CE4E5B9
		w ^= w >> 29
	}
	w = (w*0x94D049BB133111EB)>>7 ^ load64(s, n-8)
	return (w ^ uint64(n)<<56) * 0x9E3779B97F4A7C15
}

// hashLong16 is hashLong of a key of nine to sixteen bytes whose first
// and last eight bytes are w and tail (no loop: both are all it mixes in),
// small enough to be inlined.
func hashLong16(w, tail uint64, n int) uint64 {
	return ((w*0x94D049BB133111EB)>>7 ^ tail ^ uint64(n)<<56) * 0x9E3779B97F4A7C15
}

// load64 and load32 read little-endian words of s at i (in range). The
// word is sliced first: with its length known, the compiler drops the
// bounds check of each byte and merges the byte loads into one load
// (indexing s at i+k leaves eight checks and eight loads).
func load64(s string, i int) uint64 {
	w := s[i : i+8]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

func load32(s string, i int) uint32 {
	w := s[i : i+4]
	return uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16 | uint32(w[3])<<24
}

// findWord returns the slot of the key of n <= 8 bytes packed as w: where
// it is stored, or the empty slot that ends its probe sequence.
func (t *strTable) findWord(w uint64, n int) uint32 {
	i := uint32(hashWord(w, n) >> (t.shift & 63))
	for {
		sl := &t.slots[i]
		if sl.n == 0 || sl.word == w && sl.n == uint32(n) {
			return i
		}
		i = (i + 1) & t.mask
	}
}

// findLong is findWord for a key of more than eight bytes.
func (t *strTable) findLong(key string) uint32 {
	w, tail := load64(key, 0), load64(key, len(key)-8)
	var h uint64
	if len(key) <= 16 {
		h = hashLong16(w, tail, len(key)) // most long words: no call
	} else {
		h = hashLong(key)
	}
	i := uint32(h >> (t.shift & 63))
	for {
		sl := &t.slots[i]
		if sl.n == 0 || sl.word == w && sl.n == uint32(len(key)) && t.tails[i] == tail &&
			(len(key) <= 16 || t.keyAt(i) == key) {
			return i
		}
		i = (i + 1) & t.mask
	}
}

// find returns the slot of a non-empty key.
func (t *strTable) find(key string) uint32 {
	if len(key) <= 8 {
		return t.findWord(packWord(key), len(key))
	}
	return t.findLong(key)
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
	i := t.find(key)
	if t.slots[i].n == 0 {
		t.slots[i].word, t.slots[i].n, t.keyOff[i] = packWord(key), uint32(len(key)), uint32(len(t.keyBytes))
		t.keyBytes = append(t.keyBytes, key...)
		if len(key) > 8 {
			t.tails[i] = load64(key, len(key)-8)
		}
		t.n++
	}
	t.slots[i].val |= v
	t.lens[key[0]] |= 1 << min(len(key), 31)
}

// clear clears the bits v of key's value, if key is in the table.
func (t *strTable) clear(key string, v uint32) {
	if i := t.find(key); t.slots[i].n != 0 {
		t.slots[i].val &^= v
	}
}

func (t *strTable) grow() {
	old, oldOff, oldTails := t.slots, t.keyOff, t.tails
	g := newStrTableSize(2 * len(old))
	t.slots, t.keyOff, t.tails, t.shift, t.mask = g.slots, g.keyOff, g.tails, g.shift, g.mask
	for i, sl := range old {
		if sl.n != 0 {
			j := t.find(t.keyBytesAt(oldOff[i], sl.n))
			t.slots[j], t.keyOff[j], t.tails[j] = sl, oldOff[i], oldTails[i]
		}
	}
}

// keyAt returns the key in slot i, "" for an empty slot. The string
// aliases keyBytes, which is only ever appended to.
func (t *strTable) keyAt(i uint32) string {
	return t.keyBytesAt(t.keyOff[i], t.slots[i].n)
}

func (t *strTable) keyBytesAt(off, n uint32) string {
	b := t.keyBytes[off : off+n]
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// keyList returns the key of every slot in slot order, "" for an empty
// slot, for code that builds other tables from this one's words.
func (t *strTable) keyList() []string {
	out := make([]string, len(t.slots))
	for i := range out {
		out[i] = t.keyAt(uint32(i))
	}
	return out
}

// get returns key's value and whether key is in the table. It is small
// enough to be inlined: its caller makes one call (lookup), not three
// (get, find and packWord).
func (t *strTable) get(key string) (uint32, bool) {
	sl := t.lookup(key)
	return sl.val, sl.n != 0
}

// noSlot is the empty slot lookup returns for a key that its first byte
// and length rule out.
var noSlot tableSlot

// lookup returns key's slot, or an empty slot when key is not in the
// table: get's work, with the first-byte test and, for a key of up to
// eight bytes, find and packWord in line (findWord is inlined).
func (t *strTable) lookup(key string) *tableSlot {
	n := len(key)
	if n == 0 || t.lens[key[0]]&(1<<min(n, 31)) == 0 {
		return &noSlot
	}
	var w uint64 // packWord(key), in line
	switch {
	case n > 8:
		return &t.slots[t.findLong(key)]
	case n == 8:
		w = load64(key, 0)
	case n >= 4:
		w = uint64(load32(key, 0)) | uint64(load32(key, n-4))<<(8*(n-4))
	default:
		w = uint64(key[0]) | uint64(key[n>>1])<<(8*(n>>1)) | uint64(key[n-1])<<(8*(n-1))
	}
	return &t.slots[t.findWord(w, n)]
}

// getWord is get for a key of 1 to 8 bytes already packed as w (as
// packWord does), for scanners that load the text a word at a time.
func (t *strTable) getWord(w uint64, n int) (uint32, bool) {
	if !t.maybeBytes(byte(w), n) {
		return 0, false
	}
	sl := &t.slots[t.findWord(w, n)]
	return sl.val, sl.n != 0
}

// slotVal returns the value in slot i, 0 for an empty slot: with findWord
// it is getWord without the first-byte test, small enough to inline.
func (t *strTable) slotVal(i uint32) uint32 {
	return t.slots[i].val
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
	i := t.find(s)
	if t.slots[i].n == 0 {
		return "", 0, false
	}
	return t.keyAt(i), t.slots[i].val, true
}

// key returns the table's own copy of key, or "" when key is not in the
// table, so that a caller that keeps the word (in a reason, a cache) never
// holds on to input text.
func (t *strTable) key(key string) string {
	if key == "" || !t.maybe(key) {
		return ""
	}
	if i := t.find(key); t.slots[i].n != 0 {
		return t.keyAt(i)
	}
	return ""
}

// has reports whether key is in the table.
func (t *strTable) has(key string) bool {
	return t.lookup(key).n != 0
}
