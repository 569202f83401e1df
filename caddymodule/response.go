package caddymodule

import (
	"errors"
	"io"
	"mime"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"unsafe"

	"github.com/caddyserver/caddy/v2/modules/caddyhttp"
	"github.com/tidwall/gjson"

	"github.com/caddy-guardrail/guardrail/redact"
	"github.com/caddy-guardrail/guardrail/rules"
)

// errStreamCut is returned from Write after the guardrail ended a stream on
// purpose (a blocked finding); reverse_proxy then aborts the upstream
// request, and ServeHTTP recovers the resulting http.ErrAbortHandler.
var errStreamCut = errors.New("guardrail ended the stream")

// answerMode is how the answer writer treats the upstream's answer.
type answerMode uint8

const (
	modePass   answerMode = iota // written through unchanged
	modeBuffer                   // a whole JSON answer, processed at the end
	modeStream                   // SSE or NDJSON, processed event by event
	modeFailed                   // cannot be inspected: replaced by an error
)

// answerWriter wraps the ResponseWriter given to reverse_proxy. It screens
// and restores the answer: whole JSON answers are buffered (bounded by
// max_answer_size), streams are processed event by event with a bounded
// hold-back window.
type answerWriter struct {
	*caddyhttp.ResponseWriterWrapper
	rww     caddyhttp.ResponseWriterWrapper // what the embedded pointer points to: one allocation for both
	g       *Guardrail
	d       *dialect
	st      *ruleState
	x       *exchangeState
	vault   *redact.Vault
	restore bool

	mode        answerMode
	status      int
	wroteHeader bool
	firstByte   bool
	buf         []byte  // a whole answer, in *bufp's memory or grown from it
	bufp        *[]byte // the pooled buffer; exchangeState.release gives it back
	failCode    string
	stream      *streamState
	cut         bool

	// scratch space of processWhole, kept here so that it is not
	// allocated on its own
	texts    []answerText
	textsArr [2]answerText
	edits    jsonEdits
}

// newAnswerWriter returns the answer writer of exchange x, which lives in
// x: one allocation for both.
func newAnswerWriter(w http.ResponseWriter, g *Guardrail, d *dialect, st *ruleState, x *exchangeState, vault *redact.Vault, restore bool) *answerWriter {
	aw := &x.aw
	*aw = answerWriter{
		rww: caddyhttp.ResponseWriterWrapper{ResponseWriter: w},
		g:   g, d: d, st: st, x: x, vault: vault, restore: restore,
	}
	aw.ResponseWriterWrapper = &aw.rww
	return aw
}

// WriteHeader decides, from the upstream's status and headers, how the
// answer is treated.
func (aw *answerWriter) WriteHeader(status int) {
	if status < 200 {
		aw.ResponseWriter.WriteHeader(status)
		return
	}
	if aw.wroteHeader {
		return
	}
	aw.wroteHeader = true
	aw.status = status
	aw.x.upstreamStatus = status
	h := aw.Header()
	ct := mediaType(headerValue(h, "Content-Type"))
	enc := strings.ToLower(headerValue(h, "Content-Encoding"))
	switch {
	case aw.d == nil || status >= 300:
		// Unknown API or an upstream error: nothing of ours to screen. The
		// body echoes at most what the provider received, already redacted.
		aw.mode = modePass
	case enc != "" && enc != "identity":
		aw.mode, aw.failCode = modeFailed, "upstream_encoding"
	case ct == "text/event-stream" && aw.d.format == formatSSE,
		(ct == "application/x-ndjson" || ct == "application/jsonl") && aw.d.format == formatNDJSON:
		aw.mode = modeStream
		aw.stream = newStreamState(aw)
	case ct == "text/event-stream" || ct == "application/x-ndjson" || ct == "application/jsonl":
		// A stream in a framing this dialect does not speak: fail closed.
		aw.mode, aw.failCode = modeFailed, "upstream_format"
	default:
		aw.mode = modeBuffer
	}
	switch aw.mode {
	case modeBuffer:
		aw.bufp = getBuffer()
		aw.buf = *aw.bufp
		// Size the buffer once when the upstream says how long its answer is.
		// (Without the header, ParseInt would allocate its error.)
		if cl := headerValue(h, "Content-Length"); cl != "" {
			if n, err := strconv.ParseInt(cl, 10, 64); err == nil && n > 0 && n <= aw.g.MaxAnswerSize {
				aw.buf = slices.Grow(aw.buf, int(n))
			}
		}
	case modePass:
		aw.ResponseWriter.WriteHeader(status)
	case modeStream:
		delete(h, "Content-Length") // h.Del, with the key in canonical form
		aw.ResponseWriter.WriteHeader(status)
	}
	// modeBuffer and modeFailed write their header in finish.
}

