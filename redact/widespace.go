package redact

import (
	"encoding/binary"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// Spaces the detectors do not read as spaces. Text pasted from word
// processors, mail clients, banking and shop pages groups numbers with a
// no-break space ("06 12 34 56 78" in French typography, "4111 1111 …"
// from a card form), a narrow no-break space (U+202F, French and Swiss
// thousands and phone groups) or a thin space; French puts a no-break
// space before ":" and inside « ». The detectors' grammars know the ASCII
// space only, so such a number was no number: a phone, a card, an IBAN or
// a national ID grouped that way went upstream whole (fail-open). Soft
// hyphens and zero-width characters, invisible in the text an app shows,
// cut a name or a number into pieces no rule reads.
//
// Find therefore runs on a copy of such a text with every wide space
// made one ASCII space and every invisible character removed, and maps
// the spans back to the text's bytes: a span's start to the start of its
// first character's bytes, its end to the end of its last one's. A text
// without these characters (nearly every text) costs two byte searches.

// wideSpaceLen returns the length of the wide space or invisible
// character at text[i] (it begins with 0xC2, 0xE2, 0xE3 or 0xEF), and
// whether it is a space (kept as one) rather than invisible (removed);
// 0 when there is none.
func wideSpaceLen(text string, i int) (n int, space bool) {
	if i+1 >= len(text) {
		return 0, false
	}
	switch text[i] {
	case 0xC2:
		switch text[i+1] {
		case 0xA0: // U+00A0 no-break space
			return 2, true
		case 0xAD: // U+00AD soft hyphen
			return 2, false
		}
	case 0xE2:
		if i+2 >= len(text) {
			return 0, false
		}
		b1, b2 := text[i+1], text[i+2]
		switch {
		case b1 == 0x80 && b2 >= 0x80 && b2 <= 0x8A: // U+2000–U+200A: en quad … hair space
			return 3, true
		case b1 == 0x80 && b2 == 0xAF: // U+202F narrow no-break space
			return 3, true
		case b1 == 0x81 && b2 == 0x9F: // U+205F medium mathematical space
			return 3, true
		case b1 == 0x80 && b2 == 0x8B: // U+200B zero-width space
			return 3, false
		case b1 == 0x81 && b2 == 0xA0: // U+2060 word joiner
			return 3, false
		}
	case 0xE3:
		if i+2 < len(text) && text[i+1] == 0x80 && text[i+2] == 0x80 { // U+3000 ideographic space
			return 3, true
		}
	case 0xEF:
		if i+2 < len(text) && text[i+1] == 0xBB && text[i+2] == 0xBF { // U+FEFF zero-width no-break space
			return 3, false
		}
	}
	return 0, false
}

// firstWideSpace returns the index of the first wide space or invisible
// character of text, or -1. An ASCII text (most prompts) costs one pass
// eight bytes at a time; otherwise each lead byte (0xC2, 0xE2, 0xE3,
// 0xEF) is searched for from the first non-ASCII byte on.
func firstWideSpace(text string) int {
	i := firstNonASCII(text)
	if i < 0 {
		return -1
	}
	best := len(text)
	for _, lead := range [...]byte{0xC2, 0xE2, 0xE3, 0xEF} {
		for from := i; from < best; {
			j := strings.IndexByte(text[from:best], lead)
			if j < 0 {
				break
			}
			j += from
			if n, _ := wideSpaceLen(text, j); n > 0 {
				best = j
				break
			}
			from = j + 1
		}
	}
	if best == len(text) {
		return -1
	}
	return best
}

// firstNonASCII returns the index of the first byte of text at or above
// 0x80, or -1.
func firstNonASCII(text string) int {
	i := 0
	for ; i+8 <= len(text); i += 8 {
		if binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(text[i:]), 8))&hi1 != 0 {
			break
		}
	}
	for ; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			return i
		}
	}
	return -1
}

// wideShift records where the copy's bytes stand in the text: from the
// copy's byte at on, the text is shift bytes further on; space tells a
// wide space made the copy's byte at-1 (rather than an invisible
// character removed before at).
type wideShift struct {
	at, shift int
	space     bool
}

// normaliseWide returns text with its wide spaces made ASCII spaces and
// its invisible characters removed, from the first one at i on, and the
// shifts that map the copy's offsets back, in order of at.
func normaliseWide(text string, i int) (string, []wideShift) {
	buf := make([]byte, 0, len(text))
	buf = append(buf, text[:i]...)
	var shifts []wideShift
	removed := 0
	for i < len(text) {
		n, space := wideSpaceLen(text, i)
		if n == 0 {
			buf = append(buf, text[i])
			i++
			continue
		}
		if space {
			buf = append(buf, ' ')
			removed += n - 1
		} else {
			removed += n
		}
		i += n
		shifts = append(shifts, wideShift{len(buf), removed, space})
	}
	return string(buf), shifts
}

// firstShiftFrom returns the index of the first shift with at >= p.
func firstShiftFrom(shifts []wideShift, p int) int {
	lo, hi := 0, len(shifts)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if shifts[m].at < p {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// wideStart maps the copy's offset of a span's first byte to the text's:
// the offset plus the bytes removed before it (a space made ASCII maps to
// its character's first byte; invisible characters just before the span
// stay outside it).
func wideStart(shifts []wideShift, p int) int {
	k := firstShiftFrom(shifts, p+1) // the shifts with at <= p
	if k == 0 {
		return p
	}
	return p + shifts[k-1].shift
}

// wideEnd maps the copy's end offset of a span to the text's: just after
// its last byte's character, the whole wide space when that byte stands
// for one (invisible characters just after the span stay outside it).
func wideEnd(shifts []wideShift, end int) int {
	k := firstShiftFrom(shifts, end) // the shifts with at < end
	if k < len(shifts) && shifts[k].at == end && shifts[k].space {
		return end + shifts[k].shift
	}
	if k == 0 {
		return end
	}
	return end + shifts[k-1].shift
}

// findWide is Find for a text with a wide space or an invisible character
// at i: the spans of the normalised copy, in the text's offsets.
func (e *Engine) findWide(text string, i int) []Span {
	norm, shifts := normaliseWide(text, i)
	spans := e.find(norm)
	for k := range spans {
		s := &spans[k]
		s.Start, s.End = wideStart(shifts, s.Start), wideEnd(shifts, s.End)
	}
	return spans
}
