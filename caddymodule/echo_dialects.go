package caddymodule

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/tidwall/gjson"
)

// echoStream writes the events of one streamed echo answer.
type echoStream struct {
	w     http.ResponseWriter
	r     *http.Request
	rc    *http.ResponseController
	delay time.Duration
	sse   bool
}

func newEchoStream(e *Echo, w http.ResponseWriter, r *http.Request, contentType string) *echoStream {
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusOK)
	return &echoStream{w: w, r: r, rc: http.NewResponseController(w), delay: time.Duration(e.ChunkDelay), sse: contentType == "text/event-stream"}
}

// send writes one event: an SSE event (named by event, if set) or an NDJSON
// line.
func (s *echoStream) send(event string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	switch {
	case !s.sse:
		_, err = fmt.Fprintf(s.w, "%s\n", b)
	case event != "":
		_, err = fmt.Fprintf(s.w, "event: %s\ndata: %s\n\n", event, b)
	default:
		_, err = fmt.Fprintf(s.w, "data: %s\n\n", b)
	}
	if err != nil {
		return err
	}
	if err := s.rc.Flush(); err != nil {
		return err
	}
	if s.delay > 0 {
		select {
		case <-time.After(s.delay):
		case <-s.r.Context().Done():
			return s.r.Context().Err()
		}
	}
	return nil
}

// echoDialect answers a request in the API of dialect d; it reports false
// for dialects the generic OpenAI chat echo answers.
func (e *Echo) echoDialect(d *dialect, w http.ResponseWriter, r *http.Request, req gjson.Result) (bool, error) {
	if d == nil {
		return false, nil
	}
	switch d {
	case openAIResponses:
		return true, e.echoResponses(w, r, req)
	case openAICompletions:
		return true, e.echoCompletions(w, r, req)
	case openAIEmbeddings:
		return true, echoJSON(w, openAIEmbeddingsAnswer(req))
	case anthropicMessages:
		return true, e.echoAnthropic(w, r, req)
	case gemini:
		return true, e.echoGemini(w, r, req)
	case ollamaChat, ollamaGenerate:
		return true, e.echoOllama(d, w, r, req)
	case ollamaEmbed:
		if hasSuffixPath(r.URL.Path, "/api/embeddings") {
			return true, echoJSON(w, map[string]any{"embedding": echoVector(req.Get("prompt").String())})
		}
		var vs [][]float64
		for _, s := range stringOrStrings(req.Get("input")) {
			vs = append(vs, echoVector(s))
		}
		return true, echoJSON(w, map[string]any{"model": req.Get("model").String(), "embeddings": vs})
	}
	return false, nil
}

func echoJSON(w http.ResponseWriter, v any) error {
	w.Header().Set("Content-Type", "application/json")
	return json.NewEncoder(w).Encode(v)
}

// stringOrStrings reads a field that is a string or an array of strings.
func stringOrStrings(v gjson.Result) []string {
	if v.Type == gjson.String {
		return []string{v.String()}
	}
	var out []string
	v.ForEach(func(_, s gjson.Result) bool {
		if s.Type == gjson.String {
			out = append(out, s.String())
		}
		return true
	})
	return out
}

// echoVector is a small deterministic stand-in for an embedding of s.
func echoVector(s string) []float64 {
	h := fnv.New64a()
	_, _ = io.WriteString(h, s)
	x := h.Sum64()
	v := make([]float64, 8)
	for i := range v {
		v[i] = float64((x>>(i*8))&0xff)/255 - 0.5
	}
	return v
}

// partsText joins the "text" of an array of parts, or returns a string as is.
func partsText(c gjson.Result) string {
	if c.Type == gjson.String {
		return c.String()
	}
	var parts []string
	c.ForEach(func(_, p gjson.Result) bool {
		if t := p.Get("text"); t.Type == gjson.String {
			parts = append(parts, t.String())
		}
		return true
	})
	return strings.Join(parts, " ")
}

