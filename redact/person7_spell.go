package redact

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names no list knows (Finnish, Czech, Turkish, Māori, Malaysian, Greek
// names written in Latin letters …) are told from ordinary capitalised
// words by their spelling: data/namegram.bin, built offline by
// data/gen/gen-namegram.mjs, holds for every letter trigram (letters
// folded to a-z by their canonical decomposition, word boundaries
// included) the log odds of meeting it in a given or family name rather
// than in a word of the prompt languages' dictionaries, ×16 in a signed
// byte. A word's score is the sum of its trigrams' log odds.
//
// The score only ever accepts a run of two or three capitalised words
// that the gazetteers leave undecided (no title, no greeting, no city, at
// least one unknown word) in a record slot: an item that opens a line (a
// list mark, a number, a time, a table cell) and ends at the line's end,
// a cell separator, a colon, a parenthesis or a dash ("2. Aino-Liisa
// Vartiainen: …", "- Stelios Panagiotopoulos, +357 …"). Held out of its
// training lists, a word of a name scores ≥ 40 about half the time and a
// dictionary word about one time in twenty; a pair must average 40, with
// no word below −30.

//go:embed data/namegram.bin
var nameGramData string

const (
	nameGramFold   = 400 // the fold table of U+00C0..U+024F, then the trigrams
	nameGramLetter = 28  // trigram letters: 0 boundary, 1..26 a-z, 27 other
	// spellRunMean and spellRunFloor are the run's thresholds (×16 log odds).
	spellRunMean  = 40
	spellRunFloor = -30
	// spellKnown is the score of a word the gazetteers know as a name.
	spellKnown = 80
	// spellContactMean and spellContactFloor are the thresholds of an item
	// that contact data (an e-mail address, a phone number, seven digits or
	// more) follows on its line: a customer's record, where the spelling
	// need only not read as words.
	spellContactMean  = 0
	spellContactFloor = -60
)

// spellCode maps a rune to its trigram letter, or -1 for a rune that is
// no letter (a hyphen, an apostrophe), which ends a word part.
func spellCode(r rune) int {
	switch {
	case r >= 'a' && r <= 'z':
		return int(r-'a') + 1
	case r >= 'A' && r <= 'Z':
		return int(r-'A') + 1
	case r >= 0xC0 && r < 0xC0+nameGramFold:
		if f := nameGramData[r-0xC0]; f != 0 {
			return int(f-'a') + 1
		}
	}
	if unicode.IsLetter(r) {
		return nameGramLetter - 1
	}
	return -1
}

// letterBeforeOnLine reports whether lettersIn holds for the bytes
// between i and the start of its line, walking back only to the nearest
// letter.
func letterBeforeOnLine(text string, i int) bool {
	for k := i - 1; k >= 0 && text[k] != '\n'; k-- {
		if c := text[k] | 0x20; c >= 'a' && c <= 'z' || text[k] >= 0x80 {
			return true
		}
	}
	return false
}

// lettersIn reports whether s holds an ASCII letter or a multi-byte rune.
func lettersIn(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c >= 'a' && c <= 'z' || s[i] >= 0x80 {
			return true
		}
	}
	return false
}

// spellScores returns the sum and the lowest of the spelling scores of the
// word parts of s (split at spaces, hyphens, apostrophes and dots; parts
// of one letter, initials, left out) and how many parts were scored; a
// part mostly in letters the table does not fold (another script) makes
// low minus infinity. A
// part of k letters has k trigrams: (boundary, 1st, 2nd) … (k-1th, kth,
// boundary).
func spellScores(s string) (sum, low, parts int) {
	low = 1 << 30
	a, b, part, letters, other := 0, 0, 0, 0, 0
	for i := 0; i <= len(s); {
		c := -1
		if i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			c = spellCode(r)
			i += n
		} else {
			i++
		}
		if c >= 0 {
			if c == nameGramLetter-1 {
				other++
			}
			if letters > 0 {
				part += spellTri(a, b, c)
			}
			a, b = b, c
			letters++
			continue
		}
		if 2*other > letters {
			low = -1 << 30 // a script the table does not know (Greek, Cyrillic): no evidence
		} else if letters >= 2 {
			part += spellTri(a, b, 0)
			sum += part
			low = min(low, part)
			parts++
		}
		a, b, part, letters, other = 0, 0, 0, 0, 0
	}
	return sum, low, parts
}

// spellTri is the log odds of the trigram a b c (×16).
func spellTri(a, b, c int) int {
	return int(int8(nameGramData[nameGramFold+(a*nameGramLetter+b)*nameGramLetter+c]))
}