func (aw *answerWriter) Write(p []byte) (int, error) {
	if !aw.wroteHeader {
		aw.WriteHeader(http.StatusOK)
	}
	if !aw.firstByte && len(p) > 0 {
		aw.firstByte = true
		aw.x.ttfb = since(aw.x.start) - aw.x.guardDur
	}
	switch aw.mode {
	case modePass:
		return aw.ResponseWriter.Write(p)
	case modeBuffer:
		if int64(len(aw.buf)+len(p)) > aw.g.MaxAnswerSize {
			aw.mode, aw.failCode = modeFailed, "answer_too_large"
			aw.buf, aw.bufp = nil, nil // not worth keeping
			return len(p), nil
		}
		aw.buf = append(aw.buf, p...)
		return len(p), nil
	case modeStream:
		if aw.cut {
			return 0, errStreamCut
		}
		t0 := since(aw.x.start)
		err := aw.stream.write(p)
		aw.x.guardDur += since(aw.x.start) - t0
		if err != nil {
			return 0, err
		}
		return len(p), nil
	}
	return len(p), nil // modeFailed: discard
}

// ReadFrom makes sure io.Copy goes through Write.
func (aw *answerWriter) ReadFrom(r io.Reader) (int64, error) {
	if aw.mode == modePass && aw.wroteHeader {
		return aw.ResponseWriterWrapper.ReadFrom(r)
	}
	return io.Copy(writerOnly{aw}, r)
}

// writerOnly hides ReadFrom so io.Copy uses Write.
type writerOnly struct{ io.Writer }

// FlushError flushes what has been released to the client. Buffered answers
// are not flushed before they are complete.
func (aw *answerWriter) FlushError() error {
	if !aw.wroteHeader || aw.mode == modeBuffer || aw.mode == modeFailed {
		return nil
	}
	return http.NewResponseController(aw.ResponseWriter).Flush()
}

// Flush implements http.Flusher for handlers that do not use FlushError.
func (aw *answerWriter) Flush() { _ = aw.FlushError() }

// finish processes a buffered answer or ends a stream after next returned.
func (aw *answerWriter) finish() error {
	switch aw.mode {
	case modeBuffer:
		// A read-only view: nothing writes to aw.buf any more.
		body := unsafe.String(unsafe.SliceData(aw.buf), len(aw.buf))
		t0 := since(aw.x.start)
		// The dialect's fast reader checks the answer is JSON as it reads
		// it; when it declines, validJSON checks and processWhole reads.
		var u tokenUsage
		read := false
		aw.texts = aw.textsArr[:0]
		if aw.d.wholeFast != nil {
			aw.texts, u, read = aw.d.wholeFast(body, aw.texts)
		}
		// gjson.Valid(body), faster: validJSON reads JSON as gjson does
		// but stops at maxJSONDepth (FuzzRequestRewrite holds the two alike).
		if !read && !validJSON(aw.buf) && !(jsonDepth(aw.buf) > maxJSONDepth && gjson.Valid(body)) {
			// A known API answers JSON; anything else could carry text the
			// screener never saw (a stream sent as text/plain): fail closed.
			aw.mode, aw.failCode = modeFailed, "upstream_format"
			return aw.finish()
		}
		if !read {
			// As before the fast reader: validJSON's pass is not counted
			// as processing (the fast reader's, which validates as it
			// reads, is).
			t0 = since(aw.x.start)
		}
		out, edited := aw.processWhole(body, read, u)
		aw.x.guardDur += since(aw.x.start) - t0
		size := len(body)
		if edited {
			size = len(out)
		}
		setContentLength(aw.Header(), size)
		aw.ResponseWriter.WriteHeader(aw.status)
		if !edited {
			out = aw.buf // no copy of the answer
		}
		_, err := aw.ResponseWriter.Write(out)
		return err
	case modeFailed:
		aw.x.outcome, aw.x.errCode = outcomeUpstreamError, aw.failCode
		h := aw.Header()
		h.Del("Content-Encoding")
		msg := map[string]string{
			"upstream_encoding": "the model provider's answer is compressed in a way the guardrail cannot inspect",
			"upstream_format":   "the model provider's answer has a format the guardrail cannot inspect",
			"answer_too_large":  "the model provider's answer is larger than the guardrail's limit",
		}[aw.failCode]
		writeAPIError(aw.ResponseWriter, aw.d.errorBody, errorf(http.StatusBadGateway, aw.failCode, "%s", msg))
		return nil
	case modeStream:
		return aw.stream.end()
	}
	return nil
}

