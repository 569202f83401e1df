package caddymodule

import (
	"bytes"
	"net/http"
	"slices"
	"strings"

	"github.com/tidwall/gjson"

	"github.com/caddy-guardrail/guardrail/redact"
	"github.com/caddy-guardrail/guardrail/rules"
)

// maxEventSize bounds one stream event (an SSE event or an NDJSON line). A
// longer event cannot be inspected and ends the stream.
const maxEventSize = 1 << 20

// streamState processes one streamed answer: it splits the bytes into
// events, passes each text delta through the screener and the restorer, and
// re-emits the events with the released text. Memory is bounded by the
// largest event plus the hold-back windows, never by the answer's length.
type streamState struct {
	aw       *answerWriter
	line     []byte   // incomplete line
	event    [][]byte // lines of the current SSE event
	channels map[string]*channel
	order    []string
	tmpl     []byte   // the last JSON event, template for synthesized ones
	flags    []string // category/rule of flagging findings, each once
	flagged  bool     // the findings comment was written
	done     bool     // the stream's terminal event was written
	out      bytes.Buffer

	// Buffers reused from event to event: nothing keeps them past the
	// event (writeEvent copies into out, tmpl is a copy).
	eventBuf []byte   // bytes of the current SSE event's lines
	dataBuf  []byte   // the current SSE event's joined data
	other    [][]byte // the current SSE event's non-data lines

	// The current event's delta visit: onDelta is created once per
	// stream, so visiting an event allocates no closure.
	cur     deltaVisit
	onDelta func(answerText)
}

// deltaVisit is what visiting the texts of one event collects.
type deltaVisit struct {
	final  bool
	edits  jsonEdits
	texts  []finalText
	cutErr error
}

// channel is one output of a stream (a choice's content, a tool call's
// arguments) with its own screening and restoring state.
type channel struct {
	kind     textKind
	screen   *rules.Stream
	restorer *redact.Restorer
	// JSON text (text that starts with '{': OpenAI tool call arguments,
	// JSON-mode content) gets its restored values JSON-escaped: jsonText
	// is jsonUndecided until the first non-space byte, held keeps the
	// input the restorer holds back, prevWord whether the byte before it
	// was an ASCII word byte.
	jsonText uint8
	vault    *redact.Vault
	held     []byte
	prevWord bool
	pending  []byte // screened-in text not yet released
	fed      int    // bytes written to the screener
	released int    // bytes released (absolute offset)
	text     []byte // recent text, for finding excerpts (bounded)
}

func newStreamState(aw *answerWriter) *streamState {
	return &streamState{aw: aw, channels: map[string]*channel{}}
}

// write consumes upstream bytes.
func (s *streamState) write(p []byte) error {
	for len(p) > 0 {
		i := bytes.IndexByte(p, '\n')
		if i < 0 {
			if len(s.line)+len(p) > maxEventSize {
				return s.abort("upstream_event_too_large")
			}
			s.line = append(s.line, p...)
			return s.flush()
		}
		var line []byte
		if len(s.line) > 0 {
			s.line = append(s.line, p[:i]...)
			line = s.line
		} else {
			line = p[:i]
		}
		p = p[i+1:]
		line = bytes.TrimSuffix(line, []byte{'\r'})
		if err := s.handleLine(line); err != nil {
			return err
		}
		s.line = s.line[:0]
	}
	return s.flush()
}

func (s *streamState) handleLine(line []byte) error {
	if s.aw.d.format == formatNDJSON {
		if len(bytes.TrimSpace(line)) == 0 {
			return nil
		}
		return s.handleData(nil, line)
	}
	if len(line) == 0 {
		ev := s.event
		s.event = s.event[:0]
		if len(ev) == 0 {
			return nil
		}
		err := s.handleSSE(ev)
		s.eventBuf = s.eventBuf[:0]
		return err
	}
	size := len(line)
	for _, l := range s.event {
		size += len(l)
	}
	if size > maxEventSize {
		return s.abort("upstream_event_too_large")
	}
	// The lines share eventBuf. When it grows, earlier lines keep pointing
	// to the old array, which nothing writes to any more.
	start := len(s.eventBuf)
	s.eventBuf = append(s.eventBuf, line...)
	s.event = append(s.event, s.eventBuf[start:len(s.eventBuf):len(s.eventBuf)])
	return nil
}

