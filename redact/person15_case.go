package redact

import "strings"

// Polish, Czech, Slovak, Croatian, Slovene, Lithuanian, Latvian, Finnish
// and Hungarian write a given name in its case forms: "z żoną Bożeną"
// (Bożena, instrumental), "s Janou", "pro Petra", "panu Petrovi",
// "Tomaszem", "Markiem" (Marek), "Jonui" (Jonas), "Onai" (Ona), "Ivani",
// "Marku" (Marko), "Matille" (Matti), "Annának", "Péternek". The
// gazetteers hold the names in the nominative only, so a
// lone case form is an unknown capitalised word that the person detector
// leaves (the titles of person3_slots.go take it after "Pani", "panu").
// caseFormName reads it back to a given name the gazetteers know: a
// suffix of caseSuffixes swapped for one of its endings, with the
// Polish and Czech fleeting "e" (Mark-iem, Marek) and the Finnish and
// Hungarian stem changes (Mati-lle, Matti; Anná-nak, Anna). A suffix
// that ends words of other languages too ("-a", "-i", "-u", "-em", "-om")
// counts only after a word of caseSlotWords: a preposition, a
// conjunction, a word for kin or a verb of thanks of those languages
// (not Czech "a" and "pro", Slovak "so" and Slovene "in", English and
// German words too: "a Semi", "in India", "pro Monat").

// caseSuffix is one suffix of a case form and the nominative endings it
// may stand for; slot tells whether the word must follow a word of
// caseSlotWords.
type caseSuffix struct {
	suf   string
	bases []string
	slot  bool
}

// caseSuffixes are the suffixes of caseFormName, longest first within
// each final letter so that "-owi" is tried before "-i".
var caseSuffixes = []caseSuffix{
	// Hungarian: dative, instrumental, adessive, allative, ablative,
	// delative, causal; the stem's final "a" and "e" lengthen before them.
	{"nak", []string{""}, false}, {"nek", []string{""}, false}, {"val", []string{""}, false},
	{"vel", []string{""}, false}, {"nál", []string{""}, false}, {"nél", []string{""}, false},
	{"hoz", []string{""}, false}, {"hez", []string{""}, false}, {"höz", []string{""}, false},
	{"tól", []string{""}, false}, {"től", []string{""}, false}, {"ról", []string{""}, false},
	{"ről", []string{""}, false}, {"ért", []string{""}, false},
	// Finnish: allative, adessive, ablative, elative, inessive, illative-like forms.
	{"lle", []string{""}, false}, {"lla", []string{""}, false}, {"llä", []string{""}, false},
	{"lta", []string{""}, false}, {"ltä", []string{""}, false}, {"sta", []string{""}, false},
	{"stä", []string{""}, false}, {"ssa", []string{""}, false}, {"ssä", []string{""}, false},
	// Polish, Czech, Slovak: masculine dative and instrumental.
	{"owi", []string{""}, false}, {"ovi", []string{"", "o"}, false}, {"iem", []string{""}, false},
	{"em", []string{""}, true}, {"om", []string{"", "a", "o"}, true},
	// Feminine forms: Polish "-ą", "-ę", Czech "-ou", "-ě", "-y", "-u",
	// Polish "-ie", "-i", "-y", Croatian "-i", "-u", "-om".
	{"ą", []string{"a"}, false}, {"ę", []string{"a"}, false}, {"ou", []string{"a"}, false},
	{"ě", []string{"a"}, false}, {"ie", []string{"a"}, true},
	// Lithuanian: dative and genitive of "-as", "-a", "-ė".
	{"ui", []string{"as", "us", "is"}, false}, {"ai", []string{"a"}, true}, {"ei", []string{"ė"}, true},
	{"os", []string{"a"}, true}, {"ės", []string{"ė"}, true},
	{"i", []string{"a", ""}, true}, {"u", []string{"", "a", "o", "as", "us"}, true},
	{"a", []string{"", "o", "as", "us", "is"}, true},
}

// caseByLast holds caseSuffixes by the last byte of their suffix, so
// that a word is tested against the few that may end it.
var caseByLast = func() (t [256][]caseSuffix) {
	for _, cs := range caseSuffixes {
		c := cs.suf[len(cs.suf)-1]
		t[c] = append(t[c], cs)
	}
	return t
}()

// caseEnds holds, for each last byte of a suffix of caseSuffixes, the
// bytes that may come before it, one bit for each value of the byte's
// low six bits (every bit for a one-byte suffix): caseFormMaybe's first
// test, which most words ending in "-s", "-e" or "-t" fail.
var caseEnds = func() (t [256]uint64) {
	for _, cs := range caseSuffixes {
		n := len(cs.suf)
		if n == 1 || cs.suf[n-1] >= 0x80 {
			t[cs.suf[n-1]] = ^uint64(0) // "-a"; "-ą", whose first byte tells little
			continue
		}
		t[cs.suf[n-1]] |= 1 << (cs.suf[n-2] & 63)
	}
	return t
}()

// caseSlotBefore reports whether a word of caseSlotWords ends one space
// before s, at a word's start ("1930s Semi" has none).
func caseSlotBefore(text string, s int) bool {
	b := s - 2
	for b > 0 && s-b < 16 && (isLower(text[b-1]) || text[b-1] >= 0x80) {
		b--
	}
	if b > 0 && (isAlpha(text[b-1]) || isDigit(text[b-1])) {
		return false
	}
	return caseSlotWords.has(text[b : s-1])
}

