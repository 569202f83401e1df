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
	return sortedHashesHas(notableMoreHashes, fnv64(name))
}

// sortedHashesHas reports whether set, sorted little-endian 64-bit
// hashes, holds h: a binary search over the embedded bytes.
func sortedHashesHas(set string, h uint64) bool {
	lo, hi := 0, len(set)/8
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if load64(set, 8*m) < h {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(set)/8 && load64(set, 8*lo) == h
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
