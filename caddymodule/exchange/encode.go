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

// objWriter appends the members of JSON objects, in the log or the
// canonical form.
//
// When it writes both forms of one record (log form first), it notes where
// each scalar value sits in the log form, by a slot fixed per member, and
// the canonical pass copies those bytes instead of encoding the value
// again: only the keys are written in another order. A value whose
// canonical bytes differ (a string with invalid UTF-8) gets no slot and is
// encoded again.
type objWriter struct {
	b     []byte
	canon bool
	more  bool // a member was written: the next one needs a comma
	err   error

	memo  bool   // note (log pass) or use (canonical pass) value slots
	src   []byte // the log form, during the canonical pass
	spans []span // by slot

	// timeStart and timeEnd are where the last record's time was written
	// in b, without its quotes: Emit hands the log the same bytes instead
	// of formatting the time again.
	timeStart, timeEnd int

	// seen remembers values canonicalRecord wrote as they are (see
	// cstrSeen); it is kept when the writer goes back to its pool.
	seen [numSeen][]byte
	// lastRedactions is the last redactions object canonicalRecord wrote
	// with every string as it is (see credactions); kept like seen.
	lastRedactions redactionsSeen
	// byType is the by_type counts of the record canonicalRecord wrote
	// last, sorted by key, when they are lastRedactions' (nil otherwise):
	// Emit hands them to the log so that zap's pass neither iterates the
	// map nor sorts its keys again. The slice is never written once set.
	byType []count
	// clock is the date and time to the second of the last record time
	// canonicalRecord wrote; kept like seen.
	clock clockCache
}

// clockCache is a time as TimeLayout formats it up to the seconds,
// "2006-01-02T15:04:05", and the Unix second it is of. A busy server
// writes many records within one second, and working out the date and
// the clock of each costs more than the rest of its time.
type clockCache struct {
	sec    int64
	ok     bool
	prefix [len("2006-01-02T15:04:05")]byte
}

// appendTime is appendTime(b, t), from the cache when t is in the same
// second as the time before.
func (c *clockCache) appendTime(b []byte, t time.Time) []byte {
	sec := t.Unix()
	if c.ok && sec == c.sec {
		b = append(b, c.prefix[:]...)
		b = append(b, '.')
		b = appendDigits(b, t.Nanosecond()/int(time.Millisecond), 3)
		return append(b, 'Z')
	}
	start := len(b)
	b = appendTime(b, t)
	// Only the layout's own form is kept (years 0 to 9999); times
	// outside it are formatted by time.AppendFormat each time.
	if w := b[start:]; len(w) == len("2006-01-02T15:04:05.000Z") && w[len(c.prefix)] == '.' {
		copy(c.prefix[:], w)
		c.sec, c.ok = sec, true
	}
	return b
}

// redactionsSeen is a redactions object canonicalRecord wrote, its members
// and its bytes.
type redactionsSeen struct {
	total  int
	byType []count // sorted by key; a new slice for each object, never written after
	rules  []string
	enc    []byte // from '{' to '}'
}

// span is where a value sits in the log form; the zero span means none.
// The spans slice only grows (a record's log pass clears it), so no stale
// span can show through.
type span struct{ start, end int }

// key appends a member's key, given quoted with its colon.
//
//go:noinline
func (o *objWriter) key(qk string) {
	if o.more {
		o.b = append(o.b, ',')
	}
	o.more = true
	o.b = append(o.b, qk...)
}

// reuse copies the log-form bytes of the value at slot in the canonical
// pass and reports whether it did.
func (o *objWriter) reuse(slot int) bool {
	if !o.memo || !o.canon || slot >= len(o.spans) {
		return false
	}
	sp := o.spans[slot]
	if sp.end == 0 {
		return false
	}
	o.b = append(o.b, o.src[sp.start:sp.end]...)
	return true
}

// note records, in the log pass, that the value at slot was written from
// start to the end of o.b; with same false, its canonical bytes differ.
func (o *objWriter) note(slot, start int, same bool) {
	if !o.memo || o.canon {
		return
	}
	if slot >= len(o.spans) {
		o.spans = slices.Grow(o.spans, slot+1-len(o.spans))[:slot+1]
	}
	if same {
		o.spans[slot] = span{start, len(o.b)}
	} else {
		o.spans[slot] = span{}
	}
}

