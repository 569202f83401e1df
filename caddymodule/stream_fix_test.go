package caddymodule

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/tidwall/gjson"

	"github.com/caddy-guardrail/guardrail/redact"
)

// streamFixSSE parses an SSE body by the spec: "data:" lines of one event
// are joined with newlines, ":" lines are comments. It fails the test on a
// line that is none of data, event, id, retry, comment or blank, which is
// what an unprefixed continuation line of multi-line data looks like.
func streamFixSSE(t *testing.T, body []byte) (events []string, comments []int) {
	t.Helper()
	var data []string
	has := false
	for _, l := range strings.Split(string(body), "\n") {
		switch {
		case l == "":
			if has {
				events = append(events, strings.Join(data, "\n"))
			}
			data, has = data[:0], false
		case strings.HasPrefix(l, ":"):
			comments = append(comments, len(events))
		case strings.HasPrefix(l, "data:"):
			v := strings.TrimPrefix(strings.TrimPrefix(l, "data:"), " ")
			data, has = append(data, v), true
		case strings.HasPrefix(l, "event:"), strings.HasPrefix(l, "id:"), strings.HasPrefix(l, "retry:"):
		default:
			t.Fatalf("line %q is not an SSE field", l)
		}
	}
	if has {
		t.Fatalf("body ends inside an event: %q", screenTail(body))
	}
	return events, comments
}

// streamFixChat checks an OpenAI chat stream: every event is JSON or
// [DONE], [DONE] is last, exactly one chunk has a finish_reason and it is
// the last chunk. It returns the content and that finish_reason.
func streamFixChat(t *testing.T, body []byte) (content, finish string, events []string, comments []int) {
	t.Helper()
	events, comments = streamFixSSE(t, body)
	if len(events) < 2 || events[len(events)-1] != "[DONE]" {
		t.Fatalf("stream does not end with [DONE]: %q", screenTail(body))
	}
	var sb strings.Builder
	finals := 0
	for i, ev := range events[:len(events)-1] {
		if !gjson.Valid(ev) {
			t.Fatalf("event %d is not JSON: %q", i, ev)
		}
		ch := gjson.Get(ev, "choices.0")
		sb.WriteString(ch.Get("delta.content").String())
		if fr := ch.Get("finish_reason"); fr.Type == gjson.String {
			finals++
			finish = fr.String()
			if i != len(events)-2 {
				t.Errorf("event %d after the finish_reason chunk: %q", i+1, events[i+1:])
			}
		}
	}
	if finals != 1 {
		t.Errorf("%d chunks carry a finish_reason, want 1", finals)
	}
	return sb.String(), finish, events, comments
}

// streamFixNDJSON checks an Ollama stream: every line is JSON, exactly one
// has done:true and it is the last. It returns the concatenated field and
// the done_reason.
func streamFixNDJSON(t *testing.T, body []byte, field string) (text, reason string) {
	t.Helper()
	if !bytes.HasSuffix(body, []byte("\n")) {
		t.Fatalf("body does not end with a newline: %q", screenTail(body))
	}
	lines := strings.Split(strings.TrimSuffix(string(body), "\n"), "\n")
	var sb strings.Builder
	for i, l := range lines {
		if !gjson.Valid(l) {
			t.Fatalf("line %d is not JSON: %q", i, l)
		}
		sb.WriteString(gjson.Get(l, field).String())
		if gjson.Get(l, "done").Bool() != (i == len(lines)-1) {
			t.Errorf("line %d of %d: done = %v", i, len(lines), gjson.Get(l, "done").Bool())
		}
	}
	return sb.String(), gjson.Get(lines[len(lines)-1], "done_reason").String()
}

// streamFixOllamaLine renders one Ollama chat or generate line.
func streamFixOllamaLine(generate bool, text string, done bool) string {
	q, _ := json.Marshal(text)
	tail := `"done":false}`
	if done {
		tail = `"done":true,"done_reason":"stop","eval_count":7}`
	}
	if generate {
		return fmt.Sprintf(`{"model":"m","created_at":"2026-01-01T00:00:00Z","response":%s,%s`, q, tail) + "\n"
	}
	return fmt.Sprintf(`{"model":"m","created_at":"2026-01-01T00:00:00Z","message":{"role":"assistant","content":%s},%s`, q, tail) + "\n"
}