// handleSSE processes one complete SSE event.
func (s *streamState) handleSSE(lines [][]byte) error {
	other := s.other[:0]
	data := s.dataBuf[:0]
	hasData := false
	for _, l := range lines {
		if v, ok := bytes.CutPrefix(l, []byte("data:")); ok {
			v = bytes.TrimPrefix(v, []byte(" "))
			if hasData {
				data = append(data, '\n')
			}
			data = append(data, v...)
			hasData = true
			continue
		}
		other = append(other, l)
	}
	s.other, s.dataBuf = other, data
	if len(other) == 0 {
		other = nil
	}
	if len(data) == 0 {
		data = nil
	}
	if !hasData {
		// Comments, retry or id lines only: pass them on.
		s.writeEvent(other, nil)
		return nil
	}
	return s.handleData(other, data)
}

// handleData processes the payload of one event. other holds the event's
// non-data SSE lines (event:, id:), nil for NDJSON.
func (s *streamState) handleData(other [][]byte, data []byte) error {
	d := s.aw.d
	if d.done != "" && string(bytes.TrimSpace(data)) == d.done {
		if err := s.drain(); err != nil {
			return err
		}
		s.writeFlags()
		s.writeEvent(other, data)
		s.done = true
		return nil
	}
	if !gjson.ValidBytes(data) {
		// Not JSON: it cannot carry screened text in any dialect we speak,
		// but it could carry anything: fail closed.
		return s.abort("upstream_invalid_event")
	}
	ev := gjson.ParseBytes(data)
	s.tmpl = append(s.tmpl[:0], data...)
	if u := d.usage(ev); !u.isZero() {
		s.aw.x.usage = u
	}
	final := d.final(ev)
	clear(s.cur.edits)
	clear(s.cur.texts)
	s.cur = deltaVisit{final: final, edits: s.cur.edits[:0], texts: s.cur.texts[:0]}
	if s.onDelta == nil {
		s.onDelta = s.visitDelta
	}
	d.delta(ev, s.onDelta)
	edits, texts, cutErr := s.cur.edits, s.cur.texts, s.cur.cutErr
	if final {
		return s.finishFinal(other, data, edits, texts, cutErr != nil)
	}
	if cutErr != nil {
		s.writeEvent(other, edits.apply(data))
		return s.cutStream()
	}
	s.writeEvent(other, edits.apply(data))
	return nil
}

// visitDelta passes one text of the current event through its channel and
// collects the edits in s.cur. In the event that ends the answer, channel
// texts are edited only after their channels are finished (finishFinal).
func (s *streamState) visitDelta(t answerText) {
	if s.cur.cutErr != nil {
		return
	}
	in := t.value.String()
	if t.kind == textWhole {
		if s.aw.restore && s.aw.vault != nil && s.aw.vault.Len() > 0 {
			if out := s.aw.vault.Restore(in); out != in {
				if isJSONText(in) {
					out = restoreJSONText(s.aw.vault, in, false)
				}
				s.cur.edits.setString(t.value, out)
			}
		}
		return
	}
	out, blocked := s.channel(t.channel, t.kind).write(s, in)
	if s.cur.final {
		s.cur.texts = append(s.cur.texts, finalText{value: t.value, key: t.channel, in: in, out: out})
	} else if out != in {
		s.cur.edits.setString(t.value, out)
	}
	if blocked {
		s.cur.cutErr = errStreamCut
	}
}

// finalText is one channel text of the event that ends the answer, with
// the text released for it so far.
type finalText struct {
	value   gjson.Result
	key     string
	in, out string
}

