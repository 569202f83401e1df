package redact

import "strings"

// A person named in full is named again by the given name alone where a
// note gives a way to reach them or pairs them with another person:
// "Contacto de prensa: Oriana, 611 20 30 40", "text Tavita on 021 555
// 0199", "Eilidh and Ruaridh are celebrating". repeatedGivenNames
// (person6_repeat.go) takes such a word in any slot only when the rules
// do not find it alone and the full name is not a pair of the
// gazetteers; a known given name, one with a letter beyond ASCII
// ("Mòrag") or an apostrophe ("Fa'asili") falls through both.
// cuedFirstNames takes, for the names of two words or more in dst[n0:],
// the other occurrences of their first word in the slots repeatSlot
// allows and with a person's cue after it: a phone number, an age or a
// verb people do (personCueAfter), or "and" and another person's name.

// cuedNames is the most names of a text whose first words cuedFirstNames
// looks for again.
const cuedNames = 6

// cuedMinText is the shortest text personSpans has cuedFirstNames read:
// a shorter one names a person in full and again with a cue too rarely
// to pay for the search (180 instructions per Find on the corpus's short
// texts without the limit, 7 with it).
const cuedMinText = 240

// cuedFirstNames appends a PERSON span for each occurrence of the first
// word of a name of dst[n0:] that comes with a person's cue (see above)
// and no span of dst covers. personSpans calls it for texts of
// cuedMinText bytes or more.
//
//go:noinline
func cuedFirstNames(text string, dst []Span, n0 int) []Span {
	n1 := len(dst)
	var g spanGuard // span_guard.go
	for k, left := n0, cuedNames; k < n1 && left > 0; k++ {
		s := dst[k]
		if s.Type != "PERSON" {
			continue
		}
		w := cuedFirstWord(text[s.Start:s.End])
		if w == "" || seenFirstWord(text, dst[n0:k], w) { // person6_repeat.go
			continue
		}
		left--
		for i := 0; i < len(text); {
			at := g.index(text, i, w) // person10_honor.go
			if at < 0 {
				break
			}
			e := at + len(w)
			i = e
			if at >= s.Start && at < s.End {
				continue
			}
			cue, pair := personCueAt(text, e, dst[n0:])
			// A pair opens its sentence before "and": repeatSlot would
			// read "Eilidh and …" as a word opening a sentence.
			// "Thank you so much Ilse!": a greeting before it (read16a_review.go)
			if (cue && (pair && wordAlone(text, at) || repeatSlot(text, at, e)) || addressBefore(text, at) && addressEnd(text, e)) &&
				!g.overlaps(dst, len(text), at, e) {
				dst = append(dst, Span{Start: at, End: e, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
					Reason: "first word of a name given in full elsewhere, before a phone number, an age or another name"})
			}
		}
	}
	reportWork("cuedFirstNames", g.work)
	return dst
}

// cuedFirstWord returns the first word of the name, of three bytes or
// more, capitalised and no title, greeting, stop word or place, or "".
func cuedFirstWord(name string) string {
	sp := strings.IndexByte(name, ' ')
	if sp < 3 || !isUpper(name[0]) {
		return ""
	}
	w := name[:sp]
	for i := 1; i < len(w); i++ {
		if c := w[i]; !isAlpha(c) && c < 0x80 && c != '\'' {
			return ""
		}
	}
	if tokenFlags(w)&(nameTitle|nameGreeting|nameStop|nameCity) != 0 || w[len(w)-1] == '\'' {
		return ""
	}
	return w
}

// personCueAt reports whether a person's cue follows the word ending at
// e: a phone number (after ", ", ": ", " on ", " at " or " - "), an age
// or a verb people do (personCueAfter, titles.go), or "and" or "&" and
// the start of another name of names (pair).
func personCueAt(text string, e int, names []Span) (cue, pair bool) {
	if personCueAfter(text, e) {
		return true, false
	}
	for _, sep := range [...]string{", ", ": ", " on ", " - ", " at ", " and ", " & "} {
		if strings.HasPrefix(text[e:], sep) {
			if sep == " and " || sep == " & " {
				return nameStartsAt(names, e+len(sep)), true
			}
			return phoneAhead(text, e+len(sep)), false
		}
	}
	return false, false
}

// wordAlone reports whether the word at i starts a word of its own: no
// letter, address or hyphenated name before it.
func wordAlone(text string, i int) bool {
	return i == 0 || !isAlpha(text[i-1]) && text[i-1] < 0x80 && text[i-1] != '@' && text[i-1] != '.' && text[i-1] != '-'
}

// nameStartsAt reports whether a PERSON span of names starts at i.
func nameStartsAt(names []Span, i int) bool {
	for _, s := range names {
		if s.Start == i && s.Type == "PERSON" {
			return true
		}
	}
	return false
}

// phoneAhead reports whether a phone number starts at i: a '+', a '(' or
// a digit, then seven digits or more among the next eighteen bytes of
// digits, spaces, dots, dashes and brackets.
func phoneAhead(text string, i int) bool {
	if i >= len(text) || text[i] != '+' && text[i] != '(' && !isDigit(text[i]) {
		return false
	}
	digits := 0
	for j := i; j < len(text) && j < i+18; j++ {
		switch c := text[j]; {
		case isDigit(c):
			digits++
		case c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+':
		default:
			return digits >= 7
		}
	}
	return digits >= 7
}
