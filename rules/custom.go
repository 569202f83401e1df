package rules

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode/utf8"

	"github.com/caddy-guardrail/guardrail/redact"
)

// Limits on custom regular expressions. Go's regexp is RE2: matching is
// linear in the text, so there is no catastrophic backtracking to fear.
// What a pattern can still cost is a large per-byte factor: every
// instruction of the compiled program may run for every byte of every
// prompt. These limits keep that factor small and reject the shapes that
// inflate it without making a pattern more precise.
const (
	// MaxPatternLen is the longest custom pattern, in bytes.
	MaxPatternLen = 1000
	// MaxRepeat is the largest repetition count in a pattern ({n}, {n,m}).
	MaxRepeat = 100
	// MaxProgramSize is the largest compiled program, in instructions.
	MaxProgramSize = 2000
	// DefaultContextWindow is how many bytes around a custom detector's
	// match are searched for its context words.
	DefaultContextWindow = 40
)

// Scores of custom detectors when the rule sets none.
const (
	defaultCustomScore = 0.6
	defaultContextGain = 0.3
)

// compilePattern compiles a custom regular expression and checks it
// against the limits. The error says what is wrong and, for syntax errors,
// the byte offset of the offending part within the pattern (-1 if unknown).
func compilePattern(p string) (*regexp.Regexp, *syntax.Regexp, int, error) {
	if p == "" {
		return nil, nil, -1, fmt.Errorf("empty pattern")
	}
	if len(p) > MaxPatternLen {
		return nil, nil, -1, fmt.Errorf("pattern is %d bytes long, the limit is %d", len(p), MaxPatternLen)
	}
	tree, err := syntax.Parse(p, syntax.Perl)
	if err != nil {
		off := -1
		if se, ok := err.(*syntax.Error); ok {
			off = strings.Index(p, se.Expr)
			return nil, nil, off, fmt.Errorf("invalid regular expression: %s", se.Code)
		}
		return nil, nil, off, fmt.Errorf("invalid regular expression: %v", err)
	}
	if err := checkCost(tree, nil); err != nil {
		return nil, nil, -1, err
	}
	if nullable(tree) {
		return nil, nil, -1, fmt.Errorf("pattern can match the empty string (every text would match); require at least one character")
	}
	simple := tree.Simplify()
	prog, err := syntax.Compile(simple)
	if err != nil {
		return nil, nil, -1, fmt.Errorf("invalid regular expression: %v", err)
	}
	if len(prog.Inst) > MaxProgramSize {
		return nil, nil, -1, fmt.Errorf("pattern is too costly: it compiles to %d instructions, the limit is %d (shorten alternations or repetition counts)", len(prog.Inst), MaxProgramSize)
	}
	re, err := regexp.Compile(p)
	if err != nil {
		return nil, nil, -1, fmt.Errorf("invalid regular expression: %v", err)
	}
	return re, tree, -1, nil
}

// checkCost rejects repetition counts above MaxRepeat and an unbounded
// repetition nested in another repetition, such as (a+)+ or (\w*\s?)*:
// it matches nothing a single repetition would not, and multiplies the
// work per byte. outer is the enclosing repetition, if any.
func checkCost(re, outer *syntax.Regexp) error {
	nested := func() error {
		return fmt.Errorf("pattern is too costly: an unbounded repetition inside another repetition (%s); repeat once, e.g. (a+)+ → a+", outer)
	}
	switch re.Op {
	case syntax.OpRepeat:
		if re.Min > MaxRepeat || re.Max > MaxRepeat {
			return fmt.Errorf("pattern is too costly: repetition count %d is above %d", max(re.Min, re.Max), MaxRepeat)
		}
		if outer != nil && re.Max == -1 {
			return nested()
		}
		if outer == nil && (re.Max == -1 || re.Max > 1) {
			outer = re
		}
		return checkCost(re.Sub[0], outer)
	case syntax.OpStar, syntax.OpPlus:
		if outer != nil {
			return nested()
		}
		return checkCost(re.Sub[0], re)
	}
	for _, s := range re.Sub {
		if err := checkCost(s, outer); err != nil {
			return err
		}
	}
	return nil
}

// nullable reports whether re can match an empty string somewhere (empty
// width assertions such as \b or ^ count as empty).
func nullable(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpNoMatch, syntax.OpAnyChar, syntax.OpAnyCharNotNL, syntax.OpCharClass:
		return false
	case syntax.OpLiteral:
		return len(re.Rune) == 0
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpStar, syntax.OpQuest:
		return true
	case syntax.OpCapture, syntax.OpPlus:
		return nullable(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min == 0 || nullable(re.Sub[0])
	case syntax.OpConcat:
		for _, s := range re.Sub {
			if !nullable(s) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if nullable(s) {
				return true
			}
		}
		return false
	}
	return true
}

