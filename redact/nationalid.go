package redact

import (
	"strings"
	"unsafe"
)

// Scores: a bare, ungrouped number that only passes a one-in-ten or
// one-in-eleven checksum scores exactly 0.5 (the engine's default
// threshold), its usual grouping (3-3-3, 4-4-4 …) scores a little more, and
// a context word ("SIN", "Aadhaar", "Steuer-ID" …) 0.9 or more. Raising a
// type's MinScore above 0.5 keeps only grouped or labelled numbers.
//
// National and account identifiers: one detector that walks the engine's
// shared digit runs, groups each run with its neighbouring letters and
// separators into a short candidate ("chain"), and hands the candidate to
// hand-written matchers that check format and checksum. Look-alikes that
// fail a checksum are never reported; identifiers without a checksum
// (passport, driving licence, bank account) need a context word.

func init() {
	register(nationalIDDetector{})
	validators["verhoeff"] = verhoeffString
	validators["nhs_mod11"] = func(s string) bool { d, ok := digitsOnly(s); return ok && len(d) == 10 && nhsValid(d) }
	validators["aba"] = func(s string) bool { d, ok := digitsOnly(s); return ok && len(d) == 9 && abaValid(d) }
	validators["bsn_11"] = func(s string) bool { d, ok := digitsOnly(s); return ok && len(d) == 9 && bsnValid(d) }
	validators["tfn_mod11"] = func(s string) bool { d, ok := digitsOnly(s); return ok && len(d) == 9 && tfnValid(d) }
	validators["de_taxid"] = func(s string) bool { d, ok := digitsOnly(s); return ok && len(d) == 11 && deTaxIDValid(d) }
	validators["fr_nir"] = func(s string) bool { d, ok := digitsOnly(s); return ok && len(d) == 15 && nirValid(d) }
}

type nationalIDDetector struct{}

// nationalIDTypes are the entity types the detector emits.
var nationalIDTypes = []string{
	"UK_NINO", "UK_NHS", "UK_DRIVING_LICENCE", "CA_SIN", "AU_TFN", "ABA_ROUTING_NUMBER", "NL_BSN",
	"DE_TAX_ID", "FR_NIR", "IN_AADHAAR", "ES_NIF", "ES_NIE", "IT_FISCAL_CODE", "PASSPORT",
	"DRIVER_LICENSE", "US_BANK_NUMBER",
}

func (nationalIDDetector) ID() string      { return "builtin.national_id" }
func (nationalIDDetector) Types() []string { return nationalIDTypes }

func (d nationalIDDetector) Detect(text string, dst []Span) []Span {
	return detectAlone(d, text, dst)
}

// idChainChars and idChainGroups are the most characters and groups of an
// idChain: no format takes more (see matchID).
const idChainChars, idChainGroups = 17, 8

// idChain is a candidate: up to 8 alphanumeric groups joined by single
// separators, upper-cased and compacted.
type idChain struct {
	c         [idChainChars]byte  // compact upper-case characters
	n         int                 // len of c used
	ng        int                 // number of groups
	gEnd      [idChainGroups]int  // compact length after each group
	gByte     [idChainGroups]int  // byte offset in text after each group
	sep       [idChainGroups]byte // separator after each group (0 after the last)
	more      bool                // the first group alone is too long
	cut       bool                // a further group was dropped
	nextDigit bool                // the dropped group starts with a digit
	letters   uint8               // bit k is set when group k holds a letter
	lines     *idLines            // the walk's line memos (idContextFar), or nil
}

func isIDSep(c byte) bool { return c == ' ' || c == '-' || c == '.' || c == ':' || c == '/' }

// Byte classes of idByte.
const (
	idDigit   = 1 << iota // '0'-'9'
	idLetter              // 'A'-'Z', 'a'-'z'
	idSep                 // isIDSep
	idNoStart             // a byte before which no candidate starts (see startOK)
	idAlnum   = idDigit | idLetter
)

var idByte = func() (t [256]uint8) {
	for c := range 256 {
		b := byte(c)
		switch {
		case b >= '0' && b <= '9':
			t[c] = idDigit | idNoStart
		case b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z':
			t[c] = idLetter | idNoStart
		case isIDSep(b):
			t[c] = idSep
		}
	}
	for _, b := range []byte{'+', '_', '/', '#', '$'} { // '(' starts one: "(527 319 404)" (address3)
		t[b] |= idNoStart
	}
	return t
}()

// buildChain reads a chain starting at byte start. When the chain is cut
// (too many groups or characters), the cut group is dropped and nextDigit
// says whether it started with a digit; more is set only when the first
// group alone is too long.
func buildChain(text string, start int, ch *idChain) {
	// Only the counters and flags need clearing: c, gEnd, gByte and sep
	// are written before they are read (sep[k] once group k+1 exists).
	ch.more, ch.cut, ch.nextDigit = false, false, false
	n, ng := 0, 0
	var letters uint8
	i := start
	for {
		if ng == len(ch.gEnd) && i < len(text) && idByte[text[i]]&idAlnum != 0 {
			ch.n, ch.ng, ch.letters = n, ng, letters
			ch.cut = true
			ch.nextDigit = idByte[text[i]]&idDigit != 0
			ch.sep[ng-1] = 0
			return
		}
		// The group's end, reading at most the characters c has room for.
		lim := min(len(text), i+len(ch.c)-n)
		j := i
		var cls uint8
		for j < lim {
			c := text[j]
			cl := idByte[c]
			if cl&idAlnum == 0 {
				break
			}
			cls |= cl
			ch.c[n+j-i] = c &^ (cl & idLetter << 4) // idLetter<<4 is 0x20: upper-case a letter
			j++
		}
		if j == lim && j < len(text) && idByte[text[j]]&idAlnum != 0 {
			// The group does not fit.
			ch.n, ch.ng, ch.letters = n, ng, letters
			if ng == 0 {
				ch.more = true
			} else {
				ch.cut = true
				ch.nextDigit = idByte[text[i]]&idDigit != 0
				ch.sep[ng-1] = 0
			}
			return
		}
		if j == i {
			ch.n, ch.ng, ch.letters = n, ng, letters
			return
		}
		if cls&idLetter != 0 {
			letters |= 1 << ng
		}
		n += j - i
		ch.gEnd[ng] = n
		ch.gByte[ng] = j
		ng++
		if j+1 < len(text) && idByte[text[j]]&idSep != 0 && idByte[text[j+1]]&idAlnum != 0 {
			ch.sep[ng-1] = text[j]
			i = j + 1
			continue
		}
		ch.sep[ng-1] = 0
		ch.n, ch.ng, ch.letters = n, ng, letters
		return
	}
}

