package rules

import "slices"

// allMoves is the move mask of a node that may move on any word: it reads
// stems, numbers, clock times or any word.
const allMoves = ^uint64(0)

// buildMoveMasks sets s.moveMask: per node, bit id%64 for every word id
// it moves on, or allMoves. A state whose mask shares no bit with the
// word's (wordMask) cannot move on that word, so advance skips it
// without reading the node's moves.
func (s *Screener) buildMoveMasks() {
	s.moveMask = make([]uint64, len(s.nodes))
	for i := range s.nodes {
		t := s.nodes[i].out
		if len(t.stems) > 0 || len(t.num) > 0 || len(t.time) > 0 || len(t.any) > 0 || t.dense != nil {
			s.moveMask[i] = allMoves
			continue
		}
		var m uint64
		for _, id := range t.keys {
			m |= 1 << (uint32(id) & 63)
		}
		for id := range t.words {
			m |= 1 << (uint32(id) & 63)
		}
		s.moveMask[i] = m
	}
}

// wordMask is the bit of word id in a move mask; 0 for a word outside
// the vocabulary.
func wordMask(id int32) uint64 {
	if id < 0 {
		return 0
	}
	return 1 << (uint32(id) & 63)
}

// Arrival flags: what arriving at a node does, read from a small array
// so that the common arrival (a live node that only becomes a state) does
// not load the node itself.
const (
	arriveAccept uint8 = 1 << iota // the closure accepts rules
	arriveGaps                     // the closure starts gaps
	arriveLive                     // the node becomes a state
	// arriveOnce: at most one move can lead to the node on any one word,
	// from a node advanced at most once per word, so no other state for
	// it can exist when a word arrives there.
	arriveOnce
)

func (s *Screener) buildArriveFlags() {
	s.arriveFlags = make([]uint8, len(s.nodes))
	for i := range s.nodes {
		n := &s.nodes[i]
		var f uint8
		if len(n.closeAccept) > 0 {
			f |= arriveAccept
		}
		if len(n.closeGaps) > 0 {
			f |= arriveGaps
		}
		if n.live {
			f |= arriveLive
		}
		s.arriveFlags[i] = f
	}
	// Count the moves into each node and note their source. A node is
	// arrived at at most once per word when every move into it comes from
	// one source that is never a gap's end (so it is advanced at most once
	// per word), no gap starts at it, and either one move leads there or
	// all of them are word moves on different words ("the", "these" and
	// "those" leading to one node): a word has one id, so only one of them
	// can be taken.
	wordMoves := make([]int32, len(s.nodes))
	otherMoves := make([]int32, len(s.nodes)) // stems, numbers, times, any word, gaps
	src := make([]int32, len(s.nodes))
	for i := range src {
		src[i] = -1
	}
	shared := make([]bool, len(s.nodes)) // moves from two sources, or twice on one word
	gapEnd := make([]bool, len(s.nodes))
	from := func(c, i int32) {
		if src[c] >= 0 && src[c] != i {
			shared[c] = true
		}
		src[c] = i
	}
	for i := range s.nodes {
		n := &s.nodes[i]
		words := func(cs []int32) {
			for k, c := range cs {
				from(c, int32(i))
				wordMoves[c]++
				if slices.Contains(cs[:k], c) {
					shared[c] = true
				}
			}
		}
		other := func(cs []int32) {
			for _, c := range cs {
				from(c, int32(i))
				otherMoves[c]++
			}
		}
		t := n.out
		for _, cs := range t.dense {
			words(cs)
		}
		for _, cs := range t.vals {
			words(cs)
		}
		for _, cs := range t.words {
			words(cs)
		}
		for _, cs := range t.stems {
			other(cs)
		}
		other(t.num)
		other(t.time)
		other(t.any)
		for _, g := range n.gaps {
			otherMoves[g.child] += 2
			gapEnd[g.child] = true
		}
		for _, g := range n.closeGaps {
			otherMoves[g.child] += 2
			gapEnd[g.child] = true
		}
	}
	for i := range s.nodes {
		if src[i] < 0 || shared[i] || gapEnd[src[i]] {
			continue
		}
		// A word may take a stem, number, time or any-word move together
		// with a word move (a number word, a word that starts a stem).
		if otherMoves[i] == 0 || otherMoves[i] == 1 && wordMoves[i] == 0 {
			s.arriveFlags[i] |= arriveOnce
		}
	}
}
