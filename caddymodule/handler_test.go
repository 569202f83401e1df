package caddymodule

import (
	"bytes"
	"compress/zlib"
	"context"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/caddyserver/caddy/v2"
	"github.com/caddyserver/caddy/v2/modules/caddyhttp"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
)

// handlerServe runs one request through g with a next handler that records
// what it received (URL and body) and answers with answer/contentType.
func handlerServe(t *testing.T, g *Guardrail, method, target, body string, hdr map[string]string, contentType, answer string) (gotURL, gotBody string, rec *httptest.ResponseRecorder) {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, target, rd)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	req = req.WithContext(context.WithValue(req.Context(), caddy.ReplacerCtxKey, caddy.NewReplacer()))
	rec = httptest.NewRecorder()
	next := caddyhttp.HandlerFunc(func(w http.ResponseWriter, r *http.Request) error {
		b, _ := io.ReadAll(r.Body)
		gotURL, gotBody = r.URL.String(), string(b)
		w.Header().Set("Content-Type", contentType)
		_, err := io.WriteString(w, answer)
		return err
	})
	if err := g.ServeHTTP(rec, req, next); err != nil {
		t.Fatalf("ServeHTTP: %v", err)
	}
	return gotURL, gotBody, rec
}

const handlerEmail = "ana.silva@example.com"

