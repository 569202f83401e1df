package redact

import (
	"strings"
	"unsafe"
)

// Well-known names in a case form, and holidays named with a kin word.
// Finnish, Estonian, Hungarian, the Slavic and the Baltic languages (and
// Turkish, after an apostrophe) decline a name: "Tove Janssonin"
// (Finnish genitive), "Jean Sibeliuksen", "Emil Zátopkem" (Czech
// instrumental), "Lewandowskiego" (Polish genitive), "Orhan Pamuk'un".
// The notable lists hold the nominative, so the last word is stripped of
// a case ending (and given back the nominative's ending the case form
// changed) before the name is looked up again. A holiday named with a
// feast word and a kin word ("Fèt Manman", "Festa Mamma") is no person
// either. Both run from namesakeRun (person11_namesake.go), for a run
// that already scored as a name; a greeting, a customer label or a
// relation word before it still makes it a person.

// public14Maybe reports whether public14Run may be true for a run from
// start whose last word, l, is no gazetteer name (namesakeRun tests that
// first): a case form, or a kin word such as "Manman". It tests whether
// the run starts like a name of the hand lists or a holiday
// (notablePrefixBits): one load tells most runs.
func public14Maybe(text string, start int, l nameTok) bool {
	return l.end-l.start >= 3 && notablePrefixMaybe(text, start, l.start)
}

// public14Run reports whether the run core, from start to end, is a
// notable name in a case form or a holiday (see the file's comment).
// namesakeRun tests personLabelBefore after it.
//
//go:noinline
func public14Run(text string, core []nameTok, start, end int) bool {
	last := core[len(core)-1]
	if last.flags&(nameGiven|nameFamily) == 0 && core[0].flags&nameGiven != 0 && last.end-last.start >= 4 &&
		notablePrefixMaybe(text, core[0].start, last.start) && notableCaseForm(text, start, last.start, last.end) {
		return true
	}
	return len(core) == 2 && feastHeads.maybe(text[core[0].start:core[0].end]) && feastHeads.has(text[core[0].start:core[0].end]) &&
		kinFeastWords.has(text[core[1].start:core[1].end])
}

// notablePrefixBits has a bit set, at notablePrefixHash, for the first
// byte and the first two bytes of the last word of each name of the hand
// lists (data/notable.txt, data/notable_world.txt; addNotable sets them)
// and of each pair of feastHeads and kinFeastWords: a case form keeps
// them, and most runs are told from the names with one load. The WordNet
// names (notable_more.go), kept as hashes only, are not in it.
var notablePrefixBits = func() (t [1 << 17 / 64]uint64) {
	for _, f := range feastHeads.keyList() {
		for _, k := range kinFeastWords.keyList() {
			if f == "" || len(k) < 2 {
				continue // an empty slot
			}
			h := notablePrefixHash(f[0], k[0], k[1])
			t[h>>6] |= 1 << (h & 63)
		}
	}
	return t
}()

// notablePrefixHash maps those three bytes to a bit of notablePrefixBits.
func notablePrefixHash(a, b, c byte) uint32 {
	return (uint32(a)<<16 | uint32(b)<<8 | uint32(c)) * 0x9E3779B1 >> 15
}

// notablePrefixMaybe reports whether a name of the hand lists may start
// like the name at start whose last word starts at last.
func notablePrefixMaybe(text string, start, last int) bool {
	h := notablePrefixHash(text[start], text[last], text[last+1])
	return notablePrefixBits[h>>6]>>(h&63)&1 != 0
}

// caseEnding is a case ending of a name's last word and what the
// nominative ends in instead ("uksen" → "us": "Sibeliuksen").
type caseEnding struct {
	suffix, nominative string
	slavic             bool // a given name takes it too ("Roberta", "Igą")
}

