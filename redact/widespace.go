package redact

import "math/bits"

// Characters the detectors do not read as what they stand for. Text
// pasted from word processors, mail clients, banking and shop pages groups
// numbers with a no-break space ("06 12 34 56 78" in French typography,
// "4111 1111 …" from a card form), a narrow no-break space (U+202F, French
// and Swiss thousands and phone groups) or a thin space; word processors
// turn "0171-123456" into an en dash; Japanese, Chinese and Korean input
// methods write fullwidth digits, letters and "＠" ("０９０－１２３４－
// ５６７８", "ｔａｎａｋａ＠…"). The detectors' grammars know ASCII only, so
// such a number or address was none: a phone, a card, an IBAN, an e-mail
// or a national ID written that way went upstream whole (fail-open). Soft
// hyphens and zero-width characters, invisible in the text an app shows,
// cut a name or a number into pieces no rule reads.
//
// Find therefore runs on a copy of such a text with every wide space made
// one ASCII space, every dash between two digits an ASCII hyphen, every
// fullwidth digit, letter and sign but CJK prose punctuation its ASCII
// form, and every invisible character removed, and maps the spans back to
// the text's bytes: a span's start to the start of its first character's
// bytes, its end to the end of its last one's. A text without these
// characters (nearly every text) costs a test per 64-byte block of the
// scan's marks (textScan.firstWide).

// wideSpaceLen returns the length of the character at text[i] the copy
// changes (it begins with 0xC2, 0xE2, 0xE3 or 0xEF) and the ASCII byte it
// becomes (0: removed); n is 0 when the copy keeps the character.
func wideSpaceLen(text string, i int) (n int, repl byte) {
	if i+1 >= len(text) {
		return 0, 0
	}
	switch text[i] {
	case 0xC2:
		switch text[i+1] {
		case 0xA0: // U+00A0 no-break space
			return 2, ' '
		case 0xAD: // U+00AD soft hyphen
			return 2, 0
		}
		return 0, 0
	}
	if i+2 >= len(text) {
		return 0, 0
	}
	b1, b2 := text[i+1], text[i+2]
	switch text[i] {
	case 0xE2:
		switch {
		case b1 == 0x80 && b2 >= 0x80 && b2 <= 0x8A: // U+2000–U+200A: en quad … hair space
			return 3, ' '
		case b1 == 0x80 && b2 == 0xAF: // U+202F narrow no-break space
			return 3, ' '
		case b1 == 0x81 && b2 == 0x9F: // U+205F medium mathematical space
			return 3, ' '
		case b1 == 0x80 && b2 == 0x8B: // U+200B zero-width space
			return 3, 0
		case b1 == 0x81 && b2 == 0xA0: // U+2060 word joiner
			return 3, 0
		case (b1 == 0x80 && b2 >= 0x90 && b2 <= 0x95) || (b1 == 0x88 && b2 == 0x92):
			// U+2010–U+2015 hyphens and dashes, U+2212 minus: a hyphen
			// between two digits only ("0171–123456"), prose keeps its
			// dashes.
			if digitEndsAt(text, i) && digitStartsAt(text, i+3) {
				return 3, '-'
			}
		}
	case 0xE3:
		if b1 == 0x80 && b2 == 0x80 { // U+3000 ideographic space
			return 3, ' '
		}
	case 0xEF:
		switch {
		case b1 == 0xBB && b2 == 0xBF: // U+FEFF zero-width no-break space
			return 3, 0
		case (b1 == 0xBC && b2 >= 0x81) || (b1 == 0xBD && b2 <= 0x9E):
			// U+FF01–U+FF5E, the fullwidth forms of "!" … "~", but the
			// punctuation of CJK prose: ！（），：；？
			c := byte(0x21 + (int(b1)-0xBC)*0x40 + int(b2) - 0x81)
			switch c {
			case '!', '(', ')', ',', ':', ';', '?':
				return 0, 0
			}
			return 3, c
		}
	}
	return 0, 0
}

