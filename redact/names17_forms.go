package redact

import "strings"

// Names of communities the gazetteers hold thinly, told by their form
// inside a run of two to four capitalised words (scoreNameParts calls
// names17Forms beside hmongGiven, before it counts the run's words):
//
//   - Lithuanian and Latvian family names by their endings: a married
//     woman's "-ienė", a daughter's "-aitė", "-ytė", "-utė", "-iūtė", the
//     Latvian diminutives "-iņš", "-iņa" and a woman's "-niece", and the
//     men's "-auskas", "-evičius", "-avičius", "-aitis": nouns end so
//     too ("mergaitė", "vakarienė"), but not capitalised beside another
//     capitalised word;
//   - Faroese and Danish family names in "-sen" beside a word written
//     with a Faroese or Icelandic letter (ð, ø, æ, á, í, ó, ú, ý: "Rúni
//     Hansen"): German nouns in "-sen" ("Reisen", "Essen") stand beside
//     no such word, and é (French, Spanish) is not one of them;
//   - Burmese and Karen names: honorifics (Daw, Naw, Saw, Mahn, Maung,
//     Nang) and the syllables names are built of ("Daw Hnin Ei Phyu",
//     "Saw Ler Htoo"), a run of nothing but such syllables with at least
//     one that is no English word ("Htoo", "Kyaw") when no honorific
//     leads it, and of three words at least ("Saw Ler Moo", "Htet Aung
//     Kyaw"); the honorific is marked as a given name, as the name's
//     first word.
//
// A word of the run the gazetteers know keeps its flags; only unknown
// words are marked, as given or family names. Cost: a look at the last
// bytes of the run's unknown words; the syllable table is read only for
// a run whose first word is short.

// balticNouns are Lithuanian nouns of those endings: "dinner", "girl",
// the diminutives of "daughter", "sister", "mother", "grandmother".
var balticNouns = boolTable(map[string]bool{"Vakarienė": true, "Mergaitė": true, "Dukrytė": true, "Sesutė": true,
	"Mamytė": true, "Močiutė": true, "Vakarienę": true})

// balticFamilyEnds end Lithuanian and Latvian family names (see above).
var balticFamilyEnds = [...]string{"ienė", "aitė", "ytė", "utė", "iūtė", "iņš", "iņa", "niece",
	"auskas", "evičius", "avičius", "aitis"}

// balticFamily reports whether w, a capitalised word, is a Lithuanian or
// Latvian family name by its ending, with four letters or more before it.
func balticFamily(w string) bool {
	if len(w) < 7 {
		return false
	}
	switch w[len(w)-1] {
	case 0x97, 0xA1, 'a', 'e', 's':
	default:
		return false
	}
	for _, e := range balticFamilyEnds {
		if len(w) >= len(e)+4 && strings.HasSuffix(w, e) {
			return !balticNouns.has(w)
		}
	}
	return false
}

// nordicLetter reports whether w holds a Faroese or Icelandic letter
// (ð, ø, æ, á, í, ó, ú, ý, either case).
func nordicLetter(w string) bool {
	for i := 0; i+1 < len(w); i++ {
		switch w[i] {
		case 0xC3:
			switch w[i+1] | 0x20 {
			case 0xB0, 0xB8, 0xA6, 0xA1, 0xAD, 0xB3, 0xBA, 0xBD: // ð ø æ á í ó ú ý
				return true
			}
		}
	}
	return false
}

// names17Forms marks the unknown words of core that are given or family
// names by the forms above.
//
//go:noinline
func names17Forms(text string, core []nameTok) {
	if len(core) > 4 {
		return
	}
	if burmeseRun(text, core) {
		return
	}
	fam := -1
	for k := range core {
		t := &core[k]
		if t.initial || t.particle || t.flags != 0 {
			continue
		}
		w := text[t.start:t.end]
		if balticFamily(w) || len(w) >= 6 && strings.HasSuffix(w, "sen") && nordicBeside(text, core, k) {
			fam = k
			break
		}
	}
	if fam < 0 {
		return
	}
	core[fam].flags |= nameFamily
	for k := range core {
		if t := &core[k]; k != fam && !t.initial && !t.particle && t.flags == 0 {
			t.flags |= nameGiven
		}
	}
}