func (o *objWriter) str(slot int, qk, v string) {
	o.key(qk)
	if o.reuse(slot) {
		return
	}
	start := len(o.b)
	var repaired bool
	o.b, repaired = appendJSONStringRepair(o.b, v, o.canon)
	o.note(slot, start, !repaired)
}

func (o *objWriter) strOmit(slot int, qk, v string) {
	if v != "" {
		o.str(slot, qk, v)
	}
}

func (o *objWriter) num(slot int, qk string, v int) {
	o.key(qk)
	if o.reuse(slot) {
		return
	}
	start := len(o.b)
	o.b = strconv.AppendInt(o.b, int64(v), 10)
	o.note(slot, start, true)
}

func (o *objWriter) numOmit(slot int, qk string, v int) {
	if v != 0 {
		o.num(slot, qk, v)
	}
}

func (o *objWriter) float(slot int, qk string, v float64) {
	o.key(qk)
	if o.reuse(slot) {
		return
	}
	start := len(o.b)
	var err error
	if o.b, err = appendFloat(o.b, v); err != nil {
		o.err = err
	}
	o.note(slot, start, true)
}

func (o *objWriter) floatOmit(slot int, qk string, v float64) {
	if v != 0 {
		o.float(slot, qk, v)
	}
}

func (o *objWriter) strs(slot int, qk string, v []string) {
	if len(v) == 0 {
		return
	}
	o.key(qk)
	if o.reuse(slot) {
		return
	}
	start, same := len(o.b), true
	o.b = append(o.b, '[')
	for i, s := range v {
		if i > 0 {
			o.b = append(o.b, ',')
		}
		var repaired bool
		o.b, repaired = appendJSONStringRepair(o.b, s, o.canon)
		same = same && !repaired
	}
	o.b = append(o.b, ']')
	o.note(slot, start, same)
}

// members are the member keys of an object type in struct order, and the
// order in which the canonical form lists them (sorted by key). The value
// of member i of an object whose slots start at base has slot base+i.
type members struct {
	keys   []string
	quoted []string // `"key":`
	log    []int    // 0, 1, …: struct order
	canon  []int    // indexes sorted by key, without the omitted ones
	base   int      // the first slot of the type (findings: of the first one)
}

// newMembers returns the members with the given keys in struct order; the
// keys in omit are left out of the canonical order. Their slots follow
// those of after (nil: they start at 0), which also orders the package's
// initialisation.
func newMembers(after *members, keys []string, omit ...string) *members {
	m := &members{keys: keys}
	if after != nil {
		m.base = after.base + len(after.keys)
	}
	for i, k := range keys {
		m.quoted = append(m.quoted, `"`+k+`":`)
		m.log = append(m.log, i)
		if !slices.Contains(omit, k) {
			m.canon = append(m.canon, i)
		}
	}
	slices.SortFunc(m.canon, func(a, b int) int { return strings.Compare(keys[a], keys[b]) })
	return m
}

