package exchange

import (
	"crypto/sha256"
	"encoding/json"
	"math"
	"slices"

	"go.uber.org/zap/zapcore"
)

// zapRecord is a sealed record as a zap object: it writes the record's
// members through the core's own encoder (zap's JSON encoder appends them
// straight to its buffer), in the order and with the omissions of the log
// form, instead of handing encoded bytes to encoding/json to be validated
// and compacted again.
//
// zap escapes strings its own way (it leaves <, >, & and U+2028 as they are)
// but the decoded values are those of the log form, invalid UTF-8 included
// (each bad byte becomes U+FFFD), so Canonical of what it writes is the
// canonical form the chain hashed. Floats that zap would write in another
// notation than encoding/json are written as json.Number literals.
//
// It holds a copy of the record, taken when the record is written, and
// a cached time string, so cores that keep fields instead of encoding them
// (zaptest/observer) do not hold the caller's record. Nested parts are
// shared with the caller's record.
type zapRecord struct {
	rec  Record
	time []byte // rec.Time as written, in tbuf
	tbuf [32]byte
	// red writes rec.Redactions; its byType, when not nil, is their
	// by_type counts sorted by key, as the canonical pass wrote them
	// (objWriter.byType). It lives here so that writing it allocates
	// nothing.
	red zapRedactions
	// hash holds the record's new chain hash, hex: Emit has the chain step
	// write it here, so the hash string and the log's copy are one
	// allocation, made before the emitter's lock.
	hash [2 * sha256.Size]byte
}

// newZapRecord returns a snapshot of rec to log; t is rec.Time as the
// encoder wrote it (appendTime), byType rec's by_type counts sorted by key
// or nil.
func newZapRecord(rec *Record, t []byte, byType []count) *zapRecord {
	z := &zapRecord{rec: *rec}
	z.red = zapRedactions{Redactions: z.rec.Redactions, byType: byType}
	z.time = append(z.tbuf[:0], t...)
	return z
}

// MarshalLogObject writes the record's members.
func (z *zapRecord) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	r := &z.rec
	enc.AddByteString("time", z.time)
	enc.AddInt64("schema", int64(r.Schema))
	enc.AddString("kind", r.Kind)
	zapStrOmit(enc, "exchange_id", r.ExchangeID)
	zapStrOmit(enc, "host", r.Host)
	zapStrOmit(enc, "route", r.Route)
	zapStrOmit(enc, "method", r.Method)
	zapStrOmit(enc, "path", r.Path)
	zapStrOmit(enc, "dialect", r.Dialect)
	zapStrOmit(enc, "model", r.Model)
	if r.Stream {
		enc.AddBool("stream", true)
	}
	zapStrOmit(enc, "subject", r.Subject)
	zapStrOmit(enc, "media", r.Media)
	if r.Consent != nil {
		if err := enc.AddObject("consent", (*zapConsent)(r.Consent)); err != nil {
			return err
		}
	}
	if r.Redactions != nil {
		if err := enc.AddObject("redactions", &z.red); err != nil {
			return err
		}
	}
	if len(r.Findings) > 0 {
		if err := enc.AddArray("findings", (*zapFindings)(&r.Findings)); err != nil {
			return err
		}
	}
	zapStrOmit(enc, "outcome", r.Outcome)
	zapStrOmit(enc, "error_code", r.ErrorCode)
	if r.UpstreamStatus != 0 {
		enc.AddInt64("upstream_status", int64(r.UpstreamStatus))
	}
	if r.Durations != nil {
		if err := enc.AddObject("durations", (*zapDurations)(r.Durations)); err != nil {
			return err
		}
	}
	if r.Usage != nil {
		if err := enc.AddObject("usage", (*zapUsage)(r.Usage)); err != nil {
			return err
		}
	}
	zapStrOmit(enc, "rules_version", r.RulesVersion)
	if r.Content != nil {
		if err := enc.AddObject("content", (*zapContent)(r.Content)); err != nil {
			return err
		}
	}
	if r.Feedback != nil {
		if err := enc.AddObject("feedback", (*zapFeedback)(r.Feedback)); err != nil {
			return err
		}
	}
	if r.Review != nil {
		if err := enc.AddObject("review", (*zapReview)(r.Review)); err != nil {
			return err
		}
	}
	zapStrOmit(enc, "chain", r.Chain)
	if r.Seq != 0 {
		enc.AddUint64("seq", r.Seq)
	}
	zapStrOmit(enc, "prev", r.Prev)
	zapStrOmit(enc, "hash", r.Hash)
	return nil
}

func zapStrOmit(enc zapcore.ObjectEncoder, key, v string) {
	if v != "" {
		enc.AddString(key, v)
	}
}

