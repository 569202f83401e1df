package caddymodule

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/caddyserver/caddy/v2"
	"github.com/caddyserver/caddy/v2/modules/caddyhttp"
	"github.com/tidwall/gjson"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

// newTestGuardrail provisions a guardrail with the default detectors and
// screening, outside Caddy, for handler benchmarks and unit tests.
func newTestGuardrail(tb testing.TB, g *Guardrail) *Guardrail {
	tb.Helper()
	if g == nil {
		g = &Guardrail{}
	}
	if g.HashKey == "" {
		g.HashKey = "bench-key"
	}
	ctx, cancel := caddy.NewContext(caddy.Context{Context: context.Background()})
	tb.Cleanup(cancel)
	if err := g.Provision(ctx); err != nil {
		tb.Fatalf("provision: %v", err)
	}
	if err := g.Validate(); err != nil {
		tb.Fatalf("validate: %v", err)
	}
	// Records are encoded as in production, then discarded.
	g.emitter.SetLogger(zap.New(zapcore.NewCore(zapcore.NewJSONEncoder(zap.NewProductionEncoderConfig()),
		zapcore.AddSync(io.Discard), zapcore.InfoLevel)))
	return g
}

// benchPII are the five personal values of the PII prompt.
var benchPII = []string{
	"ana.silva@example.com", "+44 20 7946 0958", "4111 1111 1111 1111",
	"DE89 3704 0044 0532 0130 00", "203.0.113.77",
}

// benchMarketing is about 2 KB of marketing brief without personal data.
func benchMarketing() string {
	var sb strings.Builder
	lines := []string{
		"You are the copywriter for a mid-sized outdoor clothing brand with shops in twelve cities.",
		"Write a spring campaign e-mail for our waterproof hiking jackets, friendly and concrete.",
		"Mention the recycled fabric, the two-year repair guarantee and the new colours moss and slate.",
		"Keep the subject line under fifty characters and avoid exclamation marks in it.",
		"The audience are returning customers who bought boots or tents in the last two seasons.",
		"Offer free shipping on orders above sixty euros and link to the store finder page.",
		"Close with a short paragraph about our trail clean-up volunteer days in May.",
	}
	for i := 0; sb.Len() < 2000; i++ {
		sb.WriteString(lines[i%len(lines)])
		sb.WriteByte(' ')
	}
	return sb.String()
}

// benchPromptBody is a chat request with the 2 KB brief; with pii, the five
// benchPII values are woven in.
func benchPromptBody(pii, stream bool) string {
	text := benchMarketing()
	if pii {
		text = fmt.Sprintf("Send the draft to %s, or call %s. Test order paid with card %s, refunds to IBAN %s, "+
			"the preview server is at %s. ", benchPII[0], benchPII[1], benchPII[2], benchPII[3], benchPII[4]) + text[:len(text)-150]
	}
	return fmt.Sprintf(`{"model":"gpt-4o-mini","stream":%v,"messages":[{"role":"system","content":"You write marketing copy."},{"role":"user","content":%q}]}`, stream, text)
}

// benchConversationBody is a 32 KB multi-turn chat request with a few
// personal values spread over the turns.
func benchConversationBody(stream bool) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, `{"model":"gpt-4o-mini","stream":%v,"messages":[{"role":"system","content":"You are a helpful marketing assistant."}`, stream)
	brief := benchMarketing()
	for turn := 0; sb.Len() < 32<<10-1200; turn++ {
		user := brief[:600]
		if turn%4 == 1 {
			user = fmt.Sprintf("My colleague is at team%d@example.com. %s", turn, brief[:560])
		}
		fmt.Fprintf(&sb, `,{"role":"user","content":%q},{"role":"assistant","content":%q}`, user, brief[600:1000])
	}
	sb.WriteString(`]}`)
	return sb.String()
}

// benchAnswer is a whole OpenAI chat completion.
const benchAnswer = `{"id":"chatcmpl-b","object":"chat.completion","created":1,"model":"gpt-4o-mini",` +
	`"choices":[{"index":0,"message":{"role":"assistant","content":"Here is your spring campaign draft: fresh trails, recycled fabric and a repair guarantee for two years."},"finish_reason":"stop"}],` +
	`"usage":{"prompt_tokens":500,"completion_tokens":25,"total_tokens":525}}`

// benchNext answers like OpenAI: a whole JSON answer, or an SSE stream of
// 20 chunks when the request asks for one. It closes the request body after
// reading it, as Go's transport does (which lets the pooled forwarded body
// go back to its pool).
var benchNext = caddyhttp.HandlerFunc(func(w http.ResponseWriter, r *http.Request) error {
	b, err := io.ReadAll(r.Body)
	_ = r.Body.Close()
	if err != nil {
		return err
	}
	if !strings.Contains(string(b), `"stream":true`) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusOK)
		_, err = io.WriteString(w, benchAnswer)
		return err
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(http.StatusOK)
	for i := 0; i < 20; i++ {
		if _, err := io.WriteString(w, sseChunk("word ", i == 0, "")); err != nil {
			return err
		}
	}
	_, err = io.WriteString(w, sseChunk("", false, "stop")+"data: [DONE]\n\n")
	return err
})

