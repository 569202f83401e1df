package redact

import (
	_ "embed"
	"unicode/utf8"
)

// Names of communities the gazetteers cover thinly often show what they
// are by their form, with no list of them: a family name built from a
// given name the gazetteers know (Nordic patronymics: "Haraldsen",
// "Sigurdsson"; Icelandic and Faroese ones in "-dóttir"), an East Slavic
// or Central Asian patronymic ("Nurlanovna", "Serikovich", "Bolatuly"),
// a Thai family name, long and built of Thai syllables ("Wongsawat",
// "Srisuk"), a Hmong name, short syllables before one of the clan names
// ("Pa Kou Xiong"), and a given name the lists know without the
// macrons of its long vowels ("Hēmi" as "Hemi"). scoreNameParts
// counts such a word of a run as a family or given name
// (formFamilies, hmongGiven), and tokenFlags looks up the folded
// form of a word it does not know (foldedNameFlags).

// formFamilies counts the unknown words of core (two to four name words,
// none a family name of the gazetteers) that are family names by their
// form (formFamily) or by the hashed lists of data/names_more.txt as
// family names, and those that list as given names, in c and in their
// flags.
//
//go:noinline
func formFamilies(text string, core []nameTok, c *nameCounts) {
	firstMore := false // the first word is a family name of names_more
	for k := range core {
		t := &core[k]
		if t.initial || t.particle || t.flags&(nameGiven|nameFamily|nameCity|nameAmbiguous) != 0 || t.end-t.start < 3 {
			continue
		}
		w := text[t.start:t.end]
		switch {
		case len(w) >= 6 && formFamily(w) || moreFamilyKnown(w):
			t.flags |= nameFamily
			c.unknown--
			c.family++
			firstMore = firstMore || k == 0
		case moreGivenKnown(w):
			t.flags |= nameGiven
			c.unknown--
			c.given++
			if k == 0 {
				c.firstGiven = true
			}
		}
	}
	// Two family names of these lists and nothing else ("Akello Okiror"):
	// the first is the given name, as the lists' own patterns write them.
	if firstMore && c.given+c.ambig+c.unknown == 0 && c.family >= 2 {
		core[0].flags |= nameGiven
		c.family--
		c.given++
		c.firstGiven = true
	}
}

// Hashes of data/names_more.txt (see data/README.md): the given and family
// names of the faker locales of Thailand, Malaysia, Indonesia, Vietnam,
// the Philippines, Aotearoa, Nepal, Pakistan, Uganda, Nigeria and
// Singapore that no other list holds, as the sorted 64-bit FNV-1a hashes
// of their bytes (notable_more.go's sortedHashesHas).
var (
	//go:embed data/names_more_given.bin
	moreGivenHashes string
	//go:embed data/names_more_family.bin
	moreFamilyHashes string
)

// moreGivenKnown reports whether w is a given name of data/names_more.txt.
func moreGivenKnown(w string) bool {
	return len(w) >= 3 && sortedHashesHas(moreGivenHashes, fnv64(w))
}

// moreFamilyKnown reports whether w is a family name of data/names_more.txt.
func moreFamilyKnown(w string) bool {
	return len(w) >= 3 && sortedHashesHas(moreFamilyHashes, fnv64(w))
}

