package redact

import "strings"

// A caller, a guest or a backer introduces themselves with a full name
// no gazetteer knows: "Hi, it's Kerensa Trevaskis here", "This is Tsehay
// Gebremariam.", "Soy Itzel Ramírez Coyotl, de Tepatlán", "Habla Yaritza
// De la Rosa" (read21a, issue 9). The lower-case forms are
// introNameEnd's (person16_intro.go) and "this is Clay from …" is
// selfIntroFrom's (person10_signoff.go); two or three capitalised words
// after such a phrase were turned down unless the gazetteers knew a given
// name among them. selfIntroSlot reads them in spellSlotReason
// (person8_prose.go): the phrase opens its sentence or clause, the words
// end the clause ("." "," "!" a bracket, a dash, "here", "calling") and
// are spelt like names (the contact thresholds, as a list item's).
// "Soy", "Habla", "Sou", "Sono" and "Siamo" become stop words, so that the
// run reader splits them off the name after them ("Soy Ernesto Quilapán").

func init() {
	for _, w := range selfIntroStops {
		if nameFlagsOf(w) == 0 {
			nameFlags.or(w, uint32(nameStop))
		}
	}
}

// selfIntroStops are the capitalised words of a self-introduction that
// open a run before the name: Spanish "Soy" (I am) and "Habla" (speaking,
// on the phone), Portuguese "Sou", Italian "Sono" and "Siamo" (we are).
var selfIntroStops = []string{"Soy", "Habla", "Sou", "Sono", "Siamo"}

// selfIntroPhrases are the phrases, with the space after them, that
// introduce the writer or caller right before a name.
var selfIntroPhrases = []string{
	"This is ", "this is ", "It's ", "it's ", "It’s ", "it’s ", "Soy ", "soy ", "Habla ",
	"Sono ", "Siamo ", "siamo ", "Sou ", "sou ", "Je suis ", "je suis ", "Ich bin ", "ich bin ", "Ik ben ", "ik ben ",
}

// selfIntroTails are the words after the name that end a self-introduction
// ("it's Kerensa Trevaskis here", "this is Tsehay Gebremariam calling").
var selfIntroTails = []string{" here", " calling", " speaking", " from ", " and ", " y ", " e "}

// selfIntroSlot reports whether the capitalised words text[start:end]
// follow a self-introduction that opens its sentence or clause and end
// it, and are spelt like names (see above).
func selfIntroSlot(text string, start, end int) bool {
	if start < 3 || text[start-1] != ' ' {
		return false
	}
	p := -1
	for _, ph := range selfIntroPhrases {
		if start >= len(ph) && text[start-len(ph)] == ph[0] && text[start-len(ph):start] == ph {
			p = start - len(ph)
			break
		}
	}
	if p < 0 || !selfIntroOpens(text, p) || !selfIntroEnds(text, end) {
		return false
	}
	sum, n := 0, 0
	for k := start; k < end; {
		e := k
		for e < end && text[e] != ' ' {
			e++
		}
		w := text[k:e]
		k = e + 1
		if isLower(w[0]) {
			if len(w) > 3 {
				return false // a particle's word is short: "De la Rosa"
			}
			continue
		}
		f := nameFlagsOf(w)
		if f&(nameStop|nameCity|nameCityHead|nameTitle|nameGreeting) != 0 || len(w) > 1 && isUpper(w[1]) {
			return false // "This is Black Friday", "It's NHS Digital"
		}
		if f&(nameGiven|nameFamily) != 0 {
			sum += spellKnown
			n++
			continue
		}
		s, low, parts := spellScores(w)
		if parts == 0 || low < spellContactFloor {
			return false
		}
		sum += s
		n++
	}
	return n >= 2 && sum >= spellContactMean*n
}

// selfIntroOpens reports whether the phrase at p opens the text, a line,
// a quote, or a sentence or clause after punctuation and a space ("Hi,
// it's …", "Selam! This is …").
func selfIntroOpens(text string, p int) bool {
	if p == 0 {
		return true
	}
	switch c := text[p-1]; c {
	case '\n', '"', '\'', '(':
		return true
	case 0x9C, 0xAB: // the last byte of “ and «
		return p >= 2
	case ' ':
		if p < 2 {
			return false
		}
		switch text[p-2] {
		case '.', ',', '!', '?', ':', ';':
			return true
		}
		return p >= 3 && (strings.HasSuffix(text[:p-1], "Hi") || strings.HasSuffix(text[:p-1], "Hey") ||
			strings.HasSuffix(text[:p-1], "Hello") || strings.HasSuffix(text[:p-1], "Hola"))
	}
	return false
}

// selfIntroEnds reports whether the name ending at end ends its clause:
// the text's end, punctuation, a bracket or a dash, or a word of
// selfIntroTails.
func selfIntroEnds(text string, end int) bool {
	if end >= len(text) {
		return true
	}
	switch text[end] {
	case '.', ',', '!', '?', ';', ':', ')', '"', '\n':
		return true
	case 0xE2: // a curly quote or a dash
		return true
	case ' ':
		if end+2 < len(text) && (text[end+1] == '(' || text[end+1] == '-' || text[end+1] == 0xE2) {
			return true
		}
		for _, t := range selfIntroTails {
			if strings.HasPrefix(text[end:], t) {
				return len(text) == end+len(t) || t[len(t)-1] == ' ' || !isAlpha(text[end+len(t)])
			}
		}
	}
	return false
}
