package redact

import _ "embed"

// More towns, as a set of hashes. data/towns_more.txt lists ~72,000 towns
// of GeoNames (Britain's villages and districts, Nigeria, Malaysia, the
// Caribbean, South and South-East Asia, Oceania, North America, Africa,
// Turkey, Europe and Latin America; data/README.md); data/towns_more.bin
// holds the sorted FNV-1a hashes of their bytes, eight bytes each,
// little-endian. A lookup is a
// binary search over the embedded bytes: no table is built at start-up
// and the garbage collector has no key to scan, where adding them to the
// town table (location_residence.go) would double it and cost every
// process their hashing at start. Two of them share a hash with a chance
// of about one in 10^9, and a word that is none of them matches one
// with a chance of about one in 2·10^14. Like every town list, a name
// here is a LOCATION only with a cue.

//go:embed data/towns_more.bin
var moreTownHashes string

// moreTownKnown reports whether t is a town of data/towns_more.txt.
func moreTownKnown(t string) bool {
	if len(t) < 4 {
		return false
	}
	return sortedHashesHas(moreTownHashes, fnv64(t)) // notable_more.go
}

// fnv64 returns the 64-bit FNV-1a hash of s.
func fnv64(s string) uint64 {
	h := uint64(0xcbf29ce484222325)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 0x100000001b3
	}
	return h
}
