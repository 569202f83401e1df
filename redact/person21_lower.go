package redact

import (
	"unicode"
	"unicode/utf8"
)

// A person the text names in full with capitals comes again in lower
// case in a sloppy chat or note ("Cornelius Hartmann", then "ok cornelius
// said yes", "cornelius: done"). lowerRepeatNames takes the lower-case
// form of the first word of such a name (cuedFirstWord: three bytes or
// more, no title, greeting, stop word or place) wherever it stands as a
// word of its own, with the family name after it when that comes too.
// The first word must be a given name of the gazetteers, so that a word
// the rules took for a name does not spread ("Pour Maman", then "pour");
// one that is an everyday word in lower case (an ambiguous name, a word
// of lowerNonNames or lowerGivenVeto: "Grace", "Will") is left out.

// casualLines reports whether the text of sc starts in lower case or
// has a line that does: a sloppy chat or note, where lowerRepeatNames
// looks. Texts written with care rarely name a person in lower case, and
// the search for each name costs some hundred instructions a text.
func casualLines(sc *textScan) bool {
	text := sc.text
	if isLower(text[0]) {
		return true
	}
	for nl := sc.next(mkNewline, 0); nl >= 0 && nl+1 < len(text); nl = sc.next(mkNewline, nl+1) {
		if isLower(text[nl+1]) {
			return true
		}
	}
	return false
}

// lowerRepeatNames appends a PERSON span for each lower-case occurrence
// of the first word of a name of dst[n0:] written with capitals (see
// above) that no span of dst covers. It reads at most cuedNames names.
func lowerRepeatNames(text string, dst []Span, n0 int) []Span {
	n1 := len(dst)
	var g spanGuard // span_guard.go
	for k, left := n0, cuedNames; k < n1 && left > 0; k++ {
		s := dst[k]
		if s.Type != "PERSON" || s.Start < 0 || s.End > len(text) {
			continue
		}
		name := text[s.Start:s.End]
		w := cuedFirstWord(name)
		if w == "" || seenFirstWord(text, dst[n0:k], w) { // person6_repeat.go
			continue
		}
		left--
		if !lowerRepeatWord(w) {
			continue
		}
		fam := lowerRepeatFamily(name[len(w)+1:])
		// The lower-case form is w's first letter in lower case and the
		// rest of w: look for the rest, then the letter before it.
		rest, first := w[1:], w[0]+('a'-'A')
		for i := 1; i < len(text); {
			at := g.index(text, i, rest) // person10_honor.go
			if at < 0 {
				break
			}
			e := at + len(rest)
			i = e
			at--
			if text[at] != first || !wordAlone(text, at) || at > 0 && (text[at-1] == '/' || text[at-1] == '_' || text[at-1] == '#') ||
				!lowerRepeatEnd(text, e) || lowerNonNames.has(text[at:e]) {
				continue
			}
			if fam != "" && e+1+len(fam) <= len(text) && text[e] == ' ' && text[e+1] == fam[0]+('a'-'A') &&
				text[e+2:e+1+len(fam)] == fam[1:] && lowerRepeatEnd(text, e+1+len(fam)) {
				e += 1 + len(fam)
			}
			if !g.overlaps(dst, len(text), at, e) {
				dst = append(dst, Span{Start: at, End: e, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
					Reason: "lower-case repeat of a name written with capitals elsewhere"})
			}
		}
	}
	reportWork("lowerRepeatNames", g.work)
	return dst
}

// lowerRepeatWord reports whether the lower-case form of the first word
// w of a name may be read as the name: a given name of the gazetteers
// (a word the rules took for one, "Pour", "Canasta", stays out), the rest
// of w already in lower case, and no everyday word in lower case.
func lowerRepeatWord(w string) bool {
	if w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if isUpper(w[i]) {
			return false // "McKenzie", "LEOPOLD": no single lower-case form
		}
	}
	f := tokenFlags(w)
	return f&nameGiven != 0 && f&(nameAmbiguous|nameStop|nameCity) == 0 && !lowerGivenVeto.has(w)
}

// lowerRepeatFamily returns the second word of the rest of a name when
// it is a plain capitalised word of ASCII letters, or "".
func lowerRepeatFamily(rest string) string {
	e := 0
	for e < len(rest) && isAlpha(rest[e]) {
		e++
	}
	if e < 3 || !isUpper(rest[0]) || e < len(rest) && rest[e] != ' ' {
		return ""
	}
	for i := 1; i < e; i++ {
		if isUpper(rest[i]) {
			return ""
		}
	}
	return rest[:e]
}

// A text written all in lower case names people after a lower-case
// title with family names no gazetteer knows ("mrs petrakis rang, she
// wants tuesday"); lowerCaseNames (titles.go) takes a title before a name
// of the gazetteers only. lowerTitleName reads such a name after a title
// of lowerPlainTitles, the dot optional: a word lowerSurnameAt takes (no
// function word, given name or stop word) that is no product of the
// title ("ms word") and does not end as a verb does, and a second such
// word when a name's end follows it ("mrs van loon said"). "dr" is left
// out: "dr appointment", "dr office"; "ms" after a number is a unit.

// lowerPlainTitles are the titles of lowerTitleName.
var lowerPlainTitles = boolTable(map[string]bool{
	"mr": true, "mrs": true, "ms": true, "mme": true, "sra": true, "herr": true, "frau": true,
})

// lowerTitleName returns the bounds of a lower-case title and the name
// no gazetteer knows at i after it (see above), or false.
func lowerTitleName(text string, i int) (int, int, bool) {
	ts := lowerTitleRightBefore(text, i) // person6_lower.go
	if ts < 0 {
		return 0, 0, false
	}
	te := ts
	for te < len(text) && isLower(text[te]) {
		te++
	}
	if !lowerPlainTitles.has(text[ts:te]) || text[ts:te] == "ms" && ts >= 2 && isDigit(text[ts-2]) {
		return 0, 0, false
	}
	end := lowerSurnameAt(text, i)
	if end == 0 || titleThings.has(text[i:end]) || verbLike(text[i:end]) {
		return 0, 0, false
	}
	if end+2 < len(text) && text[end] == ' ' {
		if e2 := lowerSurnameAt(text, end+1); e2 > 0 && !verbLike(text[end+1:e2]) && nameEndsAt(text, e2) {
			end = e2
		}
	}
	return ts, end, true
}

// lowerTitleNameOK is lowerTitleName for lowerCaseNames's switch: it
// sets *start and *end when it reads a name.
func lowerTitleNameOK(text string, i int, start, end *int) bool {
	s, e, ok := lowerTitleName(text, i)
	if ok {
		*start, *end = s, e
	}
	return ok
}

// lowerRepeatEnd reports whether a word ending at e ends there: the
// text's end or no letter, digit, '@' or '_' after it, and no dot before
// a letter (an address or a handle: "cornelius.h@…").
func lowerRepeatEnd(text string, e int) bool {
	if e == len(text) {
		return true
	}
	c := text[e]
	if isAlpha(c) || isDigit(c) || c >= 0x80 || c == '@' || c == '_' {
		return false
	}
	return c != '.' || e+1 == len(text) || !isAlpha(text[e+1])
}

// nameWordEnd returns the end of the word that goes on at e past a lower-case
// reader's ASCII word with letters beyond ASCII ("luc" of "lucía"), or e:
// a name those readers take there is the whole word, not its head.
func nameWordEnd(text string, e int) int {
	for e < len(text) {
		if c := text[e]; c < 0x80 {
			if !isAlpha(c) {
				break
			}
			e++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[e:])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			break
		}
		e += n
	}
	return e
}
