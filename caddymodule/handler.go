package caddymodule

import (
	"crypto/rand"
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/caddyserver/caddy/v2"
	"github.com/caddyserver/caddy/v2/modules/caddyhttp"
	"github.com/tidwall/gjson"

	"github.com/caddy-guardrail/guardrail/caddymodule/consent"
	"github.com/caddy-guardrail/guardrail/caddymodule/exchange"
	"github.com/caddy-guardrail/guardrail/redact"
)

// Consent decisions.
const (
	decisionPersonalize = "personalize"
	decisionAnonymize   = "anonymize"
	decisionDeny        = "deny"
)

// Exchange outcomes, as recorded and counted.
const (
	outcomeForwarded     = "forwarded"
	outcomeDenied        = "denied"
	outcomeBlocked       = "blocked"
	outcomeUpstreamError = "upstream_error"
	outcomeClientAborted = "client_aborted"
	outcomeRejected      = "rejected"
)

// now is the clock; tests may replace it (and since with it).
var now = time.Now

// since is now().Sub(t) for a t from now: time.Since reads only the
// monotonic clock, one clock read instead of the two of time.Now, and an
// exchange measures its durations this way up to a few times per response
// write.
var since = time.Since

// ServeHTTP guards one exchange: consent, request redaction, forwarding to
// next (reverse_proxy), then screening and restoring the answer.
func (g *Guardrail) ServeHTTP(w http.ResponseWriter, r *http.Request, next caddyhttp.Handler) error {
	if g.FeedbackPath != "" && r.URL.Path == g.FeedbackPath {
		return g.serveFeedback(w, r)
	}
	if ablation == ablatePass {
		return next.ServeHTTP(w, r)
	}
	st := g.state.Load()
	x := newExchange(r, st)
	x.route = g.Route
	w.Header()["X-Guardrail-Exchange-Id"] = x.idHeader[:] // canonical key
	if repl, ok := r.Context().Value(caddy.ReplacerCtxKey).(*caddy.Replacer); ok && repl != nil {
		// The placeholders are read from x when a directive asks for one
		// (as Caddy's map handler defers its work): most exchanges read
		// none, and five static values cost map inserts and allocations.
		repl.Map(x.placeholder)
	}
	if ablation == ablateRead || ablation == ablateNoEmit {
		defer x.release() // no record, no metrics
	} else {
		defer g.emit(x)
	}

	d := g.dialectFor(r.URL.Path)
	x.dialect = "unknown"
	if d != nil {
		x.dialect = d.name
	}
	errShape := openAIError
	if d != nil {
		errShape = d.errorBody
	}
	fail := func(e *apiError, outcome string) error {
		x.outcome, x.errCode = outcome, e.code
		writeAPIError(w, errShape, e)
		return nil
	}

	hasBody := r.Body != nil && r.Body != http.NoBody && r.ContentLength != 0
	if !hasBody && (r.Method == http.MethodGet || r.Method == http.MethodHead || r.Method == http.MethodOptions || r.Method == http.MethodDelete) {
		// No body to inspect (model lists, health checks); the query
		// string still is.
		t := &x.redactor
		*t = textRedactor{find: st.find, policy: st.policy, vault: redact.NewVault(g.key)}
		redactQuery(r, t)
		x.redactions = t.stats
		x.outcome = outcomeForwarded
		return g.forward(w, r, next, x, nil, st, nil, false)
	}
	if d == nil && g.UnknownPath == "reject" {
		return fail(errorf(http.StatusNotFound, "unknown_path", "the guardrail does not know the API at this path"), outcomeRejected)
	}
	if d == nil && g.UnknownPath == "pass" {
		x.outcome = outcomeForwarded
		return g.forward(w, r, next, x, nil, st, nil, false)
	}

	dec := g.consent.Decide(r.Context(), r.Header, cookieGetter(r))
	x.setConsent(dec, g.key)
	if dec.ErrCode != "" {
		return fail(errorf(http.StatusForbidden, dec.ErrCode, "consent evidence rejected: %s", dec.ErrReason), outcomeDenied)
	}
	if dec.Outcome == decisionDeny {
		return fail(errorf(http.StatusForbidden, "consent_required",
			"the customer has not granted the purposes this route requires: %s", strings.Join(dec.Missing, ", ")), outcomeDenied)
	}
	personalize := dec.Outcome == decisionPersonalize

	x.body = getBuffer()
	body, aerr := readBodyTo(*x.body, r, g.MaxBodySize)
	if aerr != nil {
		// Some of the body may have been read into the buffer: wipe it all.
		*x.body = (*x.body)[:cap(*x.body)]
		return fail(aerr, outcomeRejected)
	}
	*x.body = body // it may have grown
	x.requestBytes = len(body)
	if ablation == ablateRead {
		x.forward = x.fwd.init(x.body) // forwarded as read
		x.body = nil
		setBody(r, body, x.forward)
		return g.forward(w, r, next, x, nil, st, nil, false)
	}
	t := &x.redactor
	*t = textRedactor{find: st.find, policy: st.policy, vault: redact.NewVault(g.key), cache: g.findCache, gen: st.gen}
	switch ablation {
	case ablateNoFind:
		t.find, t.cache = func(string) []redact.Span { return nil }, nil
	case ablateDiscard:
		t.find, t.cache = func(s string) []redact.Span { st.find(s); return nil }, nil
	}
	fwd := getBuffer() // for a rewritten body
	out, aerr := g.redactBody(r, d, body, t, personalize, x, *fwd)
	redactQuery(r, t)
	x.redactions = t.stats
	if aerr != nil {
		putBuffer(fwd) // nothing was written to it
		return fail(aerr, outcomeRejected)
	}
	if out == nil {
		putBuffer(fwd)
	} else {
		// The forwarded bytes go back to the pool when the exchange and
		// every body reading them have let go (forwardBuffer).
		if sharesMemory(out, body) {
			putBuffer(fwd)
			x.forward = x.fwd.init(x.body) // forwarded as read
			x.body = nil
		} else {
			// Rewritten, in fwd's memory or in a new array that replaces
			// it (nothing was written to fwd's then).
			*fwd = out
			x.forward = x.fwd.init(fwd)
		}
		setBody(r, out, x.forward)
	}
	if g.LogContent == "redacted" {
		x.prompt = string(out)
	}
	x.redactionCount, x.inspected = t.stats.total, true
	x.guardDur += since(x.start)
	if ablation == ablateNoAnswer {
		return g.forward(w, r, next, x, nil, st, t.vault, false) // written through
	}
	return g.forward(w, r, next, x, d, st, t.vault, personalize && g.restore)
}