// formFamily reports whether tok, a capitalised word the gazetteers do
// not know, is a family name by its form (see above).
func formFamily(tok string) bool {
	n := len(tok)
	if n < 6 || n > 24 {
		return false
	}
	switch tok[n-1] {
	case 'n':
		// Nordic patronymics: a given name, maybe a genitive s, then
		// -sen, -son ("Haraldsen", "Sigurdsson", "Mortensen").
		for _, suf := range [...]string{"sen", "son"} {
			if tok[n-3:] == suf && patronymStem(tok[:n-3]) {
				return true
			}
		}
	case 'r':
		// Icelandic and Faroese patronymics: "-dóttir", "-dottir".
		if hasSuffixFold(tok, "dóttir") || hasSuffixFold(tok, "dottir") {
			return n >= 8
		}
	case 'a':
		// East Slavic and Central Asian patronymics of women
		// ("Nurlanovna", "Petrivna"), and family names in -ova, -eva
		// after a consonant ("Tokayeva", "Bekova").
		for _, suf := range [...]string{"ovna", "evna", "ivna"} {
			if tok[n-4:] == suf {
				return true
			}
		}
		if n >= 7 && (tok[n-3:] == "ova" || tok[n-3:] == "eva") && (!vowelByte(tok[n-4]) || tok[n-4] == 'y') && isASCII(tok) {
			return true
		}
	case 'h':
		for _, suf := range [...]string{"ovich", "evich", "ovych", "evych"} {
			if n >= 7 && tok[n-5:] == suf {
				return true
			}
		}
	case 'y':
		// Kazakh patronymics ("Bolatuly", "Serikqyzy", "Nurkyzy").
		if n >= 7 && (tok[n-3:] == "uly" || tok[n-4:] == "kyzy" || tok[n-4:] == "qyzy") {
			return true
		}
	}
	return thaiFamily(tok)
}

// patronymStem reports whether stem, a Nordic patronymic without its
// -sen or -son, is a given name of four letters or more of the
// gazetteers (the hand-written or the generated lists), with or without
// a genitive s: "Person" and "Reason" are no sons of Per and Rea.
func patronymStem(stem string) bool {
	if len(stem) < 4 {
		return false
	}
	if f := nameFlagsOf(stem); f&nameGiven != 0 && f&(nameStop|nameCity) == 0 {
		return true
	}
	if stem[len(stem)-1] == 's' && len(stem) >= 5 {
		f := nameFlagsOf(stem[:len(stem)-1])
		return f&nameGiven != 0 && f&(nameStop|nameCity) == 0
	}
	return false
}

// hasSuffixFold reports whether tok ends in suf.
func hasSuffixFold(tok, suf string) bool {
	return len(tok) > len(suf) && tok[len(tok)-len(suf):] == suf
}

