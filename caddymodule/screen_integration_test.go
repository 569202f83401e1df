package caddymodule

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	"github.com/tidwall/gjson"
)

// Answers a fake provider gives in the screening tests.
const (
	// screenFlagged is manipulative copy of medium severity (flagged by
	// default): false urgency, fake scarcity, confirmshaming.
	screenFlagged = "Hurry, this offer ends tonight! Only 3 left in stock. Decline button: No thanks, I'd rather pay full price."
	// screenBlocked contains a high-severity fear appeal (blocked by
	// default); screenOffending is the phrase that must never reach the
	// client.
	screenBlocked   = "These boots keep your feet dry on long hikes. Order today before it's too late, and enjoy them all winter."
	screenOffending = "before it's too late"
	// screenPlain is ordinary product copy.
	screenPlain = "Our new trail shoe has a breathable mesh upper, a recycled rubber sole and a 30-day return policy. Sizes 36 to 47."
)

var screenFlaggedFindings = []string{
	"false_urgency/urgency.act_now", "false_urgency/urgency.deadline",
	"false_scarcity/scarcity.low_stock", "confirmshaming/confirmshaming.decline",
}

// screenProvider is a fake provider answering with fixed text: whole, or
// streamed in the given pieces. With waitCancel, a stream stays open after
// its pieces until the request is cancelled (reported on cancelled).
type screenProvider struct {
	pieces     []string
	waitCancel bool
	cancelled  chan bool
	raw        []byte // what the last answer wrote
}

func (p *screenProvider) text() string { return strings.Join(p.pieces, "") }

func (p *screenProvider) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var out bytes.Buffer
	if !gjson.GetBytes(body, "stream").Bool() {
		b, _ := json.Marshal(map[string]any{
			"id": "chatcmpl-screen", "object": "chat.completion", "created": 1700000000, "model": "gpt-4o-mini",
			"choices": []any{map[string]any{"index": 0, "message": map[string]any{"role": "assistant", "content": p.text()}, "finish_reason": "stop"}},
			"usage":   map[string]any{"prompt_tokens": 9, "completion_tokens": 30, "total_tokens": 39},
		})
		out.Write(b)
		p.raw = out.Bytes()
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(out.Bytes())
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(http.StatusOK)
	rc := http.NewResponseController(w)
	write := func(s string) {
		out.WriteString(s)
		_, _ = io.WriteString(w, s)
		_ = rc.Flush()
	}
	write(restoreChunk(map[string]any{"role": "assistant", "content": ""}, nil))
	for _, piece := range p.pieces {
		write(restoreChunk(map[string]any{"content": piece}, nil))
	}
	if p.waitCancel {
		select {
		case <-r.Context().Done():
			p.cancelled <- true
		case <-time.After(5 * time.Second):
			p.cancelled <- false
		}
		return
	}
	write(restoreChunk(map[string]any{}, "stop"))
	write("data: [DONE]\n\n")
	p.raw = out.Bytes()
}

// screenUse makes up answer with p for the rest of the test.
func screenUse(t *testing.T, up *upstream, p *screenProvider) {
	t.Helper()
	up.setAnswer(p.serve)
	t.Cleanup(func() { up.setAnswer(nil) })
}

func screenParams() openai.ChatCompletionNewParams {
	return openai.ChatCompletionNewParams{
		Model:    "gpt-4o-mini",
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("Write copy for our new boots.")},
	}
}

// screenRawPost posts a chat completion request and returns the response
// and its whole body.
func screenRawPost(t *testing.T, stream bool) (*http.Response, []byte) {
	t.Helper()
	body := fmt.Sprintf(`{"model":"gpt-4o-mini","stream":%v,"messages":[{"role":"user","content":"Write copy for our new boots."}]}`, stream)
	resp, err := http.Post(guardURL+"/v1/chat/completions", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("reading answer: %v", err)
	}
	return resp, b
}

// screenEvents splits an SSE body into its events' data payloads, with
// comments (lines starting with ':') as separate entries.
func screenEvents(t *testing.T, body []byte) []string {
	t.Helper()
	var evs []string
	sc := bufio.NewScanner(bytes.NewReader(body))
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, ":"):
			evs = append(evs, line)
		case strings.HasPrefix(line, "data: "):
			evs = append(evs, strings.TrimPrefix(line, "data: "))
		case line == "":
		default:
			t.Errorf("unexpected SSE line %q", line)
		}
	}
	return evs
}