// TestStreamFixFinalEventText checks a final event that carries text, with
// a placeholder split across the last two events at every byte: the text
// comes out whole, restored, in order, and nothing follows the final event.
func TestStreamFixFinalEventText(t *testing.T) {
	g := streamTestGuardrail(t)
	v, ph := streamTestVault(g, [2]string{"EMAIL_ADDRESS", "ana@example.com"})
	head, tail := "We will write to ", " soon, thank you."
	text := head + ph[0] + tail
	want := head + "ana@example.com" + tail

	t.Run("openai chat, finish_reason length", func(t *testing.T) {
		for k := len(head); k <= len(head)+len(ph[0]); k++ {
			body := streamTestRun(t, g, v, [][]byte{
				streamTestChunk(`{"role":"assistant","content":""}`, ""),
				streamTestChunk(streamTestContent(text[:k]), ""),
				streamTestChunk(streamTestContent(text[k:]), "length"),
				[]byte("data: [DONE]\n\n"),
			})
			content, finish, _, _ := streamFixChat(t, body)
			if content != want || finish != "length" {
				t.Errorf("split at %d: content %q finish %q, want %q length", k, content, finish, want)
			}
		}
	})

	for _, tc := range []struct {
		name     string
		generate bool
		field    string
	}{
		{"ollama chat", false, "message.content"},
		{"ollama generate", true, "response"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := dialectByName(map[bool]string{false: "ollama_chat", true: "ollama_generate"}[tc.generate])
			if d == nil {
				t.Fatal("dialect not registered")
			}
			for k := len(head); k <= len(head)+len(ph[0]); k++ {
				body := streamFixOllamaLine(tc.generate, text[:k], false) + streamFixOllamaLine(tc.generate, text[k:], true)
				out := streamTestAnswer(t, g, d, v, "application/x-ndjson", []byte(body))
				got, reason := streamFixNDJSON(t, out, tc.field)
				if got != want || reason != "stop" {
					t.Errorf("split at %d: text %q reason %q, want %q stop", k, got, reason, want)
				}
				if c := gjson.GetBytes(out[bytes.LastIndexByte(out[:len(out)-1], '\n')+1:], "eval_count").Int(); c != 7 {
					t.Errorf("split at %d: the final line lost its fields: %s", k, out)
				}
			}
		})
	}

	t.Run("openai chat, other channel held", func(t *testing.T) {
		// Tool call arguments held by the restorer go out in their own
		// chunk before the final chunk; the final chunk's content stays in it.
		args := `{"to":"` + ph[0]
		for k := 1; k < len(args); k++ {
			body := streamTestRun(t, g, v, [][]byte{
				streamTestChunk(streamTestArgs(args), ""),
				streamTestChunk(streamTestContent(text[:k]), ""),
				streamTestChunk(streamTestContent(text[k:]), "stop"),
				[]byte("data: [DONE]\n\n"),
			})
			content, _, events, _ := streamFixChat(t, body)
			if content != want {
				t.Errorf("split at %d: content %q, want %q", k, content, want)
			}
			var a strings.Builder
			for _, ev := range events[:len(events)-1] {
				a.WriteString(gjson.Get(ev, "choices.0.delta.tool_calls.0.function.arguments").String())
			}
			if w := `{"to":"ana@example.com`; a.String() != w {
				t.Errorf("split at %d: arguments %q, want %q", k, a.String(), w)
			}
		}
	})

	t.Run("openai chat, findings comment before the final chunk", func(t *testing.T) {
		body := streamTestRun(t, g, v, [][]byte{
			streamTestChunk(streamTestContent(screenFlagged[:20]), ""),
			streamTestChunk(streamTestContent(screenFlagged[20:]), "stop"),
			[]byte("data: [DONE]\n\n"),
		})
		content, _, events, comments := streamFixChat(t, body)
		if content != screenFlagged {
			t.Errorf("content %q, want %q", content, screenFlagged)
		}
		if len(comments) != 1 || comments[0] != len(events)-2 {
			t.Errorf("findings comment at %v of %d events, want right before the final chunk", comments, len(events))
		}
	})
}

// TestStreamFixFinalEventBlock checks a blocking phrase completed by the
// final event's own text: the stream is cut well-formed, the phrase never
// reaches the client and the original stop reason is gone.
func TestStreamFixFinalEventBlock(t *testing.T) {
	g := streamTestGuardrail(t)
	text := "Warm boots for the winter. Get them before it's too late"
	want := text[:strings.Index(text, "before")]
	for k := 1; k < len(text); k++ {
		t.Run(fmt.Sprintf("openai split %d", k), func(t *testing.T) {
			aw, rec := streamTestWriter(t, g, nil, false)
			var err error
			for _, ev := range [][]byte{
				streamTestChunk(streamTestContent(text[:k]), ""),
				streamTestChunk(streamTestContent(text[k:]), "stop"),
				[]byte("data: [DONE]\n\n"),
			} {
				if _, err = aw.Write(ev); err != nil {
					break
				}
			}
			if err != errStreamCut {
				t.Fatalf("write error = %v, want errStreamCut", err)
			}
			content, finish, _, _ := streamFixChat(t, rec.Body.Bytes())
			if content != want || finish != "content_filter" {
				t.Errorf("content %q finish %q, want %q content_filter", content, finish, want)
			}
		})
		t.Run(fmt.Sprintf("ollama split %d", k), func(t *testing.T) {
			rec := httptest.NewRecorder()
			r := httptest.NewRequest(http.MethodPost, "/api/chat", nil)
			st := g.state.Load()
			aw := newAnswerWriter(rec, g, ollamaChat, st, newExchange(r, st), nil, false)
			aw.Header().Set("Content-Type", "application/x-ndjson")
			aw.WriteHeader(http.StatusOK)
			body := streamFixOllamaLine(false, text[:k], false) + streamFixOllamaLine(false, text[k:], true)
			if _, err := aw.Write([]byte(body)); err != errStreamCut {
				t.Fatalf("write error = %v, want errStreamCut", err)
			}
			got, reason := streamFixNDJSON(t, rec.Body.Bytes(), "message.content")
			if got != want || reason != "content_filter" {
				t.Errorf("content %q reason %q, want %q content_filter", got, reason, want)
			}
		})
	}
}

