package rules

// A root move often leads to many nodes at once ("the" starts a dozen
// bias phrases). The nodes of such a move that are plain (live, accepting
// nothing, starting no gap, and reached by no other move on the same word,
// see arriveOnce) become states in a row with the same start, so they are
// kept as one state that stands for the row (a run). A run is skipped as a
// whole when none of its nodes moves on the next word, and otherwise
// advances only the nodes that do (see moveTable).

// nodeRun is a row of plain nodes that one root move leads to.
type nodeRun struct {
	nodes []int32
	mask  uint64 // union of the nodes' move masks
	// other are the nodes that move on any word (allMoves), in run
	// order: the nodes a word moves that no node of the run has a word
	// move on (see moveTable).
	other []int32
}

// runNode is the state node of run k: negative, so it never equals a node.
func runNode(k int) int32 { return -int32(k) - 1 }

// rootMoves are the moves of a root with each row of two or more plain
// nodes replaced by its run (see runSteps).
type rootMoves struct {
	words [][]int32 // per word id
	stems [][]int32 // per stem id
	num   []int32
	time  []int32
	any   []int32
}

// buildRuns sets s.rootMoves from the roots' moves.
func (s *Screener) buildRuns() {
	for _, r := range []int{rootManipulation, rootBias} {
		t := s.nodes[r].out
		m := rootMoves{
			words: make([][]int32, len(t.dense)),
			stems: make([][]int32, len(s.vocab.stems)),
			num:   s.runSteps(t.num),
			time:  s.runSteps(t.time),
			any:   s.runSteps(t.any),
		}
		for id, cs := range t.dense {
			m.words[id] = s.runSteps(cs)
		}
		for sid, cs := range t.stems {
			m.stems[sid] = s.runSteps(cs)
		}
		if s.starts == nil {
			s.starts = make([]uint64, (len(t.dense)+63)/64)
		}
		for id, cs := range m.words {
			if len(cs) > 0 {
				s.starts[id/64] |= 1 << (id % 64)
			}
		}
		s.startsAny = s.startsAny || len(m.any) > 0
		s.rootMoves[r] = m
	}
}

// runSteps returns cs with each row of two or more plain nodes replaced
// by a new run.
func (s *Screener) runSteps(cs []int32) []int32 {
	plain := arriveLive | arriveOnce
	var out []int32
	for i := 0; i < len(cs); {
		j := i
		for j < len(cs) && s.arriveFlags[cs[j]] == plain {
			j++
		}
		if j-i < 2 {
			out = append(out, cs[i])
			i++
			continue
		}
		run := nodeRun{nodes: cs[i:j:j]}
		for _, c := range run.nodes {
			run.mask |= s.moveMask[c]
		}
		s.runs = append(s.runs, run)
		out = append(out, runNode(len(s.runs)-1))
		i = j
	}
	return out
}

// advanceRun advances the nodes of the run state s over the word.
func (st *Stream) advanceRun(s state, w *curWord, wm uint64, end int) {
	r := &st.s.runs[-s.node-1]
	if r.mask&wm == 0 && r.mask != allMoves {
		return
	}
	cs := r.other
	if w.id >= 0 {
		if l := st.s.moves.find(s.node, w.id); l != nil {
			cs = l
		}
	}
	for _, c := range cs {
		st.advance(c, s.start, w, end)
	}
}

// mayStart reports whether a root may move on the word: most words start
// no phrase, and skip advanceRoot.
func (s *Screener) mayStart(w *curWord) bool {
	return w.starts || len(w.stems) > 0 || w.num || w.time || s.startsAny
}

// advanceRoot is advance for a root: it reads s.rootMoves, in the order
// advance reads the moves.
func (st *Stream) advanceRoot(root int32, start int, w *curWord, end int) {
	m := &st.s.rootMoves[root]
	if w.id >= 0 {
		st.steps(m.words[w.id], start, end)
	}
	for _, sid := range w.stems {
		st.steps(m.stems[sid], start, end)
	}
	if w.num {
		st.steps(m.num, start, end)
	}
	if w.time {
		st.steps(m.time, start, end)
	}
	st.steps(m.any, start, end)
}

// steps arrives at each node of cs, and adds a state for each run. A
// run and a plain node (see arrive) become a state here, without a call.
func (st *Stream) steps(cs []int32, start, end int) {
	flags := st.s.arriveFlags
	for _, c := range cs {
		if c >= 0 && (flags[c] != arriveLive|arriveOnce || st.idx.on) {
			st.arriveSlow(c, start, end)
			continue
		}
		st.next = append(st.next, state{node: c, start: start})
		if !st.idx.on && len(st.next) == linearStates {
			st.indexNext()
		}
	}
}
