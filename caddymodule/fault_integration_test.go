package caddymodule

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/caddyserver/caddy/v2"
	"github.com/caddyserver/caddy/v2/caddytest"
	"github.com/caddyserver/caddy/v2/modules/caddyhttp"
	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	"github.com/tidwall/gjson"
)

// The fault matrix: every test drives the real Caddy with the guardrail in
// front of a misbehaving client or provider, and checks that the client sees
// a clear result in OpenAI's error shape (or a well-formed stream), that no
// goroutine is left behind, and that no personal data reaches the provider
// or Caddy's logs.

// faultEmail is the personal data the fault tests send.
const faultEmail = "ana.silva@example.com"

// faultPrompt is a chat request with faultEmail in it.
func faultPrompt(stream bool) string {
	return fmt.Sprintf(`{"model":"gpt-4o-mini","stream":%v,"messages":[{"role":"user","content":"Write to %s about the spring sale."}]}`, stream, faultEmail)
}

// faultCaddy is Caddy started for one fault test, with its log in a file.
type faultCaddy struct {
	*caddytest.Tester
	logPath string
}

// faultStartCaddy is startCaddy with reverse_proxy options (timeouts) and
// Caddy's whole log, at DEBUG, written to a file the test can search.
func faultStartCaddy(t *testing.T, up *upstream, guardOpts, proxyOpts string) *faultCaddy {
	t.Helper()
	logPath := filepath.Join(t.TempDir(), "caddy.log")
	tester := caddytest.NewTester(t)
	tester.InitServer(fmt.Sprintf(`{
	skip_install_trust
	admin localhost:2999
	http_port 9080
	https_port 9443
	grace_period 1ns
	persist_config off
	log {
		output file %s
		level DEBUG
	}
}
:9080 {
	guardrail {
		hash_key test-key
		%s
	}
	reverse_proxy %s {
		%s
	}
}
`, logPath, guardOpts, strings.TrimPrefix(up.URL, "http://"), proxyOpts), "caddyfile")
	settle()
	return &faultCaddy{Tester: tester, logPath: logPath}
}

// assertNoPIILogged fails t if Caddy's log holds faultEmail.
func (c *faultCaddy) assertNoPIILogged(t *testing.T) {
	t.Helper()
	b, err := os.ReadFile(c.logPath)
	if err != nil {
		t.Fatalf("reading Caddy's log: %v", err)
	}
	if len(b) == 0 {
		t.Errorf("Caddy's log is empty; the log check checks nothing")
	}
	if bytes.Contains(b, []byte(faultEmail)) || bytes.Contains(b, []byte("ana.silva@")) {
		t.Errorf("Caddy's log contains the e-mail address")
	}
}

// assertNotForwarded fails t if any body the provider received holds faultEmail.
func assertNotForwarded(t *testing.T, up *upstream) {
	t.Helper()
	for _, b := range up.received() {
		if strings.Contains(b, faultEmail) || strings.Contains(b, "ana.silva@") {
			t.Errorf("the provider received the e-mail address: %.200s", b)
		}
	}
}

// leakCheck remembers the number of goroutines; call the returned function
// at the end to fail t if more than slack are left after idle connections
// are closed. Repeating a fault several times makes a per-request leak
// stand out from the pool's few long-lived goroutines.
func leakCheck(t *testing.T, up *upstream) func(slack int) {
	t.Helper()
	settle := func() {
		http.DefaultClient.CloseIdleConnections()
		up.CloseClientConnections()
	}
	settle()
	time.Sleep(50 * time.Millisecond)
	base := runtime.NumGoroutine()
	return func(slack int) {
		t.Helper()
		n := 0
		for i := 0; i < 100; i++ {
			settle()
			n = runtime.NumGoroutine()
			if n <= base+slack {
				return
			}
			time.Sleep(50 * time.Millisecond)
		}
		t.Errorf("goroutines: %d before, %d after (slack %d): leak\n%s", base, n, slack, goroutineSummary())
	}
}

