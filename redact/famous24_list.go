package redact

import (
	_ "embed"
	"unsafe"
)

// famous24Data is data/famous24.txt: ~4,500 more public figures of every
// region the prompts come from (politicians, athletes of many sports,
// musicians, actors, writers, painters, scientists, designers, chefs,
// presenters, historical, religious and fictional people), in
// notable.txt's format. person_notable.go's init loads it with the other
// hand lists, and every entry of the three lists with diacritics a second
// time without them (famousFold): writers drop them ("Dejan Stankovic",
// "Grainne Mhaol"). Case forms are read at lookup (public14_case.go).
//
//go:embed data/famous24.txt
var famous24Data string

// famousFold writes s into buf with each letter of U+00C0..U+024F folded
// to its base letter in the same case (the fold table of
// data/namegram.bin: "Stanković" → "Stankovic", "Łódź" → "Lodz") and
// reports whether a letter changed. Other runes are copied. It returns
// false when s does not fit buf.
func famousFold(s string, buf []byte) (int, bool) {
	n, changed := 0, false
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			if n >= len(buf) {
				return 0, false
			}
			buf[n] = c
			n++
			i++
			continue
		}
		// Two-byte runes U+0080..U+07FF: the fold table covers
		// U+00C0..U+024F.
		if c >= 0xC3 && c <= 0xC9 && i+1 < len(s) {
			r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
			if r >= 0xC0 && r < 0xC0+nameGramFold {
				if f := nameGramData[r-0xC0]; f != 0 {
					if n >= len(buf) {
						return 0, false
					}
					if famousUpper(r) {
						f -= 'a' - 'A'
					}
					buf[n] = f
					n++
					i += 2
					changed = true
					continue
				}
			}
		}
		if n >= len(buf) {
			return 0, false
		}
		buf[n] = c
		n++
		i++
	}
	return n, changed
}

// famousUpper reports whether r, of U+00C0..U+024F, is a capital: in
// Latin-1 the capitals are U+00C0..U+00DE (but ×), in Latin Extended-A
// most pairs are capital first, at an even code point (U+0139..U+0148 and
// U+0179..U+017E odd).
func famousUpper(r rune) bool {
	switch {
	case r < 0x100:
		return r <= 0xDE && r != 0xD7
	case r >= 0x139 && r <= 0x148 || r >= 0x179 && r <= 0x17E:
		return r&1 == 1
	case r < 0x180, r >= 0x200 && r <= 0x233: // "Ș", "Ț"
		return r&1 == 0
	}
	return false // the rest of Latin Extended-B: rare in names
}

// addNotableFolded adds name's fold (famousFold) to the notable lists
// when it differs from name.
func addNotableFolded(name string) {
	var buf [96]byte
	n, changed := famousFold(name, buf[:])
	if changed {
		addNotable(string(buf[:n]))
	}
}

// notableFoldHas reports whether the fold of name (famousFold) differs
// from it and is an entry of the notable lists. The lists keep no key
// they are looked up with, so the fold is read from a stack buffer.
func notableFoldHas(name string) bool {
	i := 0
	for i+8 <= len(name) && load64(name, i)&0x8080808080808080 == 0 {
		i += 8 // eight ASCII bytes: no lead byte among them
	}
	for i < len(name) && (name[i] < 0xC3 || name[i] > 0xC9) {
		i++
	}
	if i == len(name) {
		return false // no letter of U+00C0..U+024F: nothing to fold
	}
	var buf [96]byte
	n, changed := famousFold(name, buf[:])
	return changed && notableHas(unsafe.String(&buf[0], n))
}
