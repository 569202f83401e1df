package redact

import (
	"math/bits"
	"strings"
	"unicode/utf8"
)

// Towns before a state or province code, in a text about a person: a
// capitalised town set off as a field (after the start of a line, a bar,
// a semicolon, a colon, a comma or a dash) with the code of a US state,
// a Canadian province or a Brazilian state right after it:
//
//	Runner-up: Priya Nair, Kamloops, BC
//	| Ana Souza | @ana | 12k | Londrina – PR |
//	Address: 12, rue Saint-Denis, app. 3, Québec (QC) G1R 4S9
//
// The code vouches for an unknown town; both are LOCATION spans. A code
// that is also a word in capitals ("OK", "IN", "ME") vouches only in
// brackets or after a dash, and a code before a postcode ("TX 78701") is
// left to the address and ZIP detectors, as regionAfter does.

// townsBeforeCodes appends the towns set off before a state or province
// code and the codes (see above). A code is two ASCII capitals that no
// ASCII letter follows: the engine's marks give them a block of 64 bytes
// at a time, with a few operations a block and none a capital.
func townsBeforeCodes(sc *textScan, dst []Span) []Span {
	text := sc.text
	var g spanGuard // span_guard.go: ten thousand lines of towns and codes
	for b := range sc.marks {
		blk := &sc.marks[b]
		caps := blk[mkCapital] & blk[mkLetter] // 'A' to 'Z'
		if caps&(caps>>1) == 0 && (caps>>63 == 0 || b+1 == len(sc.marks)) {
			continue // no two capitals in a row (most blocks)
		}
		var nextCaps, nextLetters uint64
		if b+1 < len(sc.marks) {
			nextCaps = sc.marks[b+1][mkCapital] & sc.marks[b+1][mkLetter]
			nextLetters = sc.marks[b+1][mkLetter]
		}
		pairs := caps & (caps>>1 | nextCaps<<63) &^ (blk[mkLetter]>>2 | nextLetters<<62)
		for ; pairs != 0; pairs &= pairs - 1 {
			i := b<<6 + bits.TrailingZeros64(pairs)
			if i >= 2 && codeOpeners[text[i-1]] {
				dst = townBeforeCodeAt(text, i, dst, &g)
			}
		}
	}
	reportWork("townsBeforeCodes", g.work+len(sc.marks))
	return dst
}

// townBeforeCodeAt appends the town and the code when the two capitals
// at i are a state or province code after a town (see above). The
// townsBeforeCodes calls it on
// two capitals after a space, a bracket or a slash; g answers
// townOverlaps(dst, …).
//
//go:noinline
func townBeforeCodeAt(text string, i int, dst []Span, g *spanGuard) []Span {
	if i < 2 || i+2 < len(text) && (isAlpha(text[i+2]) || isDigit(text[i+2]) || text[i+2] >= 0x80) {
		return dst
	}
	sp, code, ok := townBeforeCode(text, i, dst, g)
	if !ok {
		return dst
	}
	if sp.End != 0 {
		dst = append(dst, sp)
	}
	return append(dst, code)
}

// codeOpeners marks the bytes right before a code: the space after a
// comma or a dash, an opening bracket, a slash.
var codeOpeners = [256]bool{' ': true, '(': true, '/': true}

// codeCommaWords are the codes that are also words or labels in capitals
// ("from Sales, OK?", "Finance, ID 4421"): after a comma they vouch for
// no town (regionVouches has the same list).
var codeCommaWords = boolTable(map[string]bool{
	"OK": true, "HI": true, "IN": true, "OR": true, "ID": true, "ME": true, "OH": true, "TO": true, "ES": true,
	"SE": true, "DE": true, "CO": true,
})

