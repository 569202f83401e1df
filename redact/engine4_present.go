package redact

import "math/bits"

// markSum sums up the marks of a whole text for the tests a detector
// makes before it searches the text: which of a few rare marks the text
// has (the union of their masks, 0 when none) and how many dots, colons,
// dashes and digits it has. The vector pass works it out as it marks
// (markAVX2), so that runScans, the secret and IP detectors and
// markRows need no pass of their own over the blocks; most prompts have
// no '@', no ':', no line break and no 'J' (on the 5 MB corpus 86 %,
// 75 %, 100 % and 92 %), most (63 %) neither two dots nor five colons or
// five dashes, which every row of markRows needs, and most of those with
// a colon fewer than the two every IPv6 address has.
//
// The field order is the vector code's (it stores them by offset).
//
// Whether the text has a colon or a dash is whether colons or dashes is
// not 0: the counts stand for their unions.
type markSum struct {
	at, under, capA, capJ, newline uint32
	dots, colons                   uint32
	// digits is the number of ASCII digits, the length of the digit
	// runs together (fewDigits, idMayMatch).
	digits, dashes uint32
}

// sumOf returns the markSum of the text whose marks are blocks: the
// definition markAVX2's sums are tested against, and their stand-in on
// CPUs without it. A union is of the 32-bit halves of the masks, as the
// vector code makes it (only whether it is 0 matters).
func sumOf(blocks []markBlock) markSum {
	var s markSum
	half := func(m uint64) uint32 { return uint32(m) | uint32(m>>32) }
	for b := range blocks {
		blk := &blocks[b]
		s.at |= half(blk[mkAt])
		s.under |= half(blk[mkUnder])
		s.capA |= half(blk[mkA])
		s.capJ |= half(blk[mkJ])
		s.newline |= half(blk[mkNewline])
		s.dots += uint32(bits.OnesCount64(blk[mkDot]))
		s.colons += uint32(bits.OnesCount64(blk[mkColon]))
		s.dashes += uint32(bits.OnesCount64(blk[mkDash]))
		s.digits += uint32(bits.OnesCount64(blk[mkDigit]))
	}
	return s
}

// rowsMaybe reports whether the text may have a row of marks (rowsOf):
// a row of the MAC detector is two dots, five colons or five dashes,
// SendGrid's two dots (see blockRows).
func (s *markSum) rowsMaybe() bool { return s.dots >= 2 || s.colons >= 5 || s.dashes >= 5 }

// ipv6Maybe reports whether the text may hold an IPv6 address, which has
// two colons or more (detectV6 drops a candidate with fewer).
func (s *markSum) ipv6Maybe() bool { return s.colons >= 2 }

// ipv4Maybe reports whether the text may hold an IPv4 address, given the
// union of its runs' kinds: a run that may start one, and the three dots
// between the four runs (detectV4).
func (s *markSum) ipv4Maybe(anyKind uint32) bool { return anyKind&kindIPv4 != 0 && s.dots >= 3 }

// jwtMaybe reports whether the text may hold a JSON Web Token: an 'J'
// ("eyJ") and the two dots between its three parts (jwts).
func (s *markSum) jwtMaybe() bool { return s.capJ != 0 && s.dots >= 2 }
