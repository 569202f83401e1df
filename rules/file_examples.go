package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/caddy-guardrail/guardrail/redact"
)

// ExampleFailure is a rule example that the compiled set gets wrong.
type ExampleFailure struct {
	// File, Line and Col are where the rule is written.
	File string `json:"file"`
	Line int    `json:"line"`
	Col  int    `json:"col"`
	// Rule is the rule's id ("deny" or "allow" for list entries).
	Rule string `json:"rule"`
	// Example is the example text.
	Example string `json:"example"`
	// WantMatch is true for a match example, false for a no_match one.
	WantMatch bool `json:"want_match"`
	// Detail says what happened instead: which rule fired, or that none did.
	Detail string `json:"detail"`
}

// String formats the failure as file:line:col: rule: example: detail.
func (f ExampleFailure) String() string {
	want := "no_match"
	if f.WantMatch {
		want = "match"
	}
	return fmt.Sprintf("%s:%d:%d: %s: %s example %q: %s", f.File, f.Line, f.Col, f.Rule, want, f.Example, f.Detail)
}

// TestResult is the outcome of running a set's rule examples.
type TestResult struct {
	// Rules is the number of rules with examples.
	Rules int `json:"rules"`
	// Examples is the number of examples run.
	Examples int `json:"examples"`
	// Failures are the examples the set got wrong.
	Failures []ExampleFailure `json:"failures"`
}

// Test runs every rule's examples against the compiled set: custom
// detectors, deny patterns and screening rules must (match) or must not
// (no_match) report a span or finding with their id; deny entries must or
// must not redact their term; allow entries must keep their value in match
// examples and still let something be redacted in no_match examples;
// allow patterns must or must not match their examples as a whole value.
func (s *Set) Test() TestResult {
	var r TestResult
	d := s.doc
	fail := func(p pos, rule, ex string, want bool, format string, args ...any) {
		r.Failures = append(r.Failures, ExampleFailure{File: p.file, Line: p.line, Col: p.col, Rule: rule, Example: ex, WantMatch: want, Detail: fmt.Sprintf(format, args...)})
	}
	count := func(ex Examples) bool {
		n := len(ex.Match) + len(ex.NoMatch)
		if n > 0 {
			r.Rules++
			r.Examples += n
		}
		return n > 0
	}

	// Custom detectors and deny patterns: spans with the rule's id.
	for _, p := range append(append([]patternEntry(nil), d.custom...), d.denyPatterns...) {
		if !count(p.examples) {
			continue
		}
		for _, ex := range p.examples.Match {
			spans := s.Find(ex)
			if !hasSpanRule(spans, p.id) {
				fail(p.pos, p.id, ex, true, "%s did not fire; %s", p.id, describeSpans(ex, spans))
			}
		}
		for _, ex := range p.examples.NoMatch {
			for _, sp := range s.Find(ex) {
				if sp.Rule == p.id {
					fail(p.pos, p.id, ex, false, "%s fired on bytes %d-%d (%s, score %.2f)", p.id, sp.Start, sp.End, sp.Type, sp.Score)
					break
				}
			}
		}
	}

	// Deny entries: a deny span whose text is the term.
	for _, t := range d.deny {
		if !count(t.examples) {
			continue
		}
		rule := fmt.Sprintf("deny %q", t.term)
		for _, ex := range t.examples.Match {
			spans := s.Find(ex)
			if !hasTerm(ex, spans, t.term) {
				fail(t.pos, rule, ex, true, "the term was not redacted; %s", describeSpans(ex, spans))
			}
		}
		for _, ex := range t.examples.NoMatch {
			if spans := s.Find(ex); hasTerm(ex, spans, t.term) {
				fail(t.pos, rule, ex, false, "the term was redacted (rule deny)")
			}
		}
	}

	// Allow entries: the value survives; no_match texts still get redacted.
	for _, a := range d.allow {
		if !count(a.examples) {
			continue
		}
		rule := fmt.Sprintf("allow %q", a.value)
		v := strings.TrimSpace(a.value)
		for _, ex := range a.examples.Match {
			i := indexFold(ex, v)
			if i < 0 {
				fail(a.pos, rule, ex, true, "the example does not contain the allowed value")
				continue
			}
			for _, sp := range s.Find(ex) {
				if sp.Start < i+len(v) && i < sp.End {
					fail(a.pos, rule, ex, true, "the value was redacted by %s (%s)", sp.Rule, sp.Type)
					break
				}
			}
		}
		for _, ex := range a.examples.NoMatch {
			if len(s.Find(ex)) == 0 {
				fail(a.pos, rule, ex, false, "nothing was redacted")
			}
		}
	}

	// Allow patterns: whole-value matches.
	for i, p := range d.allowPatterns {
		if !count(p.examples) || i >= len(s.allowRes) {
			continue
		}
		re := s.allowRes[i]
		for _, ex := range p.examples.Match {
			if !re.MatchString(ex) {
				fail(p.pos, p.id, ex, true, "the pattern does not match the whole value")
			}
		}
		for _, ex := range p.examples.NoMatch {
			if re.MatchString(ex) {
				fail(p.pos, p.id, ex, false, "the pattern matches the whole value")
			}
		}
	}

	// Screening rules: findings with the rule's id.
	if s.Screener != nil {
		for _, sr := range s.Screener.Rules() {
			if !count(sr.Examples) {
				continue
			}
			p := d.screenPos[sr.ID]
			for _, ex := range sr.Examples.Match {
				fs := s.Screener.Scan(ex)
				if !hasFinding(fs, sr.ID) {
					fail(p, sr.ID, ex, true, "%s did not fire; %s", sr.ID, describeFindings(fs))
				}
			}
			for _, ex := range sr.Examples.NoMatch {
				for _, f := range s.Screener.Scan(ex) {
					if f.Rule == sr.ID {
						fail(p, sr.ID, ex, false, "%s fired on %q (bytes %d-%d)", sr.ID, ex[f.Start:f.End], f.Start, f.End)
						break
					}
				}
			}
		}
	}
	slices.SortStableFunc(r.Failures, func(a, b ExampleFailure) int {
		if c := strings.Compare(a.File, b.File); c != 0 {
			return c
		}
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return a.Col - b.Col
	})
	return r
}

