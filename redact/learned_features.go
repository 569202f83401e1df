package redact

import (
	"unicode"
	"unicode/utf8"
)

// Features of the learned name model (learned_person.go). A token is a
// word (letters, digits and '_', with single apostrophes or hyphens
// between them) or any other non-space character. A word is described by
// hashes of its lower-cased bytes, its shape (X for a capital, x for
// another letter, d for a digit, runs collapsed, at most six) and its
// flags in the engine's name tables; a candidate word's feature buckets
// are those of itself, of the two tokens either side, and of the rule
// spans next to it. The trainer (data/gen/ml18) reads the bucket ids the
// Go code computes (learned_dump_test.go), so there is one definition.

// learnedMaxFeats is the number of features of a candidate word.
const learnedMaxFeats = 24

// learnedFeats holds the feature buckets of one candidate word, and for
// the explanation of a span, the group of each (learnedGroup).
type learnedFeats struct {
	ids [learnedMaxFeats]uint32
	n   int
}

// learnedTok is a token seen by the model: its bytes, the hash of its
// lower-cased bytes, of its shape, its name-table flags and whether a line
// break (or the start of the text) comes before it.
type learnedTok struct {
	start, end int
	hw, sh     uint32
	gz         uint32
	rt         uint32 // the rule span over it: 0 none, 'B'/'I' PERSON start/inside, else the type's first byte
	line       bool   // first token of its line
}

// Token hashes of the text's edges.
const learnedEdge = 0x9E3779B9

// edgeTok is the token past either edge of the text.
var edgeTok = learnedTok{start: -1, end: -1, hw: learnedEdge, sh: learnedEdge, gz: 1 << 15, line: true}

// learnedWordByte marks the ASCII bytes of words.
var learnedWordByte = func() (t [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
	}
	return t
}()

// learnedLetterByte marks the ASCII letters.
var learnedLetterByte = func() (t [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	return t
}()

// learnedWordAt reports whether the rune at i is a word rune, and its
// size.
func learnedWordAt(text string, i int) (bool, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return learnedWordByte[c], 1
	}
	return learnedWordRune(text, i)
}

// learnedWordRune is learnedWordAt for a non-ASCII byte.
func learnedWordRune(text string, i int) (bool, int) {
	r, n := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc), n
}

// learnedJoinerAt returns the size of an apostrophe or hyphen at i (0 for
// another byte).
func learnedJoinerAt(text string, i int) int {
	switch text[i] {
	case '\'', '-':
		return 1
	case 0xE2:
		if i+2 < len(text) && text[i+1] == 0x80 && text[i+2] == 0x99 { // ’
			return 3
		}
	}
	return 0
}

// learnedWordEnd returns the end of the word that starts at i (a word
// rune), and whether it holds no ASCII digit or '_'.
func learnedWordEnd(text string, i int) (int, bool) {
	letters := true
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf && learnedWordByte[c] {
			letters = letters && learnedLetterByte[c]
			i++
			continue
		}
		n := learnedWordStep(text, i)
		if n == 0 {
			break
		}
		i += n
	}
	return i, letters
}

// learnedWordStep returns the size of the word rune at i, or of a joiner
// at i with a word rune after it: how far a word goes on past i (0: it
// ends at i).
func learnedWordStep(text string, i int) int {
	if ok, n := learnedWordAt(text, i); ok {
		return n
	}
	if j := learnedJoinerAt(text, i); j > 0 && i+j < len(text) {
		if ok, _ := learnedWordAt(text, i+j); ok {
			return j
		}
	}
	return 0
}

// learnedPrevRune returns the start of the rune that ends at i.
func learnedPrevRune(text string, i int) int {
	j := i - 1
	for j > 0 && i-j < 4 && text[j]&0xC0 == 0x80 {
		j--
	}
	return j
}

// learnedWordStart returns the start of the word that ends at i (its last
// rune is a word rune).
func learnedWordStart(text string, i int) int {
	for i > 0 {
		p := learnedPrevRune(text, i)
		if ok, _ := learnedWordAt(text, p); ok {
			i = p
			continue
		}
		if j := learnedJoinerAt(text, p); j > 0 && p+j == i && p > 0 {
			if ok, _ := learnedWordAt(text, learnedPrevRune(text, p)); ok {
				i = p
				continue
			}
		}
		break
	}
	return i
}

func isLearnedSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// learnedPrevTok returns the token before byte i (i is a token start or
// the end of the text), or edgeTok.
func learnedPrevTok(text string, i int) learnedTok {
	j := i
	for j > 0 && isLearnedSpace(text[j-1]) {
		j--
	}
	if j == 0 {
		return edgeTok
	}
	p := learnedPrevRune(text, j)
	s := p
	if ok, _ := learnedWordAt(text, p); ok {
		s = learnedWordStart(text, j)
	}
	return learnedTokAt(text, s, j)
}

// learnedNextTok returns the token after byte i (i is a token end), or
// edgeTok.
func learnedNextTok(text string, i int) learnedTok {
	for i < len(text) && isLearnedSpace(text[i]) {
		i++
	}
	if i >= len(text) {
		return edgeTok
	}
	ok, n := learnedWordAt(text, i)
	e := i + n
	if ok {
		e, _ = learnedWordEnd(text, i)
	}
	return learnedTokAt(text, i, e)
}

// learnedTokAt describes text[s:e] as a token.
func learnedTokAt(text string, s, e int) learnedTok {
	gz := uint8(0)
	if c := text[s]; c >= 'A' && c <= 'Z' || c >= 0xC0 {
		gz = nameFlagsOf(text[s:e])
	}
	return learnedTokFlags(text, s, e, gz)
}

// learnedTokFlags is learnedTokAt for a token whose name-table flags are
// known.
func learnedTokFlags(text string, s, e int, gz uint8) learnedTok {
	t := learnedTok{start: s, end: e, gz: uint32(gz)}
	t.hw, t.sh = learnedHashes(text[s:e])
	k := s
	for k > 0 && (text[k-1] == ' ' || text[k-1] == '\t') {
		k--
	}
	t.line = k == 0 || text[k-1] == '\n' || text[k-1] == '\r'
	return t
}

// FNV-1a, 32 bits.
const (
	fnv32Offset = 2166136261
	fnv32Prime  = 16777619
)

// learnedHashes returns the FNV-1a hash of w's lower-cased bytes and of
// its shape.
func learnedHashes(w string) (hw, sh uint32) {
	hw, sh = fnv32Offset, fnv32Offset
	var last byte
	shapes := 0
	for i := 0; i < len(w); {
		c := w[i]
		var cls byte
		if c < utf8.RuneSelf {
			switch {
			case c >= 'A' && c <= 'Z':
				cls = 'X'
				c |= 0x20
			case c >= 'a' && c <= 'z':
				cls = 'x'
			case c >= '0' && c <= '9':
				cls = 'd'
			default:
				cls = c
			}
			hw = (hw ^ uint32(c)) * fnv32Prime
			i++
		} else {
			r, n := utf8.DecodeRuneInString(w[i:])
			switch {
			case unicode.IsUpper(r):
				cls = 'X'
			case unicode.IsLetter(r):
				cls = 'x'
			case unicode.IsDigit(r):
				cls = 'd'
			default:
				cls = '*'
			}
			var buf [utf8.UTFMax]byte
			k := utf8.EncodeRune(buf[:], unicode.ToLower(r))
			for _, b := range buf[:k] {
				hw = (hw ^ uint32(b)) * fnv32Prime
			}
			i += n
		}
		if cls != last && shapes < 6 {
			sh = (sh ^ uint32(cls)) * fnv32Prime
			last = cls
			shapes++
		}
	}
	return hw, sh
}

// learnedAffixes returns the hashes of the first and of the last three
// bytes of w, lower-cased (ASCII letters only: the rest as they are).
func learnedAffixes(w string) (p3, s3 uint32) {
	p3, s3 = fnv32Offset, fnv32Offset
	n := min(3, len(w))
	for i := 0; i < n; i++ {
		p3 = (p3 ^ uint32(asciiLower[w[i]])) * fnv32Prime
	}
	for i := len(w) - n; i < len(w); i++ {
		s3 = (s3 ^ uint32(asciiLower[w[i]])) * fnv32Prime
	}
	return p3, s3
}