// startOK reports whether a candidate may start at i: it is not glued to
// a longer token (letters, digits, '+', '(' or a digit group before a
// single separator).
func startOK(text string, i int) bool {
	if i == 0 {
		return true
	}
	c := text[i-1]
	cl := idByte[c]
	if cl&idNoStart != 0 {
		return false
	}
	if cl&idSep != 0 && i >= 2 {
		p := text[i-2]
		if pl := idByte[p]; pl&idDigit != 0 || (c != ' ' && pl&idAlnum != 0) || p == ')' && !bracketCodeEnds(text, i-2) {
			return false
		}
	}
	return true
}

// idMayMatch reports whether the detector may find an ID in the scanned
// text, whose digit runs it reads: every format but the Italian fiscal
// code has four digits or more near the start of its chain, and idAtRun
// drops a candidate with fewer unless its word has the fiscal code's 16
// characters (see digitsBefore there; a National Insurance number has
// six). So a text with fewer than four digits in all ("4K monitors",
// "for Q3") needs a run in such a word, which no prompt has: runScans then
// skips the detector's code entirely.
func idMayMatch(sc *textScan) bool {
	if sc.sum.digits >= 4 { // (the runs' digits together: markSum)
		return true
	}
	for _, r := range sc.runs {
		ws := idWordStart(sc.text, r.start)
		if n := alnumEnd(sc.text, ws) - ws; n == 16 || n == 9 && germanPassport(sc.text[ws:ws+9]) {
			return true
		}
	}
	return false
}

func (nationalIDDetector) detectScan(sc *textScan, dst []Span) []Span {
	text := sc.text
	runs, kinds, _ := sc.runKinds()
	skipTo := 0
	var lines idLines // the candidates' line starts (idContextFar on a long line)
	for ri, r := range runs {
		if kinds[ri]&kindsID == 0 {
			continue // a short lone group, or glued to a token no ID follows
		}
		// Most runs of a prompt may not start a candidate (see startOK:
		// the later parts of "2.14.3", "3.1%" or "gpt-4o"), or are a lone
		// group of a few digits ("max 60 words"); without a letter before
		// them idAtRun would drop them without moving skipTo past the
		// next run, so they are dropped here, without a call, and most
		// others by idQuickReject.
		if r.start < skipTo {
			continue
		}
		// An identifier in a grouping other than its own, after its word
		// (id26_groups.go), starts with a run of 1, 2, 7 or 8 digits
		// (its kind bits).
		if kinds[ri]&kindsIDRegroup != 0 {
			if sp, ok := regroupedAt(text, runs, ri); ok {
				dst = append(dst, sp)
				skipTo = sp.End
				continue
			}
		}
		// ws is the start of the word that holds the digits.
		ws := r.start
		if uint(r.start-1) < uint(len(text)) { // r.start > 0 (unsigned: no bounds checks)
			if c := text[r.start-1]; idByte[c]&idLetter == 0 {
				// !startOK(text, r.start) || r.end-r.start < 5 &&
				// idLoneGroup(text, r.end), from tables (idEdge): these
				// branch on the bytes around the run, which the CPU
				// cannot predict.
				var p, a, b byte // 0 past either end of the text
				if uint(r.start-2) < uint(len(text)) {
					p = text[r.start-2]
				}
				if uint(r.end) < uint(len(text)) {
					a = text[r.end]
					if uint(r.end+1) < uint(len(text)) {
						b = text[r.end+1]
					}
				}
				short := uint8(uint(r.end-r.start-5) >> 63) // 1 for fewer than five digits
				// idFirstGroupsFail (id_gate.go) spares idQuickReject's
				// walk for most chains of short groups.
				if idNoStartAt[idEdge[c]&3][idEdge[p]>>2&3]|idLoneAt[idEdge[a]>>4&3][idEdge[b]>>2&3]&short != 0 ||
					!exactGatesOff && idFirstGroupsFail(text, runs, ri) || idQuickReject(sc, runs, ri) {
					continue
				}
			} else if ws = idWordStart(text, r.start); !startOK(text, ws) {
				// The digits' word is glued to the token before it
				// ("utm_source=a1", "x-ray2"): idAtRun drops it, leaving
				// skipTo before the next run.
				continue
			}
		}
		// idAtRun's first test once its word may start a candidate (as it
		// may here), made without the call: fewer than four digits in
		// reach of the word ("for Q3", "4K monitors"), which no format
		// takes but the Italian fiscal code's 16 characters. (A National
		// Insurance number, tried before it, has six digits in reach.)
		if digitsBefore(runs[ri:], ws+idChainChars+idChainGroups-1) < 4 {
			if e1 := alnumEnd(text, ws); e1-ws != 16 && !(e1-ws == 9 && germanPassport(text[ws:e1])) {
				if e1-ws <= idChainChars {
					skipTo = e1
				}
				continue
			}
		}
		dst, skipTo = idAtRun(text, runs, ri, dst, skipTo, &lines)
	}
	return dst
}

// idEdge classifies bytes for the two-byte tests of the detector's loop:
// bits 0-1 as the byte before a run (0 other, 1 one no candidate starts
// after, 2 a space, 3 another separator), bits 2-3 as the byte next to
// that one (0 other, 1 a digit, 2 a letter, 3 ')'), bits 4-5 as the byte
// after a run (0 other, 1 a letter, 2 '-', 3 another separator).
var idEdge = func() (t [256]uint8) {
	for c := range 256 {
		cl := idByte[c]
		var k uint8
		switch {
		case cl&idLetter != 0:
		case cl&idNoStart != 0:
			k = 1
		case c == ' ':
			k = 2
		case cl&idSep != 0:
			k = 3
		}
		switch {
		case cl&idDigit != 0:
			k |= 1 << 2
		case cl&idLetter != 0:
			k |= 2 << 2
		case c == ')':
			k |= 3 << 2
		}
		switch {
		case cl&idLetter != 0:
			k |= 1 << 4
		case c == '-':
			k |= 2 << 4
		case cl&idSep != 0:
			k |= 3 << 4
		}
		t[c] = k
	}
	return t
}()

