package redact

import (
	"math/bits"
	"slices"
	"strings"
)

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

// posGuard answers personEndsAt(dst, e) (location_residence.go),
// spanStartsAt(dst, s) (locdob9_loc.go) and the like (posAt: a span of a
// type that starts or ends at a byte) for a slice that only grows
// between queries, at a bounded cost: a list of ten thousand "Name, from
// Town" items or addresses once read every span for each item. While the
// spans are few (guardLinear) it reads them one by one; past that it
// keeps a bitmap of the starts or ends of its type's spans. The answers
// are posAt's, exactly.
type posGuard struct {
	typ    string   // the spans' type; "" for any
	start  bool     // the spans' starts, not their ends
	bits   []uint64 // bit p set when a span of the type starts or ends at p, once built
	seen   int      // how many spans of the slice bits holds
	linear bool     // a span of the type starts or ends outside [0, n]: read the spans
	work   int      // spans compared and bitmap words read (guardWork)
}

// posAt reports whether a span of dst of type typ (any, when "") starts
// (start) or ends at p.
func posAt(dst []Span, typ string, start bool, p int) bool {
	for i := range dst {
		d := &dst[i]
		if (start && d.Start == p || !start && d.End == p) && (typ == "" || d.Type == typ) {
			return true
		}
	}
	return false
}

// at reports posAt(dst, g.typ, g.start, p) for a text of length n, where
// dst extends the slice of the guard's earlier queries.
func (g *posGuard) at(dst []Span, n, p int) bool {
	if p < 0 || p > n || !g.sync(dst, n) {
		g.work += len(dst)
		return posAt(dst, g.typ, g.start, p)
	}
	g.work++
	return g.bits[p>>6]>>uint(p&63)&1 != 0
}

// sync files the spans of dst the guard has not read yet and reports
// whether its bitmap answers for dst (false: read the spans).
func (g *posGuard) sync(dst []Span, n int) bool {
	if g.bits == nil && (len(dst) <= guardLinear || g.linear) {
		return false
	}
	if g.bits == nil {
		g.bits = make([]uint64, n>>6+1)
	}
	for i := g.seen; i < len(dst); i++ {
		g.work++
		d := &dst[i]
		if g.typ != "" && d.Type != g.typ {
			continue
		}
		q := d.End
		if g.start {
			q = d.Start
		}
		if q >= 0 && q <= n {
			g.bits[q>>6] |= 1 << uint(q&63)
			continue
		}
		g.linear, g.bits, g.seen = true, nil, 0
		return false
	}
	g.seen = len(dst)
	return true
}

// lastBefore returns the greatest p in [lo, w) at which a span of dst of
// the guard's type starts (start) or ends, or -1, for a text of length n
// (personEarlierOnLine's nearest name before a from-word).
func (g *posGuard) lastBefore(dst []Span, n, lo, w int) int {
	if w > n+1 || !g.sync(dst, n) {
		g.work += len(dst)
		last := -1
		for i := range dst {
			d := &dst[i]
			q := d.End
			if g.start {
				q = d.Start
			}
			if q < w && q >= lo && q > last && (g.typ == "" || d.Type == g.typ) {
				last = q
			}
		}
		return last
	}
	lo = max(lo, 0)
	for hi := w; hi > lo; {
		b := (hi - 1) >> 6
		m := g.bits[b]
		if top := hi - b<<6; top < 64 {
			m &= 1<<uint(top) - 1 // bits below hi
		}
		if bl := lo - b<<6; bl > 0 {
			m &^= 1<<uint(bl) - 1 // bits from lo
		}
		g.work++
		if m != 0 {
			return b<<6 + 63 - bits.LeadingZeros64(m)
		}
		hi = b << 6
	}
	return -1
}

// streetGuards are townsAfterStreets' guards (loc3_street.go) for its
// walk over the addresses and the fields after them (streetFieldTowns,
// romanianUnits): a list of ten thousand addresses once read every span
// for each.
type streetGuards struct {
	over   spanGuard // townOverlaps
	starts posGuard  // spanStartsAt
	zips   posGuard  // a ZIP_CODE span's start (districtEndsAt)
	biz    posIndex  // the street addresses of dst[:n] by end (afterBusinessStreet)
	// persons is a bitmap of the PERSON spans' ends (koreanHomeAddress)
	persons posGuard
}

// afterBusinessStreet is afterBusinessStreet(text, dst[:n], s) through the
// guards' index of dst[:n]'s streets by end (n stays the same for the
// guards' walk, and dst[:n] as it was).
func (g *streetGuards) afterBusinessStreet(text string, dst []Span, n, s int) bool {
	if n <= guardLinear {
		return afterBusinessStreet(text, dst[:n], s)
	}
	if !g.biz.built {
		g.biz.build(dst[:n], func(d *Span) bool { return d.Type == "STREET_ADDRESS" })
	}
	for _, k := range g.biz.in(s-60, s) {
		if d := &dst[uint32(k)]; strings.IndexAny(text[d.End:s], "\n()") < 0 && businessStreet(text, d.Start) {
			return true
		}
	}
	return false
}

// posIndex files the spans of a slice that stays as it is (those keep
// takes) by their end, or their start (start), for rules that ask which
// spans end or start in a range for every span of a long text.
type posIndex struct {
	start bool
	byPos []uint64 // position<<32 | index, sorted
	built bool
}

// build files the spans of spans that keep takes and whose position is
// in [0, 2³¹).
func (x *posIndex) build(spans []Span, keep func(*Span) bool) {
	x.built = true
	for k := range spans {
		d := &spans[k]
		p := d.End
		if x.start {
			p = d.Start
		}
		if p >= 0 && p < 1<<31 && keep(d) {
			x.byPos = append(x.byPos, uint64(p)<<32|uint64(k))
		}
	}
	slices.Sort(x.byPos)
}

// in returns the filed spans that end (or start) in [lo, hi), by
// position and then by index (the index is each entry's low 32 bits).
func (x *posIndex) in(lo, hi int) []uint64 {
	lo, hi = min(max(lo, 0), 1<<31), min(max(hi, 0), 1<<31)
	i, _ := slices.BinarySearch(x.byPos, uint64(lo)<<32)
	j, _ := slices.BinarySearch(x.byPos, uint64(hi)<<32)
	return x.byPos[i:j]
}

// newStreetGuards returns the guards of one townsAfterStreets call.
func newStreetGuards() *streetGuards {
	return &streetGuards{starts: posGuard{start: true}, zips: posGuard{typ: "ZIP_CODE", start: true}, persons: posGuard{typ: "PERSON"}}
}

// work is the guards' work (guardWork).
func (g *streetGuards) work() int { return g.over.work + g.starts.work + g.zips.work }
