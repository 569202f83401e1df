package rules

// linearStates is how many next states push scans linearly; a longer
// list is indexed by node and skips, so a word that keeps hundreds of
// partial matches alive (a few phrases with wide gaps) does not cost a
// scan per push. Most pushes skip the scan anyway (see Stream.pushed), so
// a number word, which starts a dozen phrases with gaps, stays below it.
const linearStates = 32

// stateIndex maps (node, skips) to the position of that state in
// Stream.next. Slots of an older generation are empty, so starting a new
// word's index costs no clearing.
type stateIndex struct {
	slots []stateSlot // open addressing; the length is a power of two
	gen   uint32
	on    bool // the index covers Stream.next
}

type stateSlot struct {
	gen uint32
	key uint32
	at  int32
}

func stateKey(node int32, skips int8) uint32 { return uint32(node)<<4 | uint32(skips) }

// indexNext starts an index over st.next.
func (st *Stream) indexNext() {
	x := &st.idx
	if len(x.slots) < 4*len(st.next) {
		n := 64
		for n < 4*len(st.next) {
			n *= 2
		}
		x.slots = make([]stateSlot, n)
		x.gen = 0
	}
	x.gen++
	if x.gen == 0 { // wrapped: old stamps could read as current
		clear(x.slots)
		x.gen = 1
	}
	x.on = true
	mask := uint32(len(x.slots) - 1)
	for i := range st.next {
		s := &st.next[i]
		k := stateKey(s.node, s.skips)
		h := (k * 0x9e3779b1) >> 7 & mask
		for x.slots[h].gen == x.gen {
			h = (h + 1) & mask
		}
		x.slots[h] = stateSlot{gen: x.gen, key: k, at: int32(i)}
	}
}

// pushIndexed is push for an indexed st.next.
func (st *Stream) pushIndexed(node int32, skips int8, start int) {
	x := &st.idx
	k := stateKey(node, skips)
	mask := uint32(len(x.slots) - 1)
	h := (k * 0x9e3779b1) >> 7 & mask
	for {
		sl := &x.slots[h]
		if sl.gen != x.gen {
			*sl = stateSlot{gen: x.gen, key: k, at: int32(len(st.next))}
			st.next = append(st.next, state{node: node, skips: skips, start: start})
			if 2*len(st.next) > len(x.slots) {
				st.indexNext()
			}
			return
		}
		if sl.key == k {
			if s := &st.next[sl.at]; start < s.start {
				s.start = start
			}
			return
		}
		h = (h + 1) & mask
	}
}
