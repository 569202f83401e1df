// Package rules holds the rules security teams edit: the embedded defaults,
// the rules file format, its validation, and the screening matcher that finds
// manipulative or biased wording in model answers.
//
// The package never imports Caddy or net/http.
package rules

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
	// Category is the taxonomy code, e.g. "false_urgency" or "ageist".
	Category string
	// Rule is the id of the rule that matched, e.g. "urgency.act_now".
	Rule string
	// Severity of the rule.
	Severity Severity
	// Reason is the rule's one-line explanation.
	Reason string
}