// prefilter is a set of literals of which every match of a pattern
// contains at least one. A text that contains none of them cannot match,
// so the regular expression does not run on it.
type prefilter struct {
	lits []string // case-sensitive literals; or lower-case ASCII when fold
	fold bool
}

// minLiteral is the shortest useful prefilter literal, in bytes.
const minLiteral = 2

// derivePrefilter finds literals that every match of re must contain. It
// returns nil when it finds none worth checking.
func derivePrefilter(re *syntax.Regexp) *prefilter {
	lits, fold, ok := required(re)
	if !ok || len(lits) == 0 || len(lits) > 16 {
		return nil
	}
	for _, l := range lits {
		if len(l) < minLiteral {
			return nil
		}
	}
	if fold {
		for i, l := range lits {
			for j := 0; j < len(l); j++ {
				if l[j] >= utf8.RuneSelf {
					return nil // Unicode case folding: let the regexp decide
				}
			}
			lits[i] = strings.ToLower(l)
		}
	}
	return &prefilter{lits: lits, fold: fold}
}

// required returns literals of which every match of re contains one, and
// whether any of them must be compared ignoring case.
func required(re *syntax.Regexp) (lits []string, fold, ok bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil, false, false
		}
		return []string{string(re.Rune)}, re.Flags&syntax.FoldCase != 0, true
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min == 0 {
			return nil, false, false
		}
		return required(re.Sub[0])
	case syntax.OpConcat:
		// The longest run of adjacent literals with the same case flag,
		// or else the best prefilter of any one child.
		var best []string
		bestFold, found := false, false
		better := func(ls []string) bool {
			if !found {
				return true
			}
			return shortest(ls) > shortest(best)
		}
		var run strings.Builder
		runFold := false
		flush := func() {
			if run.Len() > 0 && better([]string{run.String()}) {
				best, bestFold, found = []string{run.String()}, runFold, true
			}
			run.Reset()
		}
		for _, s := range re.Sub {
			if s.Op == syntax.OpLiteral && len(s.Rune) > 0 {
				f := s.Flags&syntax.FoldCase != 0
				if run.Len() > 0 && f != runFold {
					flush()
				}
				runFold = f
				run.WriteString(string(s.Rune))
				continue
			}
			flush()
			if ls, f, ok := required(s); ok && better(ls) {
				best, bestFold, found = ls, f, true
			}
		}
		flush()
		return best, bestFold, found
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			ls, f, ok := required(s)
			if !ok {
				return nil, false, false
			}
			lits = append(lits, ls...)
			fold = fold || f
		}
		return lits, fold, true
	}
	return nil, false, false
}

func shortest(ls []string) int {
	n := -1
	for _, l := range ls {
		if n < 0 || len(l) < n {
			n = len(l)
		}
	}
	return n
}

// match reports whether text contains one of the literals.
func (p *prefilter) match(text string) bool {
	for _, l := range p.lits {
		if p.fold {
			if indexFoldASCII(text, l) >= 0 {
				return true
			}
			continue
		}
		if strings.Contains(text, l) {
			return true
		}
	}
	return false
}

// indexFoldASCII returns the index of lit (lower-case ASCII) in s ignoring
// ASCII case, or -1.
func indexFoldASCII(s, lit string) int {
	c := lit[0]
	up := c
	if c >= 'a' && c <= 'z' {
		up = c - 'a' + 'A'
	}
	for i := 0; i+len(lit) <= len(s); {
		j := strings.IndexByte(s[i:], c)
		if up != c {
			if k := strings.IndexByte(s[i:], up); k >= 0 && (j < 0 || k < j) {
				j = k
			}
		}
		if j < 0 || i+j+len(lit) > len(s) {
			return -1
		}
		i += j
		if strings.EqualFold(s[i:i+len(lit)], lit) {
			return i
		}
		i++
	}
	return -1
}

// customDetector is a detector defined in a rules file: a regular
// expression, an optional checksum validator, and context words that raise
// its score.
type customDetector struct {
	id, typ       string
	re            *regexp.Regexp
	lead          bool // re is the pattern without its leading \b, checked by hand
	group         int
	pre           *prefilter
	validator     func(string) bool
	validatorName string
	context       []string // lower-case
	window        int
	score, gain   float64
	minScore      float64
	reason        string
}