// screenAssertWellFormed checks an OpenAI chat stream as the official SDKs
// need it: the first chunk has delta.role "assistant", the last chunk a
// finish_reason (want), then [DONE] ends the stream. It returns the
// content the chunks carry.
func screenAssertWellFormed(t *testing.T, body []byte, want string) string {
	t.Helper()
	if !bytes.HasSuffix(body, []byte("data: [DONE]\n\n")) {
		t.Errorf("stream does not end with data: [DONE]: %q", screenTail(body))
	}
	var chunks []gjson.Result
	for _, ev := range screenEvents(t, body) {
		if strings.HasPrefix(ev, ":") || ev == "[DONE]" {
			continue
		}
		if !gjson.Valid(ev) {
			t.Fatalf("event is not JSON: %s", ev)
		}
		chunks = append(chunks, gjson.Parse(ev))
	}
	if len(chunks) == 0 {
		t.Fatal("stream has no chunks")
	}
	if r := chunks[0].Get("choices.0.delta.role").String(); r != "assistant" {
		t.Errorf("first chunk's delta.role = %q, want assistant: %s", r, chunks[0].Raw)
	}
	last := chunks[len(chunks)-1]
	if fr := last.Get("choices.0.finish_reason").String(); fr != want {
		t.Errorf("last chunk's finish_reason = %q, want %q: %s", fr, want, last.Raw)
	}
	var content strings.Builder
	for i, c := range chunks {
		if i < len(chunks)-1 && c.Get("choices.0.finish_reason").Type == gjson.String {
			t.Errorf("chunk %d of %d has a finish_reason: %s", i, len(chunks), c.Raw)
		}
		content.WriteString(c.Get("choices.0.delta.content").String())
	}
	return content.String()
}

func screenTail(b []byte) []byte { return b[max(0, len(b)-120):] }

