package redact

import (
	"math/bits"
	"strings"
)

// validDomainAt is validDomain for the domain text[a:e] of the scan's
// text, read from the scan's dot, dash and letter marks instead of byte
// by byte: a domain of up to 63 bytes (nearly all) is a few masks of a
// 64-byte window. Labels start at a and after each dot and end before
// each dot and at e, so an empty label is a position in both sets, and a
// dash may be at neither edge of a label. Longer domains are left to
// validDomain. TestValidDomainAt checks it against validDomain.
func validDomainAt(sc *textScan, a, e int) bool {
	n := e - a
	if n > 63 {
		return validDomain(sc.text[a:e])
	}
	if n < 4 {
		return false
	}
	keep := uint64(1)<<n - 1
	dots := sc.markWindow(mkDot, a) & keep
	if dots == 0 {
		return false // one label
	}
	starts, ends := dots<<1|1, dots|1<<n
	if starts&ends != 0 || sc.markWindow(mkDash, a)&keep&(starts|ends>>1) != 0 {
		return false // an empty label, or a dash first or last in a label
	}
	last := 64 - bits.LeadingZeros64(dots) // where the top-level label starts
	if n-last < 2 {
		return false
	}
	if top := keep &^ (1<<last - 1); sc.markWindow(mkLetter, a)&top == top {
		return true
	}
	// Punycode TLDs (xn--...) are allowed.
	return strings.HasPrefix(sc.text[a+last:e], "xn--")
}

// markWindow returns the bits of mark c for the 64 bytes from p on: bit
// j is set when byte p+j has the mark (none past the text).
func (sc *textScan) markWindow(c, p int) uint64 {
	b, k := p>>6, uint(p&63)
	m := sc.marks[b][c] >> k
	if k != 0 && b+1 < len(sc.marks) {
		m |= sc.marks[b+1][c] << (64 - k)
	}
	return m
}
