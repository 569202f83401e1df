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
)

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
	for len(data) > 0 {
		line := data
		if i := strings.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = ""
		}
		if line == "" || line[0] == '#' {
			continue
		}
		for len(line) > 0 {
			w := line
			if i := strings.IndexByte(line, ' '); i >= 0 {
				w, line = line[:i], line[i+1:]
			} else {
				line = ""
			}
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
// generated gazetteers know; for a hyphenated word that no list has,
// whether its first part is ("Harley-Davidsons", "Afro-American": the
// given name tokenFlags reads in them is a generated one).
func generatedGivenOnly(tok string) bool {
	v, ok := nameFlags.get(tok)
	if !ok {
		if i := strings.IndexByte(tok, '-'); i > 0 {
			v, _ = nameFlags.get(tok[:i])
		}
	}
	return v&nameGenGiven != 0
}
