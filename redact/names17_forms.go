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
//   - Mongolian names, compounds of name words (names17_mongol.go):
//     "Ganbold Oyuntsetseg";
//   - Balinese names: a birth-order name (Wayan, Putu, Gede, Kadek,
//     Nengah, Nyoman, Komang, Ketut, Luh; Made only after "I" or "Ni",
//     being an English word) opening a run of two words or more, maybe
//     after "I" (a man) or "Ni" (a woman): "Komang Ardana", "I Made
//     Sutama"; person18_appt.go reads them on appointment lines only.
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

// names17Forms marks the unknown words of core, two to four words of
// which the first or the last is unknown, that are given or family
// names by the forms above.
//
//go:noinline
func names17Forms(text string, core []nameTok) {
	if burmeseRun(text, core) || balineseRun(text, core) {
		return
	}
	fam := -1
	for k := range core {
		t := &core[k]
		if t.initial || t.particle || t.flags != 0 {
			continue
		}
		w := text[t.start:t.end]
		if balticFamily(w) || len(w) >= 6 && strings.HasSuffix(w, "sen") && nordicBeside(text, core, k) || mongolName(w) {
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

// burmeseSyllables are the honorifics that lead Burmese and Karen names
// (3: Daw, a woman; Naw, a Karen woman; Saw, a Karen man; Mahn, a Mon
// man; Maung; Nang, Shan) and the syllables their given names are built
// of, as they are romanised: 2 for those that are no English word or
// common name ("Htoo", "Kyaw"), 1 for the others ("Win", "Say", "Moe").
var burmeseSyllables = valueTable(map[string]uint32{
	"Daw": 3, "Naw": 3, "Saw": 3, "Mahn": 3, "Maung": 3, "Nang": 3,
	"Aung": 2, "Htoo": 2, "Htet": 2, "Htun": 2, "Htay": 2, "Htwe": 2, "Hla": 2,
	"Hnin": 2, "Hsu": 2, "Hser": 2, "Khin": 2, "Khaing": 2, "Khant": 2, "Kyaw": 2,
	"Kyi": 2, "Kyu": 2, "Kyal": 2, "Lwin": 2, "Myo": 2, "Myat": 2, "Myint": 2,
	"Mya": 2, "Naing": 2, "Nyein": 2, "Nyunt": 2, "Nwe": 2, "Phyo": 2, "Phyu": 2,
	"Pyae": 2, "Pwint": 2, "Soe": 2, "Thant": 2, "Theint": 2, "Thein": 2, "Thiha": 2,
	"Thida": 2, "Thuzar": 2, "Tun": 2, "Zaw": 2, "Yadanar": 2, "Eaint": 2, "Paing": 2,
	"Wint": 2, "Sein": 2, "Shwe": 2, "Thet": 2, "Khaw": 2, "Ngwe": 2, "Hsa": 2,
	"Aye": 1, "Chit": 1, "Cho": 1, "Ei": 1, "Eh": 1, "Hein": 1, "Ko": 1,
	"Kaung": 2, "Kaw": 1, "Lay": 1, "Lah": 1, "Lin": 1, "Ler": 1, "Maw": 1,
	"Min": 1, "Moe": 1, "Moo": 1, "Mon": 1, "Mu": 1, "Nay": 1, "Nyi": 1,
	"Oo": 1, "Paw": 1, "Poe": 1, "San": 1, "Say": 1, "Sit": 1, "Su": 1,
	"Than": 1, "Thaw": 1, "Thu": 1, "Tin": 1, "Wah": 1, "Wai": 1, "Win": 1,
	"Ye": 1, "Yee": 1, "Yin": 1, "Zar": 1, "Zin": 1, "Doh": 1, "Ku": 1,
	"Gay": 1, "Blu": 1, "Htin": 2, "Tint": 1, "Hay": 1, "Wa": 1, "Taw": 1,
})

// valueTable builds a word table of m.
func valueTable(m map[string]uint32) *strTable {
	t := newStrTable(len(m))
	for k, v := range m {
		t.put(k, v)
	}
	return t
}

// burmeseRun marks core as a Burmese or Karen name (see the file's
// comment) and reports whether it did.
func burmeseRun(text string, core []nameTok) bool {
	w := text[core[0].start:core[0].end]
	if len(w) > 7 || !burmeseSyllables.maybe(w) {
		return false
	}
	v, ok := burmeseSyllables.get(w)
	if !ok {
		return false
	}
	a := 0
	if v == 3 {
		a = 1
	}
	if len(core)-a < 2 {
		return false
	}
	strong := false
	for _, t := range core[a:] {
		if t.initial || t.particle || t.flags&(nameStop|nameTitle|nameGreeting|nameCity|nameCityHead) != 0 {
			return false
		}
		v, ok := burmeseSyllables.get(text[t.start:t.end])
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

// balineseBirthOrder are the Balinese birth-order names (see above).
var balineseBirthOrder = boolTable(map[string]bool{
	"Wayan": true, "Putu": true, "Gede": true, "Kadek": true, "Nengah": true, "Nyoman": true, "Komang": true,
	"Ketut": true, "Luh": true,
})

// balineseRun marks core as a Balinese name (see the file's comment) and
// reports whether it did.
func balineseRun(text string, core []nameTok) bool {
	b := 0
	if w := text[core[0].start:core[0].end]; w == "I" || w == "Ni" {
		b = 1
	}
	if len(core)-b < 2 || b == 0 && core[0].start >= 2 && text[core[0].start-2:core[0].start] == "I " {
		return false // "I Ketut Darmayasa": the pronoun's "I" is no token; person18_appt.go reads the whole
	}
	w := text[core[b].start:core[b].end]
	if len(w) < 3 || len(w) > 6 || !balineseBirthOrder.has(w) && (b == 0 || w != "Made") {
		return false
	}
	for k := b + 1; k < len(core); k++ {
		if t := core[k]; t.initial || t.particle || t.flags&(nameStop|nameTitle|nameGreeting|nameCity|nameCityHead) != 0 {
			return false
		}
	}
	for k := b; k < len(core)-1; k++ {
		if core[k].flags&nameFamily == 0 {
			core[k].flags |= nameGiven
		}
	}
	if core[len(core)-1].flags == 0 {
		core[len(core)-1].flags |= nameFamily
	}
	return true
}
