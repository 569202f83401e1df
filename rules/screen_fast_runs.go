package rules

// A root move often leads to many nodes at once ("the" starts a dozen
// bias phrases). The nodes of such a move that are plain (live, accepting
// nothing, starting no gap, and reached by no other move) become states in
// a row with the same start, so they are kept as one state that stands for
// the row (a run), and a run is skipped as a whole when none of its nodes
// moves on the next word.

// nodeRun is a row of plain nodes that one root move leads to.
type nodeRun struct {
	nodes []int32
	mask  uint64 // union of the nodes' move masks
}

// runNode is the state node of run k: negative, so it never equals a node.
func runNode(k int) int32 { return -int32(k) - 1 }

// buildRuns sets s.rootSteps: per root and word id, the moves of
// out.dense with each row of two or more plain nodes replaced by its run.
func (s *Screener) buildRuns() {
	plain := arriveLive | arriveOnce
	for _, r := range []int{rootManipulation, rootBias} {
		dense := s.nodes[r].out.dense
		steps := make([][]int32, len(dense))
		for id, cs := range dense {
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
			steps[id] = out
		}
		s.rootSteps[r] = steps
	}
}

// advanceRun advances the nodes of the run state s over the word.
func (st *Stream) advanceRun(s state, w *curWord, wm uint64, end int) {
	r := &st.s.runs[-s.node-1]
	if r.mask&wm == 0 && r.mask != allMoves {
		return
	}
	masks := st.s.moveMask
	for _, c := range r.nodes {
		if m := masks[c]; m&wm != 0 || m == allMoves {
			st.advance(c, s.start, w, end)
		}
	}
}

// advanceRoot is advance for a root: its word moves read rootSteps.
func (st *Stream) advanceRoot(root int32, start int, w *curWord, end int) {
	if w.id >= 0 {
		for _, c := range st.s.rootSteps[root][w.id] {
			if c >= 0 {
				st.arrive(c, start, end)
				continue
			}
			st.next = append(st.next, state{node: c, start: start})
			if !st.idx.on && len(st.next) == linearStates {
				st.indexNext()
			}
		}
	}
	st.advanceOther(st.s.nodes[root].out, start, w, end)
}