// goroutineSummary counts the live goroutines by where they were created
// and where they wait.
func goroutineSummary() string {
	buf := make([]byte, 8<<20)
	buf = buf[:runtime.Stack(buf, true)]
	counts := map[string]int{}
	for _, g := range strings.Split(string(buf), "\n\n") {
		lines := strings.Split(g, "\n")
		if len(lines) < 2 {
			continue
		}
		key, _, _ := strings.Cut(lines[1], "(")
		for i := len(lines) - 1; i > 0; i-- {
			if c, ok := strings.CutPrefix(lines[i], "created by "); ok {
				c, _, _ = strings.Cut(c, " in goroutine")
				key += " <- " + c
				break
			}
		}
		counts[key]++
	}
	var sb strings.Builder
	for k, v := range counts {
		if v > 1 {
			fmt.Fprintf(&sb, "%5d %s\n", v, k)
		}
	}
	return sb.String()
}

// sseChunk is one OpenAI chat.completion.chunk event.
func sseChunk(content string, first bool, finish string) string {
	delta := fmt.Sprintf(`{"content":%q}`, content)
	if first {
		delta = fmt.Sprintf(`{"role":"assistant","content":%q}`, content)
	}
	fr := "null"
	if finish != "" {
		fr = fmt.Sprintf("%q", finish)
	}
	return fmt.Sprintf("data: {\"id\":\"chatcmpl-f\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,\"delta\":%s,\"finish_reason\":%s}]}\n\n", delta, fr)
}

// postChat posts body to the guardrail and returns status, headers and body.
func postChat(t *testing.T, ctx context.Context, body io.Reader, header map[string]string) (int, http.Header, []byte, error) {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, guardURL+"/v1/chat/completions", body)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, nil, nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, b, err
}

// assertOpenAIError checks that b is OpenAI's error JSON with code.
func assertOpenAIError(t *testing.T, b []byte, code string) {
	t.Helper()
	if !gjson.ValidBytes(b) || !gjson.GetBytes(b, "error.message").Exists() || gjson.GetBytes(b, "error.code").String() != code {
		t.Errorf("body = %.300s, want OpenAI error JSON with code %q", b, code)
	}
}

// assertWellFormedSSE checks that every event of an OpenAI stream is a JSON
// chunk or [DONE], and returns the content and the finish reason.
func assertWellFormedSSE(t *testing.T, b []byte) (content, finish string, done bool) {
	t.Helper()
	first := true
	for _, ev := range strings.Split(string(b), "\n\n") {
		ev = strings.TrimSpace(ev)
		if ev == "" || strings.HasPrefix(ev, ":") {
			continue
		}
		data, ok := strings.CutPrefix(ev, "data: ")
		if !ok {
			t.Errorf("event %q is not a data event", ev)
			continue
		}
		if data == "[DONE]" {
			done = true
			continue
		}
		if done {
			t.Errorf("event after [DONE]: %.200s", data)
		}
		if !gjson.Valid(data) {
			t.Errorf("event data is not JSON: %.200s", data)
			continue
		}
		c := gjson.Get(data, "choices.0")
		if first && c.Exists() && c.Get("delta.role").String() != "assistant" {
			t.Errorf("first chunk %.200s lacks delta.role assistant", data)
		}
		first = false
		content += c.Get("delta.content").String()
		if fr := c.Get("finish_reason"); fr.Type == gjson.String {
			finish = fr.String()
		}
	}
	return content, finish, done
}

func TestFaultClientDisconnect(t *testing.T) {
	up := newUpstream(t)
	c := faultStartCaddy(t, up, "", "")
	const rounds = 8

	t.Run("mid request body", func(t *testing.T) {
		check := leakCheck(t, up)
		n := len(up.received())
		body := faultPrompt(false)
		for i := 0; i < rounds; i++ {
			conn, err := net.Dial("tcp", "localhost:9080")
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(conn, "POST /v1/chat/completions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n", len(body)+1000)
			_, _ = io.WriteString(conn, body[:len(body)-10])
			time.Sleep(10 * time.Millisecond)
			_ = conn.Close()
		}
		check(3)
		if got := len(up.received()); got != n {
			t.Errorf("the provider got %d requests from cut-off bodies, want none", got-n)
		}
	})

	t.Run("mid stream", func(t *testing.T) {
		cancelled := make(chan struct{}, rounds)
		up.setAnswer(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/event-stream")
			_, _ = io.WriteString(w, sseChunk("Hello", true, ""))
			w.(http.Flusher).Flush()
			tick := time.NewTicker(10 * time.Millisecond)
			defer tick.Stop()
			for {
				select {
				case <-r.Context().Done():
					cancelled <- struct{}{}
					return
				case <-tick.C:
					_, _ = io.WriteString(w, sseChunk(" more", false, ""))
					w.(http.Flusher).Flush()
				}
			}
		})
		defer up.setAnswer(nil)
		check := leakCheck(t, up)
		for i := 0; i < rounds; i++ {
			ctx, cancel := context.WithCancel(context.Background())
			req, _ := http.NewRequestWithContext(ctx, http.MethodPost, guardURL+"/v1/chat/completions", strings.NewReader(faultPrompt(true)))
			req.Header.Set("Content-Type", "application/json")
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				cancel()
				t.Fatal(err)
			}
			line, err := bufio.NewReader(resp.Body).ReadString('\n')
			if err != nil || !strings.HasPrefix(line, "data: ") {
				t.Errorf("first line = %q, %v; want a data line", line, err)
			}
			cancel()
			_ = resp.Body.Close()
			select {
			case <-cancelled:
			case <-time.After(10 * time.Second):
				t.Fatalf("round %d: the provider's request was not cancelled after the client left", i)
			}
		}
		check(3)
	})
	assertNotForwarded(t, up)
	c.assertNoPIILogged(t)
}

