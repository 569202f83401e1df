package caddymodule

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/caddyserver/caddy/v2/caddytest"
	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
)

// The integration tests start the real Caddy in-process (one per test
// binary, on fixed ports) with the guardrail in front of a fake provider.
const (
	guardURL = "http://localhost:9080"
)

// upstream is a fake LLM provider that records what it received. By default
// it answers like the demo echo model; answer, if set, replaces that.
type upstream struct {
	*httptest.Server
	mu     sync.Mutex
	bodies []string
	heads  []http.Header
	answer http.HandlerFunc
}

func newUpstream(t *testing.T) *upstream {
	t.Helper()
	u := &upstream{}
	echo := &Echo{ChunkSize: 4}
	u.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		u.mu.Lock()
		u.bodies = append(u.bodies, string(b))
		u.heads = append(u.heads, r.Header.Clone())
		answer := u.answer
		u.mu.Unlock()
		r.Body = io.NopCloser(bytes.NewReader(b))
		if answer != nil {
			answer(w, r)
			return
		}
		_ = echo.ServeHTTP(w, r, nil)
	}))
	t.Cleanup(u.Close)
	return u
}

func (u *upstream) received() []string {
	u.mu.Lock()
	defer u.mu.Unlock()
	return append([]string(nil), u.bodies...)
}

func (u *upstream) setAnswer(h http.HandlerFunc) {
	u.mu.Lock()
	u.answer = h
	u.mu.Unlock()
}

// startCaddy loads a config with the guardrail (options = the body of the
// guardrail block) in front of up.
func startCaddy(t *testing.T, up *upstream, options string) *caddytest.Tester {
	t.Helper()
	tester := caddytest.NewTester(t)
	tester.InitServer(fmt.Sprintf(`{
	skip_install_trust
	admin localhost:2999
	http_port 9080
	https_port 9443
	grace_period 1ns
	persist_config off
}
:9080 {
	guardrail {
		hash_key test-key
		%s
	}
	reverse_proxy %s
}
`, options, strings.TrimPrefix(up.URL, "http://")), "caddyfile")
	settle()
	return tester
}

// settle waits until the newly loaded config answers: after a reload the
// previous server may still accept (and drop) a connection or two while it
// shuts down, so idle connections are closed and two answers in a row are
// required, twice. The old server's shutdown ends after the load returns
// (7 ms later in a CI run, whose first POST after one round of answers
// met the old server and got EOF), so the second round comes 50 ms later.
func settle() {
	http.DefaultClient.CloseIdleConnections()
	answers := func() {
		ok := 0
		for i := 0; i < 50 && ok < 2; i++ {
			req, _ := http.NewRequest(http.MethodGet, guardURL+"/v1/models", nil)
			req.Close = true
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				ok = 0
				time.Sleep(10 * time.Millisecond)
				continue
			}
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			ok++
		}
	}
	answers()
	time.Sleep(50 * time.Millisecond)
	answers()
}

// testHTTPClient never reuses a connection: every config reload replaces
// the server, and a pooled connection to the old one (returned to the pool
// after settle closed the idle ones) made a test's first POST fail with EOF.
var testHTTPClient = func() *http.Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.DisableKeepAlives = true
	return &http.Client{Transport: tr}
}()

func newClient(opts ...option.RequestOption) openai.Client {
	opts = append([]option.RequestOption{
		option.WithHTTPClient(testHTTPClient),
		option.WithBaseURL(guardURL + "/v1/"),
		option.WithAPIKey("sk-test-not-a-real-key"),
		option.WithMaxRetries(0),
	}, opts...)
	return openai.NewClient(opts...)
}

// seeded is a prompt with one value of each structured type, plus
// look-alikes that must arrive unchanged.
var seeded = struct {
	prompt     string
	pii        []string
	lookalikes []string
}{
	prompt: "Write a thank-you note to ana.silva@example.com (phone +44 20 7946 0958). " +
		"Card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00, SSN 536-22-1234, " +
		"last login from 203.0.113.77. Keys: sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd and " +
		"AKIAIOSFODNN7EXAMPLE. Not PII: order 4111 1111 1111 1112, ref 000-12-3456, version 1.2.3.",
	pii: []string{
		"ana.silva@example.com", "7946 0958", "4111 1111 1111 1111", "DE89 3704 0044 0532 0130 00",
		"536-22-1234", "203.0.113.77", "sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd", "AKIAIOSFODNN7EXAMPLE",
	},
	lookalikes: []string{"4111 1111 1111 1112", "000-12-3456", "version 1.2.3"},
}

