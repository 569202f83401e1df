package redact

import (
	_ "embed"
	"strings"
)

// The generated gazetteers (data/gen/gen-names.mjs; sources and licences in
// data/README.md): given and family names of public name lists (census and
// civil-registry frequency lists, the name lists of faker's ~70 locales)
// that the hand-written lists lack, and the given names among them that
// are words of a prompt language too, which load as ambiguous given names
// ("Hope", "Paris": they need a family name or a person context).
//
// A generated given name is a given name in a run of two words or more
// ("Chiamaka Obi", "Dear Chiamaka Obi"); alone it counts as a capitalised
// word no gazetteer knows, which the slot rules take as a name in a name
// position ("Hi Chiamaka,", "my colleague Chiamaka"). The hand lists hold
// the names people are called by in the prompt languages' markets; the
// generated ones, tens of thousands, hold more words of those languages
// that are names somewhere else, characters and brands ("Faust",
// "Nando's"), that a lone "known given name" would report.
//
// The generated lists never change a word a hand-written list knows: a
// family name of family.txt stays a family name only ("Delaney"), a stop
// word stays a stop word.
var (
	//go:embed data/given_gen.txt
	givenGenData string
	//go:embed data/given_wordlike_gen.txt
	givenWordlikeGenData string
	//go:embed data/family_gen.txt
	familyGenData string
	//go:embed data/ko_syllables_gen.txt
	koSyllablesGenData string
)

// koSyllables holds the romanised syllables of Korean given names, lower
// case (data/ko_syllables_gen.txt): a hyphenated word of two different
// ones, of two letters or more, is a generated given name ("Seo-yeon",
// "Ji-Hoon"; koreanGivenPair).
var koSyllables = func() *strTable {
	t := newStrTable(256)
	eachGeneratedName(koSyllablesGenData, func(w string) { t.or(w, 1) })
	return t
}()

// nameGenGiven marks, in nameFlags' value above the uint8 flags that
// nameFlagsOf returns, a given name that only the generated gazetteers
// know.
const nameGenGiven uint32 = 1 << 8

// generatedNameCount returns the number of words of the generated
// gazetteers, to size nameFlags.
func generatedNameCount() int {
	n := 0
	for _, d := range []string{givenGenData, givenWordlikeGenData, familyGenData} {
		eachGeneratedName(d, func(string) { n++ })
	}
	return n
}

// eachGeneratedName calls f with each word of a generated gazetteer: the
// words of its lines, separated by single spaces, after its '#' comment
// lines. The files are written by the generator in that form, so the
// words are read without strings.Fields (which takes the slow Unicode
// path on any non-ASCII byte) and without a slice of them.
func eachGeneratedName(data string, f func(string)) {
	for data != "" {
		var line string
		line, data, _ = strings.Cut(data, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		for line != "" {
			var w string
			w, line, _ = strings.Cut(line, " ")
			if w != "" {
				f(w)
			}
		}
	}
}

// addGeneratedNames adds the generated gazetteers to nameFlags, after the
// hand-written lists: words those lists know (names, stop words, titles,
// greetings, cities) keep their flags. (The generator drops the name
// particles, as words of the Go tables.)
func addGeneratedNames() {
	add := func(data string, v uint32) {
		eachGeneratedName(data, func(w string) {
			// A key without nameGenGiven is a hand-written list's.
			if f, ok := nameFlags.get(w); ok && f&nameGenGiven == 0 {
				return
			}
			nameFlags.or(w, v)
		})
	}
	add(givenGenData, uint32(nameGiven)|nameGenGiven)
	add(givenWordlikeGenData, uint32(nameGiven|nameAmbiguous)|nameGenGiven)
	add(familyGenData, uint32(nameFamily))
}

// generatedGivenOnly reports whether tok is a given name that only the
// generated gazetteers know, a hyphenated Korean given name among them
// (koreanGivenPair). A hyphenated word whose first part is a generated
// given name is none ("Harley-Davidsons", "Anti-Aging": tokenFlags reads
// no given name in it).
func generatedGivenOnly(tok string) bool {
	v, ok := nameFlags.get(tok)
	if !ok {
		return strings.IndexByte(tok, '-') > 0 && koreanGivenPair(tok)
	}
	return v&nameGenGiven != 0
}

// koreanGivenPair reports whether tok, a capitalised word, is two
// different syllables of koSyllables joined by a hyphen, each of two to
// six ASCII letters, the second in lower case or capitalised
// ("Seo-yeon", "Ji-Hoon"; not "Ho-Ho").
func koreanGivenPair(tok string) bool {
	i := strings.IndexByte(tok, '-')
	if i < 2 || i > 6 || len(tok)-i-1 < 2 || len(tok)-i-1 > 6 {
		return false
	}
	var a, b [6]byte
	if !lowerSyllable(tok[:i], a[:]) || !lowerSyllable(tok[i+1:], b[:]) {
		return false
	}
	x, y := a[:i], b[:len(tok)-i-1]
	if string(x) == string(y) {
		return false
	}
	_, _, okx := koSyllables.getBytes(x)
	_, _, oky := koSyllables.getBytes(y)
	return okx && oky
}

// lowerSyllable writes w, ASCII letters of which only the first may be a
// capital, in lower case to dst and reports whether w was of that form.
func lowerSyllable(w string, dst []byte) bool {
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case c >= 'a' && c <= 'z':
		case k == 0 && c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		default:
			return false
		}
		dst[k] = c
	}
	return true
}