// TestStreamFixMultiLineData checks that an event whose data spans several
// "data:" lines is re-emitted with every line prefixed, so the client's
// SSE parser joins them back into the same JSON.
func TestStreamFixMultiLineData(t *testing.T) {
	g := streamTestGuardrail(t)
	v, ph := streamTestVault(g, [2]string{"EMAIL_ADDRESS", "ana@example.com"})
	for _, tc := range []struct {
		name, text, want string
	}{
		{"plain", "Hello there, nice boots.", "Hello there, nice boots."},
		{"restored", "Write to " + ph[0] + ".", "Write to ana@example.com."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q, _ := json.Marshal(tc.text)
			ev := "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\n" +
				"data: \"choices\":[{\"index\":0,\"delta\":{\"content\":" + string(q) + "},\n" +
				"data:\"finish_reason\":null}]}\n\n"
			body := streamTestRun(t, g, v, [][]byte{
				[]byte(ev),
				streamTestChunk("{}", "stop"),
				[]byte("data: [DONE]\n\n"),
			})
			content, _, _, _ := streamFixChat(t, body)
			if content != tc.want {
				t.Errorf("content %q, want %q", content, tc.want)
			}
			if !bytes.Contains(body, []byte("\ndata: \"choices\"")) {
				t.Errorf("the event's lines were not kept: %s", body)
			}
		})
	}
}

// TestStreamFixLastLineWithoutNewline checks that a stream whose last line
// lacks its newline still delivers that line.
func TestStreamFixLastLineWithoutNewline(t *testing.T) {
	g := streamTestGuardrail(t)
	v, ph := streamTestVault(g, [2]string{"EMAIL_ADDRESS", "ana@example.com"})
	want := "We will write to ana@example.com soon."
	t.Run("ndjson", func(t *testing.T) {
		body := streamFixOllamaLine(false, "We will write to "+ph[0][:5], false) +
			strings.TrimSuffix(streamFixOllamaLine(false, ph[0][5:]+" soon.", true), "\n")
		out := streamTestAnswer(t, g, ollamaChat, v, "application/x-ndjson", []byte(body))
		got, reason := streamFixNDJSON(t, out, "message.content")
		if got != want || reason != "stop" {
			t.Errorf("content %q reason %q, want %q stop", got, reason, want)
		}
	})
	t.Run("ndjson, cut-off last line dropped", func(t *testing.T) {
		body := streamFixOllamaLine(false, "We will write to "+ph[0], false) + `{"model":"m","message":{"content":" so`
		out := streamTestAnswer(t, g, ollamaChat, v, "application/x-ndjson", []byte(body))
		var sb strings.Builder
		for i, l := range strings.Split(strings.TrimSuffix(string(out), "\n"), "\n") {
			if !gjson.Valid(l) {
				t.Fatalf("line %d is not JSON: %q", i, l)
			}
			sb.WriteString(gjson.Get(l, "message.content").String())
		}
		if w := "We will write to ana@example.com"; sb.String() != w {
			t.Errorf("content %q, want %q", sb.String(), w)
		}
	})
}

// TestStreamFixFlagsUnique checks that findings repeated all through a long
// answer are kept once each.
func TestStreamFixFlagsUnique(t *testing.T) {
	g := streamTestGuardrail(t)
	aw, rec := streamTestWriter(t, g, (*redact.Vault)(nil), false)
	const repeats = 200
	for range repeats {
		for _, p := range splitText(screenFlagged+" ", 7) {
			if _, err := aw.Write(streamTestChunk(streamTestContent(p), "")); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, ev := range [][]byte{streamTestChunk("{}", "stop"), []byte("data: [DONE]\n\n")} {
		if _, err := aw.Write(ev); err != nil {
			t.Fatal(err)
		}
	}
	if err := aw.finish(); err != nil {
		t.Fatal(err)
	}
	flags := aw.stream.flags
	if len(flags) < len(screenFlaggedFindings) || len(flags) > 2*len(screenFlaggedFindings) {
		t.Errorf("flags = %q: want each finding once", flags)
	}
	seen := map[string]bool{}
	for _, f := range flags {
		if seen[f] {
			t.Errorf("flag %q kept twice", f)
		}
		seen[f] = true
	}
	_, _, _, comments := streamFixChat(t, rec.Body.Bytes())
	if len(comments) != 1 {
		t.Fatalf("%d findings comments, want 1", len(comments))
	}
	i := bytes.Index(rec.Body.Bytes(), []byte(": guardrail-findings "))
	line, _, _ := bytes.Cut(rec.Body.Bytes()[i:], []byte("\n"))
	for _, f := range screenFlaggedFindings {
		if n := bytes.Count(line, []byte(f)); n != 1 {
			t.Errorf("comment names %s %d times: %s", f, n, line)
		}
	}
}
