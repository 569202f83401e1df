package exchange

import (
	"errors"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// The record encoder writes a Record straight from its fields, in two forms:
//
//   - the log form: the bytes encoding/json writes for the record (struct
//     field order, omitempty, HTML-safe string escaping, its float format),
//     which is what MarshalJSON returns;
//   - the canonical form: exactly Canonical(log form) without the chain
//     fields, the bytes the chain hash covers.
//
// Each object's members are listed once, in struct order; the canonical
// order is the same list sorted by key. Tests hold both forms to
// json.Marshal of the plain struct and to Canonical.

// errUnsupportedFloat is returned for NaN and infinite durations, which JSON
// cannot carry (encoding/json refuses them too).
var errUnsupportedFloat = errors.New("exchange record: unsupported float value (NaN or infinity)")

// objWriter appends the members of one JSON object.
type objWriter struct {
	b     []byte
	canon bool
	more  bool // a member was written: the next one needs a comma
	err   error
}

// key appends a member's key; keys are plain ASCII and need no escaping.
func (o *objWriter) key(k string) {
	if o.more {
		o.b = append(o.b, ',')
	}
	o.more = true
	o.b = append(o.b, '"')
	o.b = append(o.b, k...)
	o.b = append(o.b, '"', ':')
}

func (o *objWriter) str(k, v string) {
	o.key(k)
	o.b = appendString(o.b, v, o.canon)
}

func (o *objWriter) strOmit(k, v string) {
	if v != "" {
		o.str(k, v)
	}
}

func (o *objWriter) num(k string, v int) {
	o.key(k)
	o.b = strconv.AppendInt(o.b, int64(v), 10)
}

func (o *objWriter) numOmit(k string, v int) {
	if v != 0 {
		o.num(k, v)
	}
}

func (o *objWriter) float(k string, v float64) {
	o.key(k)
	var err error
	if o.b, err = appendFloat(o.b, v); err != nil {
		o.err = err
	}
}

func (o *objWriter) floatOmit(k string, v float64) {
	if v != 0 {
		o.float(k, v)
	}
}

func (o *objWriter) strs(k string, v []string) {
	if len(v) == 0 {
		return
	}
	o.key(k)
	o.b = append(o.b, '[')
	for i, s := range v {
		if i > 0 {
			o.b = append(o.b, ',')
		}
		o.b = appendString(o.b, s, o.canon)
	}
	o.b = append(o.b, ']')
}

// field is one member of an object of type T: put appends it under key k,
// or nothing when it is empty and omitted.
type field[T any] struct {
	key string
	put func(o *objWriter, k string, v *T)
}

// layout is the members of an object type in struct order and in canonical
// (key-sorted) order.
type layout[T any] struct {
	fields []field[T]
	sorted []field[T]
}

func newLayout[T any](fs ...field[T]) *layout[T] {
	sorted := slices.Clone(fs)
	slices.SortStableFunc(sorted, func(a, b field[T]) int { return strings.Compare(a.key, b.key) })
	return &layout[T]{fields: fs, sorted: sorted}
}

// object appends v as a nested object member under key k.
func object[T any](o *objWriter, k string, l *layout[T], v *T) {
	o.key(k)
	l.write(o, v)
}

// write appends v as a JSON object, in the log or the canonical form as o
// says. Nested objects are written by the same writer, so that a record is
// encoded without allocating.
func (l *layout[T]) write(o *objWriter, v *T) {
	fs := l.fields
	if o.canon {
		fs = l.sorted
	}
	more := o.more
	o.b, o.more = append(o.b, '{'), false
	for _, f := range fs {
		f.put(o, f.key, v)
	}
	o.b, o.more = append(o.b, '}'), more
}

var consentLayout = newLayout(
	field[Consent]{"decision", func(o *objWriter, k string, c *Consent) { o.str(k, c.Decision) }},
	field[Consent]{"sources", func(o *objWriter, k string, c *Consent) { o.strs(k, c.Sources) }},
	field[Consent]{"purposes", func(o *objWriter, k string, c *Consent) { o.strs(k, c.Purposes) }},
	field[Consent]{"missing", func(o *objWriter, k string, c *Consent) { o.strs(k, c.Missing) }},
)

var redactionsLayout = newLayout(
	field[Redactions]{"total", func(o *objWriter, k string, r *Redactions) { o.num(k, r.Total) }},
	field[Redactions]{"by_type", func(o *objWriter, k string, r *Redactions) { o.counts(k, r.ByType) }},
	field[Redactions]{"rules", func(o *objWriter, k string, r *Redactions) { o.strs(k, r.Rules) }},
)

var findingLayout = newLayout(
	field[Finding]{"category", func(o *objWriter, k string, f *Finding) { o.str(k, f.Category) }},
	field[Finding]{"rule", func(o *objWriter, k string, f *Finding) { o.str(k, f.Rule) }},
	field[Finding]{"severity", func(o *objWriter, k string, f *Finding) { o.strOmit(k, f.Severity) }},
	field[Finding]{"action", func(o *objWriter, k string, f *Finding) { o.strOmit(k, f.Action) }},
	field[Finding]{"excerpt", func(o *objWriter, k string, f *Finding) { o.strOmit(k, f.Excerpt) }},
)

var durationsLayout = newLayout(
	field[Durations]{"guardrail_ms", func(o *objWriter, k string, d *Durations) { o.float(k, d.GuardrailMS) }},
	field[Durations]{"upstream_ttfb_ms", func(o *objWriter, k string, d *Durations) { o.floatOmit(k, d.UpstreamTTFBMS) }},
	field[Durations]{"total_ms", func(o *objWriter, k string, d *Durations) { o.float(k, d.TotalMS) }},
)

var usageLayout = newLayout(
	field[Usage]{"prompt_tokens", func(o *objWriter, k string, u *Usage) { o.num(k, u.PromptTokens) }},
	field[Usage]{"completion_tokens", func(o *objWriter, k string, u *Usage) { o.num(k, u.CompletionTokens) }},
	field[Usage]{"total_tokens", func(o *objWriter, k string, u *Usage) { o.num(k, u.TotalTokens) }},
)

var contentLayout = newLayout(
	field[Content]{"prompt", func(o *objWriter, k string, c *Content) { o.strOmit(k, c.Prompt) }},
	field[Content]{"answer", func(o *objWriter, k string, c *Content) { o.strOmit(k, c.Answer) }},
)

var feedbackLayout = newLayout(
	field[Feedback]{"kind", func(o *objWriter, k string, f *Feedback) { o.str(k, f.Kind) }},
	field[Feedback]{"message", func(o *objWriter, k string, f *Feedback) { o.strOmit(k, f.Message) }},
)

var reviewLayout = newLayout(
	field[Review]{"verdict", func(o *objWriter, k string, r *Review) { o.str(k, r.Verdict) }},
	field[Review]{"note", func(o *objWriter, k string, r *Review) { o.strOmit(k, r.Note) }},
	field[Review]{"by", func(o *objWriter, k string, r *Review) { o.strOmit(k, r.By) }},
	field[Review]{"rules", func(o *objWriter, k string, r *Review) { o.strs(k, r.Rules) }},
)

// recordLayout lists the record's members as MarshalJSON writes them: time
// first, then the struct's fields. The chain fields come last and are left
// out of the canonical order.
var recordLayout = func() *layout[Record] {
	l := newLayout(
		field[Record]{"time", func(o *objWriter, k string, r *Record) {
			o.key(k)
			o.b = append(o.b, '"')
			o.b = r.Time.UTC().AppendFormat(o.b, TimeLayout)
			o.b = append(o.b, '"')
		}},
		field[Record]{"schema", func(o *objWriter, k string, r *Record) { o.num(k, r.Schema) }},
		field[Record]{"kind", func(o *objWriter, k string, r *Record) { o.str(k, r.Kind) }},
		field[Record]{"exchange_id", func(o *objWriter, k string, r *Record) { o.strOmit(k, r.ExchangeID) }},
		field[Record]{"host", func(o *objWriter, k string, r *Record) { o.strOmit(k, r.Host) }},
		field[Record]{"route", func(o *objWriter, k string, r *Record) { o.strOmit(k, r.Route) }},
		field[Record]{"method", func(o *objWriter, k string, r *Record) { o.strOmit(k, r.Method) }},
		field[Record]{"path", func(o *objWriter, k string, r *Record) { o.strOmit(k, r.Path) }},
		field[Record]{"dialect", func(o *objWriter, k string, r *Record) { o.strOmit(k, r.Dialect) }},
		field[Record]{"model", func(o *objWriter, k string, r *Record) { o.strOmit(k, r.Model) }},
		field[Record]{"stream", func(o *objWriter, k string, r *Record) {
			if r.Stream {
				o.key(k)
				o.b = append(o.b, "true"...)
			}
		}},
		field[Record]{"subject", func(o *objWriter, k string, r *Record) { o.strOmit(k, r.Subject) }},
		field[Record]{"media", func(o *objWriter, k string, r *Record) { o.strOmit(k, r.Media) }},
		field[Record]{"consent", func(o *objWriter, k string, r *Record) {
			if r.Consent != nil {
				object(o, k, consentLayout, r.Consent)
			}
		}},
		field[Record]{"redactions", func(o *objWriter, k string, r *Record) {
			if r.Redactions != nil {
				object(o, k, redactionsLayout, r.Redactions)
			}
		}},
		field[Record]{"findings", func(o *objWriter, k string, r *Record) {
			if len(r.Findings) == 0 {
				return
			}
			o.key(k)
			o.b = append(o.b, '[')
			for i := range r.Findings {
				if i > 0 {
					o.b = append(o.b, ',')
				}
				findingLayout.write(o, &r.Findings[i])
			}
			o.b = append(o.b, ']')
		}},
		field[Record]{"outcome", func(o *objWriter, k string, r *Record) { o.strOmit(k, r.Outcome) }},
		field[Record]{"error_code", func(o *objWriter, k string, r *Record) { o.strOmit(k, r.ErrorCode) }},
		field[Record]{"upstream_status", func(o *objWriter, k string, r *Record) { o.numOmit(k, r.UpstreamStatus) }},
		field[Record]{"durations", func(o *objWriter, k string, r *Record) {
			if r.Durations != nil {
				object(o, k, durationsLayout, r.Durations)
			}
		}},
		field[Record]{"usage", func(o *objWriter, k string, r *Record) {
			if r.Usage != nil {
				object(o, k, usageLayout, r.Usage)
			}
		}},
		field[Record]{"rules_version", func(o *objWriter, k string, r *Record) { o.strOmit(k, r.RulesVersion) }},
		field[Record]{"content", func(o *objWriter, k string, r *Record) {
			if r.Content != nil {
				object(o, k, contentLayout, r.Content)
			}
		}},
		field[Record]{"feedback", func(o *objWriter, k string, r *Record) {
			if r.Feedback != nil {
				object(o, k, feedbackLayout, r.Feedback)
			}
		}},
		field[Record]{"review", func(o *objWriter, k string, r *Record) {
			if r.Review != nil {
				object(o, k, reviewLayout, r.Review)
			}
		}},
		field[Record]{"chain", func(o *objWriter, k string, r *Record) { o.strOmit(k, r.Chain) }},
		field[Record]{"seq", func(o *objWriter, k string, r *Record) {
			if r.Seq != 0 {
				o.key(k)
				o.b = strconv.AppendUint(o.b, r.Seq, 10)
			}
		}},
		field[Record]{"prev", func(o *objWriter, k string, r *Record) { o.strOmit(k, r.Prev) }},
		field[Record]{"hash", func(o *objWriter, k string, r *Record) { o.strOmit(k, r.Hash) }},
	)
	l.sorted = slices.DeleteFunc(l.sorted, func(f field[Record]) bool { return slices.Contains(chainFields, f.key) })
	return l
}()

// appendRecord appends the log form of rec: what MarshalJSON returns.
func appendRecord(b []byte, rec *Record) ([]byte, error) {
	o := objWriter{b: b}
	return o.record(rec, false)
}

// appendRecordCanonical appends the canonical form of rec without its chain
// fields: Canonical(appendRecord(rec)), computed without parsing.
func appendRecordCanonical(b []byte, rec *Record) ([]byte, error) {
	o := objWriter{b: b}
	return o.record(rec, true)
}

// record appends rec in the log or the canonical form to o.b and returns
// the result.
func (o *objWriter) record(rec *Record, canon bool) ([]byte, error) {
	o.canon, o.more, o.err = canon, false, nil
	recordLayout.write(o, rec)
	return o.b, o.err
}

// counts appends a map of counts with its keys sorted, as encoding/json
// does. In the canonical form, keys are compared after decoding, so keys
// that are not valid UTF-8 are first repaired (each bad byte becomes
// U+FFFD) and of keys that then collide the last one wins, as in Canonical.
func (o *objWriter) counts(k string, m map[string]int) {
	if len(m) == 0 {
		return
	}
	o.key(k)
	var arr [16]string
	keys := arr[:0]
	valid := true
	for key := range m {
		keys = append(keys, key)
		valid = valid && utf8.ValidString(key)
	}
	slices.Sort(keys)
	if !o.canon || valid {
		o.b = append(o.b, '{')
		for i, key := range keys {
			if i > 0 {
				o.b = append(o.b, ',')
			}
			o.b = appendJSONString(o.b, key)
			o.b = append(o.b, ':')
			o.b = strconv.AppendInt(o.b, int64(m[key]), 10)
		}
		o.b = append(o.b, '}')
		return
	}
	type count struct {
		key string
		n   int
	}
	cs := make([]count, len(keys))
	for i, key := range keys {
		cs[i] = count{repairUTF8(key), m[key]}
	}
	slices.SortStableFunc(cs, func(a, b count) int { return strings.Compare(a.key, b.key) })
	o.b = append(o.b, '{')
	first := true
	for i, c := range cs {
		if i+1 < len(cs) && cs[i+1].key == c.key {
			continue // a later duplicate wins
		}
		if !first {
			o.b = append(o.b, ',')
		}
		first = false
		o.b = appendJSONString(o.b, c.key)
		o.b = append(o.b, ':')
		o.b = strconv.AppendInt(o.b, int64(c.n), 10)
	}
	o.b = append(o.b, '}')
}

// appendString appends s as a JSON string. The log form escapes it as
// encoding/json does (each byte of invalid UTF-8 becomes the escape
// \ufffd); the canonical form is that string decoded and encoded again, so
// invalid bytes become the character U+FFFD itself.
func appendString(b []byte, s string, canon bool) []byte {
	if canon && !utf8.ValidString(s) {
		s = repairUTF8(s)
	}
	return appendJSONString(b, s)
}

// repairUTF8 replaces each byte of s that is not part of valid UTF-8 with
// U+FFFD, as decoding encoding/json's output of s gives back.
func repairUTF8(s string) string {
	var sb strings.Builder
	sb.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		c, size := utf8.DecodeRuneInString(s[i:])
		if c == utf8.RuneError && size == 1 {
			sb.WriteRune(utf8.RuneError)
		} else {
			sb.WriteString(s[i : i+size])
		}
		i += size
	}
	return sb.String()
}

// appendFloat appends f as encoding/json writes a float64: like ES6 number
// to string conversion.
func appendFloat(b []byte, f float64) ([]byte, error) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return b, errUnsupportedFloat
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// clean up e-09 to e-9
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b, nil
}

// encodeBuffers are the scratch space of one Emit: the record's log form,
// its canonical form and the writer that encodes them.
type encodeBuffers struct {
	body, canon []byte
	w           objWriter
}

// maxPooledBuffer bounds the buffers kept for reuse, so one record with
// large captured content does not pin its memory.
const maxPooledBuffer = 64 << 10

var encodePool = sync.Pool{New: func() any {
	return &encodeBuffers{body: make([]byte, 0, 2048), canon: make([]byte, 0, 2048)}
}}

func getEncodeBuffers() *encodeBuffers { return encodePool.Get().(*encodeBuffers) }

func putEncodeBuffers(eb *encodeBuffers) {
	if cap(eb.body) > maxPooledBuffer || cap(eb.canon) > maxPooledBuffer {
		return
	}
	eb.body, eb.canon, eb.w = eb.body[:0], eb.canon[:0], objWriter{}
	encodePool.Put(eb)
}
