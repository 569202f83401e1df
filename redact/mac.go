package redact

import (
	"math/bits"
	"strings"
)

// MAC addresses: six hex pairs joined by ':' or '-' (one separator kind),
// or Cisco's three dotted groups of four hex digits. The detector visits
// the separators from the engine's byte marks and checks the fixed
// layout around each; the all-zero and broadcast addresses are skipped.

func init() { register(macDetector{}) }

type macDetector struct{}

func (macDetector) ID() string      { return "builtin.mac_address" }
func (macDetector) Types() []string { return []string{"MAC_ADDRESS"} }

func (d macDetector) Detect(text string, dst []Span) []Span {
	return detectAlone(d, text, dst)
}

func (macDetector) detectScan(sc *textScan, dst []Span) []Span {
	// Nearly no prompt has a row of separators (675 of the 47,094 of the
	// benchmark corpus, all of them dot rows): one pass over the marks
	// (markRows) rules the others out before the per-mark passes.
	if sc.markRows()&rowMAC == 0 {
		return dst
	}
	return macRows(sc, dst)
}

// macRows is the detector's pass over the rows of separators, for a text
// that has one (see markRows).
func macRows(sc *textScan, dst []Span) []Span {
	text := sc.text
	n0 := len(dst)
	// Six pairs have five separators three bytes apart, and Cisco's
	// form two dots five bytes apart: the marks of each block give the
	// positions of the first separator of every such row at once (a few
	// shifts and ANDs), and only those are checked, in order, skipping
	// those inside an address just found.
	for _, mark := range [2]int{mkColon, mkDash} {
		first := sc.next(mark, 0)
		if first < 0 || len(text)-first < 15 {
			continue
		}
		sep := text[first]
		i := 0
		for b := first >> 6; b < len(sc.marks); b++ {
			m, nx := sc.marksFrom(mark, b)
			rows := m & (m>>3 | nx<<61) & (m>>6 | nx<<58) & (m>>9 | nx<<55) & (m>>12 | nx<<52)
			for ; rows != 0; rows &= rows - 1 {
				p := b<<6 + bits.TrailingZeros64(rows) // the first separator
				s := p - 2
				if p < i || s < 0 || s+17 > len(text) || overlapsAny(dst[n0:], s) {
					continue
				}
				if macPairs(text[s:s+17], sep) && macEdgesOK(text, s, s+17, sep) {
					dst = append(dst, macSpan(text, s, s+17, "six hex pairs"))
					i = s + 17
				}
			}
		}
	}
	i := 0
	for b := range sc.marks {
		m, nx := sc.marksFrom(mkDot, b)
		for rows := m & (m>>5 | nx<<59); rows != 0; rows &= rows - 1 {
			p := b<<6 + bits.TrailingZeros64(rows) // the first dot
			s := p - 4
			if p < i || s < 0 || s+14 > len(text) || overlapsAny(dst[n0:], s) {
				continue
			}
			if macCisco(text[s:s+14]) && macEdgesOK(text, s, s+14, '.') {
				dst = append(dst, macSpan(text, s, s+14, "three dotted groups of four hex digits"))
				i = s + 14
			}
		}
	}
	return dst
}

func overlapsAny(spans []Span, pos int) bool {
	for _, s := range spans {
		if pos >= s.Start && pos < s.End {
			return true
		}
	}
	return false
}

// macSpan, macPairs, macCisco and macEdgesOK are kept out of line
// (noinline): the detector's loops call them only on a candidate row, and
// inlined they would put their code among the loops' cache lines.
//
//go:noinline
func macSpan(text string, s, e int, shape string) Span {
	w := contextBefore(text, s, 40, ctxMAC)
	return Span{Start: s, End: e, Type: "MAC_ADDRESS", Rule: "builtin.mac_address", Score: boost(0.75, w, 0.95),
		Reason: withContext("MAC address: "+shape, w)}
}

// macPairs checks "hh?hh?hh?hh?hh?hh" with one separator kind, and rejects
// the all-zero and broadcast addresses.
//
//go:noinline
func macPairs(m string, sep byte) bool {
	zero, ff := true, true
	for g := 0; g < 6; g++ {
		a, b := m[g*3], m[g*3+1]
		if !isHex(a) || !isHex(b) {
			return false
		}
		if g < 5 && m[g*3+2] != sep {
			return false
		}
		if a != '0' || b != '0' {
			zero = false
		}
		if a|0x20 != 'f' || b|0x20 != 'f' {
			ff = false
		}
	}
	return !zero && !ff
}

// macCisco checks "hhhh.hhhh.hhhh" and rejects the all-zero and
// broadcast addresses.
//
//go:noinline
func macCisco(m string) bool {
	for g := 0; g < 3; g++ {
		for j := 0; j < 4; j++ {
			if !isHex(m[g*5+j]) {
				return false
			}
		}
		if g < 2 && m[g*5+4] != '.' {
			return false
		}
	}
	return strings.Trim(m, "0.") != "" && !strings.EqualFold(m, "ffff.ffff.ffff")
}

// macEdgesOK rejects a match glued to more hex groups or letters (IPv6,
// longer hex strings).
//
//go:noinline
func macEdgesOK(text string, s, e int, sep byte) bool {
	if s > 0 && (isASCIIAlnum(text[s-1]) || text[s-1] == sep || text[s-1] == ':' || text[s-1] == '-') {
		return false
	}
	if e < len(text) && (isASCIIAlnum(text[e]) || text[e] == ':' || text[e] == '-' ||
		text[e] == '.' && e+1 < len(text) && isASCIIAlnum(text[e+1])) {
		return false
	}
	return true
}
