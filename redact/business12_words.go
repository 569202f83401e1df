package redact

import "unsafe"

// Filters of the words business12's readers look up (issue 9 speed,
// engine19). A table lookup costs ~100 instructions; most words of a
// chain's head and of cueGate's window are no table word. A wordFilter
// holds one bit per word, at a hash of its bytes with bit 5 of each
// set (so a capital and its lower-case letter hash alike: lowerASCII
// changes nothing else; the first and last four bytes of a longer word)
// and of its length: a word whose bit is clear is
// no word of the filter, exactly; a set bit may be another word's (~3 %
// of the words not in a filter of 900).

// wordFilter is a set of words, one bit each at wordBit.
type wordFilter [1 << 15 / 64]uint64

// wordBit returns the bit of w, a word of at least one byte, in a
// wordFilter.
func wordBit(w string) uint32 {
	const fold = 0x2020202020202020
	n := len(w)
	p := unsafe.Pointer(unsafe.StringData(w))
	var x uint64
	if n >= 4 {
		// the first and the last four bytes (unaligned loads inside w):
		// all of a word of up to eight
		x = uint64(*(*uint32)(p)) | uint64(*(*uint32)(unsafe.Add(p, n-4)))<<32
	} else {
		x = uint64(*(*uint8)(p)) | uint64(*(*uint8)(unsafe.Add(p, n>>1)))<<8 | uint64(*(*uint8)(unsafe.Add(p, n-1)))<<16
	}
	return uint32(((x | fold) ^ uint64(n)<<58) * 0x9E3779B97F4A7C15 >> 49)
}

func (f *wordFilter) add(w string) {
	k := wordBit(w)
	f[k>>6] |= 1 << (k & 63)
}

// has reports whether w may be a word of f; w is not empty.
func (f *wordFilter) has(w string) bool { return f.hasBit(wordBit(w)) }

// hasBit reports whether bit k (a wordBit) is set: hot callers write
// f.hasBit(wordBit(w)), which inlines both (has itself is over the
// inliner's budget).
func (f *wordFilter) hasBit(k uint32) bool { return f[k>>6]&(1<<(k&63)) != 0 }

// gateKinds and gatePrem are the kinds of bizWordTable's words that
// cueGate acts on (a cue's, a guard's); the other words it reads go on to
// the next word. cueKinds and cuePrem are the kinds of the words that can
// make headCue return a cue: a cue, trade or weak word, a customer word
// (with a service word), "sign" (before "off"), a premises noun, "us"
// (after an invitation), "our" (before "phone number").
const (
	gateKinds = bizCue | bizWeak | bizTrade | bizSign | bizCustomer | bizService | bizGuard | bizCapTrade | bizLocated
	gatePrem  = premNoun | premUs
	cueKinds  = bizCue | bizTrade | bizWeak | bizCustomer | bizSign | bizCapTrade
	cuePrem   = premNoun | premUs | premOur
)

// bizWords holds every word of bizWordTable (wordKinds), gateWords those
// with gateKinds or gatePrem (cueGate), cueWordsOf those with cueKinds or
// cuePrem (headMayCue), and titleWordsOf the titles (titleWords, the
// only words nameFlags marks nameTitle: headCue's guard).
var bizWords, gateWords, cueWordsOf, titleWordsOf = func() (b, g, c, t *wordFilter) {
	b, g, c, t = new(wordFilter), new(wordFilter), new(wordFilter), new(wordFilter)
	for _, k := range bizWordTable.keyList() {
		if k == "" {
			continue
		}
		b.add(k)
		v, p := wordKindsSlow(k)
		if v&gateKinds != 0 || p&gatePrem != 0 {
			g.add(k)
		}
		if v&cueKinds != 0 || p&cuePrem != 0 {
			c.add(k)
		}
	}
	for _, w := range titleWords {
		t.add(w)
	}
	return b, g, c, t
}()

// hasHyphen reports whether w holds a '-' after its first byte: a word
// no table holds may still be a premises word's hyphenated compound
// (premisesKind).
func hasHyphen(w string) bool {
	for k := 1; k < len(w); k++ {
		if w[k] == '-' {
			return true
		}
	}
	return false
}

// compoundIn reports whether w may be a premises noun's hyphenated
// compound whose last part f holds ("flagship-store": premisesKind reads
// the part after the last '-', after the first byte); f holds every
// premises noun. A '-' that ends w ends no compound, and any answer is
// right for it.
func compoundIn(f *wordFilter, w string) bool {
	for k := len(w) - 2; k > 0; k-- {
		if w[k] == '-' {
			return f.hasBit(wordBit(w[k+1:]))
		}
	}
	return false
}

// titleFlags is nameFlagsOf(w) for headCue's title test: 0, with no
// lookup, when w is no title.
func titleFlags(w string) uint8 {
	if !titleWordsOf.hasBit(wordBit(w)) {
		return 0
	}
	return nameFlagsOf(w)
}

// headMayCue reports whether headCue(h) may return bizCue or bizWeak:
// whether a word of h, cut and trimmed as headCue cuts and trims it, is
// "&", a capitalised legal form or brand, a word with cueKinds or cuePrem
// (cueWordsOf), or a premises noun's compound (compoundIn). When it
// reports false, headCue(h) returns no cue, and a chain with no other
// evidence (a premises address, a role address, a chain before it) is no
// business's: an exact pre-test for the common head with no cue word.
func headMayCue(h string) bool {
	for i := 0; i < len(h); {
		var w string
		if w, i = nextBizWord(h, i, headSepByte); w == "" {
			continue
		}
		if !wordByte(w[0]) || !wordByte(w[len(w)-1]) {
			if w = trimPunct(w); w == "" {
				continue
			}
		}
		if len(w) > 32 {
			continue // headCue passes over longer words
		}
		if w == "&" || cueWordsOf.hasBit(wordBit(w)) || compoundIn(cueWordsOf, w) || upperAt(w, 0) && (legalFormWord(w) || camelBrand(w)) {
			return true
		}
	}
	return false
}