// finishFinal ends the answer at its final event, whose own texts were
// already passed through their channels: every channel is screened to its
// end and releases what it still holds, appended to the channel's last
// text in this event, so text order is kept and nothing follows the final
// event; a channel without text in this event gets a synthesized event
// before it. Then the findings comment and the final event. A blocking
// finding (blocked: already in this event's texts) cuts the stream
// instead: the text released before it goes out in synthesized events.
func (s *streamState) finishFinal(other [][]byte, data []byte, edits jsonEdits, texts []finalText, blocked bool) error {
	last := make(map[string]int, len(texts))
	for i, t := range texts {
		last[t.key] = i
	}
	if !blocked {
		for _, key := range s.order {
			out, b := s.channels[key].finish(s)
			blocked = blocked || b
			if i, ok := last[key]; ok {
				texts[i].out += out
			} else if out != "" {
				s.writeText(key, out)
			}
		}
	}
	if blocked {
		for _, t := range texts {
			if t.out != "" {
				s.writeText(t.key, t.out)
			}
		}
		return s.cutStream()
	}
	for _, t := range texts {
		if t.out != t.in {
			edits.setString(t.value, t.out)
		}
	}
	s.writeFlags()
	s.writeEvent(other, edits.apply(data))
	if s.aw.d.done == "" {
		// No terminal data line follows (NDJSON, Anthropic, Gemini): the
		// answer is complete with its final event.
		s.done = true
	}
	return nil
}

// writeText writes a synthesized event carrying text for channel key.
func (s *streamState) writeText(key, text string) {
	if ev := s.aw.d.textEvent(gjson.ParseBytes(s.tmpl), key, text); ev != nil {
		s.writeEvent(nil, ev)
	}
}

// channel returns (creating) the state of one output.
func (s *streamState) channel(key string, kind textKind) *channel {
	c := s.channels[key]
	if c != nil {
		return c
	}
	c = &channel{kind: kind}
	st := s.aw.st
	if kind == textContent && st.screener != nil {
		c.screen = st.screener.NewStream()
	}
	if s.aw.restore && s.aw.vault != nil && s.aw.vault.Len() > 0 {
		c.restorer = s.aw.vault.NewRestorer()
		c.vault = s.aw.vault
	}
	s.channels[key] = c
	s.order = append(s.order, key)
	return c
}

// write passes one delta through the channel and returns the text that can
// be released now, and whether a blocking finding was hit.
func (c *channel) write(s *streamState, in string) (string, bool) {
	if s.aw.g.LogContent == "redacted" {
		s.aw.x.captureAnswer(in)
	}
	if c.screen == nil {
		return c.restoreOut(in), false
	}
	c.pending = append(c.pending, in...)
	c.remember(in)
	c.fed += len(in)
	fs := c.screen.Write(in)
	limit := c.fed - c.screen.Holdback()
	blocked := false
	for _, f := range fs {
		if s.aw.recordStreamFinding(f, c, s) == actBlock {
			blocked = true
			limit = min(limit, f.Start)
		}
	}
	return c.release(limit), blocked
}

// release hands out the pending text up to absolute offset limit, through
// the restorer.
func (c *channel) release(limit int) string {
	n := limit - c.released
	if n <= 0 {
		return c.restoreOut("")
	}
	n = min(n, len(c.pending))
	out := string(c.pending[:n])
	c.pending = append(c.pending[:0], c.pending[n:]...)
	c.released += n
	return c.restoreOut(out)
}

func (c *channel) restoreOut(s string) string {
	if c.restorer == nil {
		return s
	}
	if c.jsonText == jsonUndecided {
		if t := strings.TrimLeft(s, " \t\r\n"); t != "" {
			c.jsonText = jsonNo
			if t[0] == '{' {
				c.jsonText = jsonYes
			}
		}
	}
	if c.jsonText != jsonYes {
		return c.restorer.Write(s)
	}
	// The restorer decides what can be released (it never splits a
	// placeholder); restoreJSONText restores that part with escaping.
	c.held = append(c.held, s...)
	c.restorer.Write(s)
	n := len(c.held) - c.restorer.Held()
	out := restoreJSONText(c.vault, string(c.held[:n]), c.prevWord)
	if n > 0 {
		c.prevWord = isASCIIWord(c.held[n-1])
	}
	c.held = append(c.held[:0], c.held[n:]...)
	return out
}

// flushRestorer returns the text the restorer still holds, restored.
func (c *channel) flushRestorer() string {
	if c.restorer == nil {
		return ""
	}
	out := c.restorer.Flush()
	if c.jsonText != jsonYes {
		return out
	}
	out = restoreJSONText(c.vault, string(c.held), c.prevWord)
	c.held, c.prevWord = c.held[:0], false
	return out
}

// JSON text detection states of a channel.
const (
	jsonUndecided uint8 = iota
	jsonNo
	jsonYes
)

