package rules

import (
	"encoding/binary"
	"math/bits"
)

// wordTable finds a word's vocabulary id by open addressing on a hash of
// its bytes, without converting the word to a string. A slot holds the
// word's first 8 bytes, so a word of up to 8 bytes (most words) is
// compared within the slot.
type wordTable struct {
	slots []wordSlot // the length is a power of two, at least 2× the words
	text  []string   // per word id
	stems [][]int32  // per word id: the stems it starts with (full slices)
	// hasStems has bit id set when stems[id] is not empty: a small filter
	// read before the 24-byte slice header.
	hasStems []uint64
}

type wordSlot struct {
	head  uint64 // the first 8 bytes, zero-padded
	hash  uint32
	idLen uint32 // 1 + word id, and min(len, 255) << 24; 0 for an empty slot
}

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

// buildTable fills v.table from v.words.
func (v *vocab) buildTable() {
	n := 64
	for n < 2*len(v.words) {
		n *= 2
	}
	t := wordTable{slots: make([]wordSlot, n), text: make([]string, len(v.words))}
	mask := uint32(n - 1)
	for w, id := range v.words {
		t.text[id] = w
		b := []byte(w)
		head := wordHead(b)
		h := hashWord(head, b)
		i := h & mask
		for t.slots[i].idLen != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = wordSlot{head: head, hash: h, idLen: uint32(id+1) | uint32(min(len(w), 255))<<24}
	}
	t.stems = make([][]int32, len(v.words))
	t.hasStems = make([]uint64, (len(v.words)+63)/64)
	for id, w := range t.text {
		if ss := v.stemsOf([]byte(w), nil); len(ss) > 0 {
			t.stems[id] = ss[:len(ss):len(ss)]
			t.hasStems[id/64] |= 1 << (id % 64)
		}
	}
	v.table = t
}

// find returns the id of w, or -1.
func (t *wordTable) find(w []byte) int32 {
	head := wordHead(w)
	h := hashWord(head, w)
	want := uint32(min(len(w), 255)) << 24
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.idLen == 0 {
			return -1
		}
		if s.hash != h || s.head != head || s.idLen&0xff000000 != want {
			continue
		}
		id := int32(s.idLen&0xffffff) - 1
		if len(w) <= 8 || t.text[id] == string(w) {
			return id
		}
	}
}