// nordicBeside reports whether a word of core but the k-th holds a
// Faroese or Icelandic letter and is no stop word, title or place.
func nordicBeside(text string, core []nameTok, k int) bool {
	for j, t := range core {
		if j != k && !t.initial && !t.particle && t.flags&(nameStop|nameTitle|nameGreeting|nameCity|nameCityHead) == 0 &&
			nordicLetter(text[t.start:t.end]) {
			return true
		}
	}
	return false
}

// burmeseHonorifics lead Burmese and Karen names: Daw (a woman), Naw (a
// Karen woman), Saw (a Karen man), Mahn (a Mon man), Maung, Nang (Shan).
var burmeseHonorifics = boolTable(map[string]bool{
	"Daw": true, "Naw": true, "Saw": true, "Mahn": true, "Maung": true, "Nang": true,
})

// burmeseSyllables are the syllables Burmese and Karen given names are
// built of, as they are romanised; true for those that are no English
// word or common name ("Htoo", "Kyaw"), false for the others ("Win",
// "Say", "Moe").
var burmeseSyllables = syllableTable(map[string]bool{
	"Aung": true, "Htoo": true, "Htet": true, "Htun": true, "Htay": true, "Htwe": true, "Hla": true,
	"Hnin": true, "Hsu": true, "Hser": true, "Khin": true, "Khaing": true, "Khant": true, "Kyaw": true,
	"Kyi": true, "Kyu": true, "Kyal": true, "Lwin": true, "Myo": true, "Myat": true, "Myint": true,
	"Mya": true, "Naing": true, "Nyein": true, "Nyunt": true, "Nwe": true, "Phyo": true, "Phyu": true,
	"Pyae": true, "Pwint": true, "Soe": true, "Thant": true, "Theint": true, "Thein": true, "Thiha": true,
	"Thida": true, "Thuzar": true, "Tun": true, "Zaw": true, "Yadanar": true, "Eaint": true, "Paing": true,
	"Wint": true, "Sein": true, "Shwe": true, "Thet": true, "Khaw": true, "Ngwe": true, "Hsa": true,
	"Aye": false, "Chit": false, "Cho": false, "Ei": false, "Eh": false, "Hein": false, "Ko": false,
	"Kaung": true, "Kaw": false, "Lay": false, "Lah": false, "Lin": false, "Ler": false, "Maw": false,
	"Min": false, "Moe": false, "Moo": false, "Mon": false, "Mu": false, "Nay": false, "Nyi": false,
	"Oo": false, "Paw": false, "Poe": false, "San": false, "Say": false, "Sit": false, "Su": false,
	"Than": false, "Thaw": false, "Thu": false, "Tin": false, "Wah": false, "Wai": false, "Win": false,
	"Ye": false, "Yee": false, "Yin": false, "Zar": false, "Zin": false, "Doh": false, "Ku": false,
	"Gay": false, "Blu": false, "Htin": true, "Tint": false, "Hay": false, "Wa": false, "Taw": false,
})

// syllableTable builds a table of the keys of m, valued 2 for true and 1
// for false.
func syllableTable(m map[string]bool) *strTable {
	t := newStrTable(len(m))
	for k, v := range m {
		t.put(k, 1+b2u(v))
	}
	return t
}

// b2u is 1 for true, 0 for false.
func b2u(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// burmeseRun marks core as a Burmese or Karen name (see the file's
// comment) and reports whether it did.
func burmeseRun(text string, core []nameTok) bool {
	if len(core) < 2 || core[0].end-core[0].start > 7 {
		return false
	}
	a := 0
	if burmeseHonorifics.has(text[core[0].start:core[0].end]) {
		a = 1
	}
	if len(core)-a < 2 {
		return false
	}
	strong := false
	for _, t := range core[a:] {
		w := text[t.start:t.end]
		if t.initial || t.particle || t.flags&(nameStop|nameTitle|nameGreeting|nameCity|nameCityHead) != 0 {
			return false
		}
		v, ok := burmeseSyllables.get(w)
		if !ok {
			return false
		}
		strong = strong || v == 2
	}
	if !strong && a == 0 || a == 0 && len(core) < 3 {
		return false
	}
	for k := range core[:len(core)-1] {
		core[k].flags |= nameGiven
	}
	core[len(core)-1].flags |= nameFamily
	return true
}
