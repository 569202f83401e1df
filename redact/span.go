// Package redact finds personal data in text and replaces it.
//
// It has three parts: detectors that return typed [Span]s with a rule id, a
// score and a reason; an [Engine] that runs every enabled detector over a
// text and resolves overlaps; and operators with a per-exchange [Vault] that
// turn spans into placeholders, masks, keyed hashes or nothing, and restore
// placeholders in answers (whole texts or streams).
//
// The package never imports Caddy or net/http.
package redact

// Span is one piece of personal data found in a text.
type Span struct {
	// Start and End are UTF-8 byte offsets into the text; End is exclusive.
	Start, End int
	// Type is the entity type, e.g. "EMAIL_ADDRESS".
	Type string
	// Rule is the id of the rule that found it, e.g. "builtin.email".
	Rule string
	// Score is the detector's confidence, from 0 to 1.
	Score float64
	// Reason explains the decision without quoting the value,
	// e.g. "16 digits, Visa prefix, valid Luhn checksum".
	Reason string
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Detector finds spans of one or more entity types.
//
// Detectors must be safe for concurrent use: the engine shares one instance
// between all exchanges. Detect must not retain text.
type Detector interface {
	// ID is the detector's stable rule id, e.g. "builtin.credit_card".
	ID() string
	// Types lists the entity types the detector can emit.
	Types() []string
	// Detect appends the spans it finds in text to dst and returns dst.
	Detect(text string, dst []Span) []Span
}

// builtins holds the built-in detectors, registered by the files that
// define them (in an init function), keyed by rule id.
var builtins = map[string]Detector{}

// register adds a built-in detector. It panics on a duplicate id, which is a
// programming error caught by any test.
func register(d Detector) {
	if _, dup := builtins[d.ID()]; dup {
		panic("redact: duplicate built-in detector " + d.ID())
	}
	builtins[d.ID()] = d
}