func hasSpanRule(spans []redact.Span, id string) bool {
	for _, sp := range spans {
		if sp.Rule == id {
			return true
		}
	}
	return false
}

func hasTerm(text string, spans []redact.Span, term string) bool {
	want := strings.Join(strings.Fields(term), " ")
	for _, sp := range spans {
		if sp.Rule == "deny" && strings.EqualFold(strings.Join(strings.Fields(text[sp.Start:sp.End]), " "), want) {
			return true
		}
	}
	return false
}

func hasFinding(fs []Finding, id string) bool {
	for _, f := range fs {
		if f.Rule == id {
			return true
		}
	}
	return false
}

// describeSpans lists the rules that fired, by type and offsets (not
// values: examples may hold realistic personal data).
func describeSpans(text string, spans []redact.Span) string {
	if len(spans) == 0 {
		return "no rule fired"
	}
	parts := make([]string, len(spans))
	for i, sp := range spans {
		parts[i] = fmt.Sprintf("%s (%s) at bytes %d-%d", sp.Rule, sp.Type, sp.Start, sp.End)
	}
	return "fired: " + strings.Join(parts, ", ")
}

func describeFindings(fs []Finding) string {
	if len(fs) == 0 {
		return "no screening rule fired"
	}
	parts := make([]string, len(fs))
	for i, f := range fs {
		parts[i] = fmt.Sprintf("%s (%s) at bytes %d-%d", f.Rule, f.Category, f.Start, f.End)
	}
	return "fired: " + strings.Join(parts, ", ")
}

// indexFold returns the index of sub in s ignoring case, or -1. It only
// folds ASCII and simple cases, which is what allow values need.
func indexFold(s, sub string) int {
	if sub == "" {
		return -1
	}
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}
