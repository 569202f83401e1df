package redact

import (
	"cmp"
	"slices"
	"strings"
)

// A name with its date of birth after it is a person's whatever its
// words: a family name that is also a business's word ("Pool", "Baker",
// "Mill") made orgNameDemoteAt lower a customer's name in a list of
// people with their birthdays. dateOfBirthAfter is its check.

// dateOfBirthAfter reports whether a DATE_OF_BIRTH candidate of cands
// starts within 24 bytes after end, on the same line ("… — nació el 28 de
// diciembre de 1990", "…, born 3 March 1988", "… (geb. 12.03.1975)"),
// from x's sorted starts of those candidates: the first at or after end
// answers (a later one has the same line break before it, if any),
// where reading every candidate for each name was quadratic on a long
// line of businesses (linear25).
func dateOfBirthAfter(text string, x *demoteIndex, end int) bool {
	k, _ := slices.BinarySearch(x.births, end)
	if k == len(x.births) || x.births[k] > end+24 {
		return false
	}
	return strings.IndexByte(text[end:x.births[k]], '\n') < 0
}

// demoteIndex holds, for person21Demote's pass over the candidates, the
// indices of the PERSON candidates sorted by start and the sorted starts
// of the DATE_OF_BIRTH candidates at or over DefaultMinScore: the pass
// changes only PERSON candidates' scores, reasons and ends, so both stay
// true. Its zero value is built at its first use.
type demoteIndex struct {
	built   bool
	persons []int32
	births  []int
}

// build fills x from cands once.
func (x *demoteIndex) build(cands []Span) {
	if x.built {
		return
	}
	x.built = true
	for k := range cands {
		switch c := &cands[k]; {
		case c.Type == "PERSON":
			x.persons = append(x.persons, int32(k))
		case c.Type == "DATE_OF_BIRTH" && c.Score >= DefaultMinScore:
			x.births = append(x.births, c.Start)
		}
	}
	slices.SortFunc(x.persons, func(a, b int32) int { return cmp.Compare(cands[a].Start, cands[b].Start) })
	slices.Sort(x.births)
}

// within returns the indices of the PERSON candidates of cands that start
// in [s, e] (x built from cands).
func (x *demoteIndex) within(cands []Span, s, e int) []int32 {
	lo, _ := slices.BinarySearchFunc(x.persons, s, func(k int32, p int) int { return cmp.Compare(cands[k].Start, p) })
	hi := lo
	for hi < len(x.persons) && cands[x.persons[hi]].Start <= e {
		hi++
	}
	return x.persons[lo:hi]
}