// isJSONText reports whether an answer text is JSON text whose restored
// values must be escaped: it starts with '{', like OpenAI tool call
// arguments and JSON-mode content. (Arguments that a dialect sends as a
// JSON object, such as Gemini's and Ollama's, are visited value by value:
// those strings are not JSON text.)
func isJSONText(s string) bool {
	return strings.HasPrefix(strings.TrimLeft(s, " \t\r\n"), "{")
}

// restoreJSONText is Vault.Restore for text that is itself JSON: every
// restored value is escaped as the inside of a JSON string, so a value
// with a quote or backslash keeps the text valid JSON. The placeholder
// forms and word boundaries are Restore's; prevWord says the byte before
// text was an ASCII word byte.
func restoreJSONText(v *redact.Vault, text string, prevWord bool) string {
	var b []byte
	last := 0 // text[last:] is not yet in b
	for i := 0; i < len(text); {
		k := strings.IndexByte(text[i:], '_')
		if k < 0 {
			break
		}
		start, end := i+k, i+k
		for start > i && isASCIIWord(text[start-1]) {
			start--
		}
		for end < len(text) && isASCIIWord(text[end]) {
			end++
		}
		i = end
		if start == 0 && prevWord {
			continue // the end of a longer word
		}
		if d := text[end-1]; d < '0' || d > '9' {
			continue
		}
		word := text[start:end]
		val := v.Restore(word)
		if val == word {
			continue // not issued in this exchange
		}
		ms, me := start, end
		switch {
		case start-2 >= last && end+2 <= len(text) && text[start-2:start] == "[[" && text[end:end+2] == "]]":
			ms, me = start-2, end+2
		case start-1 >= last && end < len(text) && text[start-1] == '[' && text[end] == ']':
			ms, me = start-1, end+1
		}
		b = append(b, text[last:ms]...)
		q := appendJSONString(nil, val)
		b = append(b, q[1:len(q)-1]...)
		last, i = me, me
	}
	if last == 0 {
		return text
	}
	return string(append(b, text[last:]...))
}

