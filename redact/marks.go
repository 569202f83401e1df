package redact

import (
	"math/bits"
	"unsafe"
)

// Byte marks: the engine's first pass over a text (markText) marks, for
// every 64-byte block, which bytes are digits, capitals or one of a few
// punctuation bytes and letters that detectors start from, one bit per
// byte and mark. Detectors then find their next candidate with a shift
// and a trailing-zero count (textScan.next) instead of each scanning the
// text for its own bytes: on a typical prompt of a hundred bytes, a dozen
// IndexByte calls and the SWAR digit and capital scans become one vector
// pass.
const (
	mkDigit   = iota // '0' to '9'
	mkCapital        // 'A' to 'Z', or a UTF-8 lead byte of two or more bytes (0xC0 and up)
	mkAt             // '@'
	mkColon          // ':'
	mkDash           // '-'
	mkDot            // '.'
	mkUnder          // '_'
	mkA              // 'A'
	mkJ              // 'J'
	mkNewline        // '\n'
	mkLetter         // an ASCII letter, 'A' to 'Z' or 'a' to 'z'
	numMarks
)

// markBlock holds the masks of one 64-byte block: bit j of markBlock[c]
// is set when byte j of the block has mark c. Bits past the end of the
// text are zero.
type markBlock [numMarks]uint64

// markOf holds the marks of each byte value, one bit per mark: the
// definition the vector code follows, used by markGeneric.
var markOf = func() (t [256]uint16) {
	for c := range 256 {
		if c >= '0' && c <= '9' {
			t[c] |= 1 << mkDigit
		}
		if c >= 'A' && c <= 'Z' || c >= 0xC0 {
			t[c] |= 1 << mkCapital
		}
		if c|0x20 >= 'a' && c|0x20 <= 'z' {
			t[c] |= 1 << mkLetter
		}
	}
	for b, m := range map[byte]int{'@': mkAt, ':': mkColon, '-': mkDash, '.': mkDot, '_': mkUnder, 'A': mkA, 'J': mkJ, '\n': mkNewline} {
		t[b] |= 1 << m
	}
	return t
}()

// markText fills blocks, which must have room for (len(text)+63)/64
// blocks, with the marks of text: with vector code where the CPU has it
// (markAVX2 on amd64), else a byte at a time (markGeneric).
func markText(text string, blocks []markBlock) {
	if haveVectorMarks && text != "" {
		_ = blocks[(len(text)-1)>>6] // room for every block
		var sum markSum
		markVector(unsafe.StringData(text), len(text), &blocks[0], &sum)
		return
	}
	markGeneric(text, blocks[:(len(text)+63)>>6])
}

// markGeneric is markText a byte at a time, from markOf: the
// definition the vector code is tested against, and its stand-in on CPUs
// without it. Most bytes (lower-case letters, spaces) have no mark.
func markGeneric(text string, blocks []markBlock) {
	for b := range blocks {
		blk := &blocks[b]
		*blk = markBlock{}
		chunk := text[b<<6 : min(len(text), b<<6+64)]
		for j := 0; j < len(chunk); j++ {
			k := markOf[chunk[j]]
			for k != 0 {
				c := bits.TrailingZeros16(k)
				blk[c] |= 1 << j
				k &= k - 1
			}
		}
	}
}

// next returns the index of the first byte marked c at or
// after i (at least 0), or -1. It is small enough to be inlined: the mark
// in i's own block is a shift and a trailing-zero count.
func (sc *textScan) next(c, i int) int {
	if b := i >> 6; b < len(sc.marks) {
		if m := sc.marks[b][c] >> (i & 63); m != 0 {
			return i + bits.TrailingZeros64(m)
		}
	}
	return nextOfAfter(sc.marks, c, i>>6+1)
}

// nextBefore returns the index of the first byte marked c in [i, b) of
// the scan's text, or -1: next's answer when it is below b, reading the
// marks only up to b (next reads on to the text's end when no byte is
// marked, which a rule asking it once per line or per word of a long text
// pays for each time: linear25).
func (sc *textScan) nextBefore(c, i, b int) int {
	for ; i < b; i = (i>>6 + 1) << 6 {
		if m := sc.marks[i>>6][c] >> (i & 63); m != 0 {
			if k := i + bits.TrailingZeros64(m); k < b {
				return k
			}
			return -1
		}
	}
	return -1
}

// nextOfAfter returns the index of the first byte marked c in the blocks
// from b on, or -1: textScan.next's search past the block it starts in.
func nextOfAfter(blocks []markBlock, c, b int) int {
	for ; b < len(blocks); b++ {
		if m := blocks[b][c]; m != 0 {
			return b<<6 + bits.TrailingZeros64(m)
		}
	}
	return -1
}

// marksFrom returns the masks of mark c of block b and of the block after
// it (0 past the last), for tests of bytes a few places apart: the bits
// of "a byte marked c at j+k" are m>>k | next<<(64-k).
func (sc *textScan) marksFrom(c, b int) (m, next uint64) {
	m = sc.marks[b][c]
	if b+1 < len(sc.marks) {
		next = sc.marks[b+1][c]
	}
	return m, next
}

// Row bits: which rows of marks a text has, rows that only MAC addresses
// and SendGrid keys make, so that their detectors skip the texts without
// one (nearly all) after a single pass over the marks (see markRows).
const (
	rowMAC      = 1 << iota // five colons or five dashes three bytes apart, or two dots five bytes apart
	rowSendGrid             // two dots 23 bytes apart
	rowsDone                // the rows have been worked out
)

// markRows returns the text's row bits, working them out (rowsOf) on the
// first call after reset.
func (sc *textScan) markRows() uint8 {
	if sc.rows == 0 {
		sc.rows = rowsOf(sc.marks)
	}
	return sc.rows
}

// rowsOf returns the row bits of blocks, with rowsDone. It visits the
// blocks from the last, so that the masks of the block after each one are
// at hand for the rows that run into it.
func rowsOf(blocks []markBlock) uint8 {
	rows := uint8(rowsDone)
	var nc, nd, nt uint64 // the colon, dash and dot masks of the next block
	for b := len(blocks) - 1; b >= 0; b-- {
		blk := &blocks[b]
		c, d, t := blk[mkColon], blk[mkDash], blk[mkDot]
		// A row of five colons or dashes has two of either three bytes
		// apart, which most blocks do not: the rows are worked out only
		// for those that have.
		cd, ncd := c|d, nc|nd
		if t&(t>>5|nt<<59)|t&(t>>23|nt<<41)|cd&(cd>>3|ncd<<61) != 0 {
			rows |= blockRows(c, d, t, nc, nd, nt)
		}
		nc, nd, nt = c, d, t
	}
	return rows
}

// blockRows returns the row bits of a block whose colon, dash and dot
// masks are c, d and t, and those of the block after it nc, nd and nt.
func blockRows(c, d, t, nc, nd, nt uint64) uint8 {
	var rows uint8
	if t&(t>>5|nt<<59) != 0 ||
		c&(c>>3|nc<<61)&(c>>6|nc<<58)&(c>>9|nc<<55)&(c>>12|nc<<52) != 0 ||
		d&(d>>3|nd<<61)&(d>>6|nd<<58)&(d>>9|nd<<55)&(d>>12|nd<<52) != 0 {
		rows |= rowMAC
	}
	if t&(t>>23|nt<<41) != 0 {
		rows |= rowSendGrid
	}
	return rows
}