func TestFaultUpstream(t *testing.T) {
	up := newUpstream(t)
	c := faultStartCaddy(t, up, "", `
		transport http {
			response_header_timeout 500ms
			read_timeout 500ms
		}`)
	// The default client's idle connections are closed by leakCheck; the
	// SDK's own default makes a transport per client.
	client := newClient(option.WithHTTPClient(http.DefaultClient))
	params := openai.ChatCompletionNewParams{
		Model:    "gpt-4o-mini",
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("Write to " + faultEmail + " about the spring sale.")},
	}
	// stall waits until the request is cancelled (bounded), and reports it.
	var stallCancelled atomic.Int32
	stall := func(r *http.Request) {
		select {
		case <-r.Context().Done():
			stallCancelled.Add(1)
		case <-time.After(10 * time.Second):
		}
	}

	t.Run("error statuses pass through", func(t *testing.T) {
		for _, status := range []int{429, 500, 502} {
			for _, stream := range []bool{false, true} {
				t.Run(fmt.Sprintf("%d stream=%v", status, stream), func(t *testing.T) {
					upBody := fmt.Sprintf(`{"error":{"message":"provider says %d","type":"x","param":null,"code":"p%d"}}`, status, status)
					up.setAnswer(func(w http.ResponseWriter, r *http.Request) {
						w.Header().Set("Content-Type", "application/json")
						w.Header().Set("Retry-After", "1")
						w.WriteHeader(status)
						_, _ = io.WriteString(w, upBody)
					})
					defer up.setAnswer(nil)
					got, h, b, err := postChat(t, context.Background(), strings.NewReader(faultPrompt(stream)), nil)
					if err != nil {
						t.Fatal(err)
					}
					if got != status || string(b) != upBody || h.Get("Retry-After") != "1" {
						t.Errorf("got %d %q (Retry-After %q), want %d %q passed through", got, b, h.Get("Retry-After"), status, upBody)
					}
					var err2 error
					if stream {
						s := client.Chat.Completions.NewStreaming(context.Background(), params)
						for s.Next() {
						}
						err2 = s.Err()
						_ = s.Close()
					} else {
						_, err2 = client.Chat.Completions.New(context.Background(), params)
					}
					var apiErr *openai.Error
					if !errors.As(err2, &apiErr) || apiErr.StatusCode != status || apiErr.Code != fmt.Sprintf("p%d", status) {
						t.Errorf("openai-go error = %v, want *openai.Error with status %d", err2, status)
					}
				})
			}
		}
	})

	t.Run("stalls before headers", func(t *testing.T) {
		up.setAnswer(func(w http.ResponseWriter, r *http.Request) { stall(r) })
		defer up.setAnswer(nil)
		check := leakCheck(t, up)
		before := stallCancelled.Load()
		for i := 0; i < 3; i++ {
			start := time.Now()
			_, err := client.Chat.Completions.New(context.Background(), params)
			var apiErr *openai.Error
			if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusGatewayTimeout || apiErr.Code != "upstream_unavailable" {
				t.Errorf("error = %v, want *openai.Error 504 upstream_unavailable", err)
			}
			if d := time.Since(start); d > 8*time.Second {
				t.Errorf("the timeout took %v", d)
			}
		}
		check(3)
		if got := stallCancelled.Load() - before; got != 3 {
			t.Errorf("the provider saw %d of 3 stalled requests cancelled", got)
		}
	})

	t.Run("stalls mid stream", func(t *testing.T) {
		up.setAnswer(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/event-stream")
			_, _ = io.WriteString(w, sseChunk("Hello there", true, ""))
			w.(http.Flusher).Flush()
			stall(r)
		})
		defer up.setAnswer(nil)
		check := leakCheck(t, up)
		before := stallCancelled.Load()
		for i := 0; i < 3; i++ {
			s := client.Chat.Completions.NewStreaming(context.Background(), params)
			for s.Next() {
			}
			_ = s.Close()
			if s.Err() == nil || !strings.Contains(s.Err().Error(), "upstream_stream_broken") {
				t.Errorf("a stream cut by the read timeout ended with %v, want the guardrail's upstream_stream_broken error event", s.Err())
			}
		}
		check(3)
		if got := stallCancelled.Load() - before; got != 3 {
			t.Errorf("the provider saw %d of 3 stalled streams cancelled", got)
		}
	})

	t.Run("closes mid stream", func(t *testing.T) {
		up.setAnswer(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/event-stream")
			_, _ = io.WriteString(w, sseChunk("Hello", true, "")+sseChunk(" there", false, ""))
			w.(http.Flusher).Flush()
			conn, _, err := http.NewResponseController(w).Hijack()
			if err == nil {
				_ = conn.Close()
			}
		})
		defer up.setAnswer(nil)
		check := leakCheck(t, up)
		for i := 0; i < 5; i++ {
			s := client.Chat.Completions.NewStreaming(context.Background(), params)
			for s.Next() {
			}
			_ = s.Close()
			if s.Err() == nil || !strings.Contains(s.Err().Error(), "upstream_stream_broken") {
				t.Errorf("a stream the provider broke off ended with %v, want the guardrail's upstream_stream_broken error event", s.Err())
			}
		}
		check(3)
	})

	t.Run("invalid JSON answer", func(t *testing.T) {
		up.setAnswer(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			_, _ = io.WriteString(w, `{"id":"x","choices":[{"message":{"content":"Hi`)
		})
		defer up.setAnswer(nil)
		status, _, b, err := postChat(t, context.Background(), strings.NewReader(faultPrompt(false)), nil)
		if err != nil {
			t.Fatal(err)
		}
		// Text the screener could not read never reaches the client: the
		// answer is replaced by an error in the API's shape.
		if status != http.StatusBadGateway || !bytes.Contains(b, []byte(`"code":"upstream_format"`)) || bytes.Contains(b, []byte("Hi")) {
			t.Errorf("got %d %q, want 502 upstream_format without the provider's text", status, b)
		}
		if _, err := client.Chat.Completions.New(context.Background(), params); err == nil {
			t.Errorf("openai-go accepted a truncated JSON answer")
		}
	})

	t.Run("truncated SSE event", func(t *testing.T) {
		up.setAnswer(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/event-stream")
			_, _ = io.WriteString(w, sseChunk("Hello", true, "")+`data: {"id":"chatcmpl-f","choices":[{"index":0,"delta":{"content":" wor`)
		})
		defer up.setAnswer(nil)
		status, _, b, err := postChat(t, context.Background(), strings.NewReader(faultPrompt(true)), nil)
		if err != nil {
			t.Fatal(err)
		}
		content, _, _ := assertWellFormedSSE(t, b)
		if status != 200 || content != "Hello" {
			t.Errorf("got %d, content %q; want 200 and the complete events only: %s", status, content, b)
		}
	})

	t.Run("event that is not JSON", func(t *testing.T) {
		for _, lead := range []string{"", sseChunk("Hello", true, "")} {
			up.setAnswer(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/event-stream")
				_, _ = io.WriteString(w, lead+"data: {this is not json "+faultEmail+"}\n\n"+sseChunk("more", false, "stop")+"data: [DONE]\n\n")
			})
			status, _, b, err := postChat(t, context.Background(), strings.NewReader(faultPrompt(true)), nil)
			if err != nil {
				t.Fatal(err)
			}
			_, finish, done := assertWellFormedSSE(t, b)
			if status != 200 || finish != "content_filter" || !done || bytes.Contains(b, []byte("not json")) {
				t.Errorf("got %d %q, want a stream ended with content_filter and [DONE], without the bad event", status, b)
			}
		}
		up.setAnswer(nil)
	})

	t.Run("compressed answers", func(t *testing.T) {
		gz := func(s string) []byte {
			var buf bytes.Buffer
			zw := gzip.NewWriter(&buf)
			_, _ = zw.Write([]byte(s))
			_ = zw.Close()
			return buf.Bytes()
		}
		whole := `{"id":"x","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"Hi from gzip"},"finish_reason":"stop"}]}`
		stream := sseChunk("Hi from", true, "") + sseChunk(" gzip", false, "stop") + "data: [DONE]\n\n"
		tests := []struct {
			name, encoding, ct string
			body               []byte
			stream             bool
			wantStatus         int
			wantCode, want     string
		}{
			{name: "gzip whole", encoding: "gzip", ct: "application/json", body: gz(whole), wantStatus: 200, want: "Hi from gzip"},
			{name: "gzip stream", encoding: "gzip", ct: "text/event-stream", body: gz(stream), stream: true, wantStatus: 200, want: "Hi from gzip"},
			{name: "br whole", encoding: "br", ct: "application/json", body: []byte("\x1b\x00\x00 not really brotli"), wantStatus: 502, wantCode: "upstream_encoding"},
			{name: "br stream", encoding: "br", ct: "text/event-stream", body: []byte("\x1b\x00\x00 not really brotli"), stream: true, wantStatus: 502, wantCode: "upstream_encoding"},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				up.setAnswer(func(w http.ResponseWriter, r *http.Request) {
					w.Header().Set("Content-Type", tc.ct)
					w.Header().Set("Content-Encoding", tc.encoding)
					_, _ = w.Write(tc.body)
				})
				defer up.setAnswer(nil)
				status, h, b, err := postChat(t, context.Background(), strings.NewReader(faultPrompt(tc.stream)), nil)
				if err != nil {
					t.Fatal(err)
				}
				if status != tc.wantStatus {
					t.Fatalf("status = %d, want %d; body %q", status, tc.wantStatus, b)
				}
				if enc := h.Get("Content-Encoding"); enc != "" {
					t.Errorf("Content-Encoding %q reached the client", enc)
				}
				if tc.wantCode != "" {
					assertOpenAIError(t, b, tc.wantCode)
					return
				}
				got := gjson.GetBytes(b, "choices.0.message.content").String()
				if tc.stream {
					got, _, _ = assertWellFormedSSE(t, b)
				}
				if got != tc.want {
					t.Errorf("content = %q, want %q", got, tc.want)
				}
			})
		}
	})
	assertNotForwarded(t, up)
	c.assertNoPIILogged(t)
}