// isASCIIWord reports whether c is an ASCII letter, digit or '_'.
func isASCIIWord(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// remember keeps the last bytes of the channel's text for excerpts.
func (c *channel) remember(in string) {
	const keep = 256
	c.text = append(c.text, in...)
	if len(c.text) > 2*keep {
		c.text = append(c.text[:0], c.text[len(c.text)-keep:]...)
	}
}

// recordStreamFinding records a finding of a stream channel.
func (aw *answerWriter) recordStreamFinding(f rules.Finding, c *channel, s *streamState) action {
	// Excerpt from the remembered tail: offsets relative to its start.
	base := c.fed - len(c.text)
	rel := f
	rel.Start, rel.End = max(0, f.Start-base), max(0, f.End-base)
	a := aw.recordFinding(rel, string(c.text))
	if a == actFlag || a == actBlock {
		// Kept unique: a long answer repeats the same findings.
		if k := f.Category + "/" + f.Rule; !slices.Contains(s.flags, k) {
			s.flags = append(s.flags, k)
		}
	}
	return a
}

// drain releases every channel's held text before the stream ends; it cuts
// the stream instead if the end of text confirms a blocking finding.
func (s *streamState) drain() error {
	blocked := false
	for _, key := range s.order {
		out, b := s.channels[key].finish(s)
		blocked = blocked || b
		if out != "" {
			s.writeText(key, out)
		}
	}
	if blocked {
		return s.cutStream()
	}
	return nil
}

// finish screens the channel's text to its end and returns the text it
// still holds, released and restored, and whether the end of text
// confirmed a blocking finding (the text from it on is withheld).
func (c *channel) finish(s *streamState) (string, bool) {
	limit := c.fed
	blocked := false
	if c.screen != nil {
		for _, f := range c.screen.Close() {
			if s.aw.recordStreamFinding(f, c, s) == actBlock {
				blocked = true
				limit = min(limit, f.Start)
			}
		}
	}
	out := c.release(limit)
	return out + c.flushRestorer(), blocked
}

// writeFlags writes the findings comment before the final event.
func (s *streamState) writeFlags() {
	if s.flagged || len(s.flags) == 0 || s.aw.d.format != formatSSE {
		return
	}
	s.flagged = true
	s.out.WriteString(": guardrail-findings ")
	s.out.WriteString(strings.Join(s.flags, ", "))
	s.out.WriteString("\n\n")
}

// cutStream ends the stream on purpose: the dialect's content-filter stop
// events, the terminal event, a flush, and errStreamCut so reverse_proxy
// stops reading from the upstream.
func (s *streamState) cutStream() error {
	aw := s.aw
	aw.x.outcome = outcomeBlocked
	s.writeFlags()
	tmpl := gjson.ParseBytes(s.tmpl)
	var chans []string
	for _, key := range s.order {
		if s.channels[key].kind == textContent {
			chans = append(chans, key)
		}
	}
	if len(chans) == 0 {
		chans = []string{"0"}
	}
	for _, ev := range aw.d.stopEvents(tmpl, chans) {
		s.writeEvent(nil, ev)
	}
	if aw.d.done != "" {
		s.writeEvent(nil, []byte(aw.d.done))
	}
	s.done = true
	_ = s.flush()
	aw.cut = true
	return errStreamCut
}

// abort ends a stream that cannot be inspected (fail closed).
func (s *streamState) abort(code string) error {
	s.aw.x.errCode = code
	s.event, s.line = nil, nil
	err := s.cutStream()
	s.aw.x.outcome = outcomeUpstreamError
	return err
}

// breakOff ends a stream whose upstream broke off before the answer was
// complete: the text still held back is screened to its end and released
// (or the stream is cut, if that confirms a blocking finding), then an
// error event in the API's own shape ends the stream.
func (s *streamState) breakOff() {
	if s.done {
		_ = s.flush()
		return
	}
	s.event, s.line = nil, nil
	if err := s.drain(); err != nil {
		return // cut: already ended well-formed
	}
	s.writeFlags()
	s.aw.x.errCode = "upstream_stream_broken"
	s.writeEvent(nil, s.aw.d.errorBody(http.StatusBadGateway, "upstream_stream_broken",
		"the model provider's stream broke off before the answer was complete"))
	s.done = true
	_ = s.flush()
}

// end is called when the upstream finished: it releases what is still held
// (a stream that ended without its terminal event) and flushes.
func (s *streamState) end() error {
	if s.done {
		return s.flush()
	}
	if line := bytes.TrimSuffix(s.line, []byte{'\r'}); len(line) > 0 && s.aw.d.format == formatNDJSON {
		// A last NDJSON line without its newline is complete all the same
		// if it is JSON; a cut-off one is dropped, like an SSE event
		// without its blank line.
		s.line = nil
		if gjson.ValidBytes(line) {
			if err := s.handleLine(line); err != nil {
				return nil
			}
			if s.done {
				return s.flush()
			}
		}
	}
	if len(s.event) > 0 {
		ev := s.event
		s.event = nil
		if err := s.handleSSE(ev); err != nil {
			return nil
		}
	}
	if err := s.drain(); err != nil {
		return nil
	}
	return s.flush()
}

// writeEvent frames one event into the output buffer.
func (s *streamState) writeEvent(other [][]byte, data []byte) {
	if s.aw.d.format == formatNDJSON {
		if data != nil {
			s.out.Write(data)
			s.out.WriteByte('\n')
		}
		return
	}
	for _, l := range other {
		s.out.Write(l)
		s.out.WriteByte('\n')
	}
	if other == nil && data != nil && s.aw.d.eventName != nil {
		// A synthesized event: name it for clients that dispatch on it.
		if name := s.aw.d.eventName(gjson.ParseBytes(data)); name != "" {
			s.out.WriteString("event: ")
			s.out.WriteString(name)
			s.out.WriteByte('\n')
		}
	}
	// Every line of the data gets its own "data: " prefix: the client
	// joins them with newlines again.
	for rest := data; rest != nil; {
		l, r, more := bytes.Cut(rest, []byte{'\n'})
		s.out.WriteString("data: ")
		s.out.Write(l)
		s.out.WriteByte('\n')
		if !more {
			break
		}
		rest = r
	}
	s.out.WriteByte('\n')
}

// flush sends the buffered output to the client.
func (s *streamState) flush() error {
	if s.out.Len() == 0 {
		return nil
	}
	_, err := s.aw.ResponseWriter.Write(s.out.Bytes())
	s.out.Reset()
	if err != nil {
		return err
	}
	return http.NewResponseController(s.aw.ResponseWriter).Flush()
}