// spellNameLike reports whether the words of text[start:end] together are
// spelt like a name (see above).
func spellNameLike(text string, start, end int) bool {
	return spellNameLikeAt(text, start, end, spellRunMean, spellRunFloor)
}

// spellNameLikeAt is spellNameLike with the thresholds given. A word that
// the gazetteers know as a given or family name counts as spelt like one
// (spellKnown), whatever its letters ("Flores" reads like a Spanish word).
func spellNameLikeAt(text string, start, end, mean, floor int) bool {
	sum, low, parts := 0, 1<<30, 0
	for k := start; k < end; {
		e := k
		for e < end && text[e] != ' ' {
			e++
		}
		if isLower(text[k]) {
			return false // "Día del Libro": a particle's word, left to the gazetteers
		}
		if _, ok := monthAt(text, k); ok {
			return false // "2. Januar Geburtstag": a date, not an item
		}
		if nameFlagsOf(text[k:e])&(nameGiven|nameFamily) != 0 {
			sum += spellKnown
			low = min(low, spellKnown)
			parts++
		} else {
			s, l, p := spellScores(text[k:e])
			sum += s
			low = min(low, l)
			parts += p
		}
		k = e + 1
	}
	if low == -1<<30 {
		return greekNameLike(text, start, end) // person9_greek.go: Greek letters have no trigrams
	}
	return parts >= 2 && low >= floor && sum >= mean*parts
}

// spellRecordSlot reports whether text[start:end], two or three
// capitalised words the gazetteers leave undecided, is an item of a record
// or list whose words are spelt like a name: the item opens its line (a
// list mark, a number, a time or a cell before it) and ends at the line's
// end, a cell separator, a colon, or a space and a parenthesis or dash;
// an item with no mark before it (a line's first words) needs contact
// data after it on its line, and no colon. A chat export's speaker after
// its timestamp (chatSpeakerAt) is such an item too. Rows of tables delimited by
// semicolons, tabs or bare commas are left to the table rules, which read
// the header.
//
//go:noinline
func spellRecordSlot(text string, start, end int) bool {
	if chatSpeakerAt(text, start, end) {
		// "[14:02] Quorlinde Vaszary: …": a chat export's speaker.
		return spellNameLikeAt(text, start, end, spellContactMean, spellContactFloor)
	}
	if !listItemStart(text, start) && letterBeforeOnLine(text, start) {
		// The test below, decided at the nearest letter: on a long line of
		// names, walking back to its start for each one was quadratic.
		return false
	}
	ls := lastNewlineIn(text[:start]) + 1
	le := lineEndAt(text, end)
	reportWork("spellRecordSlot", le-ls) // span_guard.go: the tests count it
	if !recordItemStart(text, ls, start) || start > ls && !listItemStart(text, start) && lettersIn(text[ls:start]) {
		return false // "| Ana Lima | a@b.pt | Chenin Blanc |": only a row's first cell of words
	}
	colon := end < le && text[end] == ':'
	if !colon && !recordItemEnd(text, end, le) {
		return false
	}
	if start == ls && (colon || !contactDataIn(text[end:le]) || text[end] == ',' && (end+1 >= le || text[end+1] != ' ')) {
		return false // "Hair Tools", "Subject Line: …": a heading or a field label; "A,B,…": a CSV row
	}
	if strings.IndexByte(text[ls:le], ';') >= 0 || strings.IndexByte(text[ls:le], '\t') >= 0 {
		return false // a row of a delimited table: the table rules read it by its header (table.go)
	}
	if contactDataIn(text[end:le]) {
		return spellNameLikeAt(text, start, end, spellContactMean, spellContactFloor)
	}
	return spellNameLike(text, start, end)
}

// spellProseSlot reports whether text[start:end], two or three
// capitalised words the gazetteers leave undecided after a weak person
// word (ctx: "for", "to", "from"… right before them), is spelt like a name
// and followed by what people are: a personal pronoun or an age after a
// comma, a verb people do ("wants", "ordered"; personCueAfter), or "for
// her", "for his" ("a note for Mereana Tūhoe, who turns 40", "send it to
// Mereana Tūhoe for her order"). "for Spring Collection, our range" has
// neither the spelling nor the cue.
//
//go:noinline
func spellProseSlot(text string, start, end int, ctx string) bool {
	if !ctxRightBefore(text, start, ctx) {
		return false
	}
	if !personCueAfter(text, end) && !strings.HasPrefix(text[end:], " for her ") && !strings.HasPrefix(text[end:], " for his ") {
		return false
	}
	return spellNameLike(text, start, end)
}