// vowelByte reports whether c is an ASCII vowel.
func vowelByte(c byte) bool {
	switch c | 0x20 {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// thaiStarts and thaiEnds are syllables that open and close Thai family
// names as they are romanised ("Srisuk", "Wongsawat", "Boonmee",
// "Rattanakul", "Chaiyaporn"): a family name of six letters or more
// with one at each end, or of nine or more with one at its start.
var (
	thaiStarts = [...]string{"Sri", "Siri", "Wong", "Chai", "Boon", "Kaew", "Thong", "Rattana", "Suwan", "Phon", "Sukh", "Kittisak", "Jaturong", "Saeng", "Sae"}
	thaiEnds   = [...]string{"wong", "sakul", "kul", "porn", "pong", "chai", "sawat", "suk", "thong", "phan", "sri", "siri", "wat", "anon", "rat", "mee", "wan", "yot", "rak", "sin", "chat", "kit"}
)

// thaiFamily reports whether tok, a capitalised ASCII word, is spelt
// like a Thai family name (see thaiStarts).
func thaiFamily(tok string) bool {
	n := len(tok)
	if n < 6 || !thaiFirst[tok[0]] || !isASCII(tok) {
		return false
	}
	start, end := false, false
	for _, s := range thaiStarts {
		if len(s) < n && tok[:len(s)] == s {
			start = true
			break
		}
	}
	for _, e := range thaiEnds {
		if len(e) < n && tok[n-len(e):] == e {
			end = true
			break
		}
	}
	return start && (end || n >= 9 && thaiSpelt(tok))
}

// thaiFirst holds the first letters of thaiStarts.
var thaiFirst = func() (t [256]bool) {
	for _, s := range thaiStarts {
		t[s[0]] = true
	}
	return t
}()

// thaiSpelt reports whether tok has no letters or pairs that Thai
// romanisation does not write (q, x, z, "ck", "ee" but in "-mee"): a
// long English word with a Thai syllable at one end ("Wongsaster" aside)
// is left out.
func thaiSpelt(tok string) bool {
	for i := 0; i < len(tok); i++ {
		switch tok[i] | 0x20 {
		case 'q', 'x', 'z', 'v':
			return false
		}
		if i > 0 && tok[i] == 'k' && tok[i-1] == 'c' {
			return false
		}
	}
	return true
}

// hmongClans are the Hmong clan names, as the diaspora writes them, that
// hmongGiven reads. Kong, Lo, Cha, Her, Fang and Pha are words or places
// too often ("Hong Kong"), and Lee, Ly, Yang, Hang and Chang the family
// names of Chinese and Korean names as well ("Won Lee"): a short given
// name before them is no sign of a Hmong name.
var hmongClans = boolTable(map[string]bool{
	"Vang": true, "Xiong": true, "Thao": true, "Vue": true, "Moua": true, "Lor": true, "Khang": true,
	"Kue": true, "Chue": true, "Xyooj": true,
})

// hmongGiven marks the tokens of core before a Hmong clan name as given
// names when core is two or three tokens, the last a clan name and the
// others short syllables of two to five ASCII letters, capitalised, that
// are no stop word, title, greeting or city ("Pa Kou Xiong", "Nou
// Moua").
//
//go:noinline
func hmongGiven(text string, core []nameTok) {
	last := core[len(core)-1]
	if len(core) > 3 || !hmongClans.has(text[last.start:last.end]) {
		return
	}
	for _, t := range core[:len(core)-1] {
		if t.initial || t.particle || t.end-t.start < 2 || t.end-t.start > 5 || isUpper(text[t.start+1]) ||
			t.flags&(nameStop|nameTitle|nameGreeting|nameCity|nameCityHead) != 0 || !isASCII(text[t.start:t.end]) {
			return
		}
	}
	for k := range core[:len(core)-1] {
		core[k].flags |= nameGiven
	}
	core[len(core)-1].flags |= nameFamily
}

// foldedNameFlags returns the given, family and ambiguous flags of tok, a
// capitalised word with a letter outside ASCII that the gazetteers do not
// know, as they know it with its vowels with a macron (Māori, Hawaiian,
// Samoan, Latvian long vowels) folded to ASCII (the fold of the spelling
// table: "Hēmi" as "Hemi"); 0 when they do not, when it has another
// letter outside ASCII, or when the folded word is a stop word, title,
// greeting or city. Other accents tell words of a prompt language from
// names: "Kérem" (Hungarian "please") is no "Kerem", "Gör" no "Gor".
//
//go:noinline
func foldedNameFlags(tok string) uint8 {
	var buf [24]byte
	n := 0
	for i, r := range tok {
		if n == len(buf) {
			return 0
		}
		c := byte(0)
		switch {
		case r < utf8.RuneSelf:
			c = byte(r)
		case macronVowel(r):
			c = nameGramData[r-0xC0]
		}
		if c == 0 || c == '-' || c == '\'' {
			return 0
		}
		if i == 0 && c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	_, v, ok := nameFlags.getBytes(buf[:n])
	if !ok || uint8(v)&(nameStop|nameTitle|nameGreeting|nameCity|nameCityHead) != 0 {
		return 0
	}
	return uint8(v) & (nameGiven | nameFamily | nameAmbiguous)
}

// glottalStopAt reports whether the apostrophe at j (of size bytes) in
// the capitalised word that starts at i is a Polynesian glottal stop
// between two vowels ("Fa'amausili", "Ta'ase", "Sa'u"), not a contraction
// or elision ("Qu'il", "Ma'am"): a vowel before it, two letters or more
// from the word's start, and a vowel after it.
func glottalStopAt(text string, i, j, size int) bool {
	k := j + size
	if j-i < 2 || k >= len(text) || !vowelByte(text[j-1]) || !isLower(text[k]) || !vowelByte(text[k]) || text[k] == 'y' {
		return false
	}
	if text[j-2]|0x20 == 'q' || j-i == 2 && text[i] == 'M' && text[j-1] == 'a' {
		return false // "Qu'il", "Jusqu'au", "Ma'am"
	}
	return true
}

// macronVowel reports whether r is a Latin vowel with a macron.
func macronVowel(r rune) bool {
	switch r {
	case 'ā', 'ē', 'ī', 'ō', 'ū', 'Ā', 'Ē', 'Ī', 'Ō', 'Ū':
		return true
	}
	return false
}
