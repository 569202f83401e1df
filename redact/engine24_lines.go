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

// lineEnd returns the end of the line that holds i in the scan's text:
// the index of the first '\n' at or after i, or the text's length, as
// lineEndAt(text, i) does, from the newline marks: a rule that walks a
// text's lines asks it once per line, with no search of the line's bytes.
// The last answer is remembered (sc.endLo, sc.endHi): a position of the
// same line at or after the one asked then has its answer at once, so
// that a rule asking for the line end of each street or name of a long
// line does not read the line's marks to its end each time (linear25).
func (sc *textScan) lineEnd(i int) int {
	if sc.endLo <= i && i < sc.endHi {
		sc.endWork = 1
		return sc.endHi - 1
	}
	le := len(sc.text)
	if nl := sc.next(mkNewline, i); nl >= 0 {
		le = nl
	}
	sc.endLo, sc.endHi = i, le+1
	sc.endWork = (le-i)>>6 + 1 // the blocks read (TestFindLongWork)
	return le
}

// lastNewlineIn returns the index of the last '\n' in s, or -1, as
// strings.LastIndexByte(s, '\n') does (a byte at a time), eight bytes at
// a time from the end: for the callers that hold a text, not its scan.
// The byte test is exact (no borrow between bytes): a byte is '\n' when
// its XOR with '\n' is 0, and ((x&0x7f…)+0x7f…)|x has the high bit of
// each byte of x that is not 0.
func lastNewlineIn(s string) int {
	const lo7, hi = 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	i := len(s)
	for i >= 8 {
		x := load64(s, i-8) ^ 0x0a0a0a0a0a0a0a0a
		if z := ^((x&lo7 + lo7) | x) & hi; z != 0 {
			return i - 8 + (63-bits.LeadingZeros64(z))>>3
		}
		i -= 8
	}
	for i > 0 {
		i--
		if s[i] == '\n' {
			return i
		}
	}
	return -1
}

// lastBlankIn returns the index of the last ' ' or '\n' in s, or -1,
// eight bytes at a time from the end (the exact byte test of
// lastNewlineIn, for both bytes): the start of the word before a
// position.
func lastBlankIn(s string) int {
	const lo7, hi = 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	i := len(s)
	for i >= 8 {
		w := load64(s, i-8)
		x, y := w^0x0a0a0a0a0a0a0a0a, w^0x2020202020202020
		if z := (^((x&lo7 + lo7) | x) | ^((y&lo7 + lo7) | y)) & hi; z != 0 {
			return i - 8 + (63-bits.LeadingZeros64(z))>>3
		}
		i -= 8
	}
	for i > 0 {
		i--
		if s[i] == '\n' || s[i] == ' ' {
			return i
		}
	}
	return -1
}
