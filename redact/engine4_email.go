package redact

import (
	"math/bits"
	"strings"
)

// emailDomainAt reads the domain after the '@' at index at, as
// emailsFrom's byte loops read it: the domain characters (letters,
// digits, '-' and '.') after the '@', at most 255 of them, less the dots
// and dashes that end it, which belong to the sentence. It returns the
// domain's end and whether the domain is valid (validDomain). A domain
// of up to 63 bytes (nearly all) is read from the scan's marks: one
// 64-byte window of the letter, digit, dash and dot marks from at+1
// holds all of it and the byte after it. TestEmailDomainAt checks it
// against the byte loops.
func emailDomainAt(sc *textScan, at int) (int, bool) {
	a := at + 1
	if a >= len(sc.text) {
		return a, false
	}
	dots, dashes, letters := sc.markWindow(mkDot, a), sc.markWindow(mkDash, a), sc.markWindow(mkLetter, a)
	n := bits.TrailingZeros64(^(dots | dashes | letters | sc.markWindow(mkDigit, a)))
	if n == 64 {
		return emailDomainSlow(sc.text, at)
	}
	// The trailing dots and dashes: n becomes the end of the last other
	// byte (the marks past the text are zero).
	n = 64 - bits.LeadingZeros64(^(dots|dashes)&(1<<n-1))
	return a + n, domainMarksOK(sc.text[a:a+n], dots, dashes, letters)
}

// emailDomainSlow is emailDomainAt for a domain of 64 bytes or more,
// byte by byte.
func emailDomainSlow(text string, at int) (int, bool) {
	e := at + 1
	for e < len(text) && isDomainChar(text[e]) && e-at <= 255 {
		e++
	}
	for e > at+1 && (text[e-1] == '.' || text[e-1] == '-') {
		e--
	}
	return e, validDomain(text[at+1 : e])
}

// domainMarksOK is validDomain for a domain dom of at most 63 bytes whose
// dot, dash and letter marks (bit j for dom[j]) are dots, dashes and
// letters: labels start at 0 and after each dot and end before each dot
// and at len(dom), so an empty label is a position in both sets, and a
// dash may be at neither edge of a label.
func domainMarksOK(dom string, dots, dashes, letters uint64) bool {
	n := len(dom)
	if n < 4 {
		return false
	}
	keep := uint64(1)<<n - 1
	dots &= keep
	if dots == 0 {
		return false // one label
	}
	starts, ends := dots<<1|1, dots|1<<n
	if starts&ends != 0 || dashes&keep&(starts|ends>>1) != 0 {
		return false // an empty label, or a dash first or last in a label
	}
	last := 64 - bits.LeadingZeros64(dots) // where the top-level label starts
	if n-last < 2 {
		return false
	}
	if top := keep &^ (1<<last - 1); letters&top == top {
		return true
	}
	// Punycode TLDs (xn--...) are allowed.
	return strings.HasPrefix(dom[last:], "xn--")
}

// markWindow returns the bits of mark c for the 64 bytes from p on, p
// inside the text: bit j is set when byte p+j has the mark (none past the
// text).
func (sc *textScan) markWindow(c, p int) uint64 {
	b, k := p>>6, uint(p&63)
	m := sc.marks[b][c] >> k
	if k != 0 && b+1 < len(sc.marks) {
		m |= sc.marks[b+1][c] << (64 - k)
	}
	return m
}

// doubleDotIn is hasDoubleDot for text[s:at] of the scan's text, a local
// part of at most 64 bytes (emailsFrom's walk stops there), read from one
// window of the dot marks.
func doubleDotIn(sc *textScan, s, at int) bool {
	dots := sc.markWindow(mkDot, s) & (1<<(at-s) - 1) // all 64 bits when at-s is 64
	return dots&(dots>>1) != 0
}
