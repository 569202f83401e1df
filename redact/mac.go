package redact

import "strings"

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
	text := sc.text
	n0 := len(dst)
	for _, mark := range [2]int{mkColon, mkDash} {
		// Six pairs need five separators: a count of the marks rules out
		// most texts that have one at all.
		first := sc.next(mark, 0)
		if first < 0 || len(text)-first < 15 || countOf(sc.marks, mark, first) < 5 {
			continue
		}
		sep := text[first]
		for i := first; ; {
			p := sc.next(mark, i) // a separator; the MAC would start two bytes before
			if p < 0 {
				break
			}
			i = p + 1
			s := p - 2
			if s < 0 || s+17 > len(text) || text[p+3] != sep || overlapsAny(dst[n0:], s) {
				continue
			}
			if macPairs(text[s:s+17], sep) && macEdgesOK(text, s, s+17, sep) {
				dst = append(dst, macSpan(text, s, s+17, "six hex pairs"))
				i = s + 17
			}
		}
	}
	// Cisco's form needs two dots five bytes apart. The dots are visited
	// in order until one is too near the end to have a dot five bytes on
	// (most prompts end with their only dot).
	for i := 0; ; {
		p := sc.next(mkDot, i)
		if p < 0 {
			break
		}
		i = p + 1
		if p+5 >= len(text) {
			break // and so is every later dot
		}
		s := p - 4
		if s < 0 || s+14 > len(text) || text[p+5] != '.' || overlapsAny(dst[n0:], s) {
			continue
		}
		if macCisco(text[s:s+14]) && macEdgesOK(text, s, s+14, '.') {
			dst = append(dst, macSpan(text, s, s+14, "three dotted groups of four hex digits"))
			i = s + 14
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

func macSpan(text string, s, e int, shape string) Span {
	w := contextBefore(text, s, 40, ctxMAC)
	return Span{Start: s, End: e, Type: "MAC_ADDRESS", Rule: "builtin.mac_address", Score: boost(0.75, w, 0.95),
		Reason: withContext("MAC address: "+shape, w)}
}

// macPairs checks "hh?hh?hh?hh?hh?hh" with one separator kind, and rejects
// the all-zero and broadcast addresses.
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