func TestHandlerFailsClosed(t *testing.T) {
	g := newTestGuardrail(t, &Guardrail{Media: "pass"})
	okAnswer := `{"id":"x","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"ok"},"finish_reason":"stop"}]}`
	tests := []struct {
		name, method, target, body string
	}{
		{"GET with a body and a query", http.MethodGet, "/v1/chat/completions?email=" + handlerEmail, `{"messages":[{"role":"user","content":"` + handlerEmail + `"}]}`},
		{"DELETE with a query", http.MethodDelete, "/v1/files/f1?note=" + handlerEmail, ""},
		{"case-folded keys (Go parsers match them)", http.MethodPost, "/api/chat", `{"model":"m","stream":false,"messages":[{"role":"user","content":"ok","CONTENT":"` + handlerEmail + `"}]}`},
		{"fields no dialect path names", http.MethodPost, "/v1/chat/completions", `{"model":"m","metadata":{"note":"` + handlerEmail + `"},"prediction":{"type":"content","content":"` + handlerEmail + `"},"tools":[{"type":"function","function":{"name":"send","description":"mail ` + handlerEmail + `"}}],"messages":[{"role":"user","content":"hi"}]}`},
		{"PII in a metadata key", http.MethodPost, "/v1/chat/completions", `{"model":"m","metadata":{"` + handlerEmail + `":"1"},"messages":[{"role":"user","content":"hi"}]}`},
		// contents.*.parts.text and contents.parts.*.text both reach this
		// text: it is edited twice, which once made apply panic.
		{"one text reached by two dialect paths", http.MethodPost, "/v1beta/models/gemini-2.0-flash:generateContent", `{"contents":{"parts":{"parts":{"text":"` + handlerEmail + `"}}}}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			u, b, rec := handlerServe(t, g, tc.method, tc.target, tc.body, map[string]string{"Content-Type": "application/json"}, "application/json", okAnswer)
			if strings.Contains(u, handlerEmail) || strings.Contains(u, "ana.silva%40example.com") || strings.Contains(b, handlerEmail) {
				t.Errorf("the provider got the address: url %q body %q (status %d)", u, b, rec.Code)
			}
			if tc.body != "" && !strings.Contains(tc.body, "CONTENT") && b == "" {
				t.Errorf("nothing was forwarded (status %d: %s)", rec.Code, rec.Body)
			}
		})
	}

	t.Run("structural values and media stay as sent", func(t *testing.T) {
		body := `{"model":"gpt-4o-2024-08-06","messages":[{"role":"user","content":[{"type":"text","text":"hi"},{"type":"image_url","image_url":{"url":"data:image/png;base64,AKIAIOSFODNN7EXAMPLEAAAA"}}]}]}`
		_, b, _ := handlerServe(t, g, http.MethodPost, "/v1/chat/completions", body, nil, "application/json", okAnswer)
		if b != body {
			t.Errorf("body changed:\n got %s\nwant %s", b, body)
		}
	})

	t.Run("pinned dialect does not hide another API's fields", func(t *testing.T) {
		pinned := newTestGuardrail(t, &Guardrail{Dialect: "openai_chat"})
		_, b, _ := handlerServe(t, pinned, http.MethodPost, "/v1/responses", `{"model":"m","input":"`+handlerEmail+`"}`, nil, "application/json", `{"id":"r","object":"response","output":[]}`)
		if strings.Contains(b, handlerEmail) {
			t.Errorf("the provider got the address: %s", b)
		}
	})

	t.Run("deflate is zlib", func(t *testing.T) {
		var buf bytes.Buffer
		zw := zlib.NewWriter(&buf)
		_, _ = io.WriteString(zw, `{"model":"m","messages":[{"role":"user","content":"`+handlerEmail+`"}]}`)
		_ = zw.Close()
		_, b, rec := handlerServe(t, g, http.MethodPost, "/v1/chat/completions", buf.String(), map[string]string{"Content-Encoding": "deflate"}, "application/json", okAnswer)
		if rec.Code != http.StatusOK || b == "" || strings.Contains(b, handlerEmail) {
			t.Errorf("status %d, forwarded %q", rec.Code, b)
		}
	})

	t.Run("deep nesting on an unknown path is refused fast", func(t *testing.T) {
		start := time.Now()
		_, b, rec := handlerServe(t, g, http.MethodPost, "/v2/unknown", strings.Repeat("[", 100000)+strings.Repeat("]", 100000), nil, "application/json", okAnswer)
		if rec.Code != http.StatusBadRequest || b != "" {
			t.Errorf("status %d, forwarded %d bytes", rec.Code, len(b))
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Logf("took %v", d) // not a timing assertion: a hint when it regresses
		}
	})

	t.Run("a known API answering non-JSON fails closed", func(t *testing.T) {
		_, _, rec := handlerServe(t, g, http.MethodPost, "/v1/chat/completions", `{"model":"m","messages":[{"role":"user","content":"hi"}]}`, nil, "text/plain", "data: act now before it is too late\n\n")
		if rec.Code != http.StatusBadGateway || !strings.Contains(rec.Body.String(), "upstream_format") {
			t.Errorf("status %d body %s, want 502 upstream_format", rec.Code, rec.Body)
		}
	})
}

// TestMetricCountsPerExchange checks the counters through the label cache
// and that the pooled redaction counts start empty for every exchange: each
// exchange with one e-mail address adds exactly one to its counter.
func TestMetricCountsPerExchange(t *testing.T) {
	g := newTestGuardrail(t, nil)
	email := redactionsByLabel.get("EMAIL_ADDRESS", "")
	forwarded := exchangesByLabel.get("openai_chat", "forwarded")
	value := func(c prometheus.Counter) float64 {
		var m dto.Metric
		if err := c.Write(&m); err != nil {
			t.Fatal(err)
		}
		return m.GetCounter().GetValue()
	}
	e0, f0 := value(email), value(forwarded)
	body := `{"model":"m","messages":[{"role":"user","content":"write to ana.silva@example.com today"}]}`
	for i := 1; i <= 3; i++ {
		serveOnce(t, g, body, nil)
		if got := value(metricRedactions.WithLabelValues("EMAIL_ADDRESS")) - e0; got != float64(i) {
			t.Fatalf("after %d exchanges, EMAIL_ADDRESS redactions counted %v", i, got)
		}
		if got := value(forwarded) - f0; got != float64(i) {
			t.Fatalf("after %d exchanges, forwarded exchanges counted %v", i, got)
		}
	}
	if email != redactionsByLabel.get("EMAIL_ADDRESS", "") {
		t.Error("the label cache returned another child for the same labels")
	}
}

// TestPlaceholders checks the {http.guardrail.*} placeholders as the next
// handler and directives run after the guardrail see them: each is known
// from the point where the exchange learnt its value, and they keep their
// values after the exchange was recorded.
func TestPlaceholders(t *testing.T) {
	g := newTestGuardrail(t, &Guardrail{UnknownPath: "reject"})
	const (
		answer = `{"id":"x","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"ok"},"finish_reason":"stop"}]}`
		prompt = `{"model":"m","messages":[{"role":"user","content":"write to ana.silva@example.com or bo@example.org"}]}`
	)
	names := []string{"exchange_id", "consent.decision", "consent.sources", "consent.purposes", "redactions"}
	tests := []struct {
		name, method, target, body string
		header                     map[string]string
		next, after                map[string]string // placeholder values; missing ones must be unknown
	}{
		{
			name: "a prompt with two addresses", method: http.MethodPost, target: "/v1/chat/completions", body: prompt,
			header: map[string]string{"X-Consent": "personalization, analytics"},
			next:   map[string]string{"consent.decision": "personalize", "consent.sources": "header", "consent.purposes": "personalization", "redactions": "2"},
		},
		{
			name: "no consent evidence", method: http.MethodPost, target: "/v1/chat/completions", body: `{"model":"m","messages":[{"role":"user","content":"hi"}]}`,
			next: map[string]string{"consent.decision": "anonymize", "consent.sources": "", "consent.purposes": "", "redactions": "0"},
		},
		{
			name: "a body that is not JSON is rejected before its redactions are known", method: http.MethodPost, target: "/v1/chat/completions", body: `{"model":`,
			after: map[string]string{"consent.decision": "anonymize", "consent.sources": "", "consent.purposes": ""},
		},
		{
			name: "a GET has no consent decision", method: http.MethodGet, target: "/v1/models",
			next: map[string]string{},
		},
		{
			name: "an unknown path is rejected before consent", method: http.MethodPost, target: "/v2/other", body: prompt,
			after: map[string]string{},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var rd io.Reader
			if tc.body != "" {
				rd = strings.NewReader(tc.body)
			}
			req := httptest.NewRequest(tc.method, tc.target, rd)
			for k, v := range tc.header {
				req.Header.Set(k, v)
			}
			repl := caddy.NewReplacer()
			req = req.WithContext(context.WithValue(req.Context(), caddy.ReplacerCtxKey, repl))
			check := func(when string, want map[string]string) {
				t.Helper()
				id, ok := repl.GetString("http.guardrail.exchange_id")
				if !ok || len(id) != 32 {
					t.Errorf("%s: exchange_id = %q, %v; want a 32-digit id", when, id, ok)
				}
				for _, name := range names[1:] {
					got, ok := repl.GetString("http.guardrail." + name)
					w, known := want[name]
					if ok != known || got != w {
						t.Errorf("%s: %s = %q (known %v), want %q (known %v)", when, name, got, ok, w, known)
					}
				}
			}
			called := false
			next := caddyhttp.HandlerFunc(func(w http.ResponseWriter, r *http.Request) error {
				called = true
				check("in next", tc.next)
				w.Header().Set("Content-Type", "application/json")
				_, err := io.WriteString(w, answer)
				return err
			})
			rec := httptest.NewRecorder()
			if err := g.ServeHTTP(rec, req, next); err != nil {
				t.Fatalf("ServeHTTP: %v", err)
			}
			want := tc.after
			if called {
				want = tc.next
			} else if tc.next != nil {
				t.Fatalf("next was not called (status %d: %s)", rec.Code, rec.Body)
			}
			check("after the exchange", want)
			if id, _ := repl.GetString("http.guardrail.exchange_id"); id != rec.Header().Get("X-Guardrail-Exchange-Id") {
				t.Errorf("exchange_id %q, response header %q", id, rec.Header().Get("X-Guardrail-Exchange-Id"))
			}
			if _, ok := repl.Get("http.guardrail.other"); ok {
				t.Error("an unknown guardrail placeholder is known")
			}
		})
	}
}

// TestExchangeID checks the form of exchange ids (exchange.EncodeHex has
// its own test against hex.Encode).
func TestExchangeID(t *testing.T) {
	var buf [32]byte
	if id := newExchangeID(&buf); len(id) != 32 || strings.Trim(id, "0123456789abcdef") != "" {
		t.Errorf("exchange id %q, want 32 lowercase hex digits", id)
	}
}

// TestDialectForMemo holds dialectFor, which keeps the dialect of the last
// API path, to detection: every path, in random orders and repeated, with
// and without a pinned dialect.
func TestDialectForMemo(t *testing.T) {
	paths := []string{
		"/v1/chat/completions", "/v1/responses", "/v1/completions", "/v1/embeddings",
		"/v1/messages", "/v1/messages/count_tokens", "/v1/threads/thread_1/messages",
		"/v1beta/models/gemini-2.5-flash:generateContent", "/v1beta/models/gemini-2.5-flash:unknownMethod",
		"/api/chat", "/api/generate", "/api/embed", "/v1/models", "/something/else", "",
		"/v1/chat/completions/", "/" + strings.Repeat("x", maxDialectPath) + "/v1/chat/completions",
	}
	want := func(pinned, p string) *dialect {
		if d := detectDialect(p); d != nil {
			return d
		}
		if pinned != "" {
			return dialectByName(pinned)
		}
		return nil
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, pinned := range []string{"", "openai_chat", "anthropic_messages"} {
		g := &Guardrail{Dialect: pinned}
		for i := 0; i < 2000; i++ {
			p := paths[rng.IntN(len(paths))]
			if got, w := g.dialectFor(p), want(pinned, p); got != w {
				t.Fatalf("pinned %q, request %d, path %q: dialectFor = %s, want %s", pinned, i, p, dialectName(got), dialectName(w))
			}
		}
	}
}

func dialectName(d *dialect) string {
	if d == nil {
		return "none"
	}
	return d.name
}
