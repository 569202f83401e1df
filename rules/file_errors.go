package rules

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong with a rules file.
type Problem struct {
	// File is the rules file's name as given to Load or Parse.
	File string `json:"file"`
	// Line and Col are 1-based; 0 when unknown.
	Line int `json:"line"`
	Col  int `json:"col"`
	// Rule is the id of the rule (or the entry, e.g. `deny "x"`) the
	// problem belongs to; empty for problems of the file's structure.
	Rule string `json:"rule,omitempty"`
	// Reason says in plain English what is wrong.
	Reason string `json:"reason"`
}

// String formats the problem as file:line:col: rule: reason.
func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
		if p.Col > 0 {
			fmt.Fprintf(&b, ":%d", p.Col)
		}
	}
	b.WriteString(": ")
	if p.Rule != "" {
		b.WriteString(p.Rule)
		b.WriteString(": ")
	}
	b.WriteString(p.Reason)
	return b.String()
}

// Error lists every problem found in a rules file. Load and Parse return
// it (as *Error) when the file is invalid.
type Error struct {
	// Problems in the order of the file.
	Problems []Problem
}

// Error returns one problem per line.
func (e *Error) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// didYouMean returns ` (did you mean "x"?)` for the closest candidate, or
// "" when none is close.
func didYouMean(got string, candidates []string) string {
	best, bestD := "", 1<<30
	for _, c := range candidates {
		if len(got) >= 3 && strings.HasPrefix(strings.ToLower(c), strings.ToLower(got)) {
			return fmt.Sprintf(" (did you mean %q?)", c)
		}
	}
	for _, c := range candidates {
		d := editDistance(strings.ToLower(got), strings.ToLower(c))
		if d < bestD {
			best, bestD = c, d
		}
	}
	limit := max(len(got)/3, 2)
	if best == "" || bestD > limit {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

// editDistance is the Levenshtein distance of two short strings.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
