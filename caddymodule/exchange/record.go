// Package exchange defines the exchange record, the one log entry the
// guardrail writes per exchange (and per feedback or review), and the hash
// chain that makes a log of records tamper-evident.
//
// A record tells an operator what went to which model, what was redacted and
// why, what was flagged or blocked, under which consent and how fast, without
// ever carrying raw personal data: redactions are types, counts and rule ids;
// subjects are keyed hashes; excerpts and captured content are placeholder-only
// text that the caller has already redacted.
//
// Records are written through a zap logger by an [Emitter] as one nested
// field named "record" (see [FieldName]). Readers ([ReadFile], [ParseLine])
// and [Verify] read them back from Caddy's JSON log files, plain or gzip.
package exchange

import (
	"encoding/json"
	"fmt"
	"time"
)

// SchemaVersion is the version of the record layout written by this package.
// It changes only when a field changes meaning or is removed; new optional
// fields keep the version.
const SchemaVersion = 1

// Record kinds.
const (
	// KindExchange is one request/answer exchange with a model.
	KindExchange = "exchange"
	// KindFeedback is feedback a user or app sent about an exchange.
	KindFeedback = "feedback"
	// KindReview is an operator's verdict on a flagged or blocked exchange.
	KindReview = "review"
)

// Outcomes of an exchange.
const (
	// OutcomeForwarded means the request reached the model and the answer the client.
	OutcomeForwarded = "forwarded"
	// OutcomeDenied means consent did not allow the exchange.
	OutcomeDenied = "denied"
	// OutcomeBlocked means screening stopped the answer (or the prompt).
	OutcomeBlocked = "blocked"
	// OutcomeUpstreamError means the model's API failed or answered with an error.
	OutcomeUpstreamError = "upstream_error"
	// OutcomeClientAborted means the client went away before the answer ended.
	OutcomeClientAborted = "client_aborted"
	// OutcomeRejected means the guardrail could not inspect the request and
	// failed closed (bad JSON, oversize body, unknown encoding or dialect).
	OutcomeRejected = "rejected"
)

// Review verdicts.
const (
	// VerdictOK means the flagged answer was acceptable and the flag was right to be checked.
	VerdictOK = "ok"
	// VerdictViolation means the finding was a real violation.
	VerdictViolation = "violation"
	// VerdictFalsePositive means the rule should not have matched.
	VerdictFalsePositive = "false_positive"
)

// TimeLayout is the layout of [Record.Time] in JSON: RFC 3339, UTC, with
// milliseconds.
const TimeLayout = "2006-01-02T15:04:05.000Z07:00"

// Record is one exchange, feedback or review entry. Its JSON form uses
// snake_case keys; empty optional parts are left out.
//
// For feedback and review records, ExchangeID names the exchange the record
// is about.
type Record struct {
	// Schema is the record layout version, [SchemaVersion]. Emit fills it.
	Schema int `json:"schema"`
	// Kind is "exchange", "feedback" or "review".
	Kind string `json:"kind"`
	// ExchangeID identifies the exchange (the X-Guardrail-Exchange-Id header).
	ExchangeID string `json:"exchange_id,omitempty"`
	// Time is when the exchange started. It is written as RFC 3339 UTC with
	// milliseconds. Emit fills it with the current time when zero.
	Time time.Time `json:"time"`

	// Host is the request's host.
	Host string `json:"host,omitempty"`
	// Route is the label of the matched site or route.
	Route string `json:"route,omitempty"`
	// Method is the HTTP method.
	Method string `json:"method,omitempty"`
	// Path is the request path without the query string.
	Path string `json:"path,omitempty"`
	// Dialect is the API dialect, e.g. "openai_chat".
	Dialect string `json:"dialect,omitempty"`
	// Model is the model the request asked for.
	Model string `json:"model,omitempty"`
	// Stream reports whether the answer was streamed.
	Stream bool `json:"stream,omitempty"`
	// Subject is the keyed hash of the subject id; never the id itself.
	Subject string `json:"subject,omitempty"`
	// Media says what happened to image, audio and file parts of the
	// request, which are not inspected: "passed", "dropped" or "rejected";
	// empty when there were none.
	Media string `json:"media,omitempty"`

	// Consent is the consent decision for the exchange.
	Consent *Consent `json:"consent,omitempty"`
	// Redactions summarises what was redacted from the prompt.
	Redactions *Redactions `json:"redactions,omitempty"`
	// Findings are the screening findings on the answer (or prompt).
	Findings []Finding `json:"findings,omitempty"`

	// Outcome is what happened: see the Outcome constants.
	Outcome string `json:"outcome,omitempty"`
	// ErrorCode is a short machine code for a failure, e.g. "body_too_large".
	// It never contains text from a body.
	ErrorCode string `json:"error_code,omitempty"`
	// UpstreamStatus is the HTTP status the model's API answered with.
	UpstreamStatus int `json:"upstream_status,omitempty"`
	// Durations are the exchange's timings.
	Durations *Durations `json:"durations,omitempty"`
	// Usage is the token usage the model's API reported.
	Usage *Usage `json:"usage,omitempty"`
	// RulesVersion identifies the rules set in force (e.g. a hash of the files).
	RulesVersion string `json:"rules_version,omitempty"`
	// Content is the redacted prompt and the pre-restore answer; present only
	// when content capture is on.
	Content *Content `json:"content,omitempty"`

	// Feedback is the body of a feedback record.
	Feedback *Feedback `json:"feedback,omitempty"`
	// Review is the body of a review record.
	Review *Review `json:"review,omitempty"`

	// Chain is the id of the hash chain, random per emitter start.
	Chain string `json:"chain,omitempty"`
	// Seq is the record's position in its chain, starting at 1.
	Seq uint64 `json:"seq,omitempty"`
	// Prev is the hash of the previous record in the chain, empty for the first.
	Prev string `json:"prev,omitempty"`
	// Hash is hex HMAC-SHA256(key, Prev || canonical record without chain fields).
	Hash string `json:"hash,omitempty"`
}

