package redact

import "math/bits"

// maybeAt is maybe for text[lo:hi] of the scan's text, for the callers
// that have the scan: instead of classifying every byte of the window to
// find where words start, it reads the candidates from the scan's letter
// and capital marks, a block at a time (a few instructions a word
// instead of a few a byte).
//
// Its candidates are a superset of maybe's word starts that can begin a
// prefix: every prefix starts with an ASCII letter or a byte of 0xC0 or
// more (newCtxFilterOf checks it), both of them marked (mkLetter,
// mkCapital), and maybe's word starts follow no ASCII letter (a letter is
// a context-word byte). So maybeAt is true whenever maybe is. It may
// also be true where maybe is not, for a prefix after a digit, a dot, a
// dash, an apostrophe or inside a non-ASCII word ("3rd", "Müller"), bytes
// the marks do not tell: it stays a pre-test, and the callers'
// contextBefore or contextAfter, which read the words themselves, decide.
// TestMaybeAtCoversMaybe checks it.
func (f *ctxFilter) maybeAt(sc *textScan, lo, hi int) bool {
	text := sc.text
	lo, hi = max(lo, 0), min(hi, len(text))
	last := hi - 1 // a prefix starts before the window's last byte
	if last <= lo {
		return false
	}
	for b := lo >> 6; b<<6 < last; b++ {
		blk := &sc.marks[b]
		l := blk[mkLetter]
		q := l | blk[mkCapital]
		var prev uint64 // 1 when the byte before the block is a letter
		if b > 0 {
			prev = sc.marks[b-1][mkLetter] >> 63
		}
		base := b << 6
		starts := q &^ (l<<1 | prev)
		if k := lo - base; k >= 0 {
			// The window's first byte starts a word whatever is before it.
			starts = (starts | q&(1<<k)) & (^uint64(0) << k)
		}
		if k := last - base; k < 64 {
			starts &= 1<<k - 1
		}
		for ; starts != 0; starts &= starts - 1 {
			p := base + bits.TrailingZeros64(starts)
			// The word's first two bytes, lower-cased, from one load
			// (p < last, so p+1 is in the text).
			w := text[p : p+2]
			pair := uint32(w[0]) | uint32(w[1])<<8 | 0x2020
			if f.pairs[pair>>6]&(1<<(pair&63)) == 0 {
				continue
			}
			c := text[p] | 0x20
			k := int(f.first[c])
			g := pair | 0xff<<16 // 0xff: no three-byte prefix fits
			if p+2 < hi {
				g ^= uint32(text[p+2]|0x20^0xff) << 16
			}
			for _, cg := range f.grams[k-1 : k-1+int(f.count[c])] {
				if g&cg.mask == cg.val {
					return true
				}
			}
		}
	}
	return false
}

// maybeIn is maybeAt when the caller has the text's scan (sc non-nil,
// sc.text == text) and maybe when it does not: for code reached both from
// a detector's scan and from helpers that only pass the text.
func (f *ctxFilter) maybeIn(sc *textScan, text string, lo, hi int) bool {
	if sc != nil {
		return f.maybeAt(sc, lo, hi)
	}
	return f.maybe(text, lo, hi)
}