// order returns the member indexes in the order of the log or the
// canonical form.
func (m *members) order(canon bool) []int {
	if canon {
		return m.canon
	}
	return m.log
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
// being written, switching on the member's index in struct order: each type
// names its indexes as constants and lists its keys by them, and a switch on
// the index compiles to a jump table, where one on the key compared strings
// for every member. The switches use static calls only, so a record handed
// to the encoder does not escape to the heap.

// The members of a record, in struct order.
const (
	recTime = iota
	recSchema
	recKind
	recExchangeID
	recHost
	recRoute
	recMethod
	recPath
	recDialect
	recModel
	recStream
	recSubject
	recMedia
	recConsent
	recRedactions
	recFindings
	recOutcome
	recErrorCode
	recUpstreamStatus
	recDurations
	recUsage
	recRulesVersion
	recContent
	recFeedback
	recReview
	recChain
	recSeq
	recPrev
	recHash
)

var recordMembers = newMembers(nil, []string{
	recTime:           "time",
	recSchema:         "schema",
	recKind:           "kind",
	recExchangeID:     "exchange_id",
	recHost:           "host",
	recRoute:          "route",
	recMethod:         "method",
	recPath:           "path",
	recDialect:        "dialect",
	recModel:          "model",
	recStream:         "stream",
	recSubject:        "subject",
	recMedia:          "media",
	recConsent:        "consent",
	recRedactions:     "redactions",
	recFindings:       "findings",
	recOutcome:        "outcome",
	recErrorCode:      "error_code",
	recUpstreamStatus: "upstream_status",
	recDurations:      "durations",
	recUsage:          "usage",
	recRulesVersion:   "rules_version",
	recContent:        "content",
	recFeedback:       "feedback",
	recReview:         "review",
	recChain:          "chain",
	recSeq:            "seq",
	recPrev:           "prev",
	recHash:           "hash",
}, chainFields...)

const (
	consentDecision = iota
	consentSources
	consentPurposes
	consentMissing
)

var consentMembers = newMembers(recordMembers, []string{
	consentDecision: "decision",
	consentSources:  "sources",
	consentPurposes: "purposes",
	consentMissing:  "missing",
})

func (o *objWriter) consent(c *Consent) {
	m := consentMembers
	more := o.open()
	for _, i := range m.order(o.canon) {
		slot, qk := m.base+i, m.quoted[i]
		switch i {
		case consentDecision:
			o.str(slot, qk, c.Decision)
		case consentSources:
			o.strs(slot, qk, c.Sources)
		case consentPurposes:
			o.strs(slot, qk, c.Purposes)
		case consentMissing:
			o.strs(slot, qk, c.Missing)
		}
	}
	o.close(more)
}

const (
	redactionsTotal = iota
	redactionsByType
	redactionsRules
)

var redactionsMembers = newMembers(consentMembers, []string{
	redactionsTotal:  "total",
	redactionsByType: "by_type",
	redactionsRules:  "rules",
})

func (o *objWriter) redactions(r *Redactions) {
	m := redactionsMembers
	more := o.open()
	for _, i := range m.order(o.canon) {
		slot, qk := m.base+i, m.quoted[i]
		switch i {
		case redactionsTotal:
			o.num(slot, qk, r.Total)
		case redactionsByType:
			o.counts(slot, qk, r.ByType)
		case redactionsRules:
			o.strs(slot, qk, r.Rules)
		}
	}
	o.close(more)
}

const (
	durationsGuardrailMs = iota
	durationsUpstreamTtfbMs
	durationsTotalMs
)

var durationsMembers = newMembers(redactionsMembers, []string{
	durationsGuardrailMs:    "guardrail_ms",
	durationsUpstreamTtfbMs: "upstream_ttfb_ms",
	durationsTotalMs:        "total_ms",
})

func (o *objWriter) durations(d *Durations) {
	m := durationsMembers
	more := o.open()
	for _, i := range m.order(o.canon) {
		slot, qk := m.base+i, m.quoted[i]
		switch i {
		case durationsGuardrailMs:
			o.float(slot, qk, d.GuardrailMS)
		case durationsUpstreamTtfbMs:
			o.floatOmit(slot, qk, d.UpstreamTTFBMS)
		case durationsTotalMs:
			o.float(slot, qk, d.TotalMS)
		}
	}
	o.close(more)
}

const (
	usagePromptTokens = iota
	usageCompletionTokens
	usageTotalTokens
)

var usageMembers = newMembers(durationsMembers, []string{
	usagePromptTokens:     "prompt_tokens",
	usageCompletionTokens: "completion_tokens",
	usageTotalTokens:      "total_tokens",
})

func (o *objWriter) usage(u *Usage) {
	m := usageMembers
	more := o.open()
	for _, i := range m.order(o.canon) {
		slot, qk := m.base+i, m.quoted[i]
		switch i {
		case usagePromptTokens:
			o.num(slot, qk, u.PromptTokens)
		case usageCompletionTokens:
			o.num(slot, qk, u.CompletionTokens)
		case usageTotalTokens:
			o.num(slot, qk, u.TotalTokens)
		}
	}
	o.close(more)
}

const (
	contentPrompt = iota
	contentAnswer
)

var contentMembers = newMembers(usageMembers, []string{
	contentPrompt: "prompt",
	contentAnswer: "answer",
})

func (o *objWriter) content(c *Content) {
	m := contentMembers
	more := o.open()
	for _, i := range m.order(o.canon) {
		slot, qk := m.base+i, m.quoted[i]
		switch i {
		case contentPrompt:
			o.strOmit(slot, qk, c.Prompt)
		case contentAnswer:
			o.strOmit(slot, qk, c.Answer)
		}
	}
	o.close(more)
}

const (
	feedbackKind = iota
	feedbackMessage
)

var feedbackMembers = newMembers(contentMembers, []string{
	feedbackKind:    "kind",
	feedbackMessage: "message",
})

func (o *objWriter) feedback(f *Feedback) {
	m := feedbackMembers
	more := o.open()
	for _, i := range m.order(o.canon) {
		slot, qk := m.base+i, m.quoted[i]
		switch i {
		case feedbackKind:
			o.str(slot, qk, f.Kind)
		case feedbackMessage:
			o.strOmit(slot, qk, f.Message)
		}
	}
	o.close(more)
}

const (
	reviewVerdict = iota
	reviewNote
	reviewBy
	reviewRules
)

var reviewMembers = newMembers(feedbackMembers, []string{
	reviewVerdict: "verdict",
	reviewNote:    "note",
	reviewBy:      "by",
	reviewRules:   "rules",
})

func (o *objWriter) review(r *Review) {
	m := reviewMembers
	more := o.open()
	for _, i := range m.order(o.canon) {
		slot, qk := m.base+i, m.quoted[i]
		switch i {
		case reviewVerdict:
			o.str(slot, qk, r.Verdict)
		case reviewNote:
			o.strOmit(slot, qk, r.Note)
		case reviewBy:
			o.strOmit(slot, qk, r.By)
		case reviewRules:
			o.strs(slot, qk, r.Rules)
		}
	}
	o.close(more)
}

// findingMembers comes last: finding n has its slots from base+n*5.
const (
	findingCategory = iota
	findingRule
	findingSeverity
	findingAction
	findingExcerpt
)

var findingMembers = newMembers(reviewMembers, []string{
	findingCategory: "category",
	findingRule:     "rule",
	findingSeverity: "severity",
	findingAction:   "action",
	findingExcerpt:  "excerpt",
})

func (o *objWriter) finding(n int, f *Finding) {
	m := findingMembers
	base := m.base + n*len(m.keys)
	more := o.open()
	for _, i := range m.order(o.canon) {
		slot, qk := base+i, m.quoted[i]
		switch i {
		case findingCategory:
			o.str(slot, qk, f.Category)
		case findingRule:
			o.str(slot, qk, f.Rule)
		case findingSeverity:
			o.strOmit(slot, qk, f.Severity)
		case findingAction:
			o.strOmit(slot, qk, f.Action)
		case findingExcerpt:
			o.strOmit(slot, qk, f.Excerpt)
		}
	}
	o.close(more)
}

// record appends rec in the log or the canonical form to o.b and returns
// the result.
func (o *objWriter) record(rec *Record, canon bool) ([]byte, error) {
	o.canon, o.more, o.err = canon, false, nil
	if o.memo && !canon {
		clear(o.spans)
	}
	m := recordMembers
	more := o.open()
	for _, i := range m.order(canon) {
		slot, qk := m.base+i, m.quoted[i]
		switch i {
		case recTime:
			o.key(qk)
			start := len(o.b)
			if !o.reuse(slot) {
				o.b = append(o.b, '"')
				o.b = appendTime(o.b, rec.Time)
				o.b = append(o.b, '"')
				o.note(slot, start, true)
			}
			o.timeStart, o.timeEnd = start+1, len(o.b)-1
		case recSchema:
			o.num(slot, qk, rec.Schema)
		case recKind:
			o.str(slot, qk, rec.Kind)
		case recExchangeID:
			o.strOmit(slot, qk, rec.ExchangeID)
		case recHost:
			o.strOmit(slot, qk, rec.Host)
		case recRoute:
			o.strOmit(slot, qk, rec.Route)
		case recMethod:
			o.strOmit(slot, qk, rec.Method)
		case recPath:
			o.strOmit(slot, qk, rec.Path)
		case recDialect:
			o.strOmit(slot, qk, rec.Dialect)
		case recModel:
			o.strOmit(slot, qk, rec.Model)
		case recStream:
			if rec.Stream {
				o.key(qk)
				o.b = append(o.b, "true"...)
			}
		case recSubject:
			o.strOmit(slot, qk, rec.Subject)
		case recMedia:
			o.strOmit(slot, qk, rec.Media)
		case recConsent:
			if rec.Consent != nil {
				o.key(qk)
				o.consent(rec.Consent)
			}
		case recRedactions:
			if rec.Redactions != nil {
				o.key(qk)
				o.redactions(rec.Redactions)
			}
		case recFindings:
			if len(rec.Findings) > 0 {
				o.key(qk)
				o.b = append(o.b, '[')
				for n := range rec.Findings {
					if n > 0 {
						o.b = append(o.b, ',')
					}
					o.finding(n, &rec.Findings[n])
				}
				o.b = append(o.b, ']')
			}
		case recOutcome:
			o.strOmit(slot, qk, rec.Outcome)
		case recErrorCode:
			o.strOmit(slot, qk, rec.ErrorCode)
		case recUpstreamStatus:
			o.numOmit(slot, qk, rec.UpstreamStatus)
		case recDurations:
			if rec.Durations != nil {
				o.key(qk)
				o.durations(rec.Durations)
			}
		case recUsage:
			if rec.Usage != nil {
				o.key(qk)
				o.usage(rec.Usage)
			}
		case recRulesVersion:
			o.strOmit(slot, qk, rec.RulesVersion)
		case recContent:
			if rec.Content != nil {
				o.key(qk)
				o.content(rec.Content)
			}
		case recFeedback:
			if rec.Feedback != nil {
				o.key(qk)
				o.feedback(rec.Feedback)
			}
		case recReview:
			if rec.Review != nil {
				o.key(qk)
				o.review(rec.Review)
			}
		case recChain:
			o.strOmit(slot, qk, rec.Chain)
		case recSeq:
			if rec.Seq != 0 {
				o.key(qk)
				o.b = strconv.AppendUint(o.b, rec.Seq, 10)
			}
		case recPrev:
			o.strOmit(slot, qk, rec.Prev)
		case recHash:
			o.strOmit(slot, qk, rec.Hash)
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
	return o.canonicalRecord(rec)
}

// counts appends a map of counts with its keys sorted, as encoding/json
// does. In the canonical form, keys are compared after decoding, so keys
// that are not valid UTF-8 are first repaired (each bad byte becomes
// U+FFFD) and of keys that then collide the last one wins, as in Canonical.
func (o *objWriter) counts(slot int, qk string, m map[string]int) {
	if len(m) == 0 {
		return
	}
	o.key(qk)
	if o.reuse(slot) {
		return
	}
	start := len(o.b)
	// The members with their counts, read in one pass over the map (no
	// lookup per key afterwards), sorted by key.
	var arr [16]count
	sorted := arr[:0]
	valid := true
	for key, n := range m {
		sorted = append(sorted, count{key, n})
		valid = valid && utf8.ValidString(key)
	}
	slices.SortFunc(sorted, func(a, b count) int { return strings.Compare(a.key, b.key) })
	defer o.note(slot, start, valid)
	if !o.canon || valid {
		o.b = append(o.b, '{')
		for i, c := range sorted {
			if i > 0 {
				o.b = append(o.b, ',')
			}
			o.b = appendJSONString(o.b, c.key)
			o.b = append(o.b, ':')
			o.b = strconv.AppendInt(o.b, int64(c.n), 10)
		}
		o.b = append(o.b, '}')
		return
	}
	cs := make([]count, len(sorted))
	for i, c := range sorted {
		cs[i] = count{repairUTF8(c.key), c.n}
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

// count is one member of a counts object.
type count struct {
	key string
	n   int
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
	if out, ok := appendMillis(b, f); ok {
		return out, nil
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

// appendMillis appends f as appendFloat does when f is a whole number of
// thousandths (n/1000, as durations in milliseconds with microsecond
// precision are), without strconv's shortest-digits search: the digits of
// n with a decimal point before the last three, trailing zeros trimmed.
// That is the shortest decimal that reads back as f, because n/1000 is
// exact and, below 2^40, floats lie closer together than the 0.001 by
// which any shorter decimal differs from it. It reports false for other
// values.
func appendMillis(b []byte, f float64) ([]byte, bool) {
	const limit = 1 << 40
	m := math.Round(f * 1000)
	if !(m > -limit && m < limit) {
		return b, false
	}
	n := int64(m)
	if float64(n)/1000 != f || n == 0 && math.Signbit(f) {
		return b, false
	}
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	b = strconv.AppendInt(b, n/1000, 10)
	frac := n % 1000
	if frac == 0 {
		return b, true
	}
	digits := [3]byte{byte('0' + frac/100), byte('0' + frac/10%10), byte('0' + frac%10)}
	k := 3
	for digits[k-1] == '0' {
		k--
	}
	b = append(b, '.')
	return append(b, digits[:k]...), true
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
	eb.body, eb.canon, eb.w = eb.body[:0], eb.canon[:0], objWriter{spans: eb.w.spans, seen: eb.w.seen, lastRedactions: eb.w.lastRedactions, clock: eb.w.clock}
	encodePool.Put(eb)
}

// canonicalRecord appends the canonical form of rec without its chain
// fields to o.b and returns the result: what record(rec, true) writes
// without value slots, with every member written by a static call in
// canonical (sorted) key order, instead of the member loop and its
// switch. Emit encodes every record this way before it takes the lock;
// TestCanonicalRecordSame holds it to record(rec, true).
func (o *objWriter) canonicalRecord(rec *Record) ([]byte, error) {
	o.canon, o.more, o.err, o.memo = true, false, nil, false
	o.byType = nil
	more := o.open()
	if c := rec.Consent; c != nil {
		o.key(`"consent":`)
		m := o.open()
		o.cstrSeen(seenDecision, `"decision":`, c.Decision)
		o.cstrs(`"missing":`, c.Missing)
		o.cstrs(`"purposes":`, c.Purposes)
		o.cstrs(`"sources":`, c.Sources)
		o.close(m)
	}
	if c := rec.Content; c != nil {
		o.key(`"content":`)
		m := o.open()
		o.cstrOmit(`"answer":`, c.Answer)
		o.cstrOmit(`"prompt":`, c.Prompt)
		o.close(m)
	}
	o.cstrSeenOmit(seenDialect, `"dialect":`, rec.Dialect)
	if d := rec.Durations; d != nil {
		o.key(`"durations":`)
		m := o.open()
		o.cfloat(`"guardrail_ms":`, d.GuardrailMS)
		o.cfloat(`"total_ms":`, d.TotalMS)
		if d.UpstreamTTFBMS != 0 {
			o.cfloat(`"upstream_ttfb_ms":`, d.UpstreamTTFBMS)
		}
		o.close(m)
	}
	o.cstrSeenOmit(seenErrorCode, `"error_code":`, rec.ErrorCode)
	o.cstrOmit(`"exchange_id":`, rec.ExchangeID)
	if f := rec.Feedback; f != nil {
		o.key(`"feedback":`)
		m := o.open()
		o.cstr(`"kind":`, f.Kind)
		o.cstrOmit(`"message":`, f.Message)
		o.close(m)
	}
	if len(rec.Findings) > 0 {
		o.key(`"findings":`)
		o.b = append(o.b, '[')
		for n := range rec.Findings {
			if n > 0 {
				o.b = append(o.b, ',')
			}
			f := &rec.Findings[n]
			m := o.open()
			o.cstrOmit(`"action":`, f.Action)
			o.cstr(`"category":`, f.Category)
			o.cstrOmit(`"excerpt":`, f.Excerpt)
			o.cstr(`"rule":`, f.Rule)
			o.cstrOmit(`"severity":`, f.Severity)
			o.close(m)
		}
		o.b = append(o.b, ']')
	}
	o.cstrSeenOmit(seenHost, `"host":`, rec.Host)
	o.cstrSeen(seenKind, `"kind":`, rec.Kind)
	o.cstrSeenOmit(seenMedia, `"media":`, rec.Media)
	o.cstrSeenOmit(seenMethod, `"method":`, rec.Method)
	o.cstrSeenOmit(seenModel, `"model":`, rec.Model)
	o.cstrSeenOmit(seenOutcome, `"outcome":`, rec.Outcome)
	o.cstrSeenOmit(seenPath, `"path":`, rec.Path)
	if r := rec.Redactions; r != nil {
		o.key(`"redactions":`)
		o.credactions(r)
	}
	if r := rec.Review; r != nil {
		o.key(`"review":`)
		m := o.open()
		o.cstrOmit(`"by":`, r.By)
		o.cstrOmit(`"note":`, r.Note)
		o.cstrs(`"rules":`, r.Rules)
		o.cstr(`"verdict":`, r.Verdict)
		o.close(m)
	}
	o.cstrSeenOmit(seenRoute, `"route":`, rec.Route)
	o.cstrSeenOmit(seenRulesVersion, `"rules_version":`, rec.RulesVersion)
	o.key(`"schema":`)
	o.b = strconv.AppendInt(o.b, int64(rec.Schema), 10)
	if rec.Stream {
		o.key(`"stream":`)
		o.b = append(o.b, "true"...)
	}
	o.cstrOmit(`"subject":`, rec.Subject)
	o.key(`"time":`)
	o.b = append(o.b, '"')
	o.timeStart = len(o.b)
	o.b = o.clock.appendTime(o.b, rec.Time)
	o.timeEnd = len(o.b)
	o.b = append(o.b, '"')
	if rec.UpstreamStatus != 0 {
		o.key(`"upstream_status":`)
		o.b = strconv.AppendInt(o.b, int64(rec.UpstreamStatus), 10)
	}
	if u := rec.Usage; u != nil {
		o.key(`"usage":`)
		m := o.open()
		o.key(`"completion_tokens":`)
		o.b = strconv.AppendInt(o.b, int64(u.CompletionTokens), 10)
		o.key(`"prompt_tokens":`)
		o.b = strconv.AppendInt(o.b, int64(u.PromptTokens), 10)
		o.key(`"total_tokens":`)
		o.b = strconv.AppendInt(o.b, int64(u.TotalTokens), 10)
		o.close(m)
	}
	o.close(more)
	return o.b, o.err
}

// cstr appends a member with a string value in the canonical form.
func (o *objWriter) cstr(qk, v string) {
	o.key(qk)
	o.b, _ = appendJSONStringRepair(o.b, v, true)
}

// cstrOmit is cstr for a member left out when v is empty.
func (o *objWriter) cstrOmit(qk, v string) {
	if v != "" {
		o.cstr(qk, v)
	}
}

// cstrs appends a member with a list of strings in the canonical form,
// unless the list is empty.
func (o *objWriter) cstrs(qk string, v []string) {
	if len(v) == 0 {
		return
	}
	o.key(qk)
	o.b = append(o.b, '[')
	for i, s := range v {
		if i > 0 {
			o.b = append(o.b, ',')
		}
		o.b, _ = appendJSONStringRepair(o.b, s, true)
	}
	o.b = append(o.b, ']')
}

// cfloat appends a member with a float value.
func (o *objWriter) cfloat(qk string, v float64) {
	o.key(qk)
	var err error
	if o.b, err = appendFloat(o.b, v); err != nil {
		o.err = err
	}
}

// credactions appends the canonical redactions object r. The records of a
// route's exchanges often redact the same kinds of data with the same
// rules: when r's members equal those of the last object written with
// every string as it is, that object's bytes are copied instead of testing
// each type and rule id for escaping again.
func (o *objWriter) credactions(r *Redactions) {
	last := &o.lastRedactions
	if last.enc != nil && r.Total == last.total && sameCounts(r.ByType, last.byType) && slices.Equal(r.Rules, last.rules) {
		o.b, o.more = append(o.b, last.enc...), true
		o.byType = last.byType
		return
	}
	var arr [16]count
	sorted := arr[:0]
	for key, n := range r.ByType {
		sorted = append(sorted, count{key, n})
	}
	slices.SortFunc(sorted, func(a, b count) int { return strings.Compare(a.key, b.key) })
	start := len(o.b)
	m := o.open()
	o.counts(0, `"by_type":`, r.ByType)
	o.cstrs(`"rules":`, r.Rules)
	o.key(`"total":`)
	o.b = strconv.AppendInt(o.b, int64(r.Total), 10)
	o.close(m)
	enc := o.b[start:]
	if len(enc) > maxSeenRedactions || !plainCounts(sorted) || !plainStrings(r.Rules) {
		*last = redactionsSeen{} // remember nothing
		return
	}
	// Copies: the record's strings may point into buffers that are
	// reused after Emit. The counts go into a new slice: the log of an
	// earlier record may still hold the old one (see objWriter.byType).
	last.total = r.Total
	last.byType = make([]count, len(sorted))
	for i, c := range sorted {
		last.byType[i] = count{strings.Clone(c.key), c.n}
	}
	o.byType = last.byType
	last.rules = last.rules[:0]
	for _, id := range r.Rules {
		last.rules = append(last.rules, strings.Clone(id))
	}
	last.enc = append(last.enc[:0], enc...)
}

// sameCounts reports whether m holds exactly the counts cs (distinct keys):
// one lookup per remembered type, where sorting m's members to compare them
// in order costs an iteration of the map and a sort.
func sameCounts(m map[string]int, cs []count) bool {
	if len(m) != len(cs) {
		return false
	}
	for _, c := range cs {
		if n, ok := m[c.key]; !ok || n != c.n {
			return false
		}
	}
	return true
}

// maxSeenRedactions bounds the redactions object objWriter remembers.
const maxSeenRedactions = 1 << 10

// plainCounts reports whether every key of cs is written as it is.
func plainCounts(cs []count) bool {
	for _, c := range cs {
		if skipJSONSafe(c.key, 0) != len(c.key) {
			return false
		}
	}
	return true
}

// plainStrings reports whether every string of ss is written as it is.
func plainStrings(ss []string) bool {
	for _, s := range ss {
		if skipJSONSafe(s, 0) != len(s) {
			return false
		}
	}
	return true
}

// The members whose last plain value objWriter.seen keeps.
const (
	seenKind = iota
	seenHost
	seenRoute
	seenMethod
	seenPath
	seenDialect
	seenModel
	seenOutcome
	seenErrorCode
	seenMedia
	seenRulesVersion
	seenDecision
	numSeen
)

// maxSeen bounds the values objWriter.seen keeps.
const maxSeen = 256

// cstrSeen is cstr for a member whose value usually repeats from one record
// to the next (a server's host, path, model, dialect, outcome, rules
// version): when v equals the last value of member i that was written as
// it is, v is written as it is again, without testing each of its bytes
// for escaping. Only a copy of a value whose encoding added nothing to it
// is kept: every escape and every repair of invalid UTF-8 makes the
// encoding longer than the value, so a value encoded in exactly its
// length plus the quotes was copied verbatim.
func (o *objWriter) cstrSeen(i int, qk, v string) {
	o.key(qk)
	if string(o.seen[i]) == v {
		o.b = append(o.b, '"')
		o.b = append(o.b, v...)
		o.b = append(o.b, '"')
		return
	}
	start := len(o.b)
	o.b, _ = appendJSONStringRepair(o.b, v, true)
	if len(o.b)-start == len(v)+2 && len(v) <= maxSeen {
		o.seen[i] = append(o.seen[i][:0], v...)
	}
}

// cstrSeenOmit is cstrSeen for a member left out when v is empty.
func (o *objWriter) cstrSeenOmit(i int, qk, v string) {
	if v != "" {
		o.cstrSeen(i, qk, v)
	}
}