// Consent is the consent decision of an exchange.
type Consent struct {
	// Decision is "personalize", "anonymize" or "deny".
	Decision string `json:"decision"`
	// Sources lists where consent was read from, e.g. "header", "gpc", "service".
	Sources []string `json:"sources,omitempty"`
	// Purposes lists the purposes granted.
	Purposes []string `json:"purposes,omitempty"`
	// Missing lists required purposes that were not granted.
	Missing []string `json:"missing,omitempty"`
}

// Redactions summarises the redactions made in a prompt. It never holds values.
type Redactions struct {
	// Total is the number of spans redacted.
	Total int `json:"total"`
	// ByType counts redactions per entity type, e.g. {"EMAIL_ADDRESS": 2}.
	ByType map[string]int `json:"by_type,omitempty"`
	// Rules lists the ids of the rules that matched.
	Rules []string `json:"rules,omitempty"`
}

// Finding is one screening finding.
type Finding struct {
	// Category is e.g. "manipulation.urgency" or "bias.gender".
	Category string `json:"category"`
	// Rule is the id of the rule that matched.
	Rule string `json:"rule"`
	// Severity is "low", "medium" or "high".
	Severity string `json:"severity,omitempty"`
	// Action is what the guardrail did: "log", "flag" or "block".
	Action string `json:"action,omitempty"`
	// Excerpt is a short placeholder-only excerpt around the match; the caller
	// guarantees it holds no raw personal data.
	Excerpt string `json:"excerpt,omitempty"`
}

// Durations are the timings of an exchange in milliseconds.
type Durations struct {
	// GuardrailMS is the time spent in the guardrail itself.
	GuardrailMS float64 `json:"guardrail_ms"`
	// UpstreamTTFBMS is the time to the first byte of the model's answer.
	UpstreamTTFBMS float64 `json:"upstream_ttfb_ms,omitempty"`
	// TotalMS is the time from request to the end of the answer.
	TotalMS float64 `json:"total_ms"`
}

// Usage is the token usage the model's API reported.
type Usage struct {
	// PromptTokens is the number of input tokens.
	PromptTokens int `json:"prompt_tokens"`
	// CompletionTokens is the number of output tokens.
	CompletionTokens int `json:"completion_tokens"`
	// TotalTokens is the total the API reported.
	TotalTokens int `json:"total_tokens"`
}

// Content is captured exchange content, only when content capture is on.
type Content struct {
	// Prompt is the redacted prompt as sent to the model.
	Prompt string `json:"prompt,omitempty"`
	// Answer is the model's answer before placeholders were restored.
	Answer string `json:"answer,omitempty"`
}

// Feedback is the body of a feedback record.
type Feedback struct {
	// Kind is the kind of feedback, e.g. "thumbs_down", "complaint".
	Kind string `json:"kind"`
	// Message is the feedback text, already redacted by the caller.
	Message string `json:"message,omitempty"`
}

// Review is the body of a review record.
type Review struct {
	// Verdict is "ok", "violation" or "false_positive".
	Verdict string `json:"verdict"`
	// Note is the reviewer's note.
	Note string `json:"note,omitempty"`
	// By names the reviewer.
	By string `json:"by,omitempty"`
	// Rules lists the rule ids of the reviewed exchange's findings, so
	// reports can attribute verdicts to rules without the exchange record.
	Rules []string `json:"rules,omitempty"`
}

// recordJSON is Record without its methods, for the JSON codec.
type recordJSON Record

// MarshalJSON writes the record with Time as RFC 3339 UTC with milliseconds.
// The bytes are those encoding/json writes for the record's fields (see
// appendRecord), without going through reflection.
func (r Record) MarshalJSON() ([]byte, error) {
	return appendRecord(make([]byte, 0, 1024), &r)
}

// UnmarshalJSON reads a record written by MarshalJSON.
func (r *Record) UnmarshalJSON(b []byte) error {
	var aux struct {
		Time string `json:"time"`
		*recordJSON
	}
	aux.recordJSON = (*recordJSON)(r)
	if err := json.Unmarshal(b, &aux); err != nil {
		return err
	}
	if aux.Time == "" {
		r.Time = time.Time{}
		return nil
	}
	t, err := time.Parse(time.RFC3339Nano, aux.Time)
	if err != nil {
		return fmt.Errorf("record time: %w", err)
	}
	r.Time = t
	return nil
}

// Flagged reports whether the exchange had a finding whose action was flag
// or block, or whose outcome was blocked.
func (r *Record) Flagged() bool {
	if r.Outcome == OutcomeBlocked {
		return true
	}
	for _, f := range r.Findings {
		if f.Action == "flag" || f.Action == "block" {
			return true
		}
	}
	return false
}

// RuleIDs returns the distinct rule ids of the record's findings in order.
func (r *Record) RuleIDs() []string {
	var ids []string
	seen := map[string]bool{}
	for _, f := range r.Findings {
		if f.Rule == "" || seen[f.Rule] {
			continue
		}
		seen[f.Rule] = true
		ids = append(ids, f.Rule)
	}
	return ids
}
