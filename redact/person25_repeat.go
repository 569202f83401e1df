package redact

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A name masked once is masked at its every mention. Rules that drop a
// name for its context — a person the writer tells the model to leave out
// ("… but don't mention Harriet Colbeck's age"), a public figure's
// namesake, a business named after a person — read one mention; when
// another mention of the same full name was read as a customer's, the
// dropped one is the same person's and went upstream beside its masked
// twin (fail-open). repeatPersons25 masks, after every pass, each other
// mention of the text's full names (two words or more) that no span
// covers and no capitalised word (a street's type, a business's noun)
// opens.
//
// Bounded: the first repeatNamesMax distinct names of eight bytes or
// more among the first repeatLookMax full names, one search of the text
// each, and repeatMentionsMax mentions added in all; the overlap test is a
// spanGuard's.

const (
	repeatNamesMax    = 8
	repeatMentionsMax = 64
	repeatLookMax     = 64 // full names looked at (repeatSeen reads back over them)
	// repeatNameReason is the reason of a name masked again.
	repeatNameReason = "the same full name as a name masked elsewhere in the text"
)

// repeatPersons25 appends to out (Find's result, sorted and disjoint) the
// other mentions of its full names (see above) and returns it sorted.
//
//go:noinline
func repeatPersons25(text string, out []Span) []Span {
	n0 := len(out)
	var guard spanGuard
	ns, added, looked := 0, 0, 0
	for i := 0; i < n0 && ns < repeatNamesMax && added < repeatMentionsMax && looked < repeatLookMax; i++ {
		s := &out[i]
		n := s.End - s.Start
		if n < 8 || len(text)-n < n+1 || s.Type != "PERSON" || strings.IndexByte(text[s.Start:s.End], ' ') < 0 {
			continue
		}
		looked++
		if repeatSeen(text, out[:i], text[s.Start:s.End]) {
			continue
		}
		ns++
		var k int
		out, k = appendMentions(text, out, i, &guard, repeatNameReason, repeatMentionsMax-added, notInCapitalRun)
		added += k
	}
	if len(out) > n0 {
		slices.SortFunc(out, func(a, b Span) int { return cmp.Compare(a.Start, b.Start) })
	}
	reportWork("repeatPersons25", guard.work)
	return out
}

// appendMentions appends to out, for the span out[i], a copy with reason
// at each other mention of its text — whole words (nameBoundaries) that
// no span of out covers (guard holds out's spans) and that ok, when not
// nil, accepts — at most max of them, and returns out and how many it
// added. A mention is searched for before and after out[i] only, where it
// would fit. repeatPersons25 and repeatStreets25 (biz25_recipient.go)
// share it; their callers sort out afterwards.
func appendMentions(text string, out []Span, i int, guard *spanGuard, reason string, max int, ok func(text string, a int) bool) ([]Span, int) {
	s := out[i]
	v, n, added := text[s.Start:s.End], s.End-s.Start, 0
	for _, part := range [2][2]int{{0, s.Start}, {s.End, len(text)}} {
		for from := part[0]; part[1]-from >= n && added < max; {
			k := strings.Index(text[from:part[1]], v)
			if k < 0 {
				break
			}
			a := from + k
			from = a + n
			if !nameBoundaries(text, a, from) || ok != nil && !ok(text, a) || guard.overlaps(out, len(text), a, from) {
				continue
			}
			c := s
			c.Start, c.End, c.Reason = a, from, reason
			out = append(out, c)
			added++
		}
	}
	return out, added
}

// repeatSeen reports whether a PERSON span of spans spells v (its
// mentions were searched for already).
func repeatSeen(text string, spans []Span, v string) bool {
	for k := range spans {
		if p := &spans[k]; p.End-p.Start == len(v) && p.Type == "PERSON" && text[p.Start:p.End] == v {
			return true
		}
	}
	return false
}

// notInCapitalRun is !insideCapitalRun, appendMentions' test for a name.
func notInCapitalRun(text string, a int) bool { return !insideCapitalRun(text, a) }

// insideCapitalRun reports whether the mention at a follows, one space
// before it, a capitalised word that is no title or greeting: the name of
// a street, a square or a business named after the person ("Av. Eduardo
// Mondlane 1120", "Pasticceria Giovanni Galli"), not the person.
func insideCapitalRun(text string, a int) bool {
	if a < 2 || text[a-1] != ' ' {
		return false
	}
	w, ok := wordBack(text, a-1)
	if !ok || w.end != a-1 {
		return false
	}
	t := w.str(text)
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r) && nameFlagsOf(strings.TrimRight(t, ".,"))&(nameTitle|nameGreeting) == 0
}

// nameBoundaries reports whether text[a:e] is whole words: no letter or
// digit right before it or right after it ("Anna Bergman" holds no
// "Anna Berg"; "Anna Berg's" does), and no part of a handle, an address
// or a link ("@anna berg.x", "anna berg@…", "/anna berg_"): chatMentions
// leaves those too.
func nameBoundaries(text string, a, e int) bool {
	if a > 0 && (text[a-1] == '@' || text[a-1] == '.' || text[a-1] == '/' || text[a-1] == '_') {
		return false
	}
	if e+1 < len(text) && (text[e] == '.' || text[e] == '@' || text[e] == '_') && isAlnum(text[e+1]) {
		return false
	}
	if a > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:a])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if e < len(text) {
		r, _ := utf8.DecodeRuneInString(text[e:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