var _ redact.Detector = (*customDetector)(nil)

// ID returns the rule id.
func (d *customDetector) ID() string { return d.id }

// Types returns the one entity type the detector emits.
func (d *customDetector) Types() []string { return []string{d.typ} }

// Detect appends a span for every match that passes the validator and
// reaches the minimum score.
func (d *customDetector) Detect(text string, dst []redact.Span) []redact.Span {
	if d.pre != nil && !d.pre.match(text) {
		return dst
	}
	if !d.lead {
		for _, m := range d.re.FindAllStringSubmatchIndex(text, -1) {
			dst = d.emit(text, m, dst)
		}
		return dst
	}
	// The pattern started with \b, which hides its literal prefix from
	// the regexp package; search without it and check the boundary here,
	// retrying one byte later when it fails so that no match is skipped.
	for pos := 0; pos < len(text); {
		m := d.re.FindStringSubmatchIndex(text[pos:])
		if m == nil {
			break
		}
		for i := range m {
			if m[i] >= 0 {
				m[i] += pos
			}
		}
		if !wordBoundary(text, m[0]) {
			pos = m[0] + 1
			continue
		}
		dst = d.emit(text, m, dst)
		pos = max(m[1], m[0]+1)
	}
	return dst
}

// emit appends the span of one match (submatch indexes m) if it passes.
func (d *customDetector) emit(text string, m []int, dst []redact.Span) []redact.Span {
	start, end := m[2*d.group], m[2*d.group+1]
	if start < 0 || start >= end {
		return dst
	}
	if d.validator != nil && !d.validator(text[start:end]) {
		return dst
	}
	score, reason := d.score, d.reason
	if len(d.context) > 0 && d.hasContext(text, start, end) {
		score = min(1, score+d.gain)
		reason += "; context word nearby"
	}
	if score < d.minScore {
		return dst
	}
	return append(dst, redact.Span{Start: start, End: end, Type: d.typ, Rule: d.id, Score: score, Reason: reason})
}

// wordBoundary reports whether \b holds at byte i of s (RE2: ASCII word
// characters [0-9A-Za-z_]).
func wordBoundary(s string, i int) bool {
	before := i > 0 && isASCIIWord(s[i-1])
	after := i < len(s) && isASCIIWord(s[i])
	return before != after
}

func isASCIIWord(c byte) bool {
	return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}

// stripLeadingBoundary returns the pattern without a leading \b when that
// is safe to check by hand (see Detect): the pattern is a concatenation
// starting with \b and has no ^, \A or \B anywhere.
func stripLeadingBoundary(tree *syntax.Regexp) (*regexp.Regexp, bool) {
	if tree.Op != syntax.OpConcat || len(tree.Sub) < 2 || tree.Sub[0].Op != syntax.OpWordBoundary || hasStartAssertion(tree) {
		return nil, false
	}
	rest := *tree
	rest.Sub = tree.Sub[1:]
	re, err := regexp.Compile(rest.String())
	if err != nil {
		return nil, false
	}
	return re, true
}

func hasStartAssertion(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginLine, syntax.OpBeginText, syntax.OpNoWordBoundary:
		return true
	}
	for _, s := range re.Sub {
		if hasStartAssertion(s) {
			return true
		}
	}
	return false
}

// hasContext reports whether one of the context words occurs as a whole
// word (ignoring case) within the window before start or after end.
func (d *customDetector) hasContext(text string, start, end int) bool {
	lo, hi := max(start-d.window, 0), min(end+d.window, len(text))
	return hasWordFold(text[lo:start], d.context) || hasWordFold(text[end:hi], d.context)
}

// hasWordFold reports whether s contains one of words (lower case) as a
// whole word, ignoring case.
func hasWordFold(s string, words []string) bool {
	if s == "" {
		return false
	}
	low := strings.ToLower(s)
	for _, w := range words {
		for i := 0; i <= len(low)-len(w); {
			j := strings.Index(low[i:], w)
			if j < 0 {
				break
			}
			at := i + j
			if (at == 0 || !isWordByte(low, at-1, true)) && (at+len(w) == len(low) || !isWordByte(low, at+len(w), false)) {
				return true
			}
			i = at + 1
		}
	}
	return false
}

// isWordByte reports whether the rune ending before (back) or starting at
// i is a letter or digit.
func isWordByte(s string, i int, back bool) bool {
	var r rune
	if back {
		r, _ = utf8.DecodeLastRuneInString(s[:i+1])
	} else {
		r, _ = utf8.DecodeRuneInString(s[i:])
	}
	return isWordRune(r)
}