// headerValue is h.Get(key) for a key in canonical form, which every key
// this file reads is (TestHeaderKeysCanonical): Get would canonicalize it
// again on every call.
func headerValue(h http.Header, key string) string {
	if v := h[key]; len(v) > 0 {
		return v[0]
	}
	return ""
}

// setContentLength sets h's Content-Length to n. An answer that was not
// edited usually has the length its upstream announced, and then the value
// reverse_proxy copied is kept instead of formatting and setting it again.
func setContentLength(h http.Header, n int) {
	if v := h["Content-Length"]; len(v) == 1 {
		var buf [20]byte
		if v[0] == string(strconv.AppendInt(buf[:0], int64(n), 10)) {
			return
		}
	}
	h.Set("Content-Length", strconv.Itoa(n))
}

// processWhole screens and restores a whole JSON answer, which finish has
// checked is valid JSON; body is a view of aw.buf. When read is set, the
// dialect's fast reader already put the answer's texts in aw.texts and
// read its usage u. It returns the answer to send and whether it differs
// from body; when it does not, out is nil.
func (aw *answerWriter) processWhole(body string, read bool, u tokenUsage) (out []byte, edited bool) {
	// The parsed root is only needed by the general reader and to block
	// a channel; an answer the fast reader read is parsed only then.
	var root gjson.Result
	if !read {
		root = gjson.Parse(body)
		aw.texts = aw.textsArr[:0]
		collect := func(t answerText) { aw.texts = append(aw.texts, t) }
		if aw.d.wholeAnswer != nil {
			u = aw.d.wholeAnswer(root, collect)
		} else {
			u = aw.d.usage(root)
			aw.d.answer(root, collect)
		}
	}
	if !u.isZero() {
		aw.x.usage = u
	}
	texts := aw.texts

	blocked := map[string]bool{}
	var flagged []string
	if aw.st.screener != nil {
		for _, t := range texts {
			if t.kind != textContent {
				continue
			}
			s := t.value.String()
			for _, f := range aw.st.screener.Scan(s) {
				a := aw.recordFinding(f, s)
				switch a {
				case actBlock:
					blocked[t.channel] = true
					flagged = append(flagged, f.Category+"/"+f.Rule)
				case actFlag:
					flagged = append(flagged, f.Category+"/"+f.Rule)
				}
			}
		}
	}
	if aw.g.LogContent == "redacted" {
		// The answer before restoring holds placeholders only, unless the
		// model wrote personal data itself: redact it again for the record.
		t := &textRedactor{find: aw.st.find, policy: aw.st.policy, vault: redact.NewVault(aw.g.key)}
		if red, err := redactAllJSON(aw.buf, t); err == nil {
			aw.x.answer = string(red)
		}
		t.stats.release()
		t.vault.Release()
	}
	edits := &aw.edits
	if len(blocked) > 0 && read {
		root = gjson.Parse(body)
	}
	for ch := range blocked {
		aw.d.block(root, ch, aw.blockMessage(), edits)
	}
	if len(blocked) > 0 {
		aw.x.outcome = outcomeBlocked
	}
	if len(flagged) > 0 {
		aw.Header().Set("X-Guardrail-Findings", strings.Join(dedupe(flagged), ", "))
	}
	if aw.restore && aw.vault != nil && aw.vault.Len() > 0 {
		for _, t := range texts {
			if blocked[t.channel] && t.kind == textContent {
				continue
			}
			s := t.value.String()
			out := aw.vault.Restore(s)
			if out != s && isJSONText(s) {
				// JSON text: restored values must be escaped.
				out = restoreJSONText(aw.vault, s, false)
			}
			if out != s {
				edits.setString(t.value, out)
			}
		}
	}
	if len(*edits) == 0 {
		return nil, false
	}
	return edits.apply(aw.buf), true
}