func zapStrsOmit(enc zapcore.ObjectEncoder, key string, v *[]string) error {
	if len(*v) == 0 {
		return nil
	}
	return enc.AddArray(key, (*zapStrings)(v))
}

// zapFloat adds f as encoding/json writes it. zap's JSON encoder writes
// floats in plain decimal notation, which is encoding/json's notation for
// 1e-6 <= |f| < 1e21; other values go through as a json.Number literal.
func zapFloat(enc zapcore.ObjectEncoder, key string, f float64) error {
	if abs := math.Abs(f); abs == 0 || (abs >= 1e-6 && abs < 1e21) {
		enc.AddFloat64(key, f)
		return nil
	}
	b, err := appendFloat(nil, f)
	if err != nil {
		return err
	}
	return enc.AddReflected(key, json.Number(b))
}

type zapStrings []string

func (s *zapStrings) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	for _, v := range *s {
		enc.AppendString(v)
	}
	return nil
}

type zapConsent Consent

func (c *zapConsent) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	enc.AddString("decision", c.Decision)
	if err := zapStrsOmit(enc, "sources", &c.Sources); err != nil {
		return err
	}
	if err := zapStrsOmit(enc, "purposes", &c.Purposes); err != nil {
		return err
	}
	return zapStrsOmit(enc, "missing", &c.Missing)
}

// zapRedactions writes a redactions object; byType, when not nil, is its
// by_type counts already sorted by key.
type zapRedactions struct {
	*Redactions
	byType zapSortedCounts
}

func (r *zapRedactions) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	enc.AddInt64("total", int64(r.Total))
	if len(r.ByType) > 0 {
		var err error
		if r.byType != nil {
			err = enc.AddObject("by_type", &r.byType) // a pointer: no boxing
		} else {
			err = enc.AddObject("by_type", zapCounts(r.ByType))
		}
		if err != nil {
			return err
		}
	}
	return zapStrsOmit(enc, "rules", &r.Rules)
}

// zapSortedCounts writes counts already sorted by key.
type zapSortedCounts []count

func (cs *zapSortedCounts) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	for _, c := range *cs {
		enc.AddInt64(c.key, int64(c.n))
	}
	return nil
}

// zapCounts writes a map of counts with its keys sorted, as encoding/json
// does.
type zapCounts map[string]int

func (m zapCounts) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	var arr [16]string
	keys := arr[:0]
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		enc.AddInt64(k, int64(m[k]))
	}
	return nil
}

type zapFindings []Finding

func (fs *zapFindings) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	for i := range *fs {
		if err := enc.AppendObject((*zapFinding)(&(*fs)[i])); err != nil {
			return err
		}
	}
	return nil
}

type zapFinding Finding

func (f *zapFinding) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	enc.AddString("category", f.Category)
	enc.AddString("rule", f.Rule)
	zapStrOmit(enc, "severity", f.Severity)
	zapStrOmit(enc, "action", f.Action)
	zapStrOmit(enc, "excerpt", f.Excerpt)
	return nil
}

type zapDurations Durations

func (d *zapDurations) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	if err := zapFloat(enc, "guardrail_ms", d.GuardrailMS); err != nil {
		return err
	}
	if d.UpstreamTTFBMS != 0 {
		if err := zapFloat(enc, "upstream_ttfb_ms", d.UpstreamTTFBMS); err != nil {
			return err
		}
	}
	return zapFloat(enc, "total_ms", d.TotalMS)
}

type zapUsage Usage

func (u *zapUsage) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	enc.AddInt64("prompt_tokens", int64(u.PromptTokens))
	enc.AddInt64("completion_tokens", int64(u.CompletionTokens))
	enc.AddInt64("total_tokens", int64(u.TotalTokens))
	return nil
}

type zapContent Content

func (c *zapContent) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	zapStrOmit(enc, "prompt", c.Prompt)
	zapStrOmit(enc, "answer", c.Answer)
	return nil
}

type zapFeedback Feedback

func (f *zapFeedback) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	enc.AddString("kind", f.Kind)
	zapStrOmit(enc, "message", f.Message)
	return nil
}

type zapReview Review

func (r *zapReview) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	enc.AddString("verdict", r.Verdict)
	zapStrOmit(enc, "note", r.Note)
	zapStrOmit(enc, "by", r.By)
	return zapStrsOmit(enc, "rules", &r.Rules)
}

// Interface guards
var (
	_ zapcore.ObjectMarshaler = (*zapRecord)(nil)
	_ zapcore.ArrayMarshaler  = (*zapStrings)(nil)
	_ zapcore.ArrayMarshaler  = (*zapFindings)(nil)
)