// TestScreenIntegration screens answers with the default actions (high
// block, medium flag, low log) through Caddy.
func TestScreenIntegration(t *testing.T) {
	up := newUpstream(t)
	startCaddy(t, up, "")
	ctx := context.Background()

	t.Run("flagged, whole", func(t *testing.T) {
		screenUse(t, up, &screenProvider{pieces: []string{screenFlagged}})
		var httpResp *http.Response
		client := newClient(option.WithResponseInto(&httpResp))
		resp, err := client.Chat.Completions.New(ctx, screenParams())
		if err != nil {
			t.Fatalf("chat completion: %v", err)
		}
		if got := resp.Choices[0].Message.Content; got != screenFlagged {
			t.Errorf("content = %q, want it unchanged", got)
		}
		if resp.Choices[0].FinishReason != "stop" {
			t.Errorf("finish_reason = %q, want stop", resp.Choices[0].FinishReason)
		}
		h := httpResp.Header.Get("X-Guardrail-Findings")
		for _, f := range screenFlaggedFindings {
			if !strings.Contains(h, f) {
				t.Errorf("X-Guardrail-Findings = %q, want %s", h, f)
			}
		}
		if strings.Contains(h, "Hurry") || strings.Contains(h, "Only 3") || strings.Contains(h, "full price") {
			t.Errorf("X-Guardrail-Findings quotes the text: %q", h)
		}
	})

	t.Run("flagged, streamed", func(t *testing.T) {
		p := &screenProvider{pieces: splitText(screenFlagged, 5)}
		screenUse(t, up, p)
		client := newClient()
		stream := client.Chat.Completions.NewStreaming(ctx, screenParams())
		var acc openai.ChatCompletionAccumulator
		for stream.Next() {
			acc.AddChunk(stream.Current())
		}
		if err := stream.Err(); err != nil {
			t.Fatalf("stream: %v", err)
		}
		if got := acc.Choices[0].Message.Content; got != screenFlagged {
			t.Errorf("content = %q, want it unchanged", got)
		}

		_, body := screenRawPost(t, true)
		if got := screenAssertWellFormed(t, body, "stop"); got != screenFlagged {
			t.Errorf("raw content = %q", got)
		}
		evs := screenEvents(t, body)
		ci := -1
		for i, ev := range evs {
			if strings.HasPrefix(ev, ": guardrail-findings ") {
				ci = i
			}
		}
		if ci < 0 {
			t.Fatalf("no findings comment in the stream:\n%s", body)
		}
		for _, f := range screenFlaggedFindings {
			if !strings.Contains(evs[ci], f) {
				t.Errorf("comment %q lacks %s", evs[ci], f)
			}
		}
		// Right before the final chunk (the one with the finish_reason).
		if ci+2 >= len(evs) || gjson.Get(evs[ci+1], "choices.0.finish_reason").String() != "stop" || evs[ci+2] != "[DONE]" {
			t.Errorf("the comment is not right before the final chunk: %q", evs[ci:])
		}
	})

	t.Run("blocked, whole", func(t *testing.T) {
		screenUse(t, up, &screenProvider{pieces: []string{screenBlocked}})
		var httpResp *http.Response
		client := newClient(option.WithResponseInto(&httpResp))
		resp, err := client.Chat.Completions.New(ctx, screenParams())
		if err != nil {
			t.Fatalf("chat completion: %v", err)
		}
		if httpResp.StatusCode != http.StatusOK {
			t.Errorf("status = %d, want 200", httpResp.StatusCode)
		}
		if got := resp.Choices[0].Message.Content; got != defaultBlockMessage {
			t.Errorf("content = %q, want the block message", got)
		}
		if resp.Choices[0].FinishReason != "content_filter" {
			t.Errorf("finish_reason = %q, want content_filter", resp.Choices[0].FinishReason)
		}
		if h := httpResp.Header.Get("X-Guardrail-Findings"); !strings.Contains(h, "fear_appeal/fear.too_late") {
			t.Errorf("X-Guardrail-Findings = %q, want fear_appeal/fear.too_late", h)
		}
		_, body := screenRawPost(t, false)
		if bytes.Contains(body, []byte("too late")) {
			t.Errorf("the blocked text reached the client: %s", body)
		}
	})

	t.Run("blocked, streamed", func(t *testing.T) {
		p := &screenProvider{pieces: splitText(screenBlocked, 4), waitCancel: true, cancelled: make(chan bool, 1)}
		screenUse(t, up, p)
		client := newClient()
		stream := client.Chat.Completions.NewStreaming(ctx, screenParams())
		var acc openai.ChatCompletionAccumulator
		var chunks []openai.ChatCompletionChunk
		for stream.Next() {
			acc.AddChunk(stream.Current())
			chunks = append(chunks, stream.Current())
		}
		if err := stream.Err(); err != nil {
			t.Fatalf("stream: %v", err)
		}
		if !<-p.cancelled {
			t.Error("the upstream request was not cancelled")
		}
		content := acc.Choices[0].Message.Content
		if want := screenBlocked[:strings.Index(screenBlocked, screenOffending)]; content != want {
			t.Errorf("content = %q, want the text before the offending phrase, %q", content, want)
		}
		if len(chunks) == 0 || chunks[0].Choices[0].Delta.Role != "assistant" {
			t.Errorf("first chunk has no role")
		}
		if fr := chunks[len(chunks)-1].Choices[0].FinishReason; fr != "content_filter" {
			t.Errorf("last finish_reason = %q, want content_filter", fr)
		}
	})

	t.Run("blocked phrase split at every byte", func(t *testing.T) {
		start := strings.Index(screenBlocked, screenOffending)
		want := screenBlocked[:start]
		for k := start; k <= start+len(screenOffending); k++ {
			p := &screenProvider{pieces: []string{screenBlocked[:k], screenBlocked[k:]}, waitCancel: true, cancelled: make(chan bool, 1)}
			up.setAnswer(p.serve)
			resp, body := screenRawPost(t, true)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("split at %d: status %d", k, resp.StatusCode)
			}
			if bytes.Contains(body, []byte("too late")) || bytes.Contains(body, []byte("too lat")) {
				t.Errorf("split at %d: offending text reached the client: %s", k, body)
			}
			if got := screenAssertWellFormed(t, body, "content_filter"); got != want {
				t.Errorf("split at %d: content = %q, want %q", k, got, want)
			}
			if !<-p.cancelled {
				t.Errorf("split at %d: the upstream request was not cancelled", k)
			}
		}
		up.setAnswer(nil)
	})

	t.Run("ordinary copy passes untouched", func(t *testing.T) {
		for _, stream := range []bool{false, true} {
			p := &screenProvider{pieces: splitText(screenPlain, 7)}
			screenUse(t, up, p)
			resp, body := screenRawPost(t, stream)
			if h := resp.Header.Get("X-Guardrail-Findings"); h != "" {
				t.Errorf("stream=%v: X-Guardrail-Findings = %q on plain copy", stream, h)
			}
			if !stream {
				if !bytes.Equal(body, p.raw) {
					t.Errorf("answer changed:\nupstream %q\nclient   %q", p.raw, body)
				}
				continue
			}
			// A stream is re-cut where text was held back for screening,
			// but carries the same text, and each upstream event's other
			// fields (id, model, created) unchanged.
			if got := screenAssertWellFormed(t, body, "stop"); got != screenPlain {
				t.Errorf("streamed content = %q, want %q", got, screenPlain)
			}
			for _, ev := range screenEvents(t, body) {
				if ev == "[DONE]" {
					continue
				}
				c := gjson.Parse(ev)
				if c.Get("id").String() != "chatcmpl-restore" || c.Get("model").String() != "gpt-4o-mini" || c.Get("created").Int() != 1700000000 {
					t.Errorf("event lost the upstream's fields: %s", ev)
				}
			}
		}
	})

	t.Run("invalid first event ends a well-formed stream", func(t *testing.T) {
		up.setAnswer(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/event-stream")
			_, _ = io.WriteString(w, "data: {not json\n\ndata: [DONE]\n\n")
		})
		t.Cleanup(func() { up.setAnswer(nil) })
		_, body := screenRawPost(t, true)
		screenAssertWellFormed(t, body, "content_filter")
		client := newClient()
		stream := client.Chat.Completions.NewStreaming(ctx, screenParams())
		for stream.Next() {
		}
		if err := stream.Err(); err != nil {
			t.Errorf("official client: %v", err)
		}
	})
}
