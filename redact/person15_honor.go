package redact

// Chats and notes write the words by which families and neighbourhoods
// address their elders, kin and shopkeepers in lower case before a name in
// lower case, in every language: "tell tita nena", "call tío ramiro",
// "pasa por doña lucha", "zia pina", "oma hilde", "kuya jomar", "aling
// nena cruz", "pak budi", "khun somchai". person13_chat.go reads the words
// for kin before a name in a chat ("mi prima toñita"); these are the
// titles of address, part of the name's span as "mrs" is, read in chats,
// in texts that start in lower case and in texts written all in lower
// case.

// honorTitles are the lower-case titles of address: 1 for a word that is
// seldom anything else before a lower-case word, after which a word spelt
// like a name counts (chatSlotName); 2 for a title that is a common word
// of some language too ("ate" in English, "mas" in Spanish, "pan" in
// English, "don", "seu", "bhai" in "bhai dooj", "pani jako"), and the
// English ones, which verbs follow ("my aunt took her"), after which only
// a name the gazetteers know counts; 3 for "mr" and "mrs", after which any word that
// is no common word, thing or stop word counts (titleThings, person6_lower.go).
var honorTitles = wordTableOf(map[string]int{
	// Spanish and Portuguese.
	"tío": 1, "tía": 1, "tio": 2, "tia": 2, "abuela": 1, "abuelo": 1, "doña": 1, "dona": 2, "don": 2,
	"seu": 2, "vovó": 1, "vovô": 1, "madrina": 1, "padrino": 1, "profe": 2,
	// Filipino.
	"tito": 1, "tita": 1, "lolo": 1, "lola": 2, "kuya": 1, "ate": 2, "aling": 1, "mang": 1, "manang": 1,
	"manong": 1, "ninang": 1, "ninong": 1,
	// Italian, German, Dutch, French, Polish.
	"zio": 1, "zia": 1, "nonno": 1, "nonna": 1, "oma": 1, "opa": 1, "tante": 1, "onkel": 1, "oom": 2,
	"tata": 2, "tatie": 1, "tonton": 1, "mamie": 1, "papi": 2, "pani": 2, "pan": 2, "ciocia": 1,
	"wujek": 1, "babcia": 1, "dziadek": 1,
	// South Asian, East African and Arabic.
	"bibi": 2, "didi": 1, "bhai": 2, "bhaiya": 1, "bhaiyya": 1, "baji": 1, "chacha": 2, "chachi": 1,
	"mausi": 1, "nani": 2, "dadi": 2, "mama": 2, "baba": 2, "babu": 2, "dada": 2, "kaka": 2,
	"aunty": 2, "auntie": 2, "uncle": 2, "hajji": 1, "hajja": 1,
	// Malay and Indonesian.
	"pak": 2, "bu": 2, "ibu": 1, "mas": 2, "mbak": 1, "kak": 2, "cik": 2, "encik": 1, "puan": 2,
	"pakcik": 1, "makcik": 1, "mbah": 1, "eyang": 1, "nenek": 1, "kakek": 1,
	// Vietnamese and Thai.
	"cô": 2, "chú": 2, "bác": 2, "chị": 2, "ông": 2, "bà": 2, "khun": 1,
	// English casual titles.
	"aunt": 2, "grandma": 2, "grandpa": 2, "granny": 2, "nan": 2, "nana": 2, "pastor": 2, "coach": 2,
	// Titles before a family name, which may be one no list knows or a
	// word too ("mrs ong"), in chats (3); "ms" is a brand's too ("ms
	// teams").
	"mr": 3, "mrs": 3, "ms": 2, "mx": 2,
})

// honorChatNames appends, in a chat (lowerSpeakers, person7_chat.go),
// each title of honorTitles and the lower-case name after it that
// dst[n0:] does not cover: chats write them whatever case their speaker
// labels have.
func honorChatNames(text string, dst []Span, n0 int) []Span {
	var g spanGuard // overlapsSpan(dst[n0:], …) for a long chat's many titles
	for i := 0; i < len(text); {
		c := text[i]
		if !isLower(c) && c < 0x80 || i > 0 && (isAlpha(text[i-1]) || text[i-1] >= 0x80) {
			i++
			continue
		}
		e := speakerWordEnd(text, i)
		if e-i < 2 || e-i > 9 || e+1 >= len(text) || text[e] != ' ' || !isLower(text[e+1]) {
			i = max(e, i+1)
			continue
		}
		if v, _ := honorTitles.get(text[i:e]); v != 0 {
			end, ok := honorNameAfter(text, v>>1, e+1)
			if !ok && v>>1 == 2 {
				end, ok = honorSpeakerName(text, i, e+1) // recall25_speaker.go: "[20:01] ate joy:"
			}
			if ok {
				if !g.overlaps(dst[n0:], len(text), i, end) {
					dst = append(dst, honorSpan(i, end))
				}
				e = end
			}
		}
		i = e
	}
	return dst
}

// honorBefore returns the start of a word of honorTitles that ends one
// space before i, at a word's start, and its value; or -1 and 0.
func honorBefore(text string, i int) (int, uint32) {
	if i < 3 || text[i-1] != ' ' {
		return -1, 0
	}
	j := i - 1
	for j > 0 && i-j <= 9 && (isLower(text[j-1]) || text[j-1] >= 0x80) {
		j--
	}
	if j == i-1 || j > 0 && (isAlpha(text[j-1]) || text[j-1] >= 0x80) {
		return -1, 0
	}
	v, _ := honorTitles.get(text[j : i-1])
	if v == 0 {
		return -1, 0
	}
	return j, v >> 1
}