func openAIEmbeddingsAnswer(req gjson.Result) map[string]any {
	var data []any
	for i, s := range stringOrStrings(req.Get("input")) {
		data = append(data, map[string]any{"object": "embedding", "index": i, "embedding": echoVector(s)})
	}
	n := len(req.Raw) / 4
	return map[string]any{"object": "list", "data": data, "model": req.Get("model").String(),
		"usage": map[string]any{"prompt_tokens": n, "total_tokens": n}}
}

func (e *Echo) echoCompletions(w http.ResponseWriter, r *http.Request, req gjson.Result) error {
	prompt := stringOrStrings(req.Get("prompt"))
	text := "Echo: " + strings.Join(prompt, " ")
	id, created, model := fmt.Sprintf("cmpl-echo%d", time.Now().UnixNano()), time.Now().Unix(), echoModel(req)
	choice := func(text string, finish any) map[string]any {
		return map[string]any{"id": id, "object": "text_completion", "created": created, "model": model,
			"choices": []any{map[string]any{"index": 0, "text": text, "logprobs": nil, "finish_reason": finish}}}
	}
	if !req.Get("stream").Bool() {
		c := choice(text, "stop")
		n := int64(len(req.Raw) / 4)
		c["usage"] = map[string]any{"prompt_tokens": n, "completion_tokens": len(text) / 4, "total_tokens": n + int64(len(text)/4)}
		return echoJSON(w, c)
	}
	s := newEchoStream(e, w, r, "text/event-stream")
	for _, piece := range splitText(text, e.ChunkSize) {
		if err := s.send("", choice(piece, nil)); err != nil {
			return err
		}
	}
	if err := s.send("", choice("", "stop")); err != nil {
		return err
	}
	_, err := io.WriteString(w, "data: [DONE]\n\n")
	return err
}

func echoModel(req gjson.Result) string {
	if m := req.Get("model").String(); m != "" {
		return m
	}
	return "echo"
}

func (e *Echo) echoResponses(w http.ResponseWriter, r *http.Request, req gjson.Result) error {
	in := req.Get("input")
	user := in.String()
	if in.IsArray() {
		user = ""
		in.ForEach(func(_, item gjson.Result) bool {
			if item.Get("role").String() == "user" {
				user = partsText(item.Get("content"))
			}
			return true
		})
	}
	text := "Echo: " + user
	now := time.Now()
	id, msgID, model := fmt.Sprintf("resp_echo%d", now.UnixNano()), fmt.Sprintf("msg_echo%d", now.UnixNano()), echoModel(req)
	n := len(req.Raw) / 4
	usage := map[string]any{"input_tokens": n, "output_tokens": len(text) / 4, "total_tokens": n + len(text)/4,
		"input_tokens_details": map[string]any{"cached_tokens": 0}, "output_tokens_details": map[string]any{"reasoning_tokens": 0}}
	part := func(t string) map[string]any {
		return map[string]any{"type": "output_text", "text": t, "annotations": []any{}}
	}
	item := func(status string, content []any) map[string]any {
		return map[string]any{"id": msgID, "type": "message", "status": status, "role": "assistant", "content": content}
	}
	resp := func(status string, output []any, usage any) map[string]any {
		return map[string]any{"id": id, "object": "response", "created_at": now.Unix(), "status": status,
			"model": model, "output": output, "usage": usage, "error": nil, "incomplete_details": nil}
	}
	if !req.Get("stream").Bool() {
		return echoJSON(w, resp("completed", []any{item("completed", []any{part(text)})}, usage))
	}
	s := newEchoStream(e, w, r, "text/event-stream")
	seq := 0
	send := func(typ string, fields map[string]any) error {
		fields["type"] = typ
		fields["sequence_number"] = seq
		seq++
		return s.send(typ, fields)
	}
	steps := []struct {
		typ    string
		fields map[string]any
	}{
		{"response.created", map[string]any{"response": resp("in_progress", []any{}, nil)}},
		{"response.in_progress", map[string]any{"response": resp("in_progress", []any{}, nil)}},
		{"response.output_item.added", map[string]any{"output_index": 0, "item": item("in_progress", []any{})}},
		{"response.content_part.added", map[string]any{"item_id": msgID, "output_index": 0, "content_index": 0, "part": part("")}},
	}
	for _, st := range steps {
		if err := send(st.typ, st.fields); err != nil {
			return err
		}
	}
	for _, piece := range splitText(text, e.ChunkSize) {
		if err := send("response.output_text.delta", map[string]any{"item_id": msgID, "output_index": 0, "content_index": 0, "delta": piece, "logprobs": []any{}}); err != nil {
			return err
		}
	}
	steps = []struct {
		typ    string
		fields map[string]any
	}{
		{"response.output_text.done", map[string]any{"item_id": msgID, "output_index": 0, "content_index": 0, "text": text, "logprobs": []any{}}},
		{"response.content_part.done", map[string]any{"item_id": msgID, "output_index": 0, "content_index": 0, "part": part(text)}},
		{"response.output_item.done", map[string]any{"output_index": 0, "item": item("completed", []any{part(text)})}},
		{"response.completed", map[string]any{"response": resp("completed", []any{item("completed", []any{part(text)})}, usage)}},
	}
	for _, st := range steps {
		if err := send(st.typ, st.fields); err != nil {
			return err
		}
	}
	return nil
}

