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
	// a residence's verb and a house's or plot's word ("lives 27c tawa st",
	// "stay for no 9 bank road", "at plot 22 gayaza road": street22)
	"lives": true, "live": true, "living": true, "stays": true, "stay": true, "staying": true, "no": true,
	"plot": true, "lot": true,
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
		each per feet foot ft yard yards yd yds metre metres meter meters inch inches`) {
		m[w] = true
	}
	return m
}())

// germanLowerSuffixes end a German street written as one lower-case word.
var germanLowerSuffixes = []string{"str", "str.", "straße", "strasse", "gasse", "allee", "platz", "weg", "damm"}

// lowerChatStreet reads a lower-case street around the house number r
// (a space before it, and a letter or a comma before that), the English
// form after the number or the German one before it, and stores it in
// sp. The cheap tests come first: what stands before the number, then
// the number.
//
//go:noinline
func lowerChatStreet(text string, r digitRun, german bool, sp *Span) bool {
	if german {
		if s, ok := germanLowerStreetBefore(text, r.start-1); ok {
			e, ok := houseNumber(text, r)
			if !ok {
				return false
			}
			*sp = Span{Start: s, End: e, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.8,
				Reason: "lower-case one-word German street, house number"}
			return true
		}
		return false
	}
	start, e, ok := chatStreetLead(text, r)
	if !ok || e+4 >= len(text) || text[e] != ' ' || !isLower(text[e+1]) {
		return false
	}
	i, prevLen := e, 0
	for k := 0; k < 3; k++ {
		s := i + 1
		j := s
		if k > 0 && isDigit(text[s]) {
			j = ordinalWordEnd(text, s) // "nw 2nd ave" (street17_uslower.go)
		}
		for j < len(text) && isLower(text[j]) {
			j++
		}
		if j == s || j-s > 15 || j < len(text) && (isAlnum(text[j]) || text[j] >= 0x80 || text[j] == '-' || text[j] == '\'') {
			return false
		}
		w := text[s:j]
		if k > 0 && chatStreetTypes.has(w) {
			j = hashUnitEnd(text, ruralRoadNumberEnd(text, text[i-prevLen:i], w, j)) // "county road 19", "#3" (street17_uslower.go)
			*sp = Span{Start: start, End: j, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.8,
				Reason: "lower-case house number, street name and type word after a preposition"}
			return true
		}
		if k == 2 || chatStreetNotNames.has(w) || chatStreetTypes.has(w) || j+1 >= len(text) || text[j] != ' ' {
			return false
		}
		i, prevLen = j, j-s
	}
	return false
}

// germanLowerStreetBefore returns where a lower-case German street of one
// word, ending with one of germanLowerSuffixes at e (a space after it),
// starts: a word of six letters or more after a space, a comma, a colon,
// a bracket or the line's start.
func germanLowerStreetBefore(text string, e int) (int, bool) {
	if e < 9 {
		return 0, false
	}
	// The suffix's last three bytes first: "str", "tr.", "ße" (0x9F 'e'
	// after 0xC3), "sse", "lee", "atz", "weg", "amm".
	switch uint32(text[e-3])<<16 | uint32(text[e-2])<<8 | uint32(text[e-1]) {
	case 's'<<16 | 't'<<8 | 'r', 't'<<16 | 'r'<<8 | '.', 0xC3<<16 | 0x9F<<8 | 'e', 's'<<16 | 's'<<8 | 'e',
		'l'<<16 | 'e'<<8 | 'e', 'a'<<16 | 't'<<8 | 'z', 'w'<<16 | 'e'<<8 | 'g', 'a'<<16 | 'm'<<8 | 'm':
	default:
		return 0, false
	}
	s := e
	for s > 0 && e-s <= 30 && (isLower(text[s-1]) || text[s-1] >= 0x80 || text[s-1] == '.' && s == e) {
		s--
	}
	if e-s < 6 || !isLower(text[s]) || s > 0 && !(text[s-1] == ' ' || text[s-1] == ',' || text[s-1] == ':' ||
		text[s-1] == '(' || text[s-1] == '\n') {
		return 0, false
	}
	for _, suf := range germanLowerSuffixes {
		if e-s >= len(suf)+3 && strings.HasSuffix(text[s:e], suf) {
			return s, true
		}
	}
	return 0, false
}

// chatFlatWords are a flat's unit words in lower case ("flat 12, 88 …").
var chatFlatWords = boolTable(map[string]bool{"flat": true, "apt": true, "apt.": true})

// chatStreetLead reads what opens a lower-case street at the run r: one
// of chatStreetPreps right before the house number r, or before a flat's
// word and number r, a comma and the house number ("to flat 4, 61 …").
// It returns where the street starts (the number or the flat's word) and
// where its house number ends.
func chatStreetLead(text string, r digitRun) (start, end int, ok bool) {
	ws, ok := lowerWordBack(text, r.start-1)
	if !ok {
		return 0, 0, false
	}
	if text[r.end] != ',' {
		if !chatStreetPreps.has(text[ws:r.start-1]) && !(r.end-r.start >= 2 && copulaStreetLead(text[ws:r.start-1])) {
			return 0, 0, false
		}
		end, ok = houseNumber(text, r)
		return r.start, end, ok
	}
	// The flat's word and a preposition before it, then ", " and the
	// house number.
	if !chatFlatWords.has(text[ws:r.start-1]) || ws < 3 || text[ws-1] != ' ' {
		return 0, 0, false
	}
	if ps, ok := lowerWordBack(text, ws-1); !ok || !chatStreetPreps.has(text[ps:ws-1]) {
		return 0, 0, false
	}
	h := r.end + 2
	if h >= len(text) || text[h-1] != ' ' || !isDigit(text[h]) {
		return 0, 0, false
	}
	j := h
	for j < len(text) && isDigit(text[j]) {
		j++
	}
	end, ok = houseNumber(text, digitRun{start: h, end: j})
	return ws, end, ok
}

// chatPair is the cheap test addressRuns makes before lowerChatStreet on
// the two bytes a and b before the space before a house number: 1 when
// they end one of chatStreetPreps ("at", "on", "to", "from", "near",
// "off", "address", "addy", "lives", "living", "stay", "no", "plot"), a copula ("is", "its", "it's":
// street17_uslower.go) or a flat's "flat" or "apt", 2 when they end
// one of germanLowerSuffixes ("str", "str.", "straße", "strasse",
// "allee", "platz", "weg", "damm"), else 0. Each pair has a bit in both
// bytes' entries of chatPairFirst and chatPairSecond, the German pairs
// the high ones: two loads and an AND.
//
// (chatWordAfter is the English form's second cheap test: a space and a
// lower-case letter after the number.)
func chatPair(a, b byte) int {
	m := chatPairFirst[a] & chatPairSecond[b]
	if m == 0 {
		return 0
	}
	if m >= chatGermanBit {
		return 2
	}
	return 1
}

// chatGermanBit is the first German pair's bit in chatPairFirst and
// chatPairSecond.
const chatGermanBit = 1 << 24

var chatPairFirst, chatPairSecond = func() (f, s [256]uint32) {
	for k, p := range []string{"at", "on", "to", "om", "ar", "ff", "ss", "dy", "pt", "is", "ts", "'s",
		"es", "ve", "ng", "ys", "ay", "no", "ot"} {
		f[p[0]] |= 1 << k
		s[p[1]] |= 1 << k
	}
	for k, p := range []string{"tr", "r.", "\x9fe", "se", "ee", "tz", "eg", "mm"} {
		f[p[0]] |= chatGermanBit << k
		s[p[1]] |= chatGermanBit << k
	}
	return f, s
}()

// chatWordAfter reports whether a space and a lower-case letter follow
// the number that ends at e ("14 mill …"), or a comma and a space (a
// flat's number: "flat 4, 61 …").
func chatWordAfter(text string, e int) bool {
	return e+5 < len(text) && (text[e] == ' ' && isLower(text[e+1]) || text[e] == ',' && text[e+1] == ' ' ||
		isLower(text[e]) && text[e+1] == ' ' && isLower(text[e+2])) // "27c tawa st" (street22)
}
