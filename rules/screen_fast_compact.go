package rules

// The automaton is built as tens of thousands of tnode values, each with
// maps and lists of its moves. Once the fast tables are built, a stream
// reads only three things of a node that they do not hold: the rules its
// closure accepts and the gaps it starts (on arrival), and the moves on
// stems, numbers, times and any word of a node that has them. compact
// copies those into flat lists and drops the nodes, so the compiled
// screener is a few large pointer-free arrays rather than ~100,000 small
// objects the garbage collector has to mark on every cycle (about 20 MB
// of the default rules' 31 MB was such objects).

// nodeLists are the per-node lists a stream reads, back to back: node i's
// entries are list[at[i]:at[i+1]].
type nodeLists[T any] struct {
	at   []int32
	list []T
}

func (l *nodeLists[T]) of(i int32) []T { return l.list[l.at[i]:l.at[i+1]] }

func (l *nodeLists[T]) add(items []T) {
	if l.at == nil {
		l.at = append(l.at, 0)
	}
	l.list = append(l.list, items...)
	l.at = append(l.at, int32(len(l.list)))
}

// compact sets s.accepts, s.gapStarts and s.other from the nodes and
// drops the nodes (see above).
func (s *Screener) compact() {
	s.accepts = nodeLists[int32]{at: make([]int32, 1, len(s.nodes)+1)}
	s.gapStarts = nodeLists[gapEdge]{at: make([]int32, 1, len(s.nodes)+1)}
	s.otherOf = make([]int32, len(s.nodes))
	for i := range s.nodes {
		n := &s.nodes[i]
		s.accepts.add(n.closeAccept)
		s.gapStarts.add(n.closeGaps)
		s.otherOf[i] = -1
		if s.moveMask[i] == allMoves {
			t := n.out
			s.otherOf[i] = int32(len(s.other))
			s.other = append(s.other, trans{stems: t.stems, num: t.num, time: t.time, any: t.any})
		}
	}
	s.nodes = nil
}