// serveOnce runs one exchange through g with benchNext.
func serveOnce(tb testing.TB, g *Guardrail, body string, header http.Header) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodPost, "/v1/chat/completions", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for k, v := range header {
		req.Header[k] = v
	}
	repl := caddy.NewReplacer()
	req = req.WithContext(context.WithValue(req.Context(), caddy.ReplacerCtxKey, repl))
	rec := httptest.NewRecorder()
	if err := g.ServeHTTP(rec, req, benchNext); err != nil {
		tb.Fatalf("ServeHTTP: %v", err)
	}
	if rec.Code != http.StatusOK {
		tb.Fatalf("status %d: %s", rec.Code, rec.Body.String())
	}
	return rec
}

// BenchmarkHandler runs one exchange per op through the handler and
// reports, besides wall-clock ns/op, cpu-ns/op: the CPU time of the whole
// process per exchange (Linux RUSAGE_SELF), garbage collection included. On
// a busy shared machine that figure moves much less than ns/op.
//
// The same body is sent again and again, so the find cache is off (its hits
// would hide the detectors' work) except in the _cached case, where every
// text of the conversation is one the cache has seen: the history of a
// conversation resent on the next turn.
func BenchmarkHandler(b *testing.B) {
	g := newTestGuardrail(b, &Guardrail{FindCache: &FindCacheConfig{Off: true}})
	cached := newTestGuardrail(b, nil)
	personalize := http.Header{"X-Consent": {"personalization"}}
	cases := []struct {
		name   string
		body   string
		header http.Header
		g      *Guardrail
	}{
		{"prompt_2KB_no_pii", benchPromptBody(false, false), nil, g},
		{"prompt_2KB_5_pii", benchPromptBody(true, false), nil, g},
		{"prompt_2KB_5_pii_restore", benchPromptBody(true, false), personalize, g},
		{"prompt_2KB_5_pii_stream", benchPromptBody(true, true), personalize, g},
		{"conversation_32KB", benchConversationBody(false), nil, g},
		{"conversation_32KB_stream", benchConversationBody(true), personalize, g},
		{"conversation_32KB_cached", benchConversationBody(false), nil, cached},
	}
	for _, tc := range cases {
		g := tc.g
		b.Run(tc.name, func(b *testing.B) {
			serveOnce(b, g, tc.body, tc.header)
			runtime.GC()
			b.ReportAllocs()
			b.SetBytes(int64(len(tc.body)))
			b.ResetTimer()
			cpu0, n := processCPU(), 0
			for b.Loop() {
				serveOnce(b, g, tc.body, tc.header)
				n++
			}
			if cpu := processCPU() - cpu0; cpu > 0 {
				b.ReportMetric(float64(cpu.Nanoseconds())/float64(n), "cpu-ns/op")
			}
		})
	}
}

// processCPU returns the user+system CPU time of the process, or 0 where
// that is not available.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkHandlerBaseline is the same exchange without the guardrail: the
// cost of the test harness itself (request, recorder, next).
func BenchmarkHandlerBaseline(b *testing.B) {
	body := benchPromptBody(true, false)
	b.ReportAllocs()
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		req := httptest.NewRequest(http.MethodPost, "/v1/chat/completions", strings.NewReader(body))
		rec := httptest.NewRecorder()
		if err := benchNext(rec, req); err != nil {
			b.Fatal(err)
		}
	}
}

// TestBenchBodies checks the benchmark's bodies are what their names say,
// and that the handler redacts every PII value of the prompt.
func TestBenchBodies(t *testing.T) {
	if n := len(benchPromptBody(true, false)); n < 1900 || n > 2300 {
		t.Errorf("PII prompt is %d bytes, want about 2 KB", n)
	}
	if n := len(benchConversationBody(false)); n < 31<<10 || n > 33<<10 {
		t.Errorf("conversation is %d bytes, want about 32 KB", n)
	}
	g := newTestGuardrail(t, nil)
	var forwarded string
	next := caddyhttp.HandlerFunc(func(w http.ResponseWriter, r *http.Request) error {
		b, _ := io.ReadAll(r.Body)
		forwarded = string(b)
		r.Body = io.NopCloser(strings.NewReader(forwarded))
		return benchNext(w, r)
	})
	req := httptest.NewRequest(http.MethodPost, "/v1/chat/completions", strings.NewReader(benchPromptBody(true, false)))
	req = req.WithContext(context.WithValue(req.Context(), caddy.ReplacerCtxKey, caddy.NewReplacer()))
	rec := httptest.NewRecorder()
	if err := g.ServeHTTP(rec, req, next); err != nil {
		t.Fatal(err)
	}
	for _, v := range benchPII {
		if strings.Contains(forwarded, v) {
			t.Errorf("forwarded body contains %q", v)
		}
	}
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "spring campaign draft") {
		t.Errorf("answer %d %.200s", rec.Code, rec.Body.String())
	}
}

// BenchmarkWalk compares finding the request texts path by path
// (walkStrings per path) with the one-pass walkPaths.
func BenchmarkWalk(b *testing.B) {
	for _, body := range []struct {
		name string
		b    string
	}{{"prompt_2KB", benchPromptBody(true, false)}, {"conversation_32KB", benchConversationBody(false)}} {
		root := gjson.Parse(body.b)
		paths := openAIChat.request
		b.Run(body.name+"/per_path", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(body.b)))
			for b.Loop() {
				n := 0
				for _, p := range paths {
					walkStrings(root, p, nil, func(gjson.Result, []int) { n++ })
				}
			}
		})
		b.Run(body.name+"/one_pass", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(body.b)))
			for b.Loop() {
				n := 0
				walkPaths(root, paths, func(int, gjson.Result, []int) { n++ })
			}
		})
	}
}