func (e *Echo) echoAnthropic(w http.ResponseWriter, r *http.Request, req gjson.Result) error {
	if hasSuffixPath(r.URL.Path, "/count_tokens") {
		return echoJSON(w, map[string]any{"input_tokens": len(req.Raw) / 4})
	}
	user := ""
	req.Get("messages").ForEach(func(_, m gjson.Result) bool {
		if m.Get("role").String() == "user" {
			user = partsText(m.Get("content"))
		}
		return true
	})
	text := "Echo: " + user
	id, model := fmt.Sprintf("msg_echo%d", time.Now().UnixNano()), echoModel(req)
	in := len(req.Raw) / 4
	msg := func(content []any, stop any, out int) map[string]any {
		return map[string]any{"id": id, "type": "message", "role": "assistant", "model": model, "content": content,
			"stop_reason": stop, "stop_sequence": nil, "usage": map[string]any{"input_tokens": in, "output_tokens": out}}
	}
	if !req.Get("stream").Bool() {
		return echoJSON(w, msg([]any{map[string]any{"type": "text", "text": text}}, "end_turn", len(text)/4))
	}
	s := newEchoStream(e, w, r, "text/event-stream")
	events := []map[string]any{
		{"type": "message_start", "message": msg([]any{}, nil, 1)},
		{"type": "content_block_start", "index": 0, "content_block": map[string]any{"type": "text", "text": ""}},
		{"type": "ping"},
	}
	for _, piece := range splitText(text, e.ChunkSize) {
		events = append(events, map[string]any{"type": "content_block_delta", "index": 0,
			"delta": map[string]any{"type": "text_delta", "text": piece}})
	}
	events = append(events,
		map[string]any{"type": "content_block_stop", "index": 0},
		map[string]any{"type": "message_delta", "delta": map[string]any{"stop_reason": "end_turn", "stop_sequence": nil},
			"usage": map[string]any{"output_tokens": len(text) / 4}},
		map[string]any{"type": "message_stop"},
	)
	for _, ev := range events {
		if err := s.send(ev["type"].(string), ev); err != nil {
			return err
		}
	}
	return nil
}