// countingReader counts the bytes read from it.
type countingReader struct {
	r io.Reader
	n atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// faultTexts returns every message text the provider got, parts joined the
// way a provider joins them (without separator).
func faultTexts(body string) string {
	var sb strings.Builder
	gjson.Get(body, "messages").ForEach(func(_, m gjson.Result) bool {
		m.ForEach(func(k, v gjson.Result) bool {
			if k.String() != "content" {
				return true
			}
			if v.Type == gjson.String {
				sb.WriteString(v.String())
			}
			v.ForEach(func(_, part gjson.Result) bool {
				sb.WriteString(part.Get("text").String())
				return true
			})
			return true
		})
		sb.WriteByte('\n')
		return true
	})
	return sb.String()
}

func TestFaultRequestBodies(t *testing.T) {
	up := newUpstream(t)
	c := faultStartCaddy(t, up, "", "")

	t.Run("100 MB body", func(t *testing.T) {
		check := leakCheck(t, up)
		n := len(up.received())
		huge := io.MultiReader(strings.NewReader(`{"model":"m","messages":[{"role":"user","content":"`),
			io.LimitReader(repeatReader('a'), 100<<20), strings.NewReader(`"}]}`))
		cr := &countingReader{r: huge}
		status, _, b, err := postChat(t, context.Background(), cr, nil)
		if err != nil {
			t.Fatalf("the client got no answer: %v (sent %d bytes)", err, cr.n.Load())
		}
		if status != http.StatusRequestEntityTooLarge {
			t.Fatalf("status = %d, want 413", status)
		}
		assertOpenAIError(t, b, "request_too_large")
		if sent := cr.n.Load(); sent > 40<<20 {
			t.Errorf("the client had to send %d MB of a 100 MB body before the 413", sent>>20)
		}
		if len(up.received()) != n {
			t.Errorf("an oversize body reached the provider")
		}
		check(3)
	})

	dup := `{"model":"m","messages":[{"role":"user","content":"a@b.co","content":"` + faultEmail + `"}]}`
	tests := []struct {
		name       string
		body       string
		header     map[string]string
		chunked    bool
		wantStatus int
		wantCode   string
		// absent must not be in anything the provider got, in any spelling.
		absent []string
	}{
		{name: "duplicate keys", body: dup, wantStatus: 200, absent: []string{"a@b.co", faultEmail}},
		{name: "duplicate message lists", body: `{"model":"m","messages":[{"role":"user","content":"hi"}],"messages":[{"role":"user","content":"` + faultEmail + `"}]}`, wantStatus: 200, absent: []string{faultEmail}},
		{name: "escaped key", body: `{"model":"m","messages":[{"role":"user","cont\u0065nt":"` + faultEmail + `"}]}`, wantStatus: 200, absent: []string{faultEmail}},
		{name: "escaped at sign", body: `{"model":"m","messages":[{"role":"user","content":"mail ana.silva\u0040example.com"}]}`, wantStatus: 200, absent: []string{faultEmail, `ana.silva\u0040example.com`}},
		{name: "escaped card digit", body: `{"model":"m","messages":[{"role":"user","content":"card \u0034111 1111 1111 1111"}]}`, wantStatus: 200, absent: []string{"4111 1111 1111 1111", `\u0034111 1111 1111 1111`, "1111 1111 1111"}},
		{name: "phone grouped by no-break spaces", body: "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"rappeler au +33\u00a06\u00a012\u00a034\u00a056\u00a078 svp\"}]}", wantStatus: 200, absent: []string{"12\u00a034\u00a056", "34\u00a056\u00a078", "56\u00a078"}},
		{name: "escaped no-break spaces in a card", body: `{"model":"m","messages":[{"role":"user","content":"card 4111\u202f1111\u202f1111\u202f1111 exp 04/29"}]}`, wantStatus: 200, absent: []string{"1111\u202f1111", `1111\u202f1111`, "4111"}},
		{name: "soft hyphen inside an address", body: `{"model":"m","messages":[{"role":"user","content":"mail ana.silva@exam\u00adple.com"}]}`, wantStatus: 200, absent: []string{"ana.silva@", "ple.com", `silva@exam\u00ad`}},
		{name: "split across content parts", body: `{"model":"m","messages":[{"role":"user","content":[{"type":"text","text":"mail ana.silva@"},{"type":"text","text":"example.com today"}]}]}`, wantStatus: 200, absent: []string{faultEmail, "ana.silva@", "silva@example"}},
		{name: "wrong content type", body: faultPrompt(false), header: map[string]string{"Content-Type": "text/plain"}, wantStatus: 200, absent: []string{faultEmail}},
		{name: "chunked without length", body: faultPrompt(false), chunked: true, wantStatus: 200, absent: []string{faultEmail}},
		{name: "invalid UTF-8", body: "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"" + faultEmail + " \xc3\x28\"}]}", wantStatus: 400, wantCode: "invalid_body"},
		{name: "lone surrogate escape", body: `{"model":"m","messages":[{"role":"user","content":"\ud800 ` + faultEmail + `"}]}`, wantStatus: 200, absent: []string{faultEmail}},
		{name: "nested 10000 deep in a message", body: `{"model":"m","messages":[{"role":"user","content":` + strings.Repeat("[", 10000) + strings.Repeat("]", 10000) + `}]}`, wantStatus: 400, wantCode: "invalid_json"},
		{name: "nested objects 10000 deep", body: strings.Repeat(`{"a":`, 10000) + "1" + strings.Repeat("}", 10000), wantStatus: 400, wantCode: "invalid_json"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n := len(up.received())
			var body io.Reader = strings.NewReader(tc.body)
			if tc.chunked {
				body = io.MultiReader(body) // no length: sent chunked
			}
			status, _, b, err := postChat(t, context.Background(), body, tc.header)
			if err != nil {
				t.Fatal(err)
			}
			if status != tc.wantStatus {
				t.Fatalf("status = %d, want %d; body %.300s", status, tc.wantStatus, b)
			}
			got := up.received()[n:]
			if tc.wantCode != "" {
				assertOpenAIError(t, b, tc.wantCode)
				if len(got) != 0 {
					t.Errorf("a rejected body reached the provider")
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("the provider got %d requests, want 1", len(got))
			}
			if !gjson.Valid(got[0]) {
				t.Errorf("the provider got invalid JSON: %.300s", got[0])
			}
			texts := faultTexts(got[0])
			for _, a := range tc.absent {
				if strings.Contains(got[0], a) || strings.Contains(texts, a) {
					t.Errorf("the provider got %q: %.300s", a, got[0])
				}
			}
			if tc.chunked {
				up.mu.Lock()
				h := up.heads[n]
				up.mu.Unlock()
				if h.Get("Content-Length") == "" {
					t.Errorf("a chunked request was forwarded without Content-Length")
				}
			}
		})
	}

	t.Run("gzip bomb", func(t *testing.T) {
		n := len(up.received())
		status, _, b, err := postChat(t, context.Background(), bytes.NewReader(gzipBomb(t, 200<<20)), map[string]string{"Content-Encoding": "gzip"})
		if err != nil {
			t.Fatal(err)
		}
		if status != http.StatusRequestEntityTooLarge {
			t.Fatalf("status = %d, want 413", status)
		}
		assertOpenAIError(t, b, "request_too_large")
		if len(up.received()) != n {
			t.Errorf("a gzip bomb reached the provider")
		}
	})
	assertNotForwarded(t, up)
	c.assertNoPIILogged(t)
}

// repeatReader is an endless stream of one byte.
type repeatReader byte

func (r repeatReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r)
	}
	return len(p), nil
}