// learnedBucket hashes a feature, a tag and a value, to a bucket.
func learnedBucket(tag, v, mask uint32) uint32 {
	h := v*0x9E3779B1 ^ tag*0x85EBCA77
	h ^= h >> 16
	h *= 0x7FEB352D
	h ^= h >> 15
	h *= 0x846CA68B
	h ^= h >> 16
	return h & mask
}

// Feature groups, for the explanation of a learned span: the tag of a
// feature (its index in learnedFeatures' list) maps to one.
const (
	grpWord    = iota // the word itself: its bytes, prefix, suffix
	grpShape          // its shape
	grpNames          // the name tables
	grpContext        // the words around it
	grpRules          // the rule spans next to it
	grpLine           // its place on the line
	numLearnedGroups
)

// learnedGroupOf holds the group of each feature tag.
var learnedGroupOf = [learnedMaxFeats]uint8{
	grpWord, grpWord, grpShape, grpWord, grpWord, grpNames, grpNames, grpNames,
	grpContext, grpContext, grpContext, grpContext, grpContext, grpContext,
	grpNames, grpNames, grpRules, grpRules, grpLine, grpContext, grpNames, grpNames, grpLine, grpNames,
}

// learnedOwn is the number of a word's own features, the first ones:
// learnedIter.next scores them first and works out the context of a word
// only when they leave it a chance (the gate, learnedModel.gate).
const learnedOwn = 8

// learnedOwnFeatures fills the first learnedOwn buckets of f with those of
// candidate word t itself.
func learnedOwnFeatures(f *learnedFeats, text string, t *learnedTok, mask uint32) {
	p3, s3 := learnedAffixes(text[t.start:t.end])
	v := [learnedOwn]uint32{0, t.hw, t.sh, p3, s3, t.gz, t.gz ^ t.sh*31, t.rt}
	for i, x := range v {
		f.ids[i] = learnedBucket(uint32(i+1), x, mask)
	}
}

// learnedContextFeatures fills the rest of f with the buckets of t's
// context, its neighbours (p2, p1 before it, n1, n2 after it).
func learnedContextFeatures(f *learnedFeats, t, p2, p1, n1, n2 *learnedTok, mask uint32) {
	line := uint32(0)
	if t.line {
		line = 1
	}
	gz := t.gz
	v := [learnedMaxFeats - 1 - learnedOwn]uint32{
		p1.hw, n1.hw, p2.hw, n2.hw, p1.sh, n1.sh,
		p1.gz, n1.gz, p1.rt, n1.rt, line, p1.hw*31 ^ t.hw, p1.gz<<16 ^ gz, gz<<16 ^ n1.gz, line<<8 ^ t.sh,
	}
	for i, x := range v {
		f.ids[learnedOwn+i] = learnedBucket(uint32(learnedOwn+i+1), x, mask)
	}
	f.n = learnedMaxFeats - 1
}

// learnedFeatures fills f with the features of candidate word t, its own
// and its context's, given the rules' spans, and returns the token before
// it.
func learnedFeatures(f *learnedFeats, text string, spans []Span, t *learnedTok, mask uint32) learnedTok {
	learnedOwnFeatures(f, text, t, mask)
	p2, p1, n1, n2 := learnedNeighbours(text, t.start, t.end)
	p1.rt, n1.rt = learnedRuleTag(spans, p1.start, p1.end), learnedRuleTag(spans, n1.start, n1.end)
	learnedContextFeatures(f, t, &p2, &p1, &n1, &n2, mask)
	return p1
}

// learnedNeighbours returns the two tokens before start and the two after
// end (edgeTok past the text's edges).
func learnedNeighbours(text string, start, end int) (p2, p1, n1, n2 learnedTok) {
	p1 = learnedPrevTok(text, start)
	p2 = edgeTok
	if p1.start > 0 {
		p2 = learnedPrevTok(text, p1.start)
	}
	n1 = learnedNextTok(text, end)
	n2 = edgeTok
	if n1.end >= 0 {
		n2 = learnedNextTok(text, n1.end)
	}
	return p2, p1, n1, n2
}
