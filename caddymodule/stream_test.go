package caddymodule

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/caddyserver/caddy/v2"
	"github.com/tidwall/gjson"

	"github.com/caddy-guardrail/guardrail/redact"
)

// streamTestGuardrail returns a provisioned guardrail with default settings.
func streamTestGuardrail(tb testing.TB) *Guardrail {
	tb.Helper()
	g := &Guardrail{HashKey: "stream-test-key"}
	ctx, cancel := caddy.NewContext(caddy.Context{Context: context.Background()})
	tb.Cleanup(cancel)
	if err := g.Provision(ctx); err != nil {
		tb.Fatalf("provision: %v", err)
	}
	tb.Cleanup(func() { _ = g.Cleanup() })
	return g
}

// streamTestVault returns a vault that issued placeholders for values, by
// entity type, and the placeholders in the same order.
func streamTestVault(g *Guardrail, values ...[2]string) (*redact.Vault, []string) {
	v := redact.NewVault(g.key)
	var phs []string
	for _, tv := range values {
		phs = append(phs, v.Placeholder(tv[0], tv[1]))
	}
	return v, phs
}

// streamTestWriter returns an answer writer for an OpenAI chat stream into a
// recorder, as ServeHTTP sets it up.
func streamTestWriter(tb testing.TB, g *Guardrail, v *redact.Vault, restore bool) (*answerWriter, *httptest.ResponseRecorder) {
	tb.Helper()
	rec := httptest.NewRecorder()
	r := httptest.NewRequest(http.MethodPost, "/v1/chat/completions", nil)
	st := g.state.Load()
	aw := newAnswerWriter(rec, g, openAIChat, st, newExchange(r, st), v, restore)
	aw.Header().Set("Content-Type", "text/event-stream")
	aw.WriteHeader(http.StatusOK)
	return aw, rec
}

// streamTestChunk renders one OpenAI chat chunk event.
func streamTestChunk(delta string, finish string) []byte {
	fr := "null"
	if finish != "" {
		fr = `"` + finish + `"`
	}
	return fmt.Appendf(nil, "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":%s,\"finish_reason\":%s}]}\n\n", delta, fr)
}

// streamTestContent returns a delta with content s.
func streamTestContent(s string) string {
	b, _ := json.Marshal(map[string]string{"content": s})
	return string(b)
}

// streamTestArgs returns a delta with a piece of tool call 0's arguments.
func streamTestArgs(s string) string {
	b, _ := json.Marshal(map[string]any{"tool_calls": []any{map[string]any{"index": 0, "function": map[string]string{"arguments": s}}}})
	return string(b)
}

// streamTestRead parses the recorded SSE body: the concatenated content,
// the concatenated tool call 0 arguments, and the last finish_reason.
func streamTestRead(t *testing.T, body []byte) (content, args, finish string) {
	t.Helper()
	var c, a strings.Builder
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line, ok := strings.CutPrefix(sc.Text(), "data: ")
		if !ok || line == "[DONE]" {
			continue
		}
		if !gjson.Valid(line) {
			t.Fatalf("event is not JSON: %s", line)
		}
		ch := gjson.Get(line, "choices.0")
		c.WriteString(ch.Get("delta.content").String())
		a.WriteString(ch.Get("delta.tool_calls.0.function.arguments").String())
		if fr := ch.Get("finish_reason"); fr.Type == gjson.String {
			finish = fr.String()
		}
	}
	return c.String(), a.String(), finish
}

// streamTestRun feeds events (each written whole) through a fresh writer
// and returns the recorded body.
func streamTestRun(t *testing.T, g *Guardrail, v *redact.Vault, events [][]byte) []byte {
	t.Helper()
	aw, rec := streamTestWriter(t, g, v, true)
	for _, ev := range events {
		if _, err := aw.Write(ev); err != nil {
			t.Fatalf("write: %v", err)
		}
	}
	if err := aw.finish(); err != nil {
		t.Fatalf("finish: %v", err)
	}
	return rec.Body.Bytes()
}