// townBeforeCode reads the town before the code at i and returns its span
// and the code's. g answers townOverlaps(dst, …).
func townBeforeCode(text string, i int, dst []Span, g *spanGuard) (Span, Span, bool) {
	code := text[i : i+2]
	br := brStates.has(code)
	if !br && !regionNames.has(code) {
		return Span{}, Span{}, false
	}
	te, form := 0, byte(0)
	switch {
	case text[i-1] == '(' && text[i-2] == ' ' && i+2 < len(text) && text[i+2] == ')':
		te, form = i-2, '('
	case text[i-1] == '/' && br:
		te, form = i-1, '/'
	case text[i-2] == ',' && text[i-1] == ' ':
		te, form = i-2, ','
	case i >= 3 && text[i-3:i] == " - ":
		te, form = i-3, '-'
	case i >= 5 && text[i-5:i] == " \u2013 ":
		te, form = i-5, '-'
	default:
		return Span{}, Span{}, false
	}
	if form == ',' && codeCommaWords.has(code) {
		return Span{}, Span{}, false
	}
	if form != '(' && postcodeAfterCode(text, i, i+2) {
		return Span{}, Span{}, false
	}
	// The code ends its field: the end of the text or the line, a
	// separator, a bracket or a full stop.
	if e := i + 2; e < len(text) && form != '(' {
		switch text[e] {
		case '\n', '\r', ',', ';', '|', ')', '.', '\t':
		case ' ':
			if e+1 < len(text) && !strings.ContainsRune("|(-\u2013\u2014", rune(text[e+1])) &&
				!strings.HasPrefix(text[e+1:], "\u2013") && !strings.HasPrefix(text[e+1:], "\u2014") {
				return Span{}, Span{}, false
			}
		default:
			return Span{}, Span{}, false
		}
	}
	if te < 1 || !isLetterAt(text, prevRuneStart(text, te)) {
		return Span{}, Span{}, false
	}
	cs := fieldStartBefore(text, te)
	if cs < 0 || !townUpperAt(text, cs) {
		return Span{}, Span{}, false
	}
	ce, known := readTown(text, cs)
	if ce != te {
		return Span{}, Span{}, false
	}
	w := text[cs:te]
	if !known && !plausibleTown(w) || countryNames.has(w) || regionNames.has(w) && !(form == '(' && postcodeAfterBracket(text, i+3)) || g.townOverlaps(dst, len(text), i, i+2) {
		return Span{}, Span{}, false
	}
	codeSpan := Span{Start: i, End: i + 2, Type: "LOCATION", Rule: "builtin.location", Score: 0.8,
		Reason: "state or province code after a town"}
	if g.townOverlaps(dst, len(text), cs, te) {
		g.work += len(dst)
		if !locationAt(dst, cs, te) {
			return Span{}, Span{}, false
		}
		return Span{}, codeSpan, true // the town is another rule's: the code only
	}
	return Span{Start: cs, End: te, Type: "LOCATION", Rule: "builtin.location", Score: 0.75,
		Reason: "town before a state or province code"}, codeSpan, true
}

// locationAt reports whether dst holds a LOCATION span [s, e).
func locationAt(dst []Span, s, e int) bool {
	for i := range dst {
		if dst[i].Start == s && dst[i].End == e && dst[i].Type == "LOCATION" {
			return true
		}
	}
	return false
}

// prevRuneStart returns the start of the rune that ends at e.
func prevRuneStart(text string, e int) int {
	_, n := utf8.DecodeLastRuneInString(text[:e])
	return e - n
}

// fieldStartBefore returns the start of the field that ends at e: after
// the start of the text or the line, a bar, a semicolon, a colon, a comma,
// a tab, an opening bracket or a dash between spaces, and the spaces after
// it; or -1 when the field is longer than 40 bytes.
func fieldStartBefore(text string, e int) int {
	for i := e - 1; i >= 0 && e-i <= 40; i-- {
		switch c := text[i]; c {
		case '\n', '|', ';', ':', ',', '\t', '(':
			return skipSpaces(text, i+1)
		case '-':
			if i > 0 && text[i-1] == ' ' && i+1 < len(text) && text[i+1] == ' ' {
				return skipSpaces(text, i+1)
			}
		case 0x93, 0x94: // the last byte of an en or em dash
			if i >= 3 && text[i-3] == ' ' && text[i-2] == 0xE2 && text[i-1] == 0x80 && i+1 < len(text) && text[i+1] == ' ' {
				return skipSpaces(text, i+1)
			}
		}
		if i == 0 {
			return 0
		}
	}
	return -1
}

// skipSpaces returns the first byte at or after i that is no space.
func skipSpaces(text string, i int) int {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	return i
}

// postcodeAfterBracket reports whether a space and a postcode's first
// characters (a digit, or a capital and a digit) follow the bracket that
// closes a code at e-1. A word the regions list holds is a town there: a
// town named as its province writes the province's code in brackets on
// an address's town line ("…, New York (NY) 10027"), where no region
// name stands alone.
func postcodeAfterBracket(text string, e int) bool {
	return e+2 < len(text) && text[e] == ' ' && (isDigit(text[e+1]) || isUpper(text[e+1]) && isDigit(text[e+2]))
}
