package caddymodule

import (
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"
	"unsafe"

	"github.com/caddy-guardrail/guardrail/caddymodule/exchange"
	"github.com/caddy-guardrail/guardrail/redact"
)

// exchangeState collects what the record of one exchange says. Only the handler
// goroutine writes it (the answer writer runs on that goroutine too).
type exchangeState struct {
	id              string
	start           time.Time
	host, method    string
	route           string
	path            string
	rulesVersion    string
	dialect         string
	model           string
	stream          bool
	requestBytes    int
	subject         string // keyed hash
	consented       bool   // the consent decision was made
	consentDecision string
	consentSources  []string
	consentGranted  []string
	consentMissing  []string
	redactions      redactStats
	inspected       bool // the request body was inspected: redactionCount is known
	redactionCount  int  // redactions.total, kept for the placeholder (emit releases redactions)
	findings        []findingRecord
	outcome         string
	errCode         string
	upstreamStatus  int
	guardDur        time.Duration // the guardrail's own processing time
	ttfb            time.Duration // upstream time to first byte
	total           time.Duration
	usage           tokenUsage
	prompt, answer  string     // content capture (redacted only)
	answerBuf       []byte     // streamed answer text captured for log_content, bounded
	st              *ruleState // the rules snapshot the exchange runs with
	media           string     // image/audio/file parts: "", passed, dropped or rejected

	// In-place storage, so that an exchange costs fewer allocations.
	idBuf    [32]byte     // the bytes of id
	idHeader [1]string    // the X-Guardrail-Exchange-Id header value
	modelBuf [48]byte     // the bytes of model, when it fits
	topBuf   [80]byte     // requestRoot's small object, when it fits
	redactor textRedactor // the request's redactor
	aw       answerWriter // the answer's writer

	// body is the pooled buffer the request body was read into; nil when
	// there is none or when the body was forwarded as it was read (then
	// forward holds it: Go's transport may still read it after the
	// exchange). release gives it back.
	body *[]byte

	// forward holds the forwarded request body when it is pooled; release
	// drops the exchange's reference to it.
	forward *forwardBuffer
	// fwd is what forward points to, in x's own memory (one allocation
	// fewer per exchange): x is never reused, so it stays valid for as
	// long as the transport's bodies hold it.
	fwd forwardBuffer
}

// findingRecord is one screening finding as recorded: never raw PII, the
// excerpt is the model's text around the match before restoring, redacted
// again.
type findingRecord struct {
	category, rule, severity, action, excerpt string
}

func newExchange(r *http.Request, st *ruleState) *exchangeState {
	x := &exchangeState{
		start:        now(),
		host:         r.Host,
		method:       r.Method,
		path:         r.URL.Path,
		rulesVersion: st.version,
		st:           st,
	}
	x.id = newExchangeID(&x.idBuf)
	x.idHeader[0] = x.id
	return x
}

// emit writes the exchange record and counts the exchange in the metrics.
func (g *Guardrail) emit(x *exchangeState) {
	if x.total == 0 {
		x.total = since(x.start)
	}
	if x.outcome == "" {
		x.outcome = outcomeForwarded
	}
	if len(x.answerBuf) > 0 {
		// Streamed text before restoring: placeholders only, unless the model
		// wrote personal data itself, so it is redacted again.
		text := string(x.answerBuf)
		x.answer = redact.Apply(text, x.st.find(text), x.st.policy, nil)
	}
	x.observe()
	p := recordPool.Get().(*recordParts)
	g.emitter.Emit(x.record(p))
	p.reset()
	recordPool.Put(p)
	// The record was written: the redaction counts can be reused. The
	// request's redactor holds the same maps.
	x.redactor.stats = redactStats{}
	x.redactions.release()
	x.release()
}

// release gives back the exchange's pooled memory: its vault, the request
// body as read and the buffered answer. It runs last, after the record was
// written: until then the record's strings may point into the buffers, and
// after it nothing of the exchange runs any more (reverse_proxy has
// returned, the answer was written, its stream ended).
func (x *exchangeState) release() {
	if v := x.redactor.vault; v != nil {
		x.redactor.vault, x.aw.vault = nil, nil
		v.Release()
	}
	if x.body != nil {
		putBuffer(x.body)
		x.body = nil
	}
	if x.forward != nil {
		x.forward.release()
		x.forward = nil
	}
	if aw := &x.aw; aw.bufp != nil {
		*aw.bufp = aw.buf
		putBuffer(aw.bufp)
		aw.buf, aw.bufp = nil, nil
	}
}

// setModel keeps the request's model name, in x's own memory when it fits:
// m may point into the pooled request body.
func (x *exchangeState) setModel(m string) {
	if len(m) > len(x.modelBuf) {
		x.model = strings.Clone(m)
		return
	}
	n := copy(x.modelBuf[:], m)
	x.model = unsafe.String(&x.modelBuf[0], n)
}