// idNoStartAt is 1 where startOK rejects a run after a byte that is not a
// letter, by the idEdge classes of that byte and of the byte before it.
var idNoStartAt = [4][4]uint8{
	{0, 0, 0, 0}, // other: accepted
	{1, 1, 1, 1}, // '+', '(', '_', '/', '#', '$'
	{0, 1, 0, 1}, // ' ' after a digit or ')'
	{0, 1, 1, 1}, // another separator after a letter, digit or ')'
}

// idLoneAt is idLoneGroup by the idEdge classes of the two bytes after
// the run.
var idLoneAt = [4][4]uint8{
	{1, 1, 1, 1}, // no separator, no letter (or the end of the text)
	{0, 0, 0, 0}, // a letter
	{1, 0, 0, 1}, // '-' before a digit or letter joins a group
	{1, 0, 1, 1}, // another separator joins a group of digits
}

// idWordStart returns the start of the word of ASCII letters and digits
// whose digits start at i: i less the letters before it.
func idWordStart(text string, i int) int {
	for i > 0 && idByte[text[i-1]]&idLetter != 0 {
		i--
	}
	return i
}

// idLoneGroup reports whether a group of digits that ends at e, with no
// letter before it, has no letter after it either, and no separator
// joins it to a further group of digits (or, with '-', of letters).
// idAtRun drops such a group of up to four digits without moving skipTo
// past the next run (a two-letter word before it makes a chain of at most
// six characters, or one whose groups after the letters start with a
// letter, which fits no format); TestIDQuickReject checks it.
func idLoneGroup(text string, e int) bool {
	if e >= len(text) {
		return true
	}
	a := idByte[text[e]]
	if a&idLetter != 0 {
		return false
	}
	if a&idSep == 0 || e+1 >= len(text) {
		return true
	}
	b := idByte[text[e+1]]
	return b&idAlnum == 0 || b&idLetter != 0 && text[e] != '-'
}

// idQuickReject reports whether idAtRun would pass over the digit run
// runs[ri] without a span and without moving skipTo past the next run,
// given that it may start a candidate (startOK) and that no ASCII letter
// is before it. It decides only runs with no letter after them either,
// reading the chain of digit groups the run starts (groups joined by
// single separators) from the digit runs; others, and runs after a
// two-letter word that may start a National Insurance number ("AB 12 34
// 56 C"), are left to idAtRun. It rejects:
//   - what chainFails rejects, and a group of up to four digits that a
//     word follows after a separator other than '-' (idAtRun's earlier
//     test);
//   - a group of digits of a length no checksum format takes, alone or
//     before a word (not joined by '-'), without a passport, licence or
//     bank word before it (docFilter);
//   - groups of digits whose sizes and separators fit none of the grouped
//     formats (see matchCompact and match9: 3-3-3, 4-4-1, 3-3-4 or 4-4-4
//     with one separator, or 11 or 15 digits in groups joined by spaces).
//     Only the groups of digits can match there: every prefix of them but
//     the whole would cut a number, and a prefix that takes a later group
//     with a letter fits no format (none has a letter after a second group
//     of digits).
//
// TestIDQuickReject checks it against idAtRun.
func idQuickReject(sc *textScan, runs []digitRun, ri int) bool {
	text := sc.text
	r := runs[ri]
	if r.end < len(text) && idByte[text[r.end]]&idLetter != 0 {
		return false
	}
	if s := r.start; s >= 3 && text[s-1] == ' ' && idByte[text[s-2]]&idLetter != 0 && idByte[text[s-3]]&idLetter != 0 &&
		(s == 3 || idByte[text[s-4]]&idLetter == 0) && ninoPrefix(text[s-3]&^0x20, text[s-2]&^0x20) &&
		ninoDigits(text, runs, ri) {
		return false
	}
	n, d, e := r.end-r.start, 1, r.end
	var size [3]int // the sizes of the first three groups
	size[0] = n
	var sep0, sep1 byte // the first two separators
	spaces := true      // every separator is a space
	for k := ri + 1; ; k++ {
		if !(e+1 < len(text) && idByte[text[e]]&idSep != 0 && idByte[text[e+1]]&idAlnum != 0) ||
			idByte[text[e+1]]&idDigit == 0 {
			// The chain of digit groups ends here.
			switch {
			case d > 1:
				return !idGroupsFit(n, d, size, sep0, sep1, spaces)
			case n < 5:
				// A lone short group, or one a word follows after a
				// separator other than '-'.
				return e+1 >= len(text) || idByte[text[e]]&idSep == 0 || idByte[text[e+1]]&idAlnum == 0 || text[e] != '-'
			case n > idChainChars:
				return true
			case e+1 < len(text) && text[e] == '-' && idByte[text[e+1]]&idLetter != 0:
				return false // a word joined by '-': maybe an ES NIF ("12345678-Z")
			}
			// A group of 5 to 17 digits, alone or before a word: a
			// checksum format if it has 9 to 12 or 15, else only a
			// passport, licence or bank account number after a context
			// word (contextOnlyID). With the word, no longer prefix fits
			// a format: only the ES NIF joins a letter to leading digits,
			// and only with '-'.
			switch n {
			case 9, 10, 11, 12, 15:
				return false
			}
			return !docFilter.maybeAt(sc, r.start-40, r.start)
		}
		nx := runs[k] // the next group starts with it
		if nx.end < len(text) && idByte[text[nx.end]]&idLetter != 0 {
			return d >= 2 // the next group holds a letter
		}
		if d == idChainGroups || n+nx.end-nx.start > idChainChars {
			return true // cut before a group of digits
		}
		switch d {
		case 1:
			sep0 = text[e]
		case 2:
			sep1 = text[e]
		}
		spaces = spaces && text[e] == ' '
		if d < len(size) {
			size[d] = nx.end - nx.start
		}
		n += nx.end - nx.start
		d++
		e = nx.end
	}
}

// ninoDigits reports whether the digit runs from runs[ri] on that are
// joined by single spaces may be the six digits of a National Insurance
// number after its two letters ("AB 12 34 56 C", "AB 123456C"): its
// separators are spaces, and its suffix letter follows the last digit, so
// that no further run joins them. Most runs after a two-letter word are
// dates and prices ("on 2024-03-05", "by 13/10/2022", "add-on 49.95").
func ninoDigits(text string, runs []digitRun, ri int) bool {
	d := runs[ri].end - runs[ri].start
	for k := ri; d < 6 && k+1 < len(runs) && runs[k+1].start == runs[k].end+1 && text[runs[k].end] == ' '; k++ {
		d += runs[k+1].end - runs[k+1].start
	}
	return d == 6
}

