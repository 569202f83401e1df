package redact

import "strings"

// Lower-case names in casual texts (see person_lower.go) that its
// gazetteer rules leave out: a title and a name no gazetteer knows ("mrs
// quellmar-vantrelle called again", "it's mr. teodric vantrelle from …"), and a
// given name that is also a word ("sunny", "hope", "rose") with a family
// name after it and a pronoun or a verb people do after that ("sunny
// trezise, she turns 30"), or after a relation or contact word ("my
// sister hope", "ask sunny trezise").

// lowerTitleWords are the titles before a lower-case name, with or without
// their dot.
// "miss", "pan", "sr" and "mx" are left out: in lower case they are a verb,
// a pan, a rank ("sr engineer") or a country code as often.
var lowerTitleWords = boolTable(map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "herr": true, "frau": true, "sra": true, "mme": true,
	"pani": true,
})

// titleThings are the words after a lower-case title that make a product,
// a brand or a character of it ("ms word", "ms teams", "dr martens", "dr
// pepper", "mr bean").
var titleThings = boolTable(map[string]bool{
	"word": true, "excel": true, "teams": true, "office": true, "paint": true, "access": true,
	"outlook": true, "edge": true, "project": true, "forms": true, "dos": true, "windows": true, "sql": true,
	"azure": true, "martens": true, "oetker": true, "pepper": true, "seuss": true, "phil": true, "oz": true,
	"bean": true, "robot": true, "muscle": true, "clean": true, "potato": true, "right": true, "wrong": true,
})