func TestIntegrationRedactsPrompt(t *testing.T) {
	up := newUpstream(t)
	startCaddy(t, up, "")
	client := newClient()
	ctx := context.Background()
	params := openai.ChatCompletionNewParams{
		Model: "gpt-4o-mini",
		User:  openai.String("customer-8841"),
		Messages: []openai.ChatCompletionMessageParamUnion{
			openai.SystemMessage("You write friendly marketing copy."),
			openai.UserMessage(seeded.prompt),
		},
	}

	t.Run("whole answer", func(t *testing.T) {
		n := len(up.received())
		resp, err := client.Chat.Completions.New(ctx, params)
		if err != nil {
			t.Fatalf("chat completion: %v", err)
		}
		got := up.received()
		if len(got) != n+1 {
			t.Fatalf("upstream got %d requests, want %d", len(got), n+1)
		}
		assertRedacted(t, got[n])
		if strings.Contains(got[n], "customer-8841") {
			t.Errorf("user id reached the provider")
		}
		content := resp.Choices[0].Message.Content
		if !strings.HasPrefix(content, "Echo: Write a thank-you note to [EMAIL_ADDRESS_") {
			t.Errorf("answer = %q, want the echo of the redacted prompt", content)
		}
		for _, v := range seeded.pii {
			if strings.Contains(content, v) {
				t.Errorf("answer contains %q without consent", v)
			}
		}
	})

	t.Run("streamed answer", func(t *testing.T) {
		n := len(up.received())
		stream := client.Chat.Completions.NewStreaming(ctx, params)
		var acc openai.ChatCompletionAccumulator
		chunks := 0
		for stream.Next() {
			acc.AddChunk(stream.Current())
			chunks++
		}
		if err := stream.Err(); err != nil {
			t.Fatalf("stream: %v", err)
		}
		if chunks < 3 {
			t.Errorf("got %d chunks, want a real stream", chunks)
		}
		got := up.received()
		if len(got) != n+1 {
			t.Fatalf("upstream got %d requests, want %d", len(got), n+1)
		}
		assertRedacted(t, got[n])
		content := acc.Choices[0].Message.Content
		if !strings.HasPrefix(content, "Echo: Write a thank-you note to [EMAIL_ADDRESS_") {
			t.Errorf("streamed answer = %q", content)
		}
		if acc.Choices[0].FinishReason != "stop" {
			t.Errorf("finish_reason = %q, want stop", acc.Choices[0].FinishReason)
		}
	})
}

// assertRedacted checks one upstream body against the seeded prompt.
func assertRedacted(t *testing.T, body string) {
	t.Helper()
	for _, v := range seeded.pii {
		if strings.Contains(body, v) {
			t.Errorf("provider received %q", v)
		}
	}
	for _, v := range seeded.lookalikes {
		if !strings.Contains(body, v) {
			t.Errorf("look-alike %q did not arrive unchanged", v)
		}
	}
	for _, v := range []string{`"model":"gpt-4o-mini"`, "You write friendly marketing copy."} {
		if !strings.Contains(body, v) {
			t.Errorf("provider body lost %q: %s", v, body)
		}
	}
}

func TestIntegrationBadInput(t *testing.T) {
	up := newUpstream(t)
	startCaddy(t, up, "max_body_size 1MiB")
	big := `{"model":"m","messages":[{"role":"user","content":"` + strings.Repeat("a", 2<<20) + `"}]}`
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	_, _ = zw.Write([]byte(`{"model":"m","messages":[{"role":"user","content":"mail ana.silva@example.com"}]}`))
	_ = zw.Close()
	bomb := gzipBomb(t, 64<<20)

	tests := []struct {
		name       string
		body       []byte
		encoding   string
		wantStatus int
		wantCode   string
		forwarded  bool
	}{
		{name: "malformed json", body: []byte(`{"model":"m","messages":[`), wantStatus: 400, wantCode: "invalid_json"},
		{name: "not utf-8", body: []byte("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"\xff\xfe\"}]}"), wantStatus: 400, wantCode: "invalid_body"},
		{name: "oversize", body: []byte(big), wantStatus: 413, wantCode: "request_too_large"},
		{name: "gzip decoded and redacted", body: gz.Bytes(), encoding: "gzip", wantStatus: 200, forwarded: true},
		{name: "gzip bomb", body: bomb, encoding: "gzip", wantStatus: 413, wantCode: "request_too_large"},
		{name: "brotli refused", body: []byte("xx"), encoding: "br", wantStatus: 415, wantCode: "unsupported_encoding"},
		{name: "deeply nested", body: []byte(strings.Repeat("[", 10000) + strings.Repeat("]", 10000)), wantStatus: 400, wantCode: "invalid_json"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n := len(up.received())
			req, _ := http.NewRequest("POST", guardURL+"/v1/chat/completions", bytes.NewReader(tc.body))
			req.Header.Set("Content-Type", "application/json")
			if tc.encoding != "" {
				req.Header.Set("Content-Encoding", tc.encoding)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tc.wantStatus {
				t.Fatalf("status = %d, want %d; body %s", resp.StatusCode, tc.wantStatus, body)
			}
			if tc.wantCode != "" && !strings.Contains(string(body), `"code":"`+tc.wantCode+`"`) {
				t.Errorf("body = %s, want OpenAI error with code %s", body, tc.wantCode)
			}
			got := up.received()
			if tc.forwarded != (len(got) > n) {
				t.Fatalf("forwarded = %v, want %v", len(got) > n, tc.forwarded)
			}
			if tc.forwarded && strings.Contains(got[n], "ana.silva@example.com") {
				t.Errorf("compressed PII reached the provider: %s", got[n])
			}
		})
	}
}

// gzipBomb returns a small gzip body that inflates to n bytes.
func gzipBomb(t *testing.T, n int) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	_, _ = zw.Write([]byte(`{"model":"m","messages":[{"role":"user","content":"`))
	chunk := bytes.Repeat([]byte("a"), 1<<20)
	for i := 0; i < n>>20; i++ {
		_, _ = zw.Write(chunk)
	}
	_, _ = zw.Write([]byte(`"}]}`))
	_ = zw.Close()
	return buf.Bytes()
}