// caseSlotWords are the words before a case form of a name (see above).
var caseSlotWords = boolTable(map[string]bool{
	// Polish.
	"z": true, "ze": true, "dla": true, "do": true, "od": true, "u": true, "o": true, "przez": true,
	"za": true, "przy": true, "i": true, "oraz": true, "żoną": true, "mężem": true, "synem": true,
	"córką": true, "siostrą": true, "bratem": true, "mamą": true, "tatą": true, "żony": true, "męża": true,
	"syna": true, "córki": true, "dziękuję": true, "pozdrowienia": true,
	// Czech and Slovak.
	"s": true, "se": true, "k": true, "ke": true, "manželkou": true, "manželem": true, "dcerou": true,
	"děkuji": true, "ďakujem": true, "pre": true,
	// Croatian, Serbian, Slovene.
	"sa": true, "kod": true, "prema": true, "hvala": true,
	// Lithuanian and Latvian.
	"su": true, "ir": true, "pas": true, "ačiū": true, "dėkoju": true, "ar": true, "un": true,
	"pie": true, "paldies": true,
	// Finnish and Hungarian.
	"ja": true, "kiitos": true, "terveisin": true, "és": true, "köszönöm": true, "köszönet": true,
})

// caseFormName reports whether the capitalised word w, which no
// gazetteer knows, is a case form of a given name they know (see above);
// slot reports whether a word of caseSlotWords comes before it.
func caseFormName(w string, slot func() bool) bool {
	if len(w) < 4 || len(w) > 24 {
		return false
	}
	var buf [32]byte
	list := caseByLast[w[len(w)-1]]
	for k := range list {
		cs := &list[k]
		if len(w)-len(cs.suf) < 2 || len(cs.suf) > 1 && w[len(w)-2] != cs.suf[len(cs.suf)-2] ||
			!strings.HasSuffix(w, cs.suf) || cs.slot && !slot() {
			continue
		}
		stem := w[:len(w)-len(cs.suf)]
		for _, b := range cs.bases {
			if caseGiven(buf[:0], stem, b) {
				return true
			}
		}
		if caseStemGiven(buf[:0], stem) {
			return true
		}
	}
	return false
}

// caseGiven reports whether stem+base is a given name of the gazetteers
// that is no stop word, city, title or ambiguous word.
func caseGiven(buf []byte, stem, base string) bool {
	buf = append(append(buf, stem...), base...)
	_, v, ok := nameFlags.getBytes(buf)
	f := uint8(v)
	return ok && f&nameGiven != 0 && f&(nameStop|nameCity|nameCityHead|nameTitle|nameGreeting|nameAmbiguous) == 0
}

// caseStemGiven tries the stem changes of caseFormName on a stem with no
// ending: the fleeting "e" before a final consonant (Mark, Marek), a
// Finnish single consonant doubled (Mati, Matti), and a Hungarian
// lengthened final vowel shortened (Anná, Anna; Erzsé, Erzse).
func caseStemGiven(buf []byte, stem string) bool {
	n := len(stem)
	last := stem[n-1]
	switch {
	case last == 'k' && n >= 3 && !isVowelByte(stem[n-2]):
		return caseGiven(append(append(buf, stem[:n-1]...), 'e'), "", stem[n-1:]) // Mark-iem
	case isVowelByte(last) && n >= 3 && (stem[n-2] == 't' || stem[n-2] == 'k' || stem[n-2] == 'p'):
		return caseGiven(append(buf, stem[:n-1]...), "", stem[n-2:]) // Mati-lle
	case strings.HasSuffix(stem, "á"):
		return caseGiven(buf, stem[:n-2], "a")
	case strings.HasSuffix(stem, "é"):
		return caseGiven(buf, stem[:n-2], "e")
	}
	return false
}

// isVowelByte reports whether c is an ASCII vowel.
func isVowelByte(c byte) bool {
	switch c | 0x20 {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// caseFormMaybe is caseFormAt's first byte tests, small enough to be
// inlined where scoreRun leaves a lone unknown word: four bytes or more,
// a last byte that ends a suffix of caseSuffixes, and one space and a
// lower-case letter before it.
func caseFormMaybe(text string, s, e int) bool {
	return s >= 3 && e-s >= 4 && caseEnds[text[e-1]]>>(text[e-2]&63)&1 != 0 && text[s-1] == ' ' && (isLower(text[s-2]) || text[s-2] >= 0x80)
}

// caseFormAt reports whether the lone unknown capitalised word text[s:e],
// after a lower-case word and one space (mid-sentence, where those
// languages capitalise names and places only), is one caseFormName reads
// as a given name and no city. scoreRun tests caseFormMaybe first.
//
//go:noinline
func caseFormAt(text string, s, e int) bool {
	slot := -1 // caseSlotBefore, read once when a suffix needs it
	return caseFormName(text[s:e], func() bool {
		if slot < 0 {
			slot = 0
			if caseSlotBefore(text, s) {
				slot = 1
			}
		}
		return slot == 1
	}) && !cityNames.has(text[s:e])
}

// caseSpan is the span of a case form of a given name.
func caseSpan(s, e int) Span {
	return Span{Start: s, End: e, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
		Reason: "case form of a given name from gazetteer after a lower-case word"}
}