// redactBody rewrites the body for dialect d (nil: unknown path, redact
// everything). It returns nil when there is no body.
func (g *Guardrail) redactBody(r *http.Request, d *dialect, body []byte, t *textRedactor, personalize bool, x *exchangeState, into []byte) ([]byte, *apiError) {
	if len(body) == 0 {
		return nil, nil
	}
	if d == nil {
		if jsonDepth(body) > maxJSONDepth {
			return nil, errorf(http.StatusBadRequest, "invalid_json", "request body nests JSON deeper than %d levels", maxJSONDepth)
		}
		if gjson.ValidBytes(body) {
			out, err := redactAllJSON(body, t)
			if err != nil {
				return nil, errorf(http.StatusBadRequest, "invalid_json", "request body could not be inspected")
			}
			return out, nil
		}
		if !isValidText(body) {
			return nil, errorf(http.StatusUnsupportedMediaType, "unsupported_body", "request body is neither JSON nor text, so the guardrail cannot inspect it")
		}
		return []byte(t.redact(string(body))), nil
	}
	// The validator notes where the body's long strings end, so that the
	// request scanner need not search them again.
	tape := tapePool.Get().(*[]longString)
	defer putTape(tape)
	e, media := checkJSONMedia(body, d, tape)
	if e != nil {
		return nil, e
	}
	if media {
		var aerr *apiError
		if body, aerr = walkMedia(d, g.Media, body, x); aerr != nil {
			return nil, aerr
		}
		*tape = (*tape)[:0] // the offsets were the body's before the walk
	}
	// A read-only view of body, not a copy: nothing writes to body after
	// it was read (edits.apply builds a new slice), so the strings taken
	// from text (model, redacted values) stay as they were.
	text := unsafe.String(unsafe.SliceData(body), len(body))
	userID := func(id string) string {
		if !personalize {
			return "anonymous"
		}
		return redact.KeyedHash(g.key, id)
	}
	var top [2]topMember
	out, err := redactJSONTop(body, text, d.request, d.user, t, userID, true, into, *tape, &top) // checkJSON passed; media edits insert JSON literals
	model, stream := x.readModelStream(d, r, text, &top, err == nil)
	x.setModel(model)
	x.stream = stream
	if err != nil {
		return nil, errorf(http.StatusBadRequest, "invalid_json", "request body could not be inspected")
	}
	return out, nil
}