// digitEndsAt reports whether the character before text[i] is a digit,
// ASCII or fullwidth (U+FF10–U+FF19: EF BC 90–99).
func digitEndsAt(text string, i int) bool {
	return i > 0 && isDigit(text[i-1]) ||
		i >= 3 && text[i-3] == 0xEF && text[i-2] == 0xBC && text[i-1] >= 0x90 && text[i-1] <= 0x99
}

// digitStartsAt reports whether text[i] begins a digit, ASCII or
// fullwidth.
func digitStartsAt(text string, i int) bool {
	return i < len(text) && isDigit(text[i]) ||
		i+2 < len(text) && text[i] == 0xEF && text[i+1] == 0xBC && text[i+2] >= 0x90 && text[i+2] <= 0x99
}

// firstWide returns the index of the first character of the scan's text
// that wideSpaceLen changes, or -1, from the scan's marks: the characters
// it looks for begin with a UTF-8 lead byte, which the mark pass marks as a
// capital (mkCapital) and not as an ASCII letter (mkLetter), so a text
// without a non-ASCII character costs a test per 64-byte block.
func (sc *textScan) firstWide() int {
	for b := range sc.marks {
		if m := sc.marks[b][mkCapital] &^ sc.marks[b][mkLetter]; m != 0 {
			if i := firstWideIn(sc.text, b<<6, m); i >= 0 {
				return i
			}
		}
	}
	return -1
}

// firstWideIn is firstWide's test of the non-ASCII lead bytes m of the
// block that starts at text[base].
//
//go:noinline
func firstWideIn(text string, base int, m uint64) int {
	for ; m != 0; m &= m - 1 {
		i := base + bits.TrailingZeros64(m)
		if text[i] >= 0xC2 {
			if n, _ := wideSpaceLen(text, i); n > 0 {
				return i
			}
		}
	}
	return -1
}

// wideShift records where the copy's bytes stand in the text: from the
// copy's byte at on, the text is shift bytes further on; replaced tells
// a character of the text made the copy's byte at-1 (rather than an
// invisible character removed before at).
type wideShift struct {
	at, shift int
	replaced  bool
}

// normaliseWide returns text with the characters wideSpaceLen names
// replaced or removed, from the first one at i on, and the shifts that map
// the copy's offsets back, in order of at.
func normaliseWide(text string, i int) (string, []wideShift) {
	buf := make([]byte, 0, len(text))
	buf = append(buf, text[:i]...)
	var shifts []wideShift
	removed := 0
	for i < len(text) {
		n, repl := wideSpaceLen(text, i)
		if n == 0 {
			buf = append(buf, text[i])
			i++
			continue
		}
		if repl != 0 {
			buf = append(buf, repl)
			removed += n - 1
		} else {
			removed += n
		}
		i += n
		shifts = append(shifts, wideShift{len(buf), removed, repl != 0})
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
// the offset plus the bytes removed before it (a replaced character maps
// to its first byte; invisible characters just before the span stay
// outside it).
func wideStart(shifts []wideShift, p int) int {
	k := firstShiftFrom(shifts, p+1) // the shifts with at <= p
	if k == 0 {
		return p
	}
	return p + shifts[k-1].shift
}

// wideEnd maps the copy's end offset of a span to the text's: just after
// its last byte's character, all of a replaced one's bytes (invisible
// characters just after the span stay outside it).
func wideEnd(shifts []wideShift, end int) int {
	k := firstShiftFrom(shifts, end) // the shifts with at < end
	if k < len(shifts) && shifts[k].at == end && shifts[k].replaced {
		return end + shifts[k].shift
	}
	if k == 0 {
		return end
	}
	return end + shifts[k-1].shift
}

// findWide is Find for a text with a character wideSpaceLen changes at
// i: the spans of the normalised copy, in the text's offsets.
func (e *Engine) findWide(text string, i int) []Span {
	norm, shifts := normaliseWide(text, i)
	// The copy holds none of these characters, unless removing an
	// invisible one put a dash between two digits: Find changes that
	// one in a copy of its own.
	spans := e.Find(norm)
	for k := range spans {
		s := &spans[k]
		s.Start, s.End = wideStart(shifts, s.Start), wideEnd(shifts, s.End)
	}
	return spans
}
