package redact

import "math/bits"

// lastNewline returns the index of the last line break in text[lo:i] of
// the scan's text, or -1: strings.LastIndexByte(text[lo:i], '\n') + lo
// when there is one, read from the newline marks a 64-byte block at a
// time rather than a byte at a time (0 <= lo, i <= len(text)).
func (sc *textScan) lastNewline(lo, i int) int {
	if i <= lo {
		return -1
	}
	lb, b := lo>>6, (i-1)>>6
	m := sc.marks[b][mkNewline] & (^uint64(0) >> (63 - uint((i-1)&63)))
	for {
		if b == lb {
			m &= ^uint64(0) << uint(lo&63)
			if m == 0 {
				return -1
			}
		}
		if m != 0 {
			return b<<6 + 63 - bits.LeadingZeros64(m)
		}
		b--
		m = sc.marks[b][mkNewline]
	}
}

// lineStart returns the start of the line that holds i in the scan's
// text: the byte after the last '\n' before i, or 0, as
// strings.LastIndexByte(text[:i], '\n') + 1 does.
func (sc *textScan) lineStart(i int) int {
	return sc.lastNewline(0, i) + 1
}
