package redact

// Shapes of the words business12's readers look up (issue 9 speed,
// engine19): a word's shape is its first two bytes' low five bits and its
// length (31 and more count as 31). A table lookup costs ~100
// instructions, a shape test a load and a shift; most words of a chain's
// head and of cueGate's window are no table word, and their shape is no
// table word's either. The low five bits are the same for a capital and
// its lower-case letter, so a shape set answers for both; other bytes that
// share them only make it answer yes more often. Each set holds the shapes
// of every word its reader needs: a word whose shape is missing is no
// such word, exactly.

// shapeSet is a set of word shapes, one bit each.
type shapeSet [1 << 15 / 64]uint64

// shapeOf returns the shape of w, a word of at least one byte.
func shapeOf(w string) uint32 {
	c1 := byte(0)
	if len(w) > 1 {
		c1 = w[1]
	}
	return uint32(w[0]&31)<<10 | uint32(c1&31)<<5 | uint32(min(len(w), 31))
}

func (s *shapeSet) add(w string) {
	k := shapeOf(w)
	s[k>>6] |= 1 << (k & 63)
}

// has reports whether a word of w's shape is in s; w is not empty.
func (s *shapeSet) has(w string) bool {
	k := shapeOf(w)
	return s[k>>6]&(1<<(k&63)) != 0
}

// gateKinds and gatePrem are the kinds of bizWordTable's words that
// cueGate acts on (a cue's, a guard's); the other words it reads go on to
// the next word.
const (
	gateKinds = bizCue | bizWeak | bizTrade | bizSign | bizCustomer | bizService | bizGuard
	gatePrem  = premNoun | premUs
)

// bizShapes holds the shape of every word of bizWordTable (wordKinds),
// gateShapes of those with gateKinds or gatePrem (cueGate), and
// titleShapes of the titles (titleWords, the only words nameFlags marks
// nameTitle: headCue's guard).
var bizShapes, gateShapes, titleShapes = func() (b, g, t *shapeSet) {
	b, g, t = new(shapeSet), new(shapeSet), new(shapeSet)
	for _, k := range bizWordTable.keyList() {
		if k == "" {
			continue
		}
		b.add(k)
		if v, p := wordKindsSlow(k); v&gateKinds != 0 || p&gatePrem != 0 {
			g.add(k)
		}
	}
	for _, w := range titleWords {
		t.add(w)
	}
	return b, g, t
}()

// hasHyphen reports whether w holds a '-': a word no table holds may
// still be a premises word's hyphenated compound (premisesKind).
func hasHyphen(w string) bool {
	for k := 1; k < len(w); k++ {
		if w[k] == '-' {
			return true
		}
	}
	return false
}

// titleFlags is nameFlagsOf(w) for headCue's title test: 0, with no
// lookup, when no title has w's shape.
func titleFlags(w string) uint8 {
	if !titleShapes.has(w) {
		return 0
	}
	return nameFlagsOf(w)
}