// idGroupsFit reports whether d > 1 groups of n digits in all, whose
// first sizes and separators are given, have a layout of a grouped
// format (see matchCompact and match9).
func idGroupsFit(n, d int, size [3]int, sep0, sep1 byte, spaces bool) bool {
	if (n == 11 || n == 15) && spaces {
		return true
	}
	if d != 3 || sep1 != sep0 {
		return false
	}
	switch n {
	case 9:
		return size == [3]int{3, 3, 3} && (sep0 == ' ' || sep0 == '-' || sep0 == '.') || size == [3]int{4, 4, 1} && sep0 == '-' ||
			size == [3]int{4, 2, 3} && sep0 == '.' // a Dutch BSN with dots (bsnDotted, id14_bsn.go)
	case 10:
		return size == [3]int{3, 3, 4}
	case 12:
		return size == [3]int{4, 4, 4}
	}
	return false
}

// idAtRun matches a candidate that holds the digit run runs[ri], appends
// its span to dst, and returns dst with the new skipTo (the position
// before which no candidate starts; skipTo when unchanged).
//
//go:noinline
func idAtRun(text string, runs []digitRun, ri int, dst []Span, skipTo int, lines *idLines) ([]Span, int) {
	r := runs[ri]
	ws := idWordStart(text, r.start) // the start of the word that holds the digits
	// A one- or two-letter word just before ("AB 12 34 56 C"). A chain
	// that starts with a two-letter group can only be a National
	// Insurance number (see matchCompact), so the letters must fit one.
	if ws == r.start && ws >= 3 && text[ws-1] == ' ' && idByte[text[ws-2]]&idLetter != 0 &&
		idByte[text[ws-3]]&idLetter != 0 && (ws == 3 || idByte[text[ws-4]]&idLetter == 0) {
		if ls := ws - 3; ninoPrefix(text[ls]&^0x20, text[ls+1]&^0x20) && ninoStartOK(text, ls) {
			if sp, ok := chainAt(text, ls); ok {
				return append(dst, sp), sp.End
			}
		}
	}
	if !startOK(text, ws) {
		return dst, r.end
	}
	// Every format but the Italian fiscal code (one group of 16, which
	// may write its digits as letters) has at least four digits, and a
	// chain spans at most idChainChars characters and 7 separators: with
	// fewer digits there, skip the chain, leaving skipTo where matching
	// would have left it.
	e1 := alnumEnd(text, ws) // the end of the first group
	if digitsBefore(runs[ri:], ws+idChainChars+idChainGroups-1) < 4 {
		if e1-ws != 16 && !(e1-ws == 9 && germanPassport(text[ws:e1])) { // (struct23) "C4RJ8T2LX": three digits
			if e1-ws <= idChainChars {
				skipTo = e1
			}
			return dst, skipTo
		}
	}
	// A first group too long for the chain, or a lone group too short
	// for any format, fails matchID: skip building the chain, leaving
	// skipTo where matching would have left it.
	if e1-ws > idChainChars {
		return dst, skipTo
	}
	if e1-ws < 5 && !(e1+1 < len(text) && idByte[text[e1]]&idSep != 0 && idByte[text[e1+1]]&idAlnum != 0) {
		return dst, e1
	}
	// The same for a short group of digits that a word follows after a
	// separator other than '-': a prefix of several groups with a
	// letter and a leading digit fits no format (only an ES NIF joins
	// its letter, with '-').
	if e1-ws < 5 && ws == r.start && e1 == r.end && text[e1] != '-' && idByte[text[e1+1]]&idLetter != 0 {
		return dst, e1
	}
	letters := ws < r.start || e1 > r.end // the first group holds a letter
	rest := ri + 1                        // the digit runs after the first group
	for rest < len(runs) && runs[rest].start < e1 {
		rest++
	}
	if chainFails(text, e1, e1-ws, letters, runs[rest:], idChainChars, idChainGroups) {
		return dst, e1
	}
	var ch idChain
	buildChain(text, ws, &ch)
	ch.lines = lines
	var sp Span
	if matchID(text, ws, &ch, &sp) {
		return append(dst, sp), sp.End
	}
	if ch.ng > 0 {
		skipTo = ch.gByte[0]
	}
	return dst, skipTo
}

// chainAt builds the chain that starts at start and matches it.
func chainAt(text string, start int) (Span, bool) {
	var ch idChain
	buildChain(text, start, &ch)
	var sp Span
	ok := matchID(text, start, &ch, &sp)
	return sp, ok
}

// chainFails reports whether matchID must fail on a chain whose first
// group, of n0 characters, ends at e1 (letters says whether it holds a
// letter), reading the groups of digits after it from rest, the digit runs
// from e1 on. Before each group that starts with a digit a prefix is not
// tried, so a chain cut before one has no prefix to try, and one that ends
// after groups of digits has one, the whole chain, which needs a length
// some format takes. Past a first group of digits, a group with a letter
// after two or more groups fits no format (only the ES NIF, "12345678-Z",
// joins a letter to a leading digit group, and only to one); after a first
// group with a letter this is left to matchID. maxC and maxG are the
// chain's limits of characters and groups.
func chainFails(text string, e1, n0 int, letters bool, rest []digitRun, maxC, maxG int) bool {
	lenOK := func(n, d int) bool {
		switch {
		case d == 1:
			return n >= 5 && n <= maxC
		case letters:
			return n == 8 || n == 9 // UK NINO, ES NIF and NIE
		}
		return n >= 9 && n <= 12 || n == 15
	}
	n, d, e := n0, 1, e1
	for k := 0; ; k++ {
		if !(e+1 < len(text) && idByte[text[e]]&idSep != 0 && idByte[text[e+1]]&idAlnum != 0) {
			return !lenOK(n, d) // the chain ends here
		}
		if idByte[text[e+1]]&idDigit == 0 {
			return !letters && d >= 2 && !lenOK(n, d) // the next group starts with a letter
		}
		nx := rest[k] // the next group starts with it
		if nx.end < len(text) && idByte[text[nx.end]]&idLetter != 0 {
			return !letters && d >= 2 // the next group starts with a digit and holds a letter
		}
		if d == maxG || n+nx.end-nx.start > maxC {
			return true // cut before a group of digits
		}
		n += nx.end - nx.start
		d++
		e = nx.end
	}
}

