// Package rules holds the rules security teams edit: the embedded defaults,
// the rules file format, its validation, and the screening matcher that finds
// manipulative or biased wording in model answers.
//
// # Screening
//
// A [Screener] compiles [ScreenRule]s (the embedded defaults from
// defaults/screening.yaml, see [DefaultScreenRules], or a rules file's
// `screening:` section, see [ParseScreenRules]) into one automaton over
// words. [Screener.Scan] screens a whole text; a [Stream] screens a text
// that arrives in pieces and reports the same findings with the same
// offsets, however the text is split, while holding back only a bounded
// tail ([Stream.Holdback] ≤ [Screener.MaxHoldback]).
//
// Matching is explainable: every [Finding] names its rule, category
// ([Categories]), severity and reason. Phrases are whole-word,
// case-insensitive (Unicode lowercasing), skip punctuation and repeated
// spaces, and never span a sentence end. The pattern language (stems,
// {n} numbers, {t} countdowns, optional groups, alternatives and small
// gaps) is documented in defaults/screening.yaml and screen_pattern.go.
//
// Context decides, looking only backwards from the start of a match:
//   - a negation cue (no, not, never, don't, without, zero …, and their
//     German, French, Spanish, Italian and Dutch counterparts, but not
//     Italian "non", which English writes in "non-stop") up to four
//     words earlier in the same clause cancels a manipulation match ("there
//     is no rush", "no hidden fees"), but not a bias match;
//   - a sentence that advises against wording ("avoid phrases like …",
//     "don't say …", "instead of …", and a bulleted list introduced by
//     such a sentence ending in ':') or talks about wording ("the phrase …",
//     "messages like …") cancels every match in it;
//   - a gap never skips a negation ("women are not bad at math").
//
// Severity policy of the defaults: high for slurs, exploiting vulnerable
// people, fear appeals and deceptive health or money claims; medium for
// false urgency and scarcity, fake social proof, confirmshaming, hidden
// costs, obstruction, forced action and stereotypes; low for mild
// pressure, upsells, framing, and gender-coded or dated terms.
//
// The package never imports Caddy or net/http.
package rules

import (
	"fmt"
	"strconv"
	"strings"
)

// Severity ranks how serious a screening finding is.
type Severity int

// Severities, from least to most serious.
const (
	Low Severity = iota + 1
	Medium
	High
)

// Finding is one match of a screening rule in a text.
type Finding struct {
	// Start and End are UTF-8 byte offsets into the screened text (for a
	// stream: into everything written to it so far); End is exclusive.
	Start, End int
	// Category is the taxonomy code, e.g. "false_urgency" or "age".
	Category string
	// Rule is the id of the rule that matched, e.g. "urgency.act_now".
	Rule string
	// Severity of the rule.
	Severity Severity
	// Reason is the rule's one-line explanation.
	Reason string
}

// ParseSeverity parses "low", "medium" or "high" (any case).
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "low":
		return Low, nil
	case "medium":
		return Medium, nil
	case "high":
		return High, nil
	}
	return 0, fmt.Errorf("unknown severity %q (want low, medium or high)", s)
}

// String returns "low", "medium" or "high", or "severity(N)" for other values.
func (s Severity) String() string {
	switch s {
	case Low:
		return "low"
	case Medium:
		return "medium"
	case High:
		return "high"
	}
	return "severity(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText encodes the severity as its name, so JSON and YAML carry
// "low", "medium" or "high".
func (s Severity) MarshalText() ([]byte, error) {
	if s < Low || s > High {
		return nil, fmt.Errorf("invalid severity %d", int(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText decodes a severity name, as ParseSeverity does.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
