package redact

// Rules that read a whole text (a chat's speaker column and its mentions,
// a list's sibling items, couples) ask, for each name they find, whether
// a span of the detector covers it already. overlapsSpan answers that by
// reading every span, which is fine for a prompt's few names and
// quadratic for a 64 KB chat of ten thousand lines, each adding a name:
// a denial of service. spanGuard gives overlapsSpan's answers at a
// bounded cost: while the spans are few it calls overlapsSpan; past
// guardLinear spans it keeps a bitmap of the bytes they cover and reads
// only the query's bytes.

// guardLinear is the span count up to which spanGuard reads the spans
// one by one (a prompt's case: no bitmap is built).
const guardLinear = 32

// spanGuard answers overlapsSpan(spans, s, e) for a slice of spans that
// only grows between queries (a rule appending to dst). Its zero value
// is ready for a text of any length; a guard serves one text and one
// slice.
type spanGuard struct {
	bits []uint64 // bit i set when byte i is in a span, once built
	seen int      // how many spans of the slice bits holds
	// linear is set when a span is empty: overlapsSpan counts one strictly
	// inside the query as an overlap, which no bitmap of bytes holds.
	linear bool
	// work counts the spans compared and bitmap words read: what the
	// tests count to tell linear from quadratic (guardWork).
	work int
	// live makes the guard answer liveSpanOverlaps (first22_roles.go):
	// only spans that reach DefaultMinScore count.
	live bool
}

// overlaps reports overlapsSpan(spans, s, e) for text of length n, where
// spans extends the slice of the guard's earlier queries.
func (g *spanGuard) overlaps(spans []Span, n, s, e int) bool {
	// An empty query overlaps a span strictly around it, which no bitmap
	// of bytes tells either (bucharestSector's town may be empty).
	if g.bits == nil && (len(spans) <= guardLinear || g.linear) || s >= e {
		return g.linearOverlaps(spans, s, e)
	}
	if g.bits == nil {
		g.bits = make([]uint64, (n+63)/64)
	}
	for i := g.seen; i < len(spans); i++ {
		sp := &spans[i]
		if g.live && sp.Score < DefaultMinScore {
			continue
		}
		if sp.Start >= sp.End {
			g.linear, g.bits = true, nil
			return g.linearOverlaps(spans, s, e)
		}
		g.mark(max(sp.Start, 0), min(sp.End, n))
	}
	g.seen = len(spans)
	return g.any(max(s, 0), min(e, n))
}

// linearOverlaps is the guard's answer read from every span.
func (g *spanGuard) linearOverlaps(spans []Span, s, e int) bool {
	g.work += len(spans)
	if g.live {
		return liveSpanOverlaps(spans, s, e)
	}
	return overlapsSpan(spans, s, e)
}

// townOverlaps is townOverlaps(dst, s, e) (location_residence.go, the
// same question as overlapsSpan's) through g, or without a guard when g
// is nil.
func (g *spanGuard) townOverlaps(dst []Span, n, s, e int) bool {
	if g == nil {
		return townOverlaps(dst, s, e)
	}
	return g.overlaps(dst, n, s, e)
}

// mark sets the bits of bytes [s, e).
func (g *spanGuard) mark(s, e int) {
	for i := s; i < e; {
		w, b := i>>6, uint(i&63)
		m := ^uint64(0) << b
		if e-i < 64-int(b) {
			m &= 1<<(b+uint(e-i)) - 1
		}
		g.bits[w] |= m
		g.work++
		i = (w + 1) << 6
	}
}

// any reports whether a bit of bytes [s, e) is set.
func (g *spanGuard) any(s, e int) bool {
	for i := s; i < e; {
		w, b := i>>6, uint(i&63)
		m := ^uint64(0) << b
		if e-i < 64-int(b) {
			m &= 1<<(b+uint(e-i)) - 1
		}
		g.work++
		if g.bits[w]&m != 0 {
			return true
		}
		i = (w + 1) << 6
	}
	return false
}

// guardWork, when set (by tests), receives the work of each whole-text
// rule that ends: the rule's name and its count of spans compared, bitmap
// words and bytes read. It is nil in production.
var guardWork func(rule string, work int)

// reportWork passes a rule's work to guardWork, when set.
func reportWork(rule string, work int) {
	if guardWork != nil {
		guardWork(rule, work)
	}
}

// lineMemo remembers the start of the line that holds one position, so
// that a rule asking for the line starts of positions that mostly grow
// (the ID candidates of one text) reads each byte about once, not back
// to the line's start for every candidate on a long line. Its zero
// value is ready.
type lineMemo struct {
	pos, ls int  // no line break in text[ls:pos]; ls is 0 or after a '\n'
	set     bool // pos and ls hold a position
}

// lineStart returns the start of the line that holds i (the byte after
// the last '\n' before i, or 0), as strings.LastIndexByte does.
func (m *lineMemo) lineStart(text string, i int) int {
	switch {
	case m.set && m.ls <= i && i <= m.pos:
		return m.ls
	case m.set && i > m.pos:
		if k := lastNewlineIn(text[m.pos:i]); k >= 0 { // engine24_lines.go: eight bytes at a time
			m.ls = m.pos + k + 1
		}
	default:
		m.ls = lastNewlineIn(text[:i]) + 1
	}
	m.pos, m.set = i, true
	return m.ls
}

// idLines are the line memos of the ID detector's walk over a text: one
// for the candidates' lines and one for the lines before them
// (idContextFar, passportFar).
type idLines struct{ cur, prev lineMemo }

// curStart is the line start of a candidate at i, through the memo of
// the candidates' lines when l is not nil.
func (l *idLines) curStart(text string, i int) int {
	if l == nil {
		return lastNewlineIn(text[:i]) + 1
	}
	return l.cur.lineStart(text, i)
}

// prevStart is the line start of the line break at i that ends the line
// before a candidate's, through the memo of those lines when l is not nil.
func (l *idLines) prevStart(text string, i int) int {
	if l == nil {
		return lastNewlineIn(text[:i]) + 1
	}
	return l.prev.lineStart(text, i)
}

// lineStartNear returns the start of the line that holds i when it is at
// most back bytes before i, or -1: a rule that reads only a line's first
// bytes need not walk a long line back for every name on it.
func lineStartNear(text string, i, back int) int {
	for k := i; k > 0; k-- {
		if text[k-1] == '\n' {
			return k
		}
		if i-k >= back {
			return -1
		}
	}
	return 0
}