// lowerNonNames are lower-case words that are no family name after a
// name: function words, pronouns, verbs and adverbs that follow a name
// in casual texts ("ask hope about it", "mrs okoro called"), in EN and the
// commonest of the other prompt languages.
var lowerNonNames = boolTable(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the a an and or but to for from with about at in on of is was are were be
		been has had have will would can could should may might must said says say called calls asked asks
		wants wanted needs needed likes loved loves turns turned lives lived bought ordered booked also too
		again today tomorrow yesterday tonight now then please pls plz thanks thx if so that this these those
		who which when where what how why she he they her his their it its we you me my our your not no yes
		ok just only first last next new via by up out back know tell ask here there still already soon later
		asap did does do got gets get went goes go came comes come is's let lets sent sends emailed texted rang
		replied wrote writes mentioned mentions left leaves paid pays x xx xxx re fyi btw und oder der die das
		y o el la los las que con por para de del da di il le les et ou en est und ist und mit`) {
		m[w] = true
	}
	return m
}())

// lowerSurnameAt returns the end of a lower-case word at i that may be a
// family name no gazetteer knows: three letters or more (a hyphen or an
// apostrophe inside), no word of lowerNonNames, no given name or stop
// word of the gazetteers, and no letter, digit or '@' after it; or 0.
func lowerSurnameAt(text string, i int) int {
	if i >= len(text) || !isLower(text[i]) {
		return 0
	}
	e := i
	for e < len(text) && (isLower(text[e]) || (text[e] == '-' || text[e] == '\'') && e > i && e+1 < len(text) && isLower(text[e+1])) {
		e++
	}
	if e-i < 3 || e < len(text) && (isAlpha(text[e]) || isDigit(text[e]) || text[e] >= 0x80 || text[e] == '@' || text[e] == '.' && e+1 < len(text) && isAlpha(text[e+1])) {
		return 0
	}
	w := text[i:e]
	if lowerNonNames.has(w) {
		return 0
	}
	if f := lowerNameFlags(w); f&(nameStop|nameGiven|nameCity|nameTitle|nameGreeting) != 0 {
		return 0
	}
	return e
}

// lowerTitleRightBefore returns where a lower-case title of
// lowerTitleWords (its dot optional) and one space before i start, or -1.
func lowerTitleRightBefore(text string, i int) int {
	e := i - 1
	if e < 2 || text[e] != ' ' {
		return -1
	}
	if text[e-1] == '.' {
		e--
	}
	b := e
	for b > 0 && e-b < 4 && isLower(text[b-1]) {
		b--
	}
	if b == e || b > 0 && (isAlpha(text[b-1]) || text[b-1] >= 0x80) || !lowerTitleWords.has(text[b:e]) {
		return -1
	}
	return b
}

// lowerPerson6 is lowerNamesInCasualText's test for the word text[i:e]
// with flags f that its gazetteer rules do not take: a title before a word
// no gazetteer knows, or a given name that is also a word (see the file's
// comment). trig is lowerNameTriggers' value of the word before. It
// returns the name's bounds and the reason, or false.
//
//go:noinline
func lowerPerson6(text string, i, e int, f uint8, trig uint32) (int, int, string, bool) {
	if trig>>1 == 1 && e-i >= 3 && (f&nameStop != 0 && monthGivenNames.has(capitalised(text[i:e])) || f == 0) {
		// "my wife april and i", "tochter zuzia wird sechs" (person9_lower.go).
		if end, ok := lowerKinName(text, i, e); ok {
			return i, end, "word after a relation word, before a name's end, in a casual text", true
		}
	}
	if f&(nameStop|nameCity|nameTitle|nameGreeting) != 0 || e-i < 3 {
		return 0, 0, "", false
	}
	if f&(nameGiven|nameFamily|nameAmbiguous) == 0 {
		// "mrs quellmar-vantrelle", "mr. teodric vantrelle": a title first.
		ts := lowerTitleRightBefore(text, i)
		if ts < 0 {
			return 0, 0, "", false
		}
		end := lowerSurnameAt(text, i)
		if end == 0 || titleThings.has(text[i:end]) {
			return 0, 0, "", false
		}
		if end+2 < len(text) && text[end] == ' ' {
			if e2 := lowerSurnameAt(text, end+1); e2 > 0 {
				end = e2
			}
		}
		return ts, end, "title and a name in a casual text", true
	}
	if f&nameAmbiguous == 0 || lowerGivenVeto.has(capitalised(text[i:e])) || lowerNonNames.has(text[i:e]) ||
		generatedGivenOnly(capitalised(text[i:e])) { // a generated word-like given name (person_gen.go)
		return 0, 0, "", false
	}
	// A given name that is also a word: a family name after it (of the
	// gazetteer, or one no gazetteer knows before a pronoun or a verb), or
	// a relation or contact word before it.
	end := e
	if e+2 < len(text) && text[e] == ' ' {
		if fe := lowerFamilyAt(text, e+1); fe > 0 {
			end = fe
		} else if se := lowerSurnameAt(text, e+1); se > 0 && (trig>>1 == 1 && nameEndsAt(text, se) || personCueAfter(text, se)) {
			end = se
		}
	}
	switch {
	case end > e && (trig>>1 == 1 || personCueAfter(text, end) || casualVerbAfter(text, end)):
		return i, end, "given name that is also a word and a family name in a casual text", true
	case trig>>1 == 1 && kinTrigger(text, i):
		return i, end, "given name that is also a word after a relation word in a casual text", true
	}
	return 0, 0, "", false
}

// kinTrigger reports whether the word before i (one space between) is a
// relation word of relationWords ("my sister hope"), not a contact verb
// ("ask hope" may ask for hope).
func kinTrigger(text string, i int) bool {
	w, v := relationWordBefore(text, i)
	return w != "" && v&1 != 0
}

// nameEndsAt reports whether a name may end at e in running text:
// punctuation or the end of the text follows, or a space and a word of
// lowerNonNames ("ask sunny trezise about it"), not another noun ("cc rose
// quartz range").
func nameEndsAt(text string, e int) bool {
	if e >= len(text) {
		return true
	}
	switch text[e] {
	case ',', '.', ';', ':', '!', '?', ')', '\n', '\r':
		return true
	case ' ':
		k := lowerWordEnd(text, e+1)
		return k > e+1 && lowerNonNames.has(text[e+1:k]) || e+1 < len(text) && (text[e+1] == '-' || text[e+1] == 0xE2)
	}
	return false
}
