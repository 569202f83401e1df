package redact

import (
	"unicode"
	"unicode/utf8"
)

// People introduce themselves in casual texts, in lower case and with
// names no gazetteer knows: "my real name is kezia okafor", "my name's
// kezzie", "benim ismim selin"; a delivery note names the doorbell's
// family ("klingel öztürk", "citofono rinaldi"). After "name is", "name's" or a naming word of
// another prompt language (introWords), the next word is a name when it
// is no stop word or everyday word and the gazetteers know it as a name
// or it is spelt like one; a second word joins it when it is a family
// name of the gazetteers or spelt like one. lowerNamesInCasualText
// (person_lower.go) asks introNameEnd for each lower-case word after one
// space.

// introWords are the naming words a name follows alone ("name's", the
// Turkish "ismim"); introVerbs follow a word for a name ("name is",
// "nombre es", "naam is"); a doorbell's word is one too.
var introWords = boolTable(map[string]bool{
	"name's": true, "names": true, "ismi": true, "ismim": true,
	// The doorbell and the intercom of a delivery note name who lives
	// there: "hinterhof, klingel demirci", "citofono rinaldi".
	"klingel": true, "klingelschild": true, "citofono": true, "citofonare": true, "interphone": true,
	"buzzer": true, "buzz": true, "aanbellen": true, "ringeklokke": true,
})

// doorbellWords are the words after a doorbell's word that say how to
// ring it, not whose name it bears.
var doorbellWords = boolTable(map[string]bool{
	"kaputt": true, "defekt": true, "oben": true, "unten": true, "links": true, "rechts": true,
	"geht": true, "funktioniert": true, "zweimal": true, "lange": true, "rotto": true, "guasto": true,
	"cassé": true, "broken": true, "twice": true, "once": true, "code": true, "number": true,
})

// introNameNouns are the words for a name before "is" and its kin.
var introNameNouns = boolTable(map[string]bool{
	"name": true, "nombre": true, "nom": true, "nome": true, "naam": true, "navn": true, "namn": true,
})

// introVerbs are the words for "is" after a word for a name.
var introVerbs = boolTable(map[string]bool{
	"is": true, "es": true, "est": true, "ist": true, "er": true,
})

// introNameEnd returns the end of the name at i, whose first lower-case
// ASCII letters end at e, when the word before it (text[ps:pe], one
// space before i) introduces a name (see above); else 0.
func introNameEnd(text string, ps, pe, i int) int {
	if !introAt(text, ps, pe) {
		return 0
	}
	e := lowerLettersEnd(text, i)
	w := text[i:e]
	if e-i < 3 || e < len(text) && (isDigit(text[e]) || text[e] == '@' || text[e] == '_') || doorbellWords.has(w) || !introWord(w, chatLabelSpell) {
		return 0
	}
	if e+4 < len(text) && text[e] == ' ' && isLower(text[e+1]) {
		if fe := lowerLettersEnd(text, e+1); fe-e-1 >= 3 && (fe == len(text) || !isDigit(text[fe]) && text[fe] != '@') {
			x := text[e+1 : fe]
			if f := lowerNameFlags(x); f&nameFamily != 0 && f&(nameStop|nameAmbiguous) == 0 || f == 0 && introWord(x, familyLikeSpell) {
				return fe
			}
		}
	}
	return e
}

// introAt reports whether text[ps:pe] is a naming word of introWords, or
// a word of introVerbs after a word of introNameNouns.
func introAt(text string, ps, pe int) bool {
	w := text[ps:pe]
	if introWords.has(w) {
		return true
	}
	if !introVerbs.has(w) || ps < 2 || text[ps-1] != ' ' {
		return false
	}
	s := ps - 1
	for s > 0 && isLower(text[s-1]) {
		s--
	}
	return introNameNouns.has(text[s : ps-1])
}

// introWord reports whether w, a lower-case word, may be a name: no stop
// word, role, function word or place, and a name of the gazetteers or a
// word spelt like a name, scoring spell or more.
func introWord(w string, spell int) bool {
	if lowerNonNames.has(w) || chatNotNames.has(w) || chatRoleWords.has(w) {
		return false
	}
	f := lowerNameFlags(w)
	if f&(nameStop|nameCity|nameTitle|nameGreeting) != 0 {
		return false
	}
	if f&(nameGiven|nameFamily) != 0 {
		return true
	}
	s, low, _ := spellScores(w)
	return s >= spell && low >= spell
}

// lowerLettersEnd returns the end of the lower-case word at i: ASCII
// letters, letters beyond ASCII in lower case ("gül") and an apostrophe
// between letters.
func lowerLettersEnd(text string, i int) int {
	j := i
	for j < len(text) {
		c := text[j]
		switch {
		case isLower(c):
			j++
		case c == '\'' && j > i && j+1 < len(text) && isLower(text[j+1]):
			j++
		case c >= 0x80:
			r, n := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLower(r) {
				return j
			}
			j += n
		default:
			return j
		}
	}
	return j
}