func TestStreamRestoreJSONText(t *testing.T) {
	g := streamTestGuardrail(t)
	v, ph := streamTestVault(g, [2]string{"PERSON", `O"Brien`}, [2]string{"PATH", `C:\Share`}, [2]string{"EMAIL_ADDRESS", "ana@example.com"})
	name, path, email := ph[0], ph[1], ph[2]
	bare := strings.Trim(email, "[]")
	tests := []struct {
		name, in string
		prevWord bool
		want     string
	}{
		{name: "no placeholder", in: `{"a":"b_1"}`, want: `{"a":"b_1"}`},
		{name: "quote escaped", in: `{"n":"` + name + `"}`, want: `{"n":"O\"Brien"}`},
		{name: "backslash escaped", in: `{"p":"` + path + `"}`, want: `{"p":"C:\\Share"}`},
		{name: "plain value", in: `{"e":"` + email + `"}`, want: `{"e":"ana@example.com"}`},
		{name: "doubled brackets", in: `{"e":"[` + email + `]"}`, want: `{"e":"ana@example.com"}`},
		{name: "bare body", in: `{"e":"` + bare + `"}`, want: `{"e":"ana@example.com"}`},
		{name: "lower-case bare body", in: `{"e":"` + strings.ToLower(bare) + `"}`, want: `{"e":"ana@example.com"}`},
		{name: "bare body inside a word", in: `{"e":"x` + bare + `"}`, want: `{"e":"x` + bare + `"}`},
		{name: "bare body after a word byte", in: bare + `"}`, prevWord: true, want: bare + `"}`},
		{name: "bare body at start, no word before", in: bare + `"}`, want: `ana@example.com"}`},
		{name: "bracketed inside a word", in: `x` + name + `y`, want: `xO\"Brieny`},
		{name: "two in a row", in: name + path, want: `O\"BrienC:\\Share`},
		{name: "unbalanced doubled", in: "[" + name, want: `[O\"Brien`},
		{name: "not issued", in: `[PERSON_0]`, want: `[PERSON_0]`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := restoreJSONText(v, tc.in, tc.prevWord)
			if got != tc.want {
				t.Errorf("restoreJSONText(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
	// Without escaping needs, it agrees with Vault.Restore.
	for _, in := range []string{email + " and " + bare, "[" + email + "]", "pre" + email + "post", bare + "_x " + bare} {
		if got, want := restoreJSONText(v, in, false), v.Restore(in); got != want {
			t.Errorf("restoreJSONText(%q) = %q, Vault.Restore = %q", in, got, want)
		}
	}
}

// TestStreamRestoreSplits restores tool call arguments and JSON-mode content
// split into two events at every byte: the client always gets valid JSON
// with the real values.
func TestStreamRestoreSplits(t *testing.T) {
	g := streamTestGuardrail(t)
	v, ph := streamTestVault(g, [2]string{"PERSON", `O"Brien`}, [2]string{"PATH", `C:\Share`}, [2]string{"EMAIL_ADDRESS", "ana@example.com"})
	text := fmt.Sprintf(`{"name":"%s","path":"%s","to":"%s","cc":"%s"}`, ph[0], ph[1], ph[2], strings.Trim(ph[2], "[]"))
	want := map[string]string{"name": `O"Brien`, "path": `C:\Share`, "to": "ana@example.com", "cc": "ana@example.com"}
	for _, tc := range []struct {
		name  string
		delta func(string) string
		read  func(content, args string) string
	}{
		{"tool call arguments", streamTestArgs, func(_, a string) string { return a }},
		{"JSON-mode content", streamTestContent, func(c, _ string) string { return c }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for k := 0; k <= len(text); k++ {
				events := [][]byte{streamTestChunk(`{"role":"assistant","content":""}`, "")}
				for _, p := range []string{text[:k], text[k:]} {
					if p != "" {
						events = append(events, streamTestChunk(tc.delta(p), ""))
					}
				}
				events = append(events, streamTestChunk("{}", "stop"), []byte("data: [DONE]\n\n"))
				content, args, finish := streamTestRead(t, streamTestRun(t, g, v, events))
				got := tc.read(content, args)
				var m map[string]string
				if err := json.Unmarshal([]byte(got), &m); err != nil {
					t.Fatalf("split at %d: not valid JSON (%v): %s", k, err, got)
				}
				for key, w := range want {
					if m[key] != w {
						t.Errorf("split at %d: %s = %q, want %q", k, key, m[key], w)
					}
				}
				if finish != "stop" {
					t.Errorf("split at %d: finish_reason %q", k, finish)
				}
			}
		})
	}
}

// TestStreamProseRestore checks that prose is restored without escaping at
// every split, and that nothing is restored without restore.
func TestStreamProseRestore(t *testing.T) {
	g := streamTestGuardrail(t)
	v, ph := streamTestVault(g, [2]string{"PERSON", `O"Brien`}, [2]string{"EMAIL_ADDRESS", "ana@example.com"})
	text := "Dear " + ph[0] + ", we will write to " + ph[1] + " soon."
	want := `Dear O"Brien, we will write to ana@example.com soon.`
	for k := 0; k <= len(text); k++ {
		events := [][]byte{streamTestChunk(`{"role":"assistant","content":""}`, "")}
		for _, p := range []string{text[:k], text[k:]} {
			if p != "" {
				events = append(events, streamTestChunk(streamTestContent(p), ""))
			}
		}
		events = append(events, streamTestChunk("{}", "stop"), []byte("data: [DONE]\n\n"))
		if content, _, _ := streamTestRead(t, streamTestRun(t, g, v, events)); content != want {
			t.Errorf("split at %d: content = %q, want %q", k, content, want)
		}
	}
	aw, rec := streamTestWriter(t, g, v, false)
	for _, ev := range [][]byte{streamTestChunk(streamTestContent(text), ""), streamTestChunk("{}", "stop")} {
		if _, err := aw.Write(ev); err != nil {
			t.Fatal(err)
		}
	}
	if err := aw.finish(); err != nil {
		t.Fatal(err)
	}
	if content, _, _ := streamTestRead(t, rec.Body.Bytes()); content != text {
		t.Errorf("without restore: content = %q, want the placeholders %q", content, text)
	}
}

// TestStreamBlockCut checks a blocked stream at the writer: the offending
// text is withheld, the stream ends with content_filter and [DONE], and
// Write reports errStreamCut so reverse_proxy stops reading.
func TestStreamBlockCut(t *testing.T) {
	g := streamTestGuardrail(t)
	aw, rec := streamTestWriter(t, g, nil, false)
	text := "Warm boots for long walks. Order today before it's too late, the winter is coming."
	var err error
	for _, p := range splitText(text, 3) {
		if _, err = aw.Write(streamTestChunk(streamTestContent(p), "")); err != nil {
			break
		}
	}
	if err != errStreamCut || !aw.cut {
		t.Fatalf("write error = %v, cut = %v; want errStreamCut", err, aw.cut)
	}
	if _, err := aw.Write(streamTestChunk(streamTestContent("more"), "")); err != errStreamCut {
		t.Errorf("write after the cut = %v, want errStreamCut", err)
	}
	body := rec.Body.Bytes()
	content, _, finish := streamTestRead(t, body)
	if want := text[:strings.Index(text, "before")]; content != want {
		t.Errorf("content = %q, want %q", content, want)
	}
	if finish != "content_filter" || !bytes.HasSuffix(body, []byte("data: [DONE]\n\n")) {
		t.Errorf("stream end: finish %q, tail %q", finish, screenTail(body))
	}
	if i := bytes.Index(body, []byte(": guardrail-findings ")); i < 0 || !bytes.Contains(body[i:], []byte("fear_appeal/fear.too_late")) {
		t.Errorf("no findings comment: %s", body)
	}
	if aw.x.outcome != outcomeBlocked {
		t.Errorf("outcome = %q, want %q", aw.x.outcome, outcomeBlocked)
	}
}

// streamBenchAnswer is a marketing answer with three placeholders, cut into
// 4-byte deltas like a model's tokens.
func streamBenchAnswer(ph []string) [][]byte {
	var sb strings.Builder
	for i := 0; sb.Len() < 2000; i++ {
		fmt.Fprintf(&sb, "Dear %s, our autumn collection pairs warm wool with light recycled fabrics. ", ph[i%len(ph)])
		sb.WriteString("Every jacket is made to last, with free repairs for two years and a size guide online. ")
	}
	var evs [][]byte
	evs = append(evs, streamTestChunk(`{"role":"assistant","content":""}`, ""))
	for _, p := range splitText(sb.String(), 4) {
		evs = append(evs, streamTestChunk(streamTestContent(p), ""))
	}
	evs = append(evs, streamTestChunk("{}", "stop"), []byte("data: [DONE]\n\n"))
	return evs
}

// BenchmarkStreamPipeline measures the guardrail's work per streamed event
// (SSE parsing, screening, restoring, re-framing) without Caddy, and how
// many text bytes it holds back on average after an event.
func BenchmarkStreamPipeline(b *testing.B) {
	g := streamTestGuardrail(b)
	for _, tc := range []struct {
		name    string
		restore bool
	}{{"screen", false}, {"screen_restore", true}} {
		b.Run(tc.name, func(b *testing.B) {
			v, ph := streamTestVault(g, [2]string{"PERSON", "Ana Silva"}, [2]string{"EMAIL_ADDRESS", "ana@example.com"}, [2]string{"PHONE_NUMBER", "+44 20 7946 0958"})
			evs := streamBenchAnswer(ph)
			size := 0
			for _, ev := range evs {
				size += len(ev)
			}

			// Held-back bytes after each event, measured once, untimed.
			aw, _ := streamTestWriter(b, g, v, tc.restore)
			held := 0
			for _, ev := range evs {
				if _, err := aw.Write(ev); err != nil {
					b.Fatal(err)
				}
				for _, c := range aw.stream.channels {
					held += len(c.pending) + len(c.held)
					if c.restorer != nil {
						held += c.restorer.Held()
					}
				}
			}

			b.ReportAllocs()
			b.SetBytes(int64(size))
			b.ResetTimer()
			for b.Loop() {
				aw, _ := streamTestWriter(b, g, v, tc.restore)
				for _, ev := range evs {
					if _, err := aw.Write(ev); err != nil {
						b.Fatal(err)
					}
				}
				if err := aw.finish(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(evs)), "ns/event")
			b.ReportMetric(float64(held)/float64(len(evs)), "held-B/event")
		})
	}
}

// TestStreamBlockAtEnd checks a blocking phrase that only the end of the
// text confirms: the final event's finish_reason is replaced by
// content_filter and the phrase is withheld.
func TestStreamBlockAtEnd(t *testing.T) {
	g := streamTestGuardrail(t)
	text := "Warm boots for the winter. Get them before it's too late"
	for k := 1; k < len(text); k++ {
		aw, rec := streamTestWriter(t, g, nil, false)
		events := [][]byte{
			streamTestChunk(`{"role":"assistant","content":""}`, ""),
			streamTestChunk(streamTestContent(text[:k]), ""),
			streamTestChunk(streamTestContent(text[k:]), ""),
			streamTestChunk("{}", "stop"),
			[]byte("data: [DONE]\n\n"),
		}
		var err error
		for _, ev := range events {
			if _, err = aw.Write(ev); err != nil {
				break
			}
		}
		if err != errStreamCut {
			t.Fatalf("split at %d: write error = %v, want errStreamCut", k, err)
		}
		body := rec.Body.Bytes()
		content, _, finish := streamTestRead(t, body)
		if want := text[:strings.Index(text, "before")]; content != want {
			t.Errorf("split at %d: content = %q, want %q", k, content, want)
		}
		if finish != "content_filter" || bytes.Contains(body, []byte(`"stop"`)) || !bytes.HasSuffix(body, []byte("data: [DONE]\n\n")) {
			t.Errorf("split at %d: stream end: finish %q, tail %q", k, finish, screenTail(body))
		}
	}
}

// streamTestAnswer writes body as the upstream's answer for dialect d and
// returns what the client got.
func streamTestAnswer(t *testing.T, g *Guardrail, d *dialect, v *redact.Vault, contentType string, body []byte) []byte {
	t.Helper()
	rec := httptest.NewRecorder()
	r := httptest.NewRequest(http.MethodPost, "/", nil)
	st := g.state.Load()
	aw := newAnswerWriter(rec, g, d, st, newExchange(r, st), v, true)
	aw.Header().Set("Content-Type", contentType)
	aw.WriteHeader(http.StatusOK)
	if _, err := aw.Write(body); err != nil {
		t.Fatalf("write: %v", err)
	}
	if err := aw.finish(); err != nil {
		t.Fatalf("finish: %v", err)
	}
	return rec.Body.Bytes()
}

// TestStreamRestoreArgumentsByDialect checks that restored values are
// escaped once: inside arguments sent as JSON text, and not again inside
// arguments sent as a JSON object, whose strings the dialect visits one by
// one.
func TestStreamRestoreArgumentsByDialect(t *testing.T) {
	g := streamTestGuardrail(t)
	v, ph := streamTestVault(g, [2]string{"PERSON", `O"Brien`}, [2]string{"PATH", `C:\Share`})
	args := fmt.Sprintf(`{"greeting":"Dear %s","path":"%s"}`, ph[0], ph[1])
	want := map[string]string{"greeting": `Dear O"Brien`, "path": `C:\Share`}
	check := func(t *testing.T, what string, got gjson.Result) {
		t.Helper()
		for k, w := range want {
			if g := got.Get(k).String(); g != w {
				t.Errorf("%s %s = %q, want %q (%s)", what, k, g, w, got.Raw)
			}
		}
	}
	argsJSON, _ := json.Marshal(args)

	t.Run("gemini whole answer, arguments object", func(t *testing.T) {
		d := dialectByName("gemini")
		if d == nil {
			t.Skip("no gemini dialect")
		}
		body := `{"candidates":[{"content":{"role":"model","parts":[{"functionCall":{"name":"send","args":` + args + `}}]},"finishReason":"STOP","index":0}]}`
		out := streamTestAnswer(t, g, d, v, "application/json", []byte(body))
		if !gjson.ValidBytes(out) {
			t.Fatalf("not JSON: %s", out)
		}
		check(t, "args", gjson.GetBytes(out, "candidates.0.content.parts.0.functionCall.args"))
	})

	t.Run("openai whole answer, arguments text", func(t *testing.T) {
		body := `{"id":"c","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function","function":{"name":"send","arguments":` + string(argsJSON) + `}}]},"finish_reason":"tool_calls"}]}`
		out := streamTestAnswer(t, g, openAIChat, v, "application/json", []byte(body))
		a := gjson.GetBytes(out, "choices.0.message.tool_calls.0.function.arguments").String()
		if !gjson.Valid(a) {
			t.Fatalf("arguments are not JSON: %s", a)
		}
		check(t, "arguments", gjson.Parse(a))
	})

	t.Run("responses stream, arguments done event", func(t *testing.T) {
		d := dialectByName("openai_responses")
		if d == nil {
			t.Skip("no responses dialect")
		}
		ev := `{"type":"response.function_call_arguments.done","item_id":"fc_1","output_index":0,"arguments":` + string(argsJSON) + `}`
		body := "event: response.function_call_arguments.done\ndata: " + ev + "\n\n"
		out := streamTestAnswer(t, g, d, v, "text/event-stream", []byte(body))
		data, ok := bytes.CutPrefix(bytes.TrimSpace(out[bytes.Index(out, []byte("data: ")):]), []byte("data: "))
		if !ok || !gjson.ValidBytes(data) {
			t.Fatalf("event data is not JSON: %s", out)
		}
		a := gjson.GetBytes(data, "arguments").String()
		if !gjson.Valid(a) {
			t.Fatalf("arguments are not JSON: %s", a)
		}
		check(t, "arguments", gjson.Parse(a))
	})
}