// requestRoot returns what a dialect's model and stream read the request
// from: the body's first top-level "model" and "stream" members, as the
// scan noted them, alone in a small object (in x's memory), or the whole
// body when one of them is an object or an array. The dialects' model and
// stream read only those two members (TestRequestRootSame), and gjson's Get
// finds the first of each, so the answers are the same; the small object
// spares two searches of the body that pass over every member before the
// one sought (the messages, in the order the OpenAI Python SDK sends
// them: ~2 µs for a 2 KB body, ~40 µs for 32 KB).
func (x *exchangeState) requestRoot(text string, top *[2]topMember) gjson.Result {
	b := append(x.topBuf[:0], '{')
	for k, m := range top {
		if !m.found {
			continue
		}
		if m.nested {
			return gjson.Parse(text)
		}
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = append(b, '"')
		b = append(b, topKeys[k]...)
		b = append(b, '"', ':')
		b = append(b, text[m.start:m.end]...)
	}
	b = append(b, '}')
	return gjson.Parse(unsafe.String(unsafe.SliceData(b), len(b)))
}

// forward calls next with a wrapped writer that screens and restores the
// answer, and finishes the exchange record.
func (g *Guardrail) forward(w http.ResponseWriter, r *http.Request, next caddyhttp.Handler, x *exchangeState, d *dialect, st *ruleState, vault *redact.Vault, restore bool) (err error) {
	// Let Go's transport negotiate compression and hand us plain bytes.
	delete(r.Header, "Accept-Encoding") // r.Header.Del, with the key in canonical form
	// The consent evidence (subject id, consent token, granted purposes, the
	// TCF string in its header and cookie) identifies the customer: it is
	// for the guardrail, not for the provider (evidence.go).
	g.evidenceKeys().strip(r.Header)
	aw := newAnswerWriter(w, g, d, st, x, vault, restore)
	defer func() {
		x.total = since(x.start)
		if rec := recover(); rec != nil {
			if rec == http.ErrAbortHandler {
				if aw.cut {
					err = nil // we ended the stream on purpose
					return
				}
				if r.Context().Err() != nil {
					x.outcome = outcomeClientAborted
					panic(rec)
				}
				x.outcome = outcomeUpstreamError
				if aw.mode == modeStream && aw.stream != nil {
					// The provider broke off mid-stream: end the client's
					// stream well-formed, with an error event in the API's
					// own shape, instead of a broken connection.
					aw.stream.breakOff()
					err = nil
					return
				}
			}
			panic(rec)
		}
	}()
	err = next.ServeHTTP(aw, r)
	if err != nil {
		if r.Context().Err() != nil {
			x.outcome = outcomeClientAborted
			return err
		}
		x.outcome = outcomeUpstreamError
		if !aw.wroteHeader {
			// reverse_proxy could not reach the upstream: answer in the
			// dialect's shape rather than an empty error page.
			status := http.StatusBadGateway
			if he, ok := errors.AsType[caddyhttp.HandlerError](err); ok && he.StatusCode != 0 {
				status = he.StatusCode
			}
			x.upstreamStatus = 0
			x.errCode = "upstream_unavailable"
			shape := openAIError
			if d != nil {
				shape = d.errorBody
			}
			writeAPIError(w, shape, errorf(status, "upstream_unavailable", "the model provider could not be reached"))
			return nil
		}
		return err
	}
	if ferr := aw.finish(); ferr != nil {
		return ferr
	}
	if x.outcome == "" {
		x.outcome = outcomeForwarded
		if x.upstreamStatus >= 400 {
			x.outcome = outcomeUpstreamError
		}
	}
	// A client that hung up before the answer was complete aborted it; one
	// that closes right after a stream's terminal event did not.
	if r.Context().Err() != nil && x.outcome == outcomeForwarded && !(aw.stream != nil && aw.stream.done) {
		x.outcome = outcomeClientAborted
	}
	return nil
}

// placeholder gives the request's replacer the exchange's placeholders,
// {http.guardrail.*}. Each is known from the point where the exchange learnt
// its value, as when they were set then: the consent ones once consent was
// decided, redactions once the body was inspected.
func (x *exchangeState) placeholder(key string) (any, bool) {
	name, ok := strings.CutPrefix(key, "http.guardrail.")
	if !ok {
		return nil, false
	}
	switch {
	case name == "exchange_id":
		return x.id, true
	case name == "consent.decision" && x.consented:
		return x.consentDecision, true
	case name == "consent.sources" && x.consented:
		return strings.Join(x.consentSources, ","), true
	case name == "consent.purposes" && x.consented:
		return strings.Join(x.consentGranted, ","), true
	case name == "redactions" && x.inspected:
		return x.redactionCount, true
	}
	return nil, false
}