// honorNameAt returns the bounds of a title of honorTitles and the name in
// lower case after it, the title ending one space before i: the word at i
// a name (chatSlotName; a name the gazetteers know after a title of value
// 2), then up to three given or family names of the gazetteers; or,
// after a title of value 1, any word that is no stop word before a family
// name of them ("aling nena cruz", "tita baby reyes").
func honorNameAt(text string, i int) (int, int, bool) {
	s, v := honorBefore(text, i)
	if s < 0 || lowerNameTriggers.has(text[s:i-1]) {
		return 0, 0, false // "mrs", "aunt": the casual and lower-case rules read them (titles.go)
	}
	end, ok := honorNameAfter(text, v, i)
	return s, end, ok
}

// honorNameAtPrev is honorNameAt for the lower-case readers' loops
// (lowerCaseNames, lowerNamesInCasualText), which hold the word before i
// (ps, pe; ps < 0 when they hold none): when that word ends one space
// before i and is letters a-z only after no letter and no byte beyond
// ASCII (plain, which the loops work out once per word), it is the word
// honorBefore would scan back to, and it is looked up without the scan.
func honorNameAtPrev(text string, i, ps, pe int, plain bool) (int, int, bool) {
	if ps < 0 || pe != i-1 || !plain {
		return honorNameAt(text, i)
	}
	if pe-ps > 9 || !honorTitles.maybe(text[ps:pe]) {
		return 0, 0, false // honorBefore reads back nine letters at most; maybe is get's own first test, in line
	}
	v, _ := honorTitles.get(text[ps:pe])
	if v == 0 || lowerNameTriggers.has(text[ps:pe]) {
		return 0, 0, false
	}
	end, ok := honorNameAfter(text, v>>1, i)
	return ps, end, ok
}

// plainLowerWord reports whether w is all ASCII lower-case letters.
func plainLowerWord(w string) bool {
	for k := 0; k < len(w); k++ {
		if !isLower(w[k]) {
			return false
		}
	}
	return true
}

// honorNameAfter returns the end of the name at i after a title of value
// v (see honorNameAt).
func honorNameAfter(text string, v uint32, i int) (int, bool) {
	e := speakerWordEnd(text, i)
	for e+1 < len(text) && text[e] == '-' && isLower(text[e+1]) {
		e = speakerWordEnd(text, e+1) // "mrs quellmar-vantrelle"
	}
	if e == i || !nameWordEndsAt(text, e) {
		return 0, false
	}
	w := text[i:e]
	ok := chatSlotName(w, v != 1)
	if v == 3 && !ok && len(w) >= 2 && isASCII(w) && !lowerNonNames.has(w) && !titleThings.has(w) && !chatNotNames.has(w) {
		ok = lowerNameFlags(w)&(nameStop|nameCity) == 0 // "mrs ong", "mr tan": a short family name no list knows, or a word too
	}
	end := e
	for k := 0; k < 3 && end+1 < len(text) && text[end] == ' ' && isLower(text[end+1]); k++ {
		e2 := speakerWordEnd(text, end+1)
		w2 := text[end+1 : e2]
		for e2+1 < len(text) && text[e2] == '-' && isLower(text[e2+1]) {
			e2 = speakerWordEnd(text, e2+1) // "zielińska-kowal": the first part is read
		}
		if !nameWordEndsAt(text, e2) || !lowerKnownName(w2, true) {
			break
		}
		if !ok && (v != 1 || len(w) < 3 || lowerNonNames.has(w) || lowerNameFlags(w)&nameCity != 0 || chatNotNames.has(w)) {
			break
		}
		end, ok = e2, true
	}
	return end, ok
}

// nameWordEndsAt reports whether a word ending at e ends there: no letter,
// digit, '@' or dot between letters follows.
func nameWordEndsAt(text string, e int) bool {
	if e >= len(text) {
		return true
	}
	c := text[e]
	return !isAlpha(c) && !isDigit(c) && c != '@' && (c != '.' || e+1 >= len(text) || !isAlpha(text[e+1]))
}

// lowerKnownName reports whether the lower-case word w (UTF-8 allowed) is
// a given or family name of the gazetteers that is no stop word or
// ambiguous word, no city unless a family name too, and no verb after a
// name ("said"). A family name that is a word or town too counts as the
// second word of a name (second).
func lowerKnownName(w string, second bool) bool {
	if len(w) < 2 {
		return false
	}
	var f uint8
	if isASCII(w) {
		f = lowerNameFlags(w)
	} else {
		f = nameFlagsOf(capitalisedUTF8(w))
	}
	if second && f&nameFamily != 0 {
		f &^= nameAmbiguous // "aling nena santos": a family name that is a word or town too, after a title and a name
	}
	if f&(nameGiven|nameFamily) == 0 || f&(nameStop|nameAmbiguous|nameTitle|nameGreeting) != 0 || f&(nameCity|nameFamily) == nameCity {
		return false // a family name that is a town too ("santos") is a name in a title's slot
	}
	v, _ := lowerPersonCues.get(w)
	return v != 2
}

// honorSpan is the span of a title and the name after it.
func honorSpan(s, e int) Span {
	return Span{Start: s, End: e, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
		Reason: "lower-case title of address before a lower-case name"}
}
