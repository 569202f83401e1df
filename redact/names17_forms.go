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
// bytes of the run's unknown words. Burmese and Karen names, first
// written here, are forms17_titles.go's (merged first).

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
	if balineseRun(text, core) {
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