// dialectFor returns the dialect of a request path: the route's pinned
// dialect, unless the path clearly belongs to another one (then that one,
// so a pinned dialect never skips fields of another API's body).
//
// A route mostly serves one API path, so the answer for the last path of
// a known API is kept: a request to the same path compares two strings
// instead of calling the dialects' match functions in turn (six for the
// OpenAI chat path, each reading its own dialect's memory).
func (g *Guardrail) dialectFor(p string) *dialect {
	if m := g.dialect.Load(); m != nil && m.path == p {
		return m.d
	}
	detected := detectDialect(p)
	if detected == nil {
		// Unknown paths are not kept: any path may reach here, and
		// paths of no API may carry data of their own.
		if g.Dialect != "" {
			return dialectByName(g.Dialect)
		}
		return nil
	}
	if len(p) <= maxDialectPath {
		g.dialect.Store(&dialectMemo{path: strings.Clone(p), d: detected})
	}
	return detected
}

// dialectMemo is the dialect of one API path (dialectFor).
type dialectMemo struct {
	path string
	d    *dialect
}

// maxDialectPath bounds the paths dialectFor keeps.
const maxDialectPath = 256

// redactQuery redacts personal data in the request's query values; the
// query is rewritten only when something was found.
func redactQuery(r *http.Request, t *textRedactor) {
	if r.URL.RawQuery == "" {
		return
	}
	q, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		// Unparseable: redact it as one text.
		r.URL.RawQuery = url.QueryEscape(t.redact(r.URL.RawQuery))
		return
	}
	changed := false
	for k, vs := range q {
		for i, v := range vs {
			if out := t.redact(v); out != v {
				vs[i], changed = out, true
			}
		}
		q[k] = vs
	}
	if changed {
		r.URL.RawQuery = q.Encode()
	}
}

// writeAPIError writes e in the dialect's error shape.
func writeAPIError(w http.ResponseWriter, shape func(int, string, string) []byte, e *apiError) {
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Del("Content-Length")
	w.WriteHeader(e.status)
	_, _ = w.Write(shape(e.status, e.code, e.message))
}

func cookieGetter(r *http.Request) func(string) (string, bool) {
	return func(name string) (string, bool) {
		c, err := r.Cookie(name)
		if err != nil {
			return "", false
		}
		return c.Value, true
	}
}

func isValidText(b []byte) bool {
	if !utf8.Valid(b) {
		return false
	}
	return !slices.Contains(b, 0)
}

// newExchangeID returns a random 128-bit id in hex, stored in buf (which
// must not change afterwards).
func newExchangeID(buf *[32]byte) string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	exchange.EncodeHex(buf[:], b[:])
	return unsafe.String(&buf[0], len(buf))
}

// setConsent keeps what the exchange records of a consent decision; from
// here on the consent placeholders are known.
func (x *exchangeState) setConsent(d consent.Decision, key []byte) {
	x.consented = true
	x.consentDecision = d.Outcome
	x.consentSources = d.Sources
	x.consentGranted = d.Granted
	x.consentMissing = d.Missing
	if s := d.Subject(); s != "" {
		x.subject = redact.KeyedHash(key, s)
	}
}

// dropCookie removes the cookie named name from every Cookie header line
// and the line when nothing else is left in it; the other cookies keep
// their order and values (a line that held the cookie is rejoined with
// "; ", lines without it are left as they are).
func dropCookie(h http.Header, name string) {
	lines := h["Cookie"]
	kept := lines[:0]
	for _, line := range lines {
		if !strings.Contains(line, name) {
			kept = append(kept, line)
			continue
		}
		var b strings.Builder
		for part := range strings.SplitSeq(line, ";") {
			pair := strings.TrimSpace(part)
			if n, _, _ := strings.Cut(pair, "="); strings.TrimSpace(n) == name || pair == "" {
				continue
			}
			if b.Len() > 0 {
				b.WriteString("; ")
			}
			b.WriteString(pair)
		}
		if b.Len() > 0 {
			kept = append(kept, b.String())
		}
	}
	if len(kept) == 0 {
		delete(h, "Cookie")
		return
	}
	h["Cookie"] = kept
}
