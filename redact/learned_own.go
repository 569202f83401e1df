package redact

// The gate of the learned model's pass (learnedPersons) sums the weights
// of a candidate word's own features (learnedOwnFeatures) for every
// candidate, most of which it then skips. Five of the eight features do
// not depend on the word's bytes but on its shape and name-table flags
// (and the rule tag, 0 for the words the engine scores): for the two
// shapes most candidates have, their sum is a table by flags, worked out
// once when the model loads, and the three others (the word's hash and
// its first and last three bytes) are hashed in one pass over the word.
// The sums are the same integers as learnedOwnFeatures' buckets give, so
// the gate lets through exactly the same words.

// The shapes of learnedModel.own (learnedHashes): a capital then lower-case
// letters ("Xx"), and capitals only ("X").
const (
	ownShapeXx = iota
	ownShapeX
	numLearnedOwnShapes
)

// learnedOwnShapeHash holds the shape hash of each of the own shapes.
var learnedOwnShapeHash = func() (h [numLearnedOwnShapes]uint32) {
	_, h[ownShapeXx] = learnedHashes("Xx")
	_, h[ownShapeX] = learnedHashes("XX")
	return h
}()

// The own features that depend on a word's bytes (learnedOwnFeatures):
// its hash and its prefix and suffix hashes.
const (
	ownFeatWord   = 1
	ownFeatPrefix = 3
	ownFeatSuffix = 4
)

// initOwn fills m.own: for each own shape and name-table flags, the sum
// of the weights of the own features but the word's, prefix's and
// suffix's, for a word under no rule span.
func (m *learnedModel) initOwn() {
	for k, sh := range learnedOwnShapeHash {
		for gz := range 256 {
			t := learnedTok{sh: sh, gz: uint32(gz)}
			var f learnedFeats
			learnedOwnFeatures(&f, "", &t, m.mask)
			var s int32
			for i, id := range f.ids[:learnedOwn] {
				if i != ownFeatWord && i != ownFeatPrefix && i != ownFeatSuffix {
					s += m.weight(id)
				}
			}
			m.own[k][gz] = s
		}
	}
}

// ownSum returns the sum of the quantised weights of the own features of
// candidate word text[s:e] (sc's text) with name-table flags gz, under no
// rule span: m.isum of learnedOwnFeatures' buckets. A word of ASCII
// letters (the marks tell) of an own shape, capitals then lower-case
// letters, takes the table and learnedLetterHashes; any other word,
// learnedOwnFeatures.
func (m *learnedModel) ownSum(sc *textScan, s, e int, gz uint8) int32 {
	if n := e - s; n <= 64 {
		full := ^uint64(0) >> (64 - n)
		// caps, the word's capitals, starts with its first byte: one run
		// of them (caps+1 a power of two) is the shape X or Xx
		if caps := sc.markBits(mkCapital, s, n); caps&1 != 0 && caps&(caps+1) == 0 && sc.markBits(mkLetter, s, n) == full {
			k := ownShapeXx
			if caps == full {
				k = ownShapeX
			}
			hw, p3, s3 := learnedLetterHashes(sc.text[s:e])
			return m.ownOf(k, gz, hw, p3, s3)
		}
	}
	t := learnedTok{start: s, end: e, gz: uint32(gz)}
	t.hw, t.sh = learnedHashes(sc.text[s:e])
	var f learnedFeats
	learnedOwnFeatures(&f, sc.text, &t, m.mask)
	return m.isum(f.ids[:learnedOwn])
}

// ownPacked is ownSum for a word of n bytes (2 to 8), a capital then
// lower-case ASCII letters, packed little-endian in x (as plainWord packs
// it).
func (m *learnedModel) ownPacked(x uint64, n int, gz uint8) int32 {
	hw, p3, s3 := learnedPackedHashes(x, n)
	return m.ownOf(ownShapeXx, gz, hw, p3, s3)
}

