package redact

import "strings"

// The word tests of this file's readers in one lookup (issue 9 speed):
// bizWordTable holds, for every word of bizTable and premisesTable (lower
// case), its bizKind and its premisesKind's kind bits, worked out once;
// gateLens is the union of the two tables' first-byte and length masks.
// A word the table lacks can still be a premises word's hyphenated
// compound ("flagship-store"): premisesKind reads those as before.

// premKindMask keeps premisesKind's kind bits (not a premises word's
// index in premisesNames above them).
const premKindMask = 1<<premShift - 1

var bizWordTable, gateLens = func() (*strTable, [256]uint32) {
	var lens [256]uint32
	for c := range lens {
		lens[c] |= bizTable.lens[c] | premisesTable.lens[c]
		if c >= 0x80 {
			// cueGate reads lens[w[0]|0x20]: a Greek or a Cyrillic word's
			// first byte is no ASCII letter to fold (business15)
			lens[c|0x20] |= bizTable.lens[c] | premisesTable.lens[c]
		}
	}
	var keys []string
	for _, tb := range []*strTable{bizTable, premisesTable} {
		for _, k := range tb.keyList() {
			if k != "" {
				keys = append(keys, k)
			}
		}
	}
	t := newStrTable(len(keys))
	for _, k := range keys {
		b, p := wordKindsSlow(k)
		t.or(k, b|p<<16) // bizKind's bits stay under 1<<16
	}
	return t, lens
}()

// wordKindsSlow is wordKinds from bizKind and premisesKind: what bizWordTable
// holds, and what a randomised test compares wordKinds with.
func wordKindsSlow(lw string) (biz, prem uint32) {
	pk, _ := premisesKind(lw)
	return bizKind(lw), pk & premKindMask
}

// wordKinds returns bizKind(lw) and premisesKind(lw)'s kind bits, lw a
// lower-case word.
func wordKinds(lw string) (biz, prem uint32) {
	if lw != "" && !bizWords.hasBit(wordBit(lw)) {
		// no table word (business12_words.go)
		if !hasHyphen(lw) {
			return 0, 0
		}
		pk, _ := premisesKind(lw)
		return 0, pk & premKindMask
	}
	if v, ok := bizWordTable.get(lw); ok {
		return v & 0xFFFF, v >> 16
	}
	if strings.IndexByte(lw, '-') >= 0 {
		pk, _ := premisesKind(lw)
		return 0, pk & premKindMask
	}
	return 0, 0
}

// bizGateMax bounds the bytes before a chain that cueGate reads.
const bizGateMax = 64

// cueGate reports whether the last words before a chain that starts at
// first (on its line, at most bizGateMax bytes, seven words) may hold a
// cue: a label's colon, a pipe, an ampersand, a word of bizTable's or
// premisesTable's that is no plain guard; or whether the chain opens its
// line (the line above may name the firm). A plain guard word there
// among the last three words ("reach me at", "your") ends it. It keeps
// chainHead and headCue off most customers' items.
func cueGate(text string, first int) bool {
	lo := max(0, first-bizGateMax)
	s := text[lo:first] // the bytes not read yet
	var buf [32]byte
	for words := 0; words < 7 && len(s) > 0; words++ {
		for len(s) > 0 && bizBytes[s[len(s)-1]]&bbHeadSep != 0 {
			s = s[:len(s)-1]
		}
		if len(s) > 0 && s[len(s)-1] == '\n' {
			return blankHead(text[lo+len(s) : first]) // the chain opens its line
		}
		k := len(s)
		for k > 0 && bizBytes[s[k-1]]&(bbHeadSep|bbNewline) == 0 {
			k--
		}
		w := s[k:]
		s = s[:k]
		if w == "" {
			continue
		}
		switch w[len(w)-1] {
		case ':', '|', '&':
			return true // "Dealer: …", "BrightSmile Dental | …"
		case '.', '!', '?':
			if words > 0 && sentenceEnd(w) {
				return false // the sentence before
			}
		}
		if w[0] == '|' || w[0] == '&' {
			return true
		}
		if !wordByte(w[0]) || !wordByte(w[len(w)-1]) {
			w = trimPunct(w) // nothing to trim otherwise
		}
		if len(w) < 2 || len(w) > len(buf) {
			continue
		}
		if gateLens[w[0]|0x20]&(1<<min(len(w), 31)) == 0 {
			if upperAt(w, 0) && len(w) >= 5 && camelBrand(w) {
				return true // "BrightSmile"
			}
			continue
		}
		if upperAt(w, 0) && (camelBrand(w) || legalFormWord(w)) {
			return true
		}
		if !gateWords.hasBit(wordBit(w)) && !compoundIn(gateWords, w) {
			continue // no word cueGate acts on
		}
		v, pk := wordKinds(lowerASCII(w, &buf))
		if v&(bizCue|bizWeak|bizTrade|bizSign|bizCustomer|bizService) != 0 || v&bizCapTrade != 0 && capTrade(w, s, "", true) || v&bizLocated != 0 {
			return true
		}
		if v&bizGuard != 0 && words < 3 && !upperAt(w, 0) {
			return false // "reach me at", "send the invoice to"
		}
		if pk&(premNoun|premUs) != 0 {
			return true
		}
	}
	return len(s) == 0 && lo > 0 && text[lo-1] == '\n' && blankHead(text[lo:first])
}

// wordByte reports whether trimPunct stops at c: an ASCII letter, a
// digit or '&'.
func wordByte(c byte) bool { return bizBytes[c]&bbWord != 0 }