// caseEndings, by the last byte of the suffix (caseEndingsByLast), are
// the endings notableCaseForm strips: Finnish and Estonian, Hungarian,
// Polish, Czech, Slovak and the South Slavic languages, Lithuanian and
// Latvian. Longer ones come first in each group.
var caseEndings = []caseEnding{
	// Finnish: -us/-is names take -ukse-/-ikse- ("Sibeliuksen").
	{"uksen", "us", false}, {"uksella", "us", false}, {"uksellä", "us", false}, {"ukselle", "us", false}, {"uksesta", "us", false}, {"ukseen", "us", false},
	{"iksen", "is", false}, {"iksella", "is", false}, {"ikselle", "is", false}, {"iksesta", "is", false},
	// Finnish: -nen names take -se- ("Räikkösen") and -s- ("Räikköstä").
	{"sen", "nen", false}, {"selle", "nen", false}, {"sella", "nen", false}, {"sellä", "nen", false}, {"sesta", "nen", false}, {"sestä", "nen", false},
	{"seen", "nen", false}, {"sta", "nen", false}, {"stä", "nen", false},
	// Finnish and Estonian: an ending after a consonant takes an -i-
	// ("Janssonin", "Janssonille"), after a vowel none ("Kekkosen" is
	// Kekkonen's and left out).
	{"inkin", "", false}, {"ille", "", false}, {"illa", "", false}, {"illä", "", false}, {"ista", "", false}, {"istä", "", false}, {"issa", "", false}, {"issä", "", false},
	{"ilta", "", false}, {"iltä", "", false}, {"iksi", "", false}, {"iin", "", false}, {"ina", "", false}, {"inä", "", false}, {"ia", "", false}, {"iä", "", false}, {"in", "", false},
	{"lle", "", false}, {"lla", "", false}, {"llä", "", false}, {"sta", "", false}, {"stä", "", false}, {"ssa", "", false}, {"ssä", "", false}, {"lta", "", false}, {"ltä", "", false},
	{"ksi", "", false}, {"ga", "", false}, {"n", "", false},
	// Estonian, after the genitive's e or i (famous24: "Paul Keresele",
	// "Kanterist"): allative, elative, ablative, translative (the comitative
	// "-ega" left out: an "a" ending is every Slavic feminine name's).
	{"ele", "", false}, {"est", "", false}, {"elt", "", false}, {"eks", "", false},
	{"ile", "", false}, {"ist", "", false},
	// Hungarian.
	{"nak", "", false}, {"nek", "", false}, {"val", "", false}, {"vel", "", false}, {"ról", "", false}, {"ről", "", false}, {"tól", "", false}, {"től", "", false},
	{"hoz", "", false}, {"hez", "", false}, {"höz", "", false}, {"nál", "", false}, {"nél", "", false}, {"ért", "", false}, {"ban", "", false}, {"ben", "", false},
	{"ból", "", false}, {"ből", "", false}, {"ot", "", false}, {"et", "", false}, {"öt", "", false},
	// Polish, Czech, Slovak: adjectival family names ("-ski", "-ská").
	{"skiego", "ski", false}, {"skiemu", "ski", false}, {"skim", "ski", false}, {"ską", "ska", false}, {"skiej", "ska", false},
	{"ckiego", "cki", false}, {"ckiemu", "cki", false}, {"ckim", "cki", false}, {"cką", "cka", false}, {"ckiej", "cka", false},
	{"ského", "ský", false}, {"skému", "ský", false}, {"ským", "ský", false}, {"skou", "ská", false}, {"ské", "ská", false},
	{"ckého", "cký", false}, {"ckému", "cký", false}, {"ckým", "cký", false}, {"ckou", "cká", false},
	// Slavic nouns: instrumental, dative, genitive, locative.
	{"owi", "", true}, {"ovi", "", true}, {"em", "", true}, {"om", "", true}, {"ą", "a", true}, {"ou", "a", true},
	{"ę", "a", true}, {"y", "a", true}, {"u", "", true}, {"a", "", true}, {"i", "a", true},
	// Lithuanian and Latvian: "-as" → "-o", "-is" → "-io", "-s" → "-a".
	{"io", "is", false}, {"o", "as", false}, {"ui", "as", false}, {"iui", "is", false}, {"a", "s", false},
}

// caseEndingsByLast indexes caseEndings by the last byte of the suffix.
var caseEndingsByLast = func() (t [256][]caseEnding) {
	for _, c := range caseEndings {
		b := c.suffix[len(c.suffix)-1]
		t[b] = append(t[b], c)
	}
	return t
}()

