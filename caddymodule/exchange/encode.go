package exchange

import (
	"errors"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
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
// Each object's member keys are listed once, in struct order; the canonical
// order is the same list sorted by key. Tests hold both forms to
// json.Marshal of the plain struct and to Canonical, and check that every
// key listed is written.

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

// members are the member keys of an object type in struct order, and the
// order in which the canonical form lists them (sorted by key).
type members struct {
	keys  []string
	byKey []string
}

// newMembers returns the members with the given keys in struct order; the
// keys in omit are left out of the canonical order.
func newMembers(keys []string, omit ...string) *members {
	byKey := slices.DeleteFunc(slices.Clone(keys), func(k string) bool { return slices.Contains(omit, k) })
	slices.Sort(byKey)
	return &members{keys: keys, byKey: byKey}
}

// order returns the keys in the order of the log or the canonical form.
func (m *members) order(canon bool) []string {
	if canon {
		return m.byKey
	}
	return m.keys
}

// open starts a nested object and returns the state to give to close.
func (o *objWriter) open() (more bool) {
	more = o.more
	o.b, o.more = append(o.b, '{'), false
	return more
}

// close ends the object started by the open that returned more.
func (o *objWriter) close(more bool) {
	o.b, o.more = append(o.b, '}'), more
}

// Each encoder below writes its type's members in the order of the form
// being written, switching on the key. The switches use static calls only,
// so a record handed to the encoder does not escape to the heap.

var consentMembers = newMembers([]string{"decision", "sources", "purposes", "missing"})

func (o *objWriter) consent(c *Consent) {
	more := o.open()
	for _, k := range consentMembers.order(o.canon) {
		switch k {
		case "decision":
			o.str(k, c.Decision)
		case "sources":
			o.strs(k, c.Sources)
		case "purposes":
			o.strs(k, c.Purposes)
		case "missing":
			o.strs(k, c.Missing)
		}
	}
	o.close(more)
}

var redactionsMembers = newMembers([]string{"total", "by_type", "rules"})

func (o *objWriter) redactions(r *Redactions) {
	more := o.open()
	for _, k := range redactionsMembers.order(o.canon) {
		switch k {
		case "total":
			o.num(k, r.Total)
		case "by_type":
			o.counts(k, r.ByType)
		case "rules":
			o.strs(k, r.Rules)
		}
	}
	o.close(more)
}

var findingMembers = newMembers([]string{"category", "rule", "severity", "action", "excerpt"})

func (o *objWriter) finding(f *Finding) {
	more := o.open()
	for _, k := range findingMembers.order(o.canon) {
		switch k {
		case "category":
			o.str(k, f.Category)
		case "rule":
			o.str(k, f.Rule)
		case "severity":
			o.strOmit(k, f.Severity)
		case "action":
			o.strOmit(k, f.Action)
		case "excerpt":
			o.strOmit(k, f.Excerpt)
		}
	}
	o.close(more)
}

var durationsMembers = newMembers([]string{"guardrail_ms", "upstream_ttfb_ms", "total_ms"})

func (o *objWriter) durations(d *Durations) {
	more := o.open()
	for _, k := range durationsMembers.order(o.canon) {
		switch k {
		case "guardrail_ms":
			o.float(k, d.GuardrailMS)
		case "upstream_ttfb_ms":
			o.floatOmit(k, d.UpstreamTTFBMS)
		case "total_ms":
			o.float(k, d.TotalMS)
		}
	}
	o.close(more)
}

var usageMembers = newMembers([]string{"prompt_tokens", "completion_tokens", "total_tokens"})

func (o *objWriter) usage(u *Usage) {
	more := o.open()
	for _, k := range usageMembers.order(o.canon) {
		switch k {
		case "prompt_tokens":
			o.num(k, u.PromptTokens)
		case "completion_tokens":
			o.num(k, u.CompletionTokens)
		case "total_tokens":
			o.num(k, u.TotalTokens)
		}
	}
	o.close(more)
}

var contentMembers = newMembers([]string{"prompt", "answer"})

func (o *objWriter) content(c *Content) {
	more := o.open()
	for _, k := range contentMembers.order(o.canon) {
		switch k {
		case "prompt":
			o.strOmit(k, c.Prompt)
		case "answer":
			o.strOmit(k, c.Answer)
		}
	}
	o.close(more)
}

var feedbackMembers = newMembers([]string{"kind", "message"})

func (o *objWriter) feedback(f *Feedback) {
	more := o.open()
	for _, k := range feedbackMembers.order(o.canon) {
		switch k {
		case "kind":
			o.str(k, f.Kind)
		case "message":
			o.strOmit(k, f.Message)
		}
	}
	o.close(more)
}

var reviewMembers = newMembers([]string{"verdict", "note", "by", "rules"})

func (o *objWriter) review(r *Review) {
	more := o.open()
	for _, k := range reviewMembers.order(o.canon) {
		switch k {
		case "verdict":
			o.str(k, r.Verdict)
		case "note":
			o.strOmit(k, r.Note)
		case "by":
			o.strOmit(k, r.By)
		case "rules":
			o.strs(k, r.Rules)
		}
	}
	o.close(more)
}

// recordMembers lists the record's members as MarshalJSON writes them: time
// first, then the struct's fields. The chain fields come last and are left
// out of the canonical order.
var recordMembers = newMembers([]string{
	"time", "schema", "kind", "exchange_id", "host", "route", "method", "path", "dialect", "model",
	"stream", "subject", "media", "consent", "redactions", "findings", "outcome", "error_code",
	"upstream_status", "durations", "usage", "rules_version", "content", "feedback", "review",
	"chain", "seq", "prev", "hash",
}, chainFields...)

// record appends rec in the log or the canonical form to o.b and returns
// the result.
func (o *objWriter) record(rec *Record, canon bool) ([]byte, error) {
	o.canon, o.more, o.err = canon, false, nil
	more := o.open()
	for _, k := range recordMembers.order(canon) {
		switch k {
		case "time":
			o.key(k)
			o.b = append(o.b, '"')
			o.b = appendTime(o.b, rec.Time)
			o.b = append(o.b, '"')
		case "schema":
			o.num(k, rec.Schema)
		case "kind":
			o.str(k, rec.Kind)
		case "exchange_id":
			o.strOmit(k, rec.ExchangeID)
		case "host":
			o.strOmit(k, rec.Host)
		case "route":
			o.strOmit(k, rec.Route)
		case "method":
			o.strOmit(k, rec.Method)
		case "path":
			o.strOmit(k, rec.Path)
		case "dialect":
			o.strOmit(k, rec.Dialect)
		case "model":
			o.strOmit(k, rec.Model)
		case "stream":
			if rec.Stream {
				o.key(k)
				o.b = append(o.b, "true"...)
			}
		case "subject":
			o.strOmit(k, rec.Subject)
		case "media":
			o.strOmit(k, rec.Media)
		case "consent":
			if rec.Consent != nil {
				o.key(k)
				o.consent(rec.Consent)
			}
		case "redactions":
			if rec.Redactions != nil {
				o.key(k)
				o.redactions(rec.Redactions)
			}
		case "findings":
			if len(rec.Findings) > 0 {
				o.key(k)
				o.b = append(o.b, '[')
				for i := range rec.Findings {
					if i > 0 {
						o.b = append(o.b, ',')
					}
					o.finding(&rec.Findings[i])
				}
				o.b = append(o.b, ']')
			}
		case "outcome":
			o.strOmit(k, rec.Outcome)
		case "error_code":
			o.strOmit(k, rec.ErrorCode)
		case "upstream_status":
			o.numOmit(k, rec.UpstreamStatus)
		case "durations":
			if rec.Durations != nil {
				o.key(k)
				o.durations(rec.Durations)
			}
		case "usage":
			if rec.Usage != nil {
				o.key(k)
				o.usage(rec.Usage)
			}
		case "rules_version":
			o.strOmit(k, rec.RulesVersion)
		case "content":
			if rec.Content != nil {
				o.key(k)
				o.content(rec.Content)
			}
		case "feedback":
			if rec.Feedback != nil {
				o.key(k)
				o.feedback(rec.Feedback)
			}
		case "review":
			if rec.Review != nil {
				o.key(k)
				o.review(rec.Review)
			}
		case "chain":
			o.strOmit(k, rec.Chain)
		case "seq":
			if rec.Seq != 0 {
				o.key(k)
				o.b = strconv.AppendUint(o.b, rec.Seq, 10)
			}
		case "prev":
			o.strOmit(k, rec.Prev)
		case "hash":
			o.strOmit(k, rec.Hash)
		}
	}
	o.close(more)
	return o.b, o.err
}

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
	return appendJSONStringRepair(b, s, canon)
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

// appendTime appends t in UTC as TimeLayout formats it.
func appendTime(b []byte, t time.Time) []byte {
	t = t.UTC()
	year, month, day := t.Date()
	if year < 0 || year > 9999 {
		return t.AppendFormat(b, TimeLayout)
	}
	hour, min, sec := t.Clock()
	b = appendDigits(b, year, 4)
	b = append(b, '-')
	b = appendDigits(b, int(month), 2)
	b = append(b, '-')
	b = appendDigits(b, day, 2)
	b = append(b, 'T')
	b = appendDigits(b, hour, 2)
	b = append(b, ':')
	b = appendDigits(b, min, 2)
	b = append(b, ':')
	b = appendDigits(b, sec, 2)
	b = append(b, '.')
	b = appendDigits(b, t.Nanosecond()/int(time.Millisecond), 3)
	return append(b, 'Z')
}

// appendDigits appends the n low decimal digits of v (0 <= v), zero-padded.
func appendDigits(b []byte, v, n int) []byte {
	var d [4]byte
	for i := n - 1; i >= 0; i-- {
		d[i] = byte('0' + v%10)
		v /= 10
	}
	return append(b, d[:n]...)
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
