package redact

import "slices"

// The learned model's pass (learnedPersons) adds names where no rule
// span is kept; a word the rules read as a name and then dropped for its
// score (a public figure, a namesake, a business's or a street's name, a
// product's in a JSON object: the demoters of person21Demote,
// person23Demote, businessDemote, dropPersons) would be a candidate
// again, and the model, which has seen such words as names, could add it
// back. Find keeps the ranges of the PERSON candidates it drops for
// their score (keepScored) and the pass, like the trainer's walk,
// scores no word that overlaps one of them.

// demotedRange is the range text[start:end] of a PERSON candidate the
// rules dropped for its score.
type demotedRange struct{ start, end int }

// sortDemoted sorts dem by start and merges the ranges that overlap, in
// place, so that a walk over rising positions can keep one index into it
// (demotedCursor).
func sortDemoted(dem []demotedRange) []demotedRange {
	slices.SortFunc(dem, func(a, b demotedRange) int { return a.start - b.start })
	n := 0
	for _, d := range dem {
		if n > 0 && d.start < dem[n-1].end {
			dem[n-1].end = max(dem[n-1].end, d.end)
			continue
		}
		dem[n] = d
		n++
	}
	return dem[:n]
}

// demotedCursor reads sorted, disjoint demoted ranges for words at rising
// positions.
type demotedCursor struct {
	dem []demotedRange
	k   int
}

// overlaps reports whether text[s:e] overlaps a demoted range; s must not
// fall below the s of an earlier call.
func (c *demotedCursor) overlaps(s, e int) bool {
	for c.k < len(c.dem) && c.dem[c.k].end <= s {
		c.k++
	}
	return c.k < len(c.dem) && c.dem[c.k].start < e
}