// recordParts is an exchange record and the parts it points to, in one
// reusable piece: Emit encodes a record and does not keep it, so rendering
// the records of a busy server allocates nothing.
type recordParts struct {
	rec        exchange.Record
	durations  exchange.Durations
	consent    exchange.Consent
	redactions exchange.Redactions
	usage      exchange.Usage
	content    exchange.Content
	rules      []string // sorted, for the record
	findings   []exchange.Finding

	// rulesFrom is the list of rule ids (in the order the exchange saw
	// them) that rules was sorted from, copied: a route's exchanges
	// mostly redact with the same rules in the same order, and then the
	// sorted list is reused instead of sorted again. Both outlive reset.
	rulesFrom []string
}

var recordPool = sync.Pool{New: func() any { return new(recordParts) }}

// maxPooledFindings bounds the findings slice a pooled recordParts keeps.
const maxPooledFindings = 16

// reset clears p for reuse, dropping the references the exchange put in it
// (rules and rulesFrom hold copies of their own).
func (p *recordParts) reset() {
	rules, rulesFrom, findings := p.rules, p.rulesFrom, p.findings
	clear(findings)
	if cap(findings) > maxPooledFindings {
		findings = nil
	}
	if len(rulesFrom) > maxPooledFindings {
		rules, rulesFrom = nil, nil
	}
	*p = recordParts{rules: rules, rulesFrom: rulesFrom, findings: findings[:0]}
}

// record renders the exchange as its log record in p and returns it.
func (x *exchangeState) record(p *recordParts) *exchange.Record {
	p.durations = exchange.Durations{
		GuardrailMS:    ms(x.guardDur),
		UpstreamTTFBMS: ms(x.ttfb),
		TotalMS:        ms(x.total),
	}
	p.rec = exchange.Record{
		Kind:           exchange.KindExchange,
		ExchangeID:     x.id,
		Time:           x.start,
		Host:           x.host,
		Route:          x.route,
		Method:         x.method,
		Path:           x.redacted(x.path),
		Dialect:        x.dialect,
		Model:          x.redacted(x.model),
		Stream:         x.stream,
		Subject:        x.subject,
		Media:          x.media,
		Outcome:        x.outcome,
		ErrorCode:      x.errCode,
		UpstreamStatus: x.upstreamStatus,
		RulesVersion:   x.rulesVersion,
		Durations:      &p.durations,
	}
	rec := &p.rec
	if x.consentDecision != "" {
		p.consent = exchange.Consent{
			Decision: x.consentDecision,
			Sources:  x.consentSources,
			Purposes: x.consentGranted,
			Missing:  x.consentMissing,
		}
		rec.Consent = &p.consent
	}
	if x.redactions.total > 0 {
		if !slices.Equal(x.redactions.rules, p.rulesFrom) {
			p.rulesFrom = p.rulesFrom[:0]
			for _, id := range x.redactions.rules {
				p.rulesFrom = append(p.rulesFrom, strings.Clone(id))
			}
			p.rules = append(p.rules[:0], p.rulesFrom...)
			slices.Sort(p.rules)
		}
		p.redactions = exchange.Redactions{Total: x.redactions.total, ByType: x.redactions.byType, Rules: p.rules}
		rec.Redactions = &p.redactions
	}
	if len(x.findings) > 0 {
		findings := p.findings[:0]
		for _, f := range x.findings {
			findings = append(findings, exchange.Finding{
				Category: f.category, Rule: f.rule, Severity: f.severity, Action: f.action, Excerpt: f.excerpt,
			})
		}
		p.findings = findings
		rec.Findings = findings
	}
	if !x.usage.isZero() {
		p.usage = exchange.Usage{
			PromptTokens:     int(x.usage.Prompt),
			CompletionTokens: int(x.usage.Completion),
			TotalTokens:      int(x.usage.Total),
		}
		rec.Usage = &p.usage
	}
	if x.prompt != "" || x.answer != "" {
		p.content = exchange.Content{Prompt: x.prompt, Answer: x.answer}
		rec.Content = &p.content
	}
	return rec
}

// maxRecordedFindings bounds the findings one record lists; the rest are
// counted in the metrics only.
const maxRecordedFindings = 100

// maxCapturedAnswer bounds the streamed answer text kept for log_content.
const maxCapturedAnswer = 64 << 10

// captureAnswer keeps streamed answer text for content capture, up to
// maxCapturedAnswer bytes.
func (x *exchangeState) captureAnswer(s string) {
	if room := maxCapturedAnswer - len(x.answerBuf); room > 0 {
		x.answerBuf = append(x.answerBuf, s[:min(len(s), room)]...)
	}
}

// redacted returns s with any personal data replaced, for client-supplied
// strings the record keeps (path, model).
func (x *exchangeState) redacted(s string) string {
	if s == "" || x.st == nil {
		return s
	}
	return x.st.clean.redacted(x.st, s)
}

// ms converts a duration to milliseconds with microsecond precision.
func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