// mediaType returns the lowercased media type of a Content-Type value, as
// mime.ParseMediaType does (empty when the value is not a valid media
// type), without parsing the parameters when they cannot change the
// result: only a duplicate parameter makes ParseMediaType return no type,
// and that takes at least two.
func mediaType(v string) string {
	switch v {
	case "application/json", "text/event-stream", "application/x-ndjson":
		return v // what providers send, written as ParseMediaType returns it
	}
	if strings.Count(v, ";") > 1 {
		mt, _, _ := mime.ParseMediaType(v)
		return mt
	}
	base, _, _ := strings.Cut(v, ";")
	mt := strings.TrimSpace(strings.ToLower(base))
	typ, sub, ok := strings.Cut(mt, "/")
	if !isToken(typ) || (ok && !isToken(sub)) {
		return ""
	}
	return mt
}

// isToken reports whether s is a non-empty MIME token (RFC 2045).
func isToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !tokenByte[s[i]] {
			return false
		}
	}
	return true
}

// tokenByte marks the bytes of a MIME token: printable ASCII except space
// and the tspecials.
var tokenByte = func() (t [256]bool) {
	for c := byte('!'); c < 0x7f; c++ {
		t[c] = strings.IndexByte(tspecials, c) < 0
	}
	return t
}()

// tspecials are the MIME tspecials (RFC 2045).
const tspecials = `()<>@,;:\"/[]?=`

func (aw *answerWriter) blockMessage() string {
	if aw.g.Screen != nil && aw.g.Screen.BlockMessage != "" {
		return aw.g.Screen.BlockMessage
	}
	return defaultBlockMessage
}

// recordFinding adds a finding to the exchange record and returns its
// action. text is the model's text before restoring (placeholders only); the
// excerpt is redacted again in case the model wrote personal data itself.
func (aw *answerWriter) recordFinding(f rules.Finding, text string) action {
	a := aw.st.actionFor(f)
	lo, hi := max(0, f.Start-24), min(len(text), f.End+24)
	for lo > 0 && !utf8RuneStart(text[lo]) {
		lo--
	}
	for hi < len(text) && !utf8RuneStart(text[hi]) {
		hi++
	}
	ex := text[lo:hi]
	spans := aw.st.find(ex)
	excerpt := redact.Apply(ex, spans, aw.st.policy, nil)
	if len(spans) == 0 {
		// The record outlives text, which may be a view of a pooled buffer.
		excerpt = strings.Clone(ex)
	}
	if len(aw.x.findings) >= maxRecordedFindings {
		// The record lists the first ones; the metrics count them all.
		metricFindings.WithLabelValues(f.Category, a.String()).Inc()
		return a
	}
	aw.x.findings = append(aw.x.findings, findingRecord{
		category: f.Category, rule: f.Rule, severity: f.Severity.String(), action: a.String(), excerpt: excerpt,
	})
	return a
}

func dedupe(s []string) []string {
	seen := make(map[string]bool, len(s))
	out := s[:0]
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}
