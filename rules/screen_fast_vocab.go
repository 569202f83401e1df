package rules

import (
	"encoding/binary"
	"math/bits"
)

// wordTable finds a word's vocabulary id by open addressing on a hash of
// its bytes, without converting the word to a string. A slot holds the
// word's first 8 bytes, so a word of up to 8 bytes (most words) is
// compared within the slot. A 4 KB filter of hash bits, read first, turns
// away most words outside the vocabulary without reading the slots.
type wordTable struct {
	slots []wordSlot // the length is a power of two, at least 2× the words
	// filter has bit filterBit(hash) set for every vocabulary word.
	filter [1 << filterBits / 64]uint64
	text   []string  // per word id
	stems  [][]int32 // per word id: the stems it starts with (full slices)
}

// filterBits is the log2 of the filter's size in bits: with a vocabulary
// of ~2,000 words, about 6% of the other words pass it.
const filterBits = 15

// filterBit is the filter bit of a hash: its top bits, which the slot
// index (its low bits) does not use.
func filterBit(h uint32) uint32 { return h >> (32 - filterBits) }

type wordSlot struct {
	head uint64 // the first 8 bytes, zero-padded
	// info is 1 + word id (the low 24 bits; 0 for an empty slot),
	// min(len, 127) << 24, and slotStems when the word starts a stem.
	info uint32
	// What endWord reads about a vocabulary word, kept in its slot so
	// that one load finds it: its context flags, and whether a root
	// moves on it (see mayStart).
	flags  wordFlags
	starts bool
}

const (
	slotID    = 1<<24 - 1
	slotLen   = 127 << 24
	slotStems = 1 << 31
)

// id returns the word id of a full slot.
func (s *wordSlot) id() int32 { return int32(s.info&slotID) - 1 }

// wordHead returns the first min(len(w), 8) bytes of w, zero-padded.
func wordHead(w []byte) uint64 {
	if len(w) >= 8 {
		return binary.LittleEndian.Uint64(w)
	}
	if cap(w) >= 8 {
		return binary.LittleEndian.Uint64(w[:8]) & (1<<(8*uint(len(w))) - 1)
	}
	var b [8]byte
	copy(b[:], w)
	return binary.LittleEndian.Uint64(b[:])
}

// hashWord mixes the word's head, length and (for long words) the rest.
func hashWord(head uint64, w []byte) uint32 {
	h := head ^ uint64(len(w))<<56
	for i := 8; i < len(w); i += 8 {
		hi, lo := bits.Mul64(h, 0x9e3779b97f4a7c15)
		h = hi ^ lo ^ wordHead(w[i:])
	}
	hi, lo := bits.Mul64(h, 0x9e3779b97f4a7c15)
	return uint32(hi ^ lo)
}

// buildTable fills v.table from v.words; starts has bit id set when a
// root moves on word id.
func (v *vocab) buildTable(starts []uint64) {
	n := 64
	for n < 2*len(v.words) {
		n *= 2
	}
	t := wordTable{slots: make([]wordSlot, n), text: make([]string, len(v.words)), stems: make([][]int32, len(v.words))}
	mask := uint32(n - 1)
	for w, id := range v.words {
		t.text[id] = w
		b := []byte(w)
		info := uint32(id+1) | uint32(min(len(w), 127))<<24
		if ss := v.stemsOf(b, nil); len(ss) > 0 {
			t.stems[id] = ss[:len(ss):len(ss)]
			info |= slotStems
		}
		head := wordHead(b)
		h := hashWord(head, b)
		t.filter[filterBit(h)/64] |= 1 << (filterBit(h) % 64)
		i := h & mask
		for t.slots[i].info != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = wordSlot{head: head, info: info, flags: v.flags[id], starts: starts[id/64]&(1<<(id%64)) != 0}
	}
	v.table = t
}

// find returns the slot of w, or nil when w is not in the vocabulary.
func (t *wordTable) find(w []byte) *wordSlot {
	head := wordHead(w)
	h := hashWord(head, w)
	if t.filter[filterBit(h)/64]&(1<<(filterBit(h)%64)) == 0 {
		return nil
	}
	want := uint32(min(len(w), 127)) << 24
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.info == 0 {
			return nil
		}
		if s.head != head || s.info&slotLen != want {
			continue
		}
		if len(w) <= 8 || t.text[s.id()] == string(w) {
			return s
		}
	}
}
