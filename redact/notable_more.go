package redact

import _ "embed"

// More well-known people, as hashes: data/notable_more.txt lists ~5,200
// people of WordNet 3.0 and of the BSD calendar files (writers,
// composers, painters, scientists, rulers, presidents, athletes;
// data/README.md), which data/gen/gen-notable-more.mjs turns into
// data/notable_more.bin: first the bits of the notable bloom
// (notableBloom, notableHash) that their names set, then the sorted
// 64-bit FNV-1a hashes of the names, little-endian. A name the bloom lets
// through is looked up by a binary search over the embedded bytes, as the
// towns of loc8_towns.go are: no table is built at start-up and the
// garbage collector has no key to scan. Like data/notable.txt, a name
// here is no customer's unless a greeting, a customer label or a relation
// word introduces it (isNotable).

//go:embed data/notable_more.bin
var notableMoreData string

// notableMoreHashes is the sorted hash part of data/notable_more.bin.
var notableMoreHashes = notableMoreData[8*notableBloomWords:]

// notableMoreKnown reports whether name is a name of data/notable_more.txt.
func notableMoreKnown(name string) bool {
	return notableMoreHas(fnv64(name))
}

// notableMoreHas reports whether notableMoreHashes holds h: a binary
// search over the hashes that share h's top bits (notableMoreStarts),
// about five of them, instead of all ~5,200.
func notableMoreHas(h uint64) bool {
	k := h >> (64 - notableMoreBits)
	return sortedHashesIn(notableMoreHashes, int(notableMoreStarts[k]), int(notableMoreStarts[k+1]), h)
}

// notableMoreBits is the number of top bits of a hash that index
// notableMoreStarts.
const notableMoreBits = 10

// notableMoreStarts holds, for each value k of the top notableMoreBits
// bits, the index of the first hash of notableMoreHashes whose top bits
// are k or more (and the number of hashes last): 2 KB built once at
// start-up, without a pointer for the garbage collector to follow.
var notableMoreStarts = hashStarts(notableMoreHashes)

// hashStarts returns notableMoreStarts for set, sorted little-endian
// 64-bit hashes, fewer than 65,536 of them.
func hashStarts(set string) (t [1<<notableMoreBits + 1]uint16) {
	n := len(set) / 8
	if n >= 1<<16 {
		panic("redact: too many hashes for hashStarts")
	}
	k := 0
	for i := range n {
		for top := int(load64(set, 8*i) >> (64 - notableMoreBits)); k <= top; k++ {
			t[k] = uint16(i)
		}
	}
	for ; k < len(t); k++ {
		t[k] = uint16(n)
	}
	return t
}

// sortedHashesHas reports whether set, sorted little-endian 64-bit
// hashes, holds h: a binary search over the embedded bytes.
func sortedHashesHas(set string, h uint64) bool {
	return sortedHashesIn(set, 0, len(set)/8, h)
}

// sortedHashesIn reports whether the hashes lo to hi (not included) of
// set, sorted little-endian 64-bit hashes, hold h.
func sortedHashesIn(set string, lo, hi int, h uint64) bool {
	end := hi
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if load64(set, 8*m) < h {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < end && load64(set, 8*lo) == h
}

// notableHas reports whether name is an entry of data/notable.txt,
// data/notable_world.txt or data/notable_more.txt.
func notableHas(name string) bool {
	return notableNames.has(name) || notableMoreKnown(name)
}

// orNotableMoreBloom sets the bloom bits of data/notable_more.bin in
// notableBloom.
func orNotableMoreBloom() {
	for i := range notableBloom {
		notableBloom[i] |= load64(notableMoreData, 8*i)
	}
}
