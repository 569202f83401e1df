package rules

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
	// arriveOnce: one move leads to the node, from a node advanced at
	// most once per word, so no other state for it can exist when a word
	// arrives there.
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
	// Count the moves into each node and remember where the last came
	// from. A node that only one move leads to, from a node that is
	// never a gap's end (so it is advanced at most once per word), is
	// arrived at at most once per word.
	moves := make([]int32, len(s.nodes))
	src := make([]int32, len(s.nodes))
	gapEnd := make([]bool, len(s.nodes))
	for i := range s.nodes {
		n := &s.nodes[i]
		count := func(cs []int32) {
			for _, c := range cs {
				moves[c]++
				src[c] = int32(i)
			}
		}
		t := n.out
		for _, cs := range t.dense {
			count(cs)
		}
		for _, cs := range t.vals {
			count(cs)
		}
		for _, cs := range t.words {
			count(cs)
		}
		for _, cs := range t.stems {
			count(cs)
		}
		count(t.num)
		count(t.time)
		count(t.any)
		for _, g := range n.gaps {
			moves[g.child] += 2
			gapEnd[g.child] = true
		}
		for _, g := range n.closeGaps {
			moves[g.child] += 2
			gapEnd[g.child] = true
		}
	}
	for i := range s.nodes {
		if moves[i] == 1 && !gapEnd[src[i]] {
			s.arriveFlags[i] |= arriveOnce
		}
	}
}
