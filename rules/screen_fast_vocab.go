package rules

// wordTable finds a word's vocabulary id with one hash of its bytes and
// open addressing, without converting the word to a string.
type wordTable struct {
	slots []wordSlot // the length is a power of two, at least 4× the words
	text  []string   // per word id
}

type wordSlot struct {
	hash uint32
	id   int32 // 1 + word id; 0 for an empty slot
}

// hashWord is FNV-1a over the word's bytes.
func hashWord(w []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range w {
		h = (h ^ uint32(c)) * 16777619
	}
	return h
}

// buildTable fills v.table from v.words.
func (v *vocab) buildTable() {
	n := 64
	for n < 4*len(v.words) {
		n *= 2
	}
	t := wordTable{slots: make([]wordSlot, n), text: make([]string, len(v.words))}
	mask := uint32(n - 1)
	for w, id := range v.words {
		t.text[id] = w
		h := hashWord([]byte(w))
		i := h & mask
		for t.slots[i].id != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = wordSlot{hash: h, id: id + 1}
	}
	v.table = t
}

// find returns the id of w, or -1.
func (t *wordTable) find(w []byte) int32 {
	h := hashWord(w)
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s.id == 0 {
			return -1
		}
		if s.hash == h && t.text[s.id-1] == string(w) {
			return s.id - 1
		}
	}
}
