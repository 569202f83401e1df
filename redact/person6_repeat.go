package redact

import "strings"

// A person named in full once is often named again by the first word
// alone: a mail's header names "Paris Whitlow" and the mail is signed
// "Paris"; a ticket's note names "Quorwen Halvorsby" and later "Quorwen
// said". When that word is one the rules do not find alone (a given name
// that is also a word, a month or a place, or a word no gazetteer knows),
// its other occurrences in the text are the same person, unless a place's
// preposition comes before it ("in Paris") or another capitalised word
// follows it ("Paris Fashion Week").

// repeatedGivenNames appends a PERSON span for each other occurrence of
// the first word of the names of two or more words in dst[n0:] whose first
// word the rules do not find alone. Kept out of line: few texts name
// such a person.
//
//go:noinline
func repeatedGivenNames(text string, dst []Span, n0 int) []Span {
	n1 := len(dst)
	var g spanGuard // span_guard.go: a chat that names a speaker ten thousand times
	for k := n0; k < n1 && k < n0+16; k++ {
		s := dst[k]
		if s.Type != "PERSON" || s.Score >= 0.95 {
			continue // a given name and a family name of the gazetteers: the given name is found alone
		}
		sp := strings.IndexByte(text[s.Start:s.End], ' ')
		if sp < 3 {
			continue
		}
		w := text[s.Start : s.Start+sp]
		known, ok := repeatableFirstWord(w)
		if !ok || seenFirstWord(text, dst[n0:k], w) {
			continue
		}
		for i := 0; i < len(text); {
			j := strings.Index(text[i:], w)
			if j < 0 {
				g.work += len(text) - i
				break
			}
			at := i + j
			g.work += at + len(w) - i
			i = at + len(w)
			if repeatSlot(text, at, at+len(w)) && (known || lineOrSpeakerAt(text, at, at+len(w))) && !g.overlaps(dst, len(text), at, at+len(w)) {
				dst = append(dst, Span{Start: at, End: at + len(w), Type: "PERSON", Rule: "builtin.person", Score: 0.7,
					Reason: "first word of a name given in full elsewhere in the text"})
			}
		}
	}
	reportWork("repeatedGivenNames", g.work)
	return dst
}

// repeatableFirstWord reports whether w, the first word of a name, is one
// the rules do not find alone (ok): a given name that is also a word,
// month or place ("Paris", "sunny"; known), or a word no gazetteer knows;
// a title, a stop word other than a month, and a given name found alone
// anyway are not.
func repeatableFirstWord(w string) (known, ok bool) {
	var f uint8
	switch {
	case isUpper(w[0]):
		f = tokenFlags(w)
	case isLower(w[0]):
		f = lowerNameFlags(w)
	default:
		return false, false // a non-ASCII first letter: left alone
	}
	if f&(nameTitle|nameGreeting) != 0 || f&nameStop != 0 && !monthGivenNames.has(w) {
		return false, false
	}
	if f&(nameAmbiguous|nameCity) != 0 || f&nameStop != 0 {
		return true, true
	}
	return false, f&(nameGiven|nameFamily) == 0
}

// lineOrSpeakerAt reports whether the word text[start:end] stands alone on
// its line (after a dash, before a comma or '!', as a signature) or
// speaks in a chat (a colon follows it): a word no gazetteer knows counts
// as the person named in full elsewhere only there ("Quorwen" signing a
// mail), as a firm's name is repeated in prose too.
func lineOrSpeakerAt(text string, start, end int) bool {
	if end < len(text) && text[end] == ':' {
		return true
	}
	e := end
	for e < len(text) && (text[e] == ',' || text[e] == '!' || text[e] == '.' || text[e] == ' ' || text[e] == '\r') {
		e++
	}
	if e < len(text) && text[e] != '\n' {
		return false
	}
	b := start
	for b > 0 && (text[b-1] == ' ' || text[b-1] == '-' || text[b-1] == '~') {
		b--
	}
	return b == 0 || text[b-1] == '\n'
}

// seenFirstWord reports whether one of spans, the names before, already
// starts with w followed by a space: its occurrences are done.
func seenFirstWord(text string, spans []Span, w string) bool {
	for _, s := range spans {
		if s.Type == "PERSON" && s.End-s.Start > len(w) && text[s.Start+len(w)] == ' ' && text[s.Start:s.Start+len(w)] == w {
			return true
		}
	}
	return false
}

// repeatSlot reports whether the occurrence text[start:end] of a first
// word stands for the person: a word of its own (a possessive "'s" may
// follow), no capitalised word after it, no place's preposition or
// article before it, and, opening a sentence before a lower-case word,
// a verb people do after it ("Hope said", not "Hope you like it").
func repeatSlot(text string, start, end int) bool {
	if start > 0 && (isAlpha(text[start-1]) || text[start-1] >= 0x80 || text[start-1] == '@' || text[start-1] == '.' || text[start-1] == '-') {
		return false // inside a word, an address or a hyphenated name
	}
	if end < len(text) && (isAlpha(text[end]) || text[end] >= 0x80 || isDigit(text[end]) || text[end] == '@' || text[end] == '-') &&
		!possessiveEnd(text, end) {
		return false
	}
	if end+1 < len(text) && text[end] == ' ' && upperAt(text, end+1) {
		return false // "Paris Fashion Week": another name
	}
	if end+1 < len(text) && text[end] == ' ' && isLower(text[end+1]) && sentenceInitial(text, start) && !personCueAfter(text, end) {
		return false // "Hope you like it!", "May I ask": a word opening a sentence, unless "Hope said"
	}
	if end+1 < len(text) && text[end] == '.' && isAlpha(text[end+1]) {
		return false // "paris.whitlow@…" is an address's part
	}
	if start < 2 || text[start-1] != ' ' {
		return true
	}
	var buf [16]byte
	w := lowerWordEndingAt(text, start-1, 8, false, &buf)
	_, _, place := placeWordsBefore.getBytes(w)
	return !place
}

// placeWordsBefore are the prepositions and articles before a place or a
// thing ("in Paris", "the Florence office", "nach Florenz"), lower case.
var placeWordsBefore = boolTable(map[string]bool{
	"in": true, "to": true, "from": true, "at": true, "near": true, "via": true, "of": true, "the": true,
	"visit": true, "visiting": true, "around": true, "across": true, "into": true, "a": true, "an": true,
	"our": true, "nach": true, "aus": true, "en": true, "de": true, "di": true, "da": true, "em": true,
	"naar": true, "uit": true, "te": true, "til": true, "till": true, "i": true, "w": true, "we": true,
	"von": true, "der": true, "le": true, "la": true, "el": true, "il": true, "het": true,
})

// overlapsSpan reports whether one of spans overlaps [start, end).
func overlapsSpan(spans []Span, start, end int) bool {
	for _, s := range spans {
		if s.Start < end && start < s.End {
			return true
		}
	}
	return false
}