// TestFaultParallelStreams runs 200 streams at once through Caddy with
// restoring and screening on; each must get its own values back.
func TestFaultParallelStreams(t *testing.T) {
	up := newUpstream(t)
	c := faultStartCaddy(t, up, "", "")
	check := leakCheck(t, up)
	const n = 200
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			email := fmt.Sprintf("customer%d@example.com", i)
			client := newClient(option.WithHTTPClient(http.DefaultClient), option.WithHeader("X-Consent", "personalization"))
			s := client.Chat.Completions.NewStreaming(context.Background(), openai.ChatCompletionNewParams{
				Model:    "gpt-4o-mini",
				Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("Thank " + email + " for the order.")},
			})
			defer s.Close()
			var acc openai.ChatCompletionAccumulator
			for s.Next() {
				acc.AddChunk(s.Current())
			}
			if err := s.Err(); err != nil {
				errs <- fmt.Errorf("stream %d: %w", i, err)
				return
			}
			if got := acc.Choices[0].Message.Content; got != "Echo: Thank "+email+" for the order." {
				errs <- fmt.Errorf("stream %d: content %q, want its own address restored", i, got)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	for _, b := range up.received() {
		if strings.Contains(b, "@example.com") {
			t.Errorf("the provider received an address: %.200s", b)
		}
	}
	check(5)
	b, err := os.ReadFile(c.logPath)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(b, []byte("@example.com")) {
		t.Errorf("Caddy's log contains an e-mail address")
	}
}