func (e *Echo) echoGemini(w http.ResponseWriter, r *http.Request, req gjson.Result) error {
	p := r.URL.Path
	model := p[strings.LastIndex(p, "models/")+len("models/"):]
	model, method, _ := strings.Cut(model, ":")
	user := ""
	contents := geminiField(req, "contents")
	if contents.IsObject() {
		contents = gjson.Parse("[" + contents.Raw + "]")
	}
	contents.ForEach(func(_, c gjson.Result) bool {
		if role := c.Get("role").String(); role == "" || role == "user" {
			user = partsText(c.Get("parts"))
		}
		return true
	})
	switch method {
	case "countTokens":
		return echoJSON(w, map[string]any{"totalTokens": len(req.Raw) / 4})
	case "embedContent":
		return echoJSON(w, map[string]any{"embedding": map[string]any{"values": echoVector(partsText(req.Get("content.parts")))}})
	case "batchEmbedContents":
		var es []any
		req.Get("requests").ForEach(func(_, q gjson.Result) bool {
			es = append(es, map[string]any{"values": echoVector(partsText(q.Get("content.parts")))})
			return true
		})
		return echoJSON(w, map[string]any{"embeddings": es})
	}
	text := "Echo: " + user
	id := fmt.Sprintf("echo%d", time.Now().UnixNano())
	n := len(req.Raw) / 4
	chunk := func(t string, finish string) map[string]any {
		cand := map[string]any{"content": map[string]any{"parts": []any{map[string]any{"text": t}}, "role": "model"}, "index": 0}
		if finish != "" {
			cand["finishReason"] = finish
		}
		return map[string]any{"candidates": []any{cand},
			"usageMetadata": map[string]any{"promptTokenCount": n, "candidatesTokenCount": len(text) / 4, "totalTokenCount": n + len(text)/4},
			"modelVersion":  model, "responseId": id}
	}
	if method == "generateContent" {
		return echoJSON(w, chunk(text, "STOP"))
	}
	pieces := splitText(text, e.ChunkSize)
	if r.URL.Query().Get("alt") != "sse" {
		// Without alt=sse the stream is one JSON array of chunks.
		var cs []any
		for i, piece := range pieces {
			fin := ""
			if i == len(pieces)-1 {
				fin = "STOP"
			}
			cs = append(cs, chunk(piece, fin))
		}
		return echoJSON(w, cs)
	}
	s := newEchoStream(e, w, r, "text/event-stream")
	for i, piece := range pieces {
		fin := ""
		if i == len(pieces)-1 {
			fin = "STOP" // like Gemini: the last chunk carries text and the finish reason
		}
		if err := s.send("", chunk(piece, fin)); err != nil {
			return err
		}
	}
	return nil
}

func (e *Echo) echoOllama(d *dialect, w http.ResponseWriter, r *http.Request, req gjson.Result) error {
	var user string
	if d == ollamaChat {
		req.Get("messages").ForEach(func(_, m gjson.Result) bool {
			if m.Get("role").String() == "user" {
				user = m.Get("content").String()
			}
			return true
		})
	} else {
		user = req.Get("prompt").String()
	}
	text := "Echo: " + user
	model := echoModel(req)
	obj := func(t string, done bool) map[string]any {
		o := map[string]any{"model": model, "created_at": time.Now().UTC().Format(time.RFC3339Nano), "done": done}
		if d == ollamaChat {
			o["message"] = map[string]any{"role": "assistant", "content": t}
		} else {
			o["response"] = t
		}
		if done {
			o["done_reason"] = "stop"
			o["total_duration"] = 1000
			o["prompt_eval_count"] = len(req.Raw) / 4
			o["eval_count"] = len(text) / 4
		}
		return o
	}
	if !ollamaStream(req, r) {
		return echoJSON(w, obj(text, true))
	}
	s := newEchoStream(e, w, r, "application/x-ndjson")
	for _, piece := range splitText(text, e.ChunkSize) {
		if err := s.send("", obj(piece, false)); err != nil {
			return err
		}
	}
	return s.send("", obj("", true))
}