// ownOf returns the own sum of a word of own shape k with name-table flags
// gz and word, prefix and suffix hashes hw, p3 and s3.
func (m *learnedModel) ownOf(k int, gz uint8, hw, p3, s3 uint32) int32 {
	return m.own[k][gz] + m.weight(learnedBucket(ownFeatWord+1, hw, m.mask)) +
		m.weight(learnedBucket(ownFeatPrefix+1, p3, m.mask)) + m.weight(learnedBucket(ownFeatSuffix+1, s3, m.mask))
}

// markBits returns the marks c of text[s:s+n] (0 < n <= 64, within the
// text), bit j for byte s+j.
func (sc *textScan) markBits(c, s, n int) uint64 {
	b, o := s>>6, uint(s&63)
	v := sc.marks[b][c] >> o
	if o+uint(n) > 64 {
		v |= sc.marks[b+1][c] << (64 - o)
	}
	return v & (^uint64(0) >> (64 - n))
}

// learnedLetterHashes returns learnedHashes' word hash and learnedAffixes'
// prefix and suffix hashes of w, two or more ASCII letters, in one pass.
func learnedLetterHashes(w string) (hw, p3, s3 uint32) {
	hw = fnv32Offset
	hw = (hw ^ uint32(w[0]|0x20)) * fnv32Prime
	hw = (hw ^ uint32(w[1]|0x20)) * fnv32Prime
	if len(w) == 2 {
		return hw, hw, hw
	}
	hw = (hw ^ uint32(w[2]|0x20)) * fnv32Prime
	p3 = hw
	if len(w) == 3 {
		return hw, p3, p3
	}
	for i := 3; i < len(w); i++ {
		hw = (hw ^ uint32(w[i]|0x20)) * fnv32Prime
	}
	s3 = fnv32Offset
	for i := len(w) - 3; i < len(w); i++ {
		s3 = (s3 ^ uint32(w[i]|0x20)) * fnv32Prime
	}
	return hw, p3, s3
}

// learnedPackedHashes is learnedLetterHashes for a word of n ASCII letters
// (2 to 8) packed little-endian in x.
func learnedPackedHashes(x uint64, n int) (hw, p3, s3 uint32) {
	x |= 0x2020202020202020 // lower case
	hw = (fnv32Offset ^ uint32(byte(x))) * fnv32Prime
	hw = (hw ^ uint32(byte(x>>8))) * fnv32Prime
	if n > 2 {
		hw = (hw ^ uint32(byte(x>>16))) * fnv32Prime
	}
	p3 = hw
	for j := 3; j < n; j++ {
		hw = (hw ^ uint32(byte(x>>(8*j)))) * fnv32Prime
	}
	if n <= 3 {
		return hw, p3, p3
	}
	y := x >> (8 * (n - 3))
	s3 = (fnv32Offset ^ uint32(byte(y))) * fnv32Prime
	s3 = (s3 ^ uint32(byte(y>>8))) * fnv32Prime
	s3 = (s3 ^ uint32(byte(y>>16))) * fnv32Prime
	return hw, p3, s3
}

// ownWord is ownSum for a word of n ASCII letters at s (n < 64), packed
// in x when n <= 8.
func (m *learnedModel) ownWord(sc *textScan, s, n int, x uint64, gz uint8) int32 {
	if caps := sc.markBits(mkCapital, s, n); caps&(caps+1) != 0 {
		return m.ownSum(sc, s, s+n, gz)
	}
	k := ownShapeXx // capitals, then lower-case letters
	if sc.markBits(mkCapital, s, n)+1 == 1<<n {
		k = ownShapeX
	}
	var hw, p3, s3 uint32
	if n <= 8 {
		hw, p3, s3 = learnedPackedHashes(x, n)
	} else {
		hw, p3, s3 = learnedLetterHashes(sc.text[s : s+n])
	}
	return m.ownOf(k, gz, hw, p3, s3)
}

// learnedJoinOrHigh marks the bytes after a run of ASCII word bytes with
// which the word may go on: joiners and non-ASCII bytes.
var learnedJoinOrHigh = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c >= 0x80 || c == '\'' || c == '-'
	}
	return t
}()