// digitsBefore counts the digits of runs (in order) that lie before lim,
// stopping at four.
func digitsBefore(runs []digitRun, lim int) int {
	n := 0
	for _, r := range runs {
		if r.start >= lim || n >= 4 {
			break
		}
		n += min(r.end, lim) - r.start
	}
	return n
}

// matchID tries the matchers on the chain's group prefixes, longest first,
// and stores the span of the first that matches in sp.
func matchID(text string, start int, ch *idChain, sp *Span) bool {
	// Every matcher needs at least five characters (contextOnlyID's
	// minimum; the checksum formats need eight or more).
	if ch.more || ch.ng == 0 || ch.n < 5 {
		return false
	}
	for g := ch.ng; g >= 1; g-- {
		// Never cut a number in the middle: the next group must not
		// start with a digit.
		if g < ch.ng {
			if nx := ch.gEnd[g-1]; ch.c[nx] >= '0' && ch.c[nx] <= '9' {
				continue
			}
		} else if ch.cut && ch.nextDigit {
			continue
		}
		// Lengths no matcher takes: one group needs 5 to 17 characters
		// (contextOnlyID's range, which holds every one-group format);
		// several groups need 8 to 12 or 15 (see matchCompact), or 16 in
		// a UK licence's three blocks.
		// Several groups of digits only need 9 to 12 or 15 (an 8-character
		// ES NIF ends with a letter).
		digits := ch.letters&(1<<g-1) == 0
		switch n := ch.gEnd[g-1]; {
		case g == 1 && (n < 5 || n > 17):
			continue
		case g > 1 && (n < 8 || n > 15 || n == 13 || n == 14) && !(n == 16 && ukLicenceBlocks(ch, g)):
			continue
		case g > 1 && digits && n == 8:
			continue
		}
		end := ch.gByte[g-1]
		// A view of ch.c, not a copy: the matchers never keep it, and ch
		// does not change while they run.
		c := unsafe.String(&ch.c[0], ch.gEnd[g-1])
		if s, ok := matchCompact(text, start, end, c, ch, g, digits); ok {
			*sp = s
			return true
		}
	}
	return false
}

// groupsAre reports whether the first g groups have exactly the sizes
// given and share one separator.
func groupsAre(ch *idChain, g int, sizes ...int) bool {
	if g != len(sizes) {
		return false
	}
	prev := 0
	for k, s := range sizes {
		if ch.gEnd[k]-prev != s {
			return false
		}
		prev = ch.gEnd[k]
		if k > 0 && k < g-1 && ch.sep[k] != ch.sep[0] {
			return false
		}
	}
	return true
}

