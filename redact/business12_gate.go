package redact

import "strings"

// cueGate's word test in one lookup (issue 9 speed): gateTable holds, for
// every word of bizTable and premisesTable (lower case), the answers
// cueGate wants of it, worked out once from bizKind and premisesKind;
// gateLens is the union of the two tables' first-byte and length masks.
// A word the table lacks can still be a premises word's hyphenated
// compound ("flagship-store"): premisesKind reads those as before.

// Kinds of gateTable's words.
const (
	gateCue   = 1 << iota // bizKind has a cue, weak, trade, sign, customer or service bit
	gateGuard             // bizKind has bizGuard
	gatePrem              // premisesKind has premNoun or premUs
)

var gateTable, gateLens = func() (*strTable, [256]uint32) {
	var lens [256]uint32
	for c := range lens {
		lens[c] = bizTable.lens[c] | premisesTable.lens[c]
	}
	var keys []string
	for _, k := range bizTable.keyList() {
		if k != "" {
			keys = append(keys, k)
		}
	}
	for _, k := range premisesTable.keyList() {
		if k != "" {
			keys = append(keys, k)
		}
	}
	t := newStrTable(len(keys))
	for _, k := range keys {
		if v := gateKindSlow(k); v != 0 {
			t.or(k, v)
		}
	}
	return t, lens
}()

// gateKindSlow is gateKind from bizKind and premisesKind: what gateTable
// holds, and what a randomised test compares gateKind with.
func gateKindSlow(lw string) uint32 {
	var v uint32
	b := bizKind(lw)
	if b&(bizCue|bizWeak|bizTrade|bizSign|bizCustomer|bizService) != 0 {
		v |= gateCue
	}
	if b&bizGuard != 0 {
		v |= gateGuard
	}
	if pk, _ := premisesKind(lw); pk&(premNoun|premUs) != 0 {
		v |= gatePrem
	}
	return v
}

// gateKind returns the gate kinds of lw, a lower-case word.
func gateKind(lw string) uint32 {
	if v, ok := gateTable.get(lw); ok {
		return v
	}
	if strings.IndexByte(lw, '-') >= 0 {
		if pk, _ := premisesKind(lw); pk&(premNoun|premUs) != 0 {
			return gatePrem
		}
	}
	return 0
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
	s := text[lo:first] // the bytes read, j and k index s
	var buf [32]byte
	j := len(s)
	for words := 0; words < 7 && j > 0; words++ {
		for j > 0 && bizBytes[s[j-1]]&bbHeadSep != 0 {
			j--
		}
		if j > 0 && s[j-1] == '\n' {
			return blankHead(s[j:]) // the chain opens its line
		}
		k := j
		for k > 0 && bizBytes[s[k-1]]&(bbHeadSep|bbNewline) == 0 {
			k--
		}
		w := s[k:j]
		j = k
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
		if w = trimPunct(w); len(w) < 2 || len(w) > len(buf) {
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
		v := gateKind(lowerASCII(w, &buf))
		if v&gateCue != 0 {
			return true
		}
		if v&gateGuard != 0 && words < 3 && !upperAt(w, 0) {
			return false // "reach me at", "send the invoice to"
		}
		if v&gatePrem != 0 {
			return true
		}
	}
	return j == 0 && lo > 0 && text[lo-1] == '\n' && blankHead(s)
}
