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
// binary search of Find's sorted result.

const (
	repeatNamesMax    = 8
	repeatMentionsMax = 64
	repeatLookMax     = 64 // full names looked at (repeatSeen reads back over them)
	// repeatNameReason is the reason of a name masked again.
	repeatNameReason = "the same full name as a name masked elsewhere in the text"
)

// repeatPersons25 appends to out (Find's result, sorted and disjoint) the
// other mentions of its full names (see above) and returns it sorted.
// Most texts name a person once: a name is searched for only before and
// after its own span, where it would fit.
//
//go:noinline
func repeatPersons25(text string, out []Span) []Span {
	n0 := len(out)
	ns, added, looked := 0, 0, 0
	for i := 0; i < n0 && ns < repeatNamesMax && added < repeatMentionsMax && looked < repeatLookMax; i++ {
		s := &out[i]
		n := s.End - s.Start
		if n < 8 || len(text)-n < n+1 || s.Type != "PERSON" || strings.IndexByte(text[s.Start:s.End], ' ') < 0 {
			continue
		}
		looked++
		v := text[s.Start:s.End]
		if repeatSeen(text, out[:i], v) {
			continue
		}
		ns++
		for _, part := range [2][2]int{{0, s.Start}, {s.End, len(text)}} {
			for from := part[0]; part[1]-from >= n && added < repeatMentionsMax; {
				k := strings.Index(text[from:part[1]], v)
				if k < 0 {
					break
				}
				a := from + k
				from = a + n
				if !nameBoundaries(text, a, from) || insideCapitalRun(text, a) ||
					sortedOverlap(out[:n0], a, from) || spanOverlaps(out[n0:], a, from) {
					continue
				}
				c := *s
				c.Start, c.End, c.Reason = a, from, repeatNameReason
				out = append(out, c)
				s = &out[i] // (append may have moved out)
				added++
			}
		}
	}
	if len(out) > n0 {
		slices.SortFunc(out, func(a, b Span) int { return cmp.Compare(a.Start, b.Start) })
	}
	return out
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

// sortedOverlap is spanOverlaps (formats21_block.go) for spans sorted by
// Start and disjoint, by a binary search.
func sortedOverlap(spans []Span, a, e int) bool {
	k, _ := slices.BinarySearchFunc(spans, a, func(s Span, p int) int { return cmp.Compare(s.Start, p) })
	// The span starting at or after a, and the one before it.
	if k < len(spans) && spans[k].Start < e {
		return true
	}
	return k > 0 && spans[k-1].End > a
}