// notableCaseForm reports whether the name text[start:end], whose last
// word starts at last, is a name of the notable lists with its last word
// in a case form: the name with a case ending stripped (and the
// nominative's ending given back), or with the fleeting e of a Czech or
// Polish name put back ("Zátopkem" → "Zátopek"), or cut at an apostrophe
// before a lower-case suffix ("Pamuk'un"). A first word before the last
// may be declined too ("Roberta Lewandowskiego", "Igą Świątek").
func notableCaseForm(text string, start, last, end int) bool {
	if a := apostropheSuffixAt(text, last, end); a > 0 {
		return notableMaybe(text, start, last, a) && notableHas(text[start:a])
	}
	if end-start > 56 {
		return false
	}
	// The first word's forms: as it is, and, when the name has two
	// words, with a Slavic case ending stripped (firsts: the bytes kept
	// and the nominative's ending given back).
	type form struct {
		keep int
		nom  string
	}
	var firsts [4]form
	nf := 1
	firsts[0] = form{last - start, ""}
	if strings.IndexByte(text[start:last], ' ') == last-start-1 && last-start >= 4 {
		w := text[start : last-1]
		for _, c := range caseEndingsByLast[w[len(w)-1]] {
			if nf < len(firsts) && c.slavic && strings.HasSuffix(w, c.suffix) && len(w)-len(c.suffix) >= 2 {
				firsts[nf] = form{len(w) - len(c.suffix), c.nominative + " "}
				nf++
			}
		}
	}
	var buf [64]byte
	word := text[last:end]
	for k := range nf {
		f := firsts[k]
		m := copy(buf[:], text[start:start+f.keep])
		m += copy(buf[m:], f.nom)
		if k > 0 {
			n := m + copy(buf[m:], word)
			if notableBufHas(buf[:n], m) {
				return true // "Igą Świątek"
			}
		}
		for _, c := range caseEndingsByLast[text[end-1]] {
			if !strings.HasSuffix(word, c.suffix) || len(word)-len(c.suffix) < 3 {
				continue
			}
			n := m + copy(buf[m:], word[:len(word)-len(c.suffix)])
			n += copy(buf[n:], c.nominative)
			if notableBufHas(buf[:n], m) {
				return true
			}
			// The fleeting e: "Zátopk" + "em" is Zátopek's.
			if c.nominative == "" && n >= 2 && isConsonant(buf[n-2]) && (buf[n-1] == 'k' || buf[n-1] == 'c') {
				buf[n], buf[n-1] = buf[n-1], 'e'
				if notableBufHas(buf[:n+1], m) {
					return true
				}
			}
		}
	}
	return false
}

// notableBufHas reports whether name, whose last word starts at last, is
// an entry of the notable lists, the bloom tested first.
func notableBufHas(name []byte, last int) bool {
	if len(name)-last < 2 {
		return false
	}
	// The lists keep no key they are given: a string over the buffer is safe.
	s := unsafe.String(unsafe.SliceData(name), len(name))
	h := notableHash(s, 0, last, len(s))
	return notableBloom[h>>6]>>(h&63)&1 != 0 && notableHas(s)
}

// apostropheSuffixAt returns where an apostrophe (' or ’) ends the stem
// of the word text[last:end] before a lower-case suffix of one to five
// letters ("Pamuk'un", "Manço’nun"), or 0.
func apostropheSuffixAt(text string, last, end int) int {
	for i := last + 2; i < end-1; i++ {
		switch {
		case text[i] == '\'' && end-i-1 <= 5 && isLower(text[i+1]):
			return i
		case text[i] == 0xE2 && i+3 < end && text[i+1] == 0x80 && text[i+2] == 0x99 && end-i-3 <= 5 && isLower(text[i+3]):
			return i
		}
	}
	return 0
}

// isConsonant reports whether c is an ASCII consonant letter.
func isConsonant(c byte) bool {
	c |= 0x20
	return c >= 'a' && c <= 'z' && !strings.ContainsRune("aeiouy", rune(c))
}

// feastHeads open the name of a holiday ("Fèt Manman", "Festa Mamma",
// "Feast Day"); kinFeastWords are the kin words that such a holiday is
// named with.
var feastHeads = boolTable(map[string]bool{
	"Fèt": true, "Fet": true, "Fête": true, "Fete": true, "Festa": true, "Fiesta": true, "Fest": true,
	"Feast": true, "Dia": true, "Día": true, "Dag": true, "Jour": true, "Journée": true, "Giornata": true,
})

var kinFeastWords = boolTable(map[string]bool{
	"Manman": true, "Papa": true, "Papá": true, "Papà": true, "Mama": true, "Mamá": true, "Mamma": true,
	"Mãe": true, "Mães": true, "Pai": true, "Pais": true, "Madre": true, "Madres": true, "Padre": true,
	"Padres": true, "Mère": true, "Mères": true, "Père": true, "Pères": true, "Mor": true, "Far": true,
	"Nonni": true, "Nonno": true, "Nonna": true, "Abuelo": true, "Abuelos": true, "Abuela": true,
	"Granmoun": true, "Timoun": true, "Zanmi": true, "Tante": true, "Tonton": true, "Grann": true,
})
