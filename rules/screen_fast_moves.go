package rules

import "math/bits"

// moveTable finds the word moves of a state in one probe of an
// open-addressing table keyed by (state node, word id), instead of
// loading the node, its merged moves and their key list or map.
//
// For a node the value is the nodes its word move leads to, in the order
// advance used to read them. For a run (a negative state node) it is the
// run's nodes that can move on the word: those with a word move on it and
// those that move on any word (allMoves), in run order; a word with no
// entry moves only the latter, listed in nodeRun.other.
type moveTable struct {
	slots []moveSlot // the length is a power of two, at least 1.5× the entries
	shift uint8      // 64 - log2(len(slots))
	lists []int32    // the values, back to back
}

type moveSlot struct {
	key uint64 // moveKey; only meaningful when n > 0
	// at is the value itself when it has one node (most moves lead to
	// one node), else its start: the value is lists[at : at+n].
	at [1]int32
	n  int32 // 0 for an empty slot (no value is empty)
}

func moveKey(node, id int32) uint64 { return uint64(uint32(node))<<32 | uint64(uint32(id)) }

func (t *moveTable) slot(key uint64) uint64 {
	return (key * 0x9e3779b97f4a7c15) >> t.shift
}

// find returns the value of (node, id), or nil. The value is shared: it
// must not be changed.
func (t *moveTable) find(node, id int32) []int32 {
	key := moveKey(node, id)
	mask := uint64(len(t.slots) - 1)
	for i := t.slot(key); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.n == 0 {
			return nil
		}
		if s.key == key {
			if s.n == 1 {
				return s.at[:]
			}
			return t.lists[s.at[0] : s.at[0]+s.n : s.at[0]+s.n]
		}
	}
}

// moveEntry is a run's value while the table is built.
type moveEntry struct {
	key uint64
	cs  []int32
}

// buildMoveTable sets s.moves from the nodes' word moves (the roots'
// dense moves are read by advanceRoot instead) and the runs, and each
// run's other list. The nodes' word move maps and lists, read only here
// and by the builders before it, are then dropped.
func (s *Screener) buildMoveTable() {
	var es []moveEntry
	for k := range s.runs {
		r := &s.runs[k]
		byWord := map[int32][]int32{}
		var words []int32 // in order of first appearance, for a stable build
		for _, c := range r.nodes {
			if s.moveMask[c] == allMoves {
				r.other = append(r.other, c)
				// it moves on every word: add it to every list so far
				// and to those that start later (below)
				for _, id := range words {
					byWord[id] = append(byWord[id], c)
				}
				continue
			}
			for _, id := range s.wordMovesOf(c) {
				if _, ok := byWord[id]; !ok {
					words = append(words, id)
					// the allMoves nodes before c come first
					byWord[id] = append([]int32(nil), r.other...)
				}
				byWord[id] = append(byWord[id], c)
			}
		}
		for _, id := range words {
			es = append(es, moveEntry{moveKey(runNode(k), id), byWord[id]})
		}
	}
	count := len(es)
	for i := range s.nodes {
		count += len(s.nodes[i].out.keys) + len(s.nodes[i].out.words)
	}
	n := 64
	for n < count+count/2 {
		n *= 2
	}
	t := moveTable{slots: make([]moveSlot, n), shift: uint8(64 - bits.TrailingZeros(uint(n)))}
	for _, e := range es {
		t.add(e.key, e.cs)
	}
	for i := range s.nodes {
		o := s.nodes[i].out
		for k, id := range o.keys {
			t.add(moveKey(int32(i), id), o.vals[k])
		}
		for id, cs := range o.words {
			t.add(moveKey(int32(i), id), cs)
		}
	}
	s.moves = t
	for i := range s.nodes {
		if i != rootManipulation && i != rootBias {
			o := s.nodes[i].out
			o.keys, o.vals, o.words = nil, nil, nil
		}
	}
}

// add stores the value cs (not empty) of key, which is not in t yet.
func (t *moveTable) add(key uint64, cs []int32) {
	mask := uint64(len(t.slots) - 1)
	i := t.slot(key)
	for t.slots[i].n != 0 {
		i = (i + 1) & mask
	}
	sl := moveSlot{key: key, n: int32(len(cs))}
	if len(cs) == 1 {
		sl.at[0] = cs[0]
	} else {
		sl.at[0] = int32(len(t.lists))
		t.lists = append(t.lists, cs...)
	}
	t.slots[i] = sl
}

// wordMovesOf returns the word ids node c has a word move on, each once.
func (s *Screener) wordMovesOf(c int32) []int32 {
	t := s.nodes[c].out
	ids := append([]int32(nil), t.keys...)
	for id := range t.words {
		ids = append(ids, id)
	}
	return ids
}