// TestFaultConcurrentStreamsUnit drives 200 streamed exchanges at once
// through the handler (no Caddy, so it runs under -short and -race), with
// restoring and screening on: every stream must get back its own value.
func TestFaultConcurrentStreamsUnit(t *testing.T) {
	g := newTestGuardrail(t, nil)
	echo := &Echo{ChunkSize: 5}
	next := caddyhttp.HandlerFunc(func(w http.ResponseWriter, r *http.Request) error {
		return echo.ServeHTTP(w, r, nil)
	})
	const n = 200
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			email := fmt.Sprintf("customer%d@example.com", i)
			body := fmt.Sprintf(`{"model":"m","stream":true,"messages":[{"role":"user","content":"Thank %s for the order, only today!"}]}`, email)
			req := httptest.NewRequest(http.MethodPost, "/v1/chat/completions", strings.NewReader(body))
			req.Header.Set("X-Consent", "personalization")
			req = req.WithContext(context.WithValue(req.Context(), caddy.ReplacerCtxKey, caddy.NewReplacer()))
			rec := httptest.NewRecorder()
			if err := g.ServeHTTP(rec, req, next); err != nil {
				errs <- fmt.Errorf("stream %d: %w", i, err)
				return
			}
			content, finish, done := assertWellFormedSSE(t, rec.Body.Bytes())
			want := fmt.Sprintf("Echo: Thank %s for the order, only today!", email)
			if content != want || finish != "stop" || !done {
				errs <- fmt.Errorf("stream %d: content %q finish %q done %v, want %q", i, content, finish, done, want)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