// allSpaces reports whether the first g-1 separators are spaces.
func allSpaces(ch *idChain, g int) bool {
	for k := 0; k < g-1; k++ {
		if ch.sep[k] != ' ' {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func sameDigits(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] != s[0] {
			return false
		}
	}
	return true
}

// idSpan builds a span, boosting its score when a context word for kind
// is found before (or just after) it.
func idSpan(text string, start, end int, typ, rule string, base, ctxScore float64, reason string, kind ctxKind, lines *idLines) Span {
	w := contextBefore(text, start, 48, kind)
	if w == "" {
		w = contextAfter(text, end, 24, kind)
	}
	if w == "" && base <= 0.55 && idLabelBefore(text, start) {
		// A number that only passes a checksum, labelled as an order,
		// invoice or product number, passed it by chance.
		return Span{Start: start, End: end, Type: typ, Rule: rule, Score: 0.3, Reason: reason + "; after an order, invoice or product label"}
	}
	if w == "" {
		// farther back on the line, on the line before, or in a table
		// column's header (id3_context.go)
		w, ctxScore = idContextFar(text, start, kind, lines), idFarScore
	}
	return Span{Start: start, End: end, Type: typ, Rule: rule, Score: boost(base, w, ctxScore), Reason: withContext(reason, w)}
}

// idLabels label numbers that are no personal identifiers. One number in
// ten or eleven passes an ID's checksum, so an order, invoice or product
// number after one of them is scored below the default threshold when no
// context word of the ID is near it. Words that may label a person's own
// number ("reference", "case", "code") are left out: a patient's
// reference may be their NHS number.
var idLabels = boolTable(map[string]bool{
	"order": true, "invoice": true, "inv": true, "sku": true, "tracking": true, "ticket": true,
	"serial": true, "quote": true, "item": true, "article": true, "product": true, "booking": true,
	"confirmation": true, "transaction": true, "receipt": true, "po": true, "part": true, "batch": true, "lot": true,
	"bestellung": true, "rechnung": true, "artikel": true, "commande": true, "facture": true,
	"pedido": true, "factura": true, "ordine": true, "fattura": true, "bestelling": true, "factuur": true,
})

// idLabelBefore reports whether one of idLabels is among the three words
// right before start ("Order 943 476 5919", "product code 123456782",
// "Invoice #65929970489", "quote ref. 234567890124").
func idLabelBefore(text string, start int) bool {
	i := start
	for range 3 {
		for i > 0 && (text[i-1] == ' ' || text[i-1] == ':' || text[i-1] == '#' || text[i-1] == '.' || text[i-1] == '-') {
			i--
		}
		j := i
		for j > 0 && isAlpha(text[j-1]) {
			j--
		}
		if j == i {
			return false
		}
		var buf [16]byte
		if t, ok := lowerWord(text, j, i, &buf); ok && idLabels.has(t) {
			return true
		}
		i = j
	}
	return false
}

// matchCompact tries the formats on the chain's first g groups, compacted
// in c; digits says whether c holds digits only.
func matchCompact(text string, start, end int, c string, ch *idChain, g int, digits bool) (Span, bool) {
	n := len(c)
	single := g == 1
	switch {
	case digits && n == 9:
		return match9(text, start, end, c, ch, g)
	case digits && n == 10:
		if sameDigits(c) || !nhsValid(c) {
			break
		}
		if !single && !groupsAre(ch, g, 3, 3, 4) {
			break
		}
		base := 0.5
		if !single && ch.sep[0] != ' ' && c[3] >= '2' && c[0] >= '2' {
			base = 0.45 // also a well-formed North American phone number
		}
		if !single && ch.sep[0] == ' ' {
			base = 0.55
		}
		sp := idSpan(text, start, end, "UK_NHS", "builtin.uk_nhs", base, 0.95,
			"10 digits, valid NHS mod-11 check digit", ctxNHS, ch.lines)
		if sp.Score < 0.9 && zeroRun4(c) {
			break // a round number, no NHS word: a phone line's (read21b_phone.go)
		}
		return sp, true
	case digits && n == 11:
		if !deTaxIDValid(c) || !(single || allSpaces(ch, g)) {
			break
		}
		return idSpan(text, start, end, "DE_TAX_ID", "builtin.de_tax_id", 0.5, 0.95,
			"11 digits, digit-repetition rule and ISO 7064 mod 11,10 check digit", ctxTaxID, ch.lines), true
	case digits && n == 12:
		if c[0] < '2' || sameDigits(c) || !single && !groupsAre(ch, g, 4, 4, 4) {
			break
		}
		if !verhoeff(c) {
			if sp, ok := aadhaarLabelled(text, start, end); ok { // id14_aadhaar.go
				return sp, true
			}
			break
		}
		base := 0.5 // a bare 12-digit number passes Verhoeff one time in ten
		if !single {
			base = 0.55
		}
		return idSpan(text, start, end, "IN_AADHAAR", "builtin.in_aadhaar", base, 0.95,
			"12 digits, not starting with 0 or 1, valid Verhoeff checksum", ctxAadhaar, ch.lines), true
	case digits && n == 15:
		if !nirValid(c) || !(single || allSpaces(ch, g)) {
			break
		}
		return idSpan(text, start, end, "FR_NIR", "builtin.fr_nir", 0.7, 0.95,
			"15 digits, sex/month structure and mod-97 key", ctxNIR, ch.lines), true
	case n == 15 && !digits && nirCorsica(c) && (single || allSpaces(ch, g)): // id19_nir.go
		return idSpan(text, start, end, "FR_NIR", "builtin.fr_nir", 0.7, 0.95,
			"15 characters, Corsican department 2A or 2B, sex/month structure and mod-97 key", ctxNIR, ch.lines), true
	case n == 9 && g <= 5 && ninoValid(c) && (single || allSpaces(ch, g)):
		return idSpan(text, start, end, "UK_NINO", "builtin.uk_nino", 0.7, 0.95,
			"National Insurance number format with valid prefix and suffix letter", ctxNINO, ch.lines), true
	case (n == 9 || n == 8) && g <= 2 && (single || ch.sep[0] == '-') && dniValid(c):
		base := 0.75
		if n == 8 {
			base = 0.6
		}
		return idSpan(text, start, end, "ES_NIF", "builtin.es_nif", base, 0.95,
			"Spanish DNI/NIF digits with valid control letter", ctxDNI, ch.lines), true
	case n == 9 && g <= 2 && (single || ch.sep[0] == '-') && nieValid(c):
		return idSpan(text, start, end, "ES_NIE", "builtin.es_nie", 0.8, 0.95,
			"Spanish NIE with X/Y/Z prefix and valid control letter", ctxNIE, ch.lines), true
	case n == 16 && single && fiscalShape(c):
		if !fiscalCheck(c) {
			break
		}
		return idSpan(text, start, end, "IT_FISCAL_CODE", "builtin.it_fiscal_code", 0.9, 0.95,
			"Italian codice fiscale layout with valid check character", ctxFiscal, ch.lines), true
	case n == 16 && (single || ukLicenceBlocks(ch, g)) && ukLicenceValid(c): // id14_licence.go
		return idSpan(text, start, end, "UK_DRIVING_LICENCE", "builtin.uk_driving_licence", 0.6, 0.9,
			"UK driving licence layout with valid birth month and day", ctxLicence, ch.lines), true
	}
	if g != 1 {
		return Span{}, false // what contextOnlyID would say, without the call
	}
	return contextOnlyID(text, start, end, c, ch, g)
}

// match9 picks among the 9-digit identifiers by checksum, grouping and
// context: Canadian SIN (Luhn), Australian TFN (mod 11), US ABA routing
// number (3-7-1 weights) and Dutch BSN (11-proef).
func match9(text string, start, end int, c string, ch *idChain, g int) (Span, bool) {
	if sameDigits(c) {
		return Span{}, false
	}
	single := g == 1
	g333 := groupsAre(ch, g, 3, 3, 3) && (ch.sep[0] == ' ' || ch.sep[0] == '-')
	g441 := groupsAre(ch, g, 4, 4, 1) && ch.sep[0] == '-'
	if bsnDotted(ch, g) {
		return bsnDottedSpan(text, start, end, c) // id14_bsn.go
	}
	type cand struct {
		typ, rule, reason string
		base              float64
		kind              ctxKind
	}
	var cands [4]cand
	k := 0
	if (single || g333) && c[0] != '0' && c[0] != '8' && luhn(c) {
		base := 0.4
		if g333 {
			base = 0.55
		}
		cands[k] = cand{"CA_SIN", "builtin.ca_sin", "9 digits, valid Luhn checksum", base, ctxSIN}
		k++
	}
	if (single || g333) && tfnValid(c) {
		cands[k] = cand{"AU_TFN", "builtin.au_tfn", "9 digits, valid TFN weighted mod-11 checksum", 0.5, ctxTFN}
		k++
	}
	if (single || g441) && abaValid(c) {
		base := 0.5
		if g441 {
			base = 0.6
		}
		cands[k] = cand{"ABA_ROUTING_NUMBER", "builtin.aba_routing", "9 digits, Federal Reserve prefix, valid ABA checksum", base, ctxRouting}
		k++
	}
	if (single || g333 && bsnWordBefore(text, start) != "") && bsnValid(c) {
		cands[k] = cand{"NL_BSN", "builtin.nl_bsn", "9 digits, valid 11-proef", 0.4, ctxBSN}
		k++
	}
	if k == 0 {
		return contextOnlyID(text, start, end, c, ch, g)
	}
	best := Span{}
	for _, cd := range cands[:k] {
		sp := idSpan(text, start, end, cd.typ, cd.rule, cd.base, 0.95, cd.reason, cd.kind, ch.lines)
		if (cd.kind == ctxTFN || cd.kind == ctxSIN) && sp.Score < 0.9 && phone2WordBefore(text, start) {
			// A TFN needs its own word to beat a phone word: one number
			// in eleven passes its checksum. So does a SIN, one in ten
			// passing Luhn, in the 3-3-3 groups of the Czech, Slovak,
			// Spanish and Portuguese numbers (read16c_sinphone.go).
			sp.Score, sp.Reason = 0.3, cd.reason+"; after a phone word"
		}
		if sp.Score < 0.9 && zeroRun4(c) {
			continue // a round number, no ID word: a phone line's (read21b_phone.go)
		}
		if sp.Score > best.Score {
			best = sp
		}
	}
	if best.Score < 0.9 {
		// Without its own context word, a context-only reading (passport,
		// bank account) named by the text is the better guess.
		if sp, ok := contextOnlyID(text, start, end, c, ch, g); ok {
			return sp, true
		}
	}
	if best.Score == 0 {
		return Span{}, false // every reading was a round number's
	}
	return best, true
}

// contextOnlyID reports passports, driving licences and bank account
// numbers, which have no checksum, only next to a context word.
func contextOnlyID(text string, start, end int, c string, ch *idChain, g int) (Span, bool) {
	if g != 1 || len(c) < 5 || len(c) > 17 {
		return Span{}, false
	}
	nd := 0
	for i := 0; i < len(c); i++ {
		if c[i] >= '0' && c[i] <= '9' {
			nd++
		}
	}
	if nd < 4 && (nd == 0 || !germanPassport(c)) {
		return Span{}, false
	}
	w := ""
	if docFilter.maybe(text, start-40, start) {
		w = contextBefore(text, start, 40, ctxPassport|ctxLicence|ctxBank)
	}
	if w == "" {
		return passportFar(text, start, end, c, nd, ch.lines) // id3_context.go
	}
	kv, _ := ctxTable.get(w)
	k := ctxKind(kv)
	if k&ctxPassport != 0 && passportShape(c, nd) {
		if passportMarketing(text[max(start-40, 0):start]) { // "your passport to savings" (id14_words.go)
			return Span{}, false
		}
		return Span{Start: passportLetterBefore(text, start, c, nd), End: end, Type: "PASSPORT", Rule: "builtin.passport", Score: 0.75,
			Reason: withContext("passport number shape", w)}, true
	}
	if k&ctxLicence != 0 && len(c) <= 16 {
		if s, e, ok := ukLicenceAround(text, start, end); ok { // "MORGA 753116 SM9IJ" (id14_licence.go)
			return Span{Start: s, End: e, Type: "UK_DRIVING_LICENCE", Rule: "builtin.uk_driving_licence", Score: 0.9,
				Reason: withContext("UK driving licence layout with valid birth month and day", w)}, true
		}
		return Span{Start: start, End: end, Type: "DRIVER_LICENSE", Rule: "builtin.driver_license", Score: 0.7,
			Reason: withContext("driving licence number shape", w)}, true
	}
	if k&ctxBank != 0 && nd == len(c) && len(c) >= 8 && !idLabelBefore(text, start) { // not "savings … on order 812736491"
		return Span{Start: start, End: end, Type: "US_BANK_NUMBER", Rule: "builtin.bank_account", Score: 0.6,
			Reason: withContext("8 to 17 digits", w)}, true
	}
	return Span{}, false
}

// docFilter pre-tests contextOnlyID's window for a passport, licence or
// bank word.
var docFilter = newCtxFilter(ctxPassport | ctxLicence | ctxBank)

// passportMixed reports whether c is a passport number with letters among
// the digits, as German ("C01X00T47"), French ("12AB34567"), Spanish
// ("AAB123456") and Dutch ones and the check character of machine-readable
// numbers ("L898902C3") have: upper-case ASCII letters and digits only,
// at most three letters in a row.
func passportMixed(c string) bool {
	run := 0
	for i := 0; i < len(c); i++ {
		switch b := c[i]; {
		case b >= '0' && b <= '9':
			run = 0
		case b >= 'A' && b <= 'Z':
			if run++; run > 3 {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// lettersThenDigits reports whether c is 0-2 letters followed by digits.
func lettersThenDigits(c string) bool {
	i := 0
	for i < len(c) && i < 2 && c[i] >= 'A' {
		i++
	}
	return allDigits(c[i:])
}

func digitsOnly(s string) (string, bool) {
	var b [32]byte
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if n == len(b) {
				return "", false
			}
			b[n] = c
			n++
		case c == ' ' || c == '-' || c == '.' || c == ':':
		default:
			return "", false
		}
	}
	return string(b[:n]), n > 0
}

// nhsValid checks a UK NHS number's mod-11 check digit.
func nhsValid(d string) bool {
	sum := 0
	for i := 0; i < 9; i++ {
		sum += int(d[i]-'0') * (10 - i)
	}
	chk := 11 - sum%11
	if chk == 11 {
		chk = 0
	}
	return chk != 10 && chk == int(d[9]-'0')
}

// tfnValid checks an Australian tax file number's weighted mod-11 sum.
func tfnValid(d string) bool {
	w := [9]int{1, 4, 3, 7, 5, 8, 6, 9, 10}
	sum := 0
	for i := 0; i < 9; i++ {
		sum += int(d[i]-'0') * w[i]
	}
	return sum%11 == 0
}

// abaValid checks a US ABA routing number: a Federal Reserve routing
// symbol prefix and the 3-7-1 weighted checksum.
func abaValid(d string) bool {
	p := int(d[0]-'0')*10 + int(d[1]-'0')
	if !(p <= 12 || p >= 21 && p <= 32 || p >= 61 && p <= 72 || p == 80) {
		return false
	}
	sum := 0
	for i := 0; i < 9; i += 3 {
		sum += 3*int(d[i]-'0') + 7*int(d[i+1]-'0') + int(d[i+2]-'0')
	}
	return sum%10 == 0
}

// bsnValid checks a Dutch BSN with the 11-proef.
func bsnValid(d string) bool {
	sum := 0
	for i := 0; i < 8; i++ {
		sum += int(d[i]-'0') * (9 - i)
	}
	sum -= int(d[8] - '0')
	return sum != 0 && sum%11 == 0
}

// deTaxIDValid checks a German Steuer-ID: no leading zero, no digit more
// than three times in the first ten, and the ISO 7064 mod 11,10 check digit.
func deTaxIDValid(d string) bool {
	if d[0] == '0' {
		return false
	}
	var cnt [10]int
	for i := 0; i < 10; i++ {
		cnt[d[i]-'0']++
		if cnt[d[i]-'0'] > 3 {
			return false
		}
	}
	product := 10
	for i := 0; i < 10; i++ {
		sum := (int(d[i]-'0') + product) % 10
		if sum == 0 {
			sum = 10
		}
		product = (sum * 2) % 11
	}
	chk := 11 - product
	if chk == 10 {
		chk = 0
	}
	return chk == int(d[10]-'0')
}

// nirValid checks a French NIR (numéro de sécurité sociale): sex digit,
// month, and key = 97 - (first 13 digits mod 97).
func nirValid(d string) bool {
	switch d[0] {
	case '1', '2', '3', '4', '7', '8':
	default:
		return false
	}
	m := int(d[3]-'0')*10 + int(d[4]-'0')
	if m == 0 || m > 12 && m < 20 {
		return false
	}
	r := 0
	for i := 0; i < 13; i++ {
		r = (r*10 + int(d[i]-'0')) % 97
	}
	key := int(d[13]-'0')*10 + int(d[14]-'0')
	return key == 97-r
}

var verhoeffD = [10][10]byte{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
	{3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
	{6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
	{9, 8, 7, 6, 5, 4, 3, 2, 1, 0},
}

var verhoeffP = [8][10]byte{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
	{8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
	{2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8},
}

// verhoeff reports whether digits pass the Verhoeff checksum.
func verhoeff(d string) bool {
	var c byte
	for i := 0; i < len(d); i++ {
		x := d[len(d)-1-i]
		if x < '0' || x > '9' {
			return false
		}
		c = verhoeffD[c][verhoeffP[i%8][x-'0']]
	}
	return c == 0
}

func verhoeffString(s string) bool {
	d, ok := digitsOnly(s)
	return ok && len(d) > 1 && verhoeff(d)
}

// ninoPrefix reports whether upper-case a and b may start a National
// Insurance number (the letter rules of ninoValid), with one table load:
// the detector tests every two-letter word before a digit run.
func ninoPrefix(a, b byte) bool {
	a, b = a-'A', b-'A'
	return a < 26 && b < 26 && ninoPairs[a]&(1<<b) != 0
}

// ninoPairs has bit b set in entry a when the letters 'A'+a and 'A'+b may
// start a National Insurance number: neither is D, F, I, Q, U or V, the
// second is not O, and the pair is not BG, GB, KN, NK, NT, TN or ZZ.
var ninoPairs = func() (t [26]uint32) {
	for a := byte('A'); a <= 'Z'; a++ {
		for b := byte('A'); b <= 'Z'; b++ {
			if strings.IndexByte("DFIQUV", a) >= 0 || strings.IndexByte("DFIOQUV", b) >= 0 {
				continue
			}
			switch string([]byte{a, b}) {
			case "BG", "GB", "KN", "NK", "NT", "TN", "ZZ":
				continue
			}
			t[a-'A'] |= 1 << (b - 'A')
		}
	}
	return t
}()

// ninoValid checks a UK National Insurance number: two prefix letters
// (not D, F, I, Q, U, V; second not O; not BG, GB, KN, NK, NT, TN, ZZ),
// six digits and a suffix A-D.
func ninoValid(c string) bool {
	if len(c) != 9 || !allDigits(c[2:8]) {
		return false
	}
	return c[8] >= 'A' && c[8] <= 'D' && ninoPrefix(c[0], c[1])
}

const dniLetters = "TRWAGMYFPDXBNJZSQVHLCKE"

// dniValid checks a Spanish DNI/NIF: 7 or 8 digits and the control letter.
func dniValid(c string) bool {
	n := len(c)
	if n < 8 || n > 9 || !allDigits(c[:n-1]) {
		return false
	}
	v := 0
	for i := 0; i < n-1; i++ {
		v = v*10 + int(c[i]-'0')
	}
	return c[n-1] == dniLetters[v%23]
}

// nieValid checks a Spanish NIE: X, Y or Z, 7 digits and the control letter.
func nieValid(c string) bool {
	if len(c) != 9 || !allDigits(c[1:8]) {
		return false
	}
	v := 0
	switch c[0] {
	case 'X':
	case 'Y':
		v = 1
	case 'Z':
		v = 2
	default:
		return false
	}
	for i := 1; i < 8; i++ {
		v = v*10 + int(c[i]-'0')
	}
	return c[8] == dniLetters[v%23]
}

// fiscalShape checks the layout of an Italian codice fiscale, allowing
// omocodia letters in digit positions.
func fiscalShape(c string) bool {
	isL := func(b byte) bool { return b >= 'A' && b <= 'Z' }
	isD := func(b byte) bool {
		return b >= '0' && b <= '9' || b == 'L' || b == 'M' || b >= 'N' && b <= 'V' && b != 'O'
	}
	for i := 0; i < 16; i++ {
		switch i {
		case 0, 1, 2, 3, 4, 5, 8, 11, 15:
			if !isL(c[i]) {
				return false
			}
		default:
			if !isD(c[i]) {
				return false
			}
		}
	}
	switch c[8] {
	case 'A', 'B', 'C', 'D', 'E', 'H', 'L', 'M', 'P', 'R', 'S', 'T':
		return true
	}
	return false
}

var fiscalOdd = [26]int{1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23}

// fiscalCheck verifies the codice fiscale check character.
func fiscalCheck(c string) bool {
	sum := 0
	for i := 0; i < 15; i++ {
		b := c[i]
		var v int
		if b >= '0' && b <= '9' {
			v = int(b - '0')
		} else {
			v = int(b - 'A')
		}
		if i%2 == 0 {
			sum += fiscalOdd[v]
		} else {
			sum += v
		}
	}
	return c[15] == byte('A'+sum%26)
}

// ukLicenceValid checks a UK (DVLA) driving licence number: surname part
// (letters padded with 9), decade, month (+50 for women), day, year, two
// initials (9-padded), a digit and two letters.
func ukLicenceValid(c string) bool {
	pad := false
	for i := 0; i < 5; i++ {
		b := c[i]
		switch {
		case b == '9' && i > 0:
			pad = true
		case b >= 'A' && b <= 'Z' && !pad:
		default:
			return false
		}
	}
	if !allDigits(c[5:11]) {
		return false
	}
	m := int(c[6]-'0')*10 + int(c[7]-'0')
	if m > 50 {
		m -= 50
	}
	day := int(c[8]-'0')*10 + int(c[9]-'0')
	if m < 1 || m > 12 || day < 1 || day > 31 {
		return false
	}
	for i := 11; i < 13; i++ {
		if !(c[i] >= 'A' && c[i] <= 'Z' || c[i] == '9') {
			return false
		}
	}
	return c[13] >= '0' && c[13] <= '9' && c[14] >= 'A' && c[15] >= 'A'
}
