package redact

// outsideGuard answers townOverlapsOutside(dst, s, e) (location_residence.go)
// for a slice that only grows between queries, at a bounded cost: a
// region after every town of a long list ("Name, Town, BC" lines) once
// read every span for each town. While the spans are few (guardLinear)
// it reads them one by one; past that it files each span's index under
// the 64-byte block of its start and reads only the blocks a span
// overlapping [s, e) can start in: from s minus the longest span's
// length up to e. The answers are townOverlapsOutside's, exactly.
type outsideGuard struct {
	blocks [][]int32 // span indices by the block of their start, once built
	seen   int       // how many spans of the slice blocks holds
	maxLen int       // the longest span filed (0 for empty ones)
	work   int       // spans compared and blocks read (guardWork)
}

// overlapsOutside reports townOverlapsOutside(dst, s, e) for a text of
// length n, where dst extends the slice of the guard's earlier queries.
func (g *outsideGuard) overlapsOutside(dst []Span, n, s, e int) bool {
	if g.blocks == nil && len(dst) <= guardLinear {
		g.work += len(dst)
		return townOverlapsOutside(dst, s, e)
	}
	if g.blocks == nil {
		g.blocks = make([][]int32, n>>6+1)
	}
	for i := g.seen; i < len(dst); i++ {
		d := &dst[i]
		b := min(max(d.Start, 0), n) >> 6
		g.blocks[b] = append(g.blocks[b], int32(i))
		g.maxLen = max(g.maxLen, d.End-d.Start)
		g.work++
	}
	g.seen = len(dst)
	// A span overlapping [s, e) starts before e and ends after s, so it
	// starts after s-maxLen (an empty one starts after s).
	lo, hi := min(max(s-g.maxLen, 0), n)>>6, min(max(e, 0), n)>>6
	for b := lo; b <= hi; b++ {
		g.work++
		for _, k := range g.blocks[b] {
			g.work++
			d := &dst[k]
			if d.Start < e && s < d.End && (d.Start < s || d.End > e || d.Start == s && d.End == e) {
				return true
			}
		}
	}
	return false
}

// endGuard answers personEndsAt(dst, e) (location_residence.go) for a
// slice that only grows between queries, at a bounded cost: a list of
// ten thousand "Name, from Town" items once read every span for each
// from-word. While the spans are few (guardLinear) it reads them one by
// one; past that it keeps a bitmap of the PERSON spans' ends. The
// answers are personEndsAt's, exactly.
type endGuard struct {
	bits   []uint64 // bit e set when a PERSON span ends at e, once built
	seen   int      // how many spans of the slice bits holds
	linear bool     // a PERSON span ends outside [0, n]: read the spans
	work   int      // spans compared and bitmap words read (guardWork)
}

// personEndsAt reports personEndsAt(dst, e) for a text of length n, where
// dst extends the slice of the guard's earlier queries.
func (g *endGuard) personEndsAt(dst []Span, n, e int) bool {
	if g.bits == nil && (len(dst) <= guardLinear || g.linear) || e < 0 || e > n {
		g.work += len(dst)
		return personEndsAt(dst, e)
	}
	if g.bits == nil {
		g.bits = make([]uint64, n>>6+1)
	}
	for i := g.seen; i < len(dst); i++ {
		g.work++
		if dst[i].Type != "PERSON" {
			continue
		}
		if d := dst[i].End; d >= 0 && d <= n {
			g.bits[d>>6] |= 1 << uint(d&63)
			continue
		}
		g.linear, g.bits, g.seen = true, nil, 0
		g.work += len(dst)
		return personEndsAt(dst, e)
	}
	g.seen = len(dst)
	g.work++
	return g.bits[e>>6]>>uint(e&63)&1 != 0
}
