package redact

import "strings"

// Streets in a chat's lower case, with no postcode or town to hold them
// (issue 9): an English house number after a preposition, one or two
// name words and a street type word ("she's at 14 mill lane now", "drop
// it to 3 oak tree close"), and a German street written as one word with
// its number after it ("bring sie zu mir, lindenstr 12, 2. hinterhof").
// Each alone reads as prose ("1 main reason", "2 high scores", "3 park
// rides"): the preposition before the number (or before a flat's unit
// and a comma: "to flat 2, 14 quarry lane"), a type word that ends the
// street, and name words that are no quantity, time or function word
// hold the English form; the German one needs a street suffix glued to a
// word of six letters or more.

// chatStreetPreps stand right before a lower-case house number that
// starts a street ("at 14 mill lane", "moved into 27 orchard close").
var chatStreetPreps = boolTable(map[string]bool{
	"at": true, "on": true, "to": true, "into": true, "onto": true, "from": true, "near": true, "off": true,
	"address": true, "addy": true,
})

// chatStreetTypes end a lower-case English street.
var chatStreetTypes = boolTable(map[string]bool{
	"street": true, "st": true, "road": true, "rd": true, "lane": true, "ln": true, "avenue": true, "ave": true,
	"drive": true, "dr": true, "close": true, "crescent": true, "terrace": true, "grove": true, "gardens": true,
	"place": true, "court": true, "way": true, "boulevard": true, "blvd": true, "mews": true, "parade": true,
	"square": true,
})

// chatStreetNotNames are words that never name a street in lower case
// before a type word: quantities and times ("at 2 hours drive"),
// function words and adverbs ("at 5 pretty close"), and the nouns that
// make a type word a thing ("3 tennis court", "2 hard drive").
var chatStreetNotNames = boolTable(func() map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(`hour hours hr hrs minute minutes min mins second seconds sec day days
		week weeks month months year years mile miles km kms block blocks times time more less other
		different separate the a an and or of on at to in by for with my our your his her their its this
		that these those very pretty so too quite really fairly way ways am pm tennis basketball netball
		squash badminton food hard usb flash disk test external one two first second third last next same
		each per`) {
		m[w] = true
	}
	return m
}())

// germanLowerSuffixes end a German street written as one lower-case word.
var germanLowerSuffixes = []string{"str", "str.", "straße", "strasse", "gasse", "allee", "platz", "weg", "damm"}

// lowerChatStreet reads a lower-case street around the house number r
// (a lower-case letter and a space before it), the English form after
// the number or the German one before it, and stores it in sp.
//
//go:noinline
func lowerChatStreet(text string, r digitRun, sp *Span) bool {
	e, ok := houseNumber(text, r)
	if !ok {
		return false
	}
	if s, ok := germanLowerStreetBefore(text, r.start-1); ok {
		*sp = Span{Start: s, End: e, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.8,
			Reason: "lower-case one-word German street, house number"}
		return true
	}
	if e+4 >= len(text) || text[e] != ' ' || !isLower(text[e+1]) {
		return false
	}
	start, ok := chatStreetLead(text, r.start)
	if !ok {
		return false
	}
	i := e
	for k := 0; k < 3; k++ {
		s := i + 1
		j := s
		for j < len(text) && isLower(text[j]) {
			j++
		}
		if j == s || j-s > 15 || j < len(text) && (isAlnum(text[j]) || text[j] >= 0x80 || text[j] == '-' || text[j] == '\'') {
			return false
		}
		w := text[s:j]
		if k > 0 && chatStreetTypes.has(w) {
			*sp = Span{Start: start, End: j, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.8,
				Reason: "lower-case house number, street name and type word after a preposition"}
			return true
		}
		if k == 2 || chatStreetNotNames.has(w) || chatStreetTypes.has(w) || j+1 >= len(text) || text[j] != ' ' {
			return false
		}
		i = j
	}
	return false
}

// germanLowerStreetBefore returns where a lower-case German street of one
// word, ending with one of germanLowerSuffixes at e (a space after it),
// starts: a word of six letters or more after a space, a comma, a colon,
// a bracket or the line's start.
func germanLowerStreetBefore(text string, e int) (int, bool) {
	s := e
	for s > 0 && e-s <= 30 && (isLower(text[s-1]) || text[s-1] >= 0x80 || text[s-1] == '.' && s == e) {
		s--
	}
	if e-s < 6 || !isLower(text[s]) || s > 0 && !(text[s-1] == ' ' || text[s-1] == ',' || text[s-1] == ':' ||
		text[s-1] == '(' || text[s-1] == '\n') {
		return 0, false
	}
	w := text[s:e]
	for _, suf := range germanLowerSuffixes {
		if len(w) >= len(suf)+3 && strings.HasSuffix(w, suf) {
			return s, true
		}
	}
	return 0, false
}

// chatFlatWords are a flat's unit words in lower case ("flat 12, 88 …").
var chatFlatWords = boolTable(map[string]bool{"flat": true, "apt": true, "apt.": true, "unit": true})

// chatStreetLead reports whether one of chatStreetPreps stands right
// before the house number at n, or before a flat's unit and a comma
// before it ("to flat 12, 88 …"); it returns where the street starts:
// the number, or the flat's word.
func chatStreetLead(text string, n int) (int, bool) {
	if text[n-2] != ',' {
		ps, ok := lowerWordBack(text, n-1)
		return n, ok && chatStreetPreps.has(text[ps:n-1])
	}
	cs, ok := lowerWordBack(text, n-2)
	if !ok || n-2-cs > 4 || !isDigit(text[cs]) || cs < 6 || text[cs-1] != ' ' {
		return 0, false
	}
	fs, ok := lowerWordBack(text, cs-1)
	if !ok || !chatFlatWords.has(text[fs:cs-1]) || fs < 3 || text[fs-1] != ' ' {
		return 0, false
	}
	ps, ok := lowerWordBack(text, fs-1)
	return fs, ok && chatStreetPreps.has(text[ps:fs-1])
}
