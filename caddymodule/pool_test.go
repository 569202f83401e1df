package caddymodule

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/caddyserver/caddy/v2"
	"github.com/caddyserver/caddy/v2/modules/caddyhttp"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/caddy-guardrail/guardrail/caddymodule/exchange"
)

// poolServe runs one exchange through g; next keeps the forwarded body
// unread, as Go's transport may still read it after the exchange.
func poolServe(t *testing.T, g *Guardrail, body string) io.Reader {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, "/v1/chat/completions", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req = req.WithContext(context.WithValue(req.Context(), caddy.ReplacerCtxKey, caddy.NewReplacer()))
	var forwarded io.Reader
	next := caddyhttp.HandlerFunc(func(w http.ResponseWriter, r *http.Request) error {
		forwarded = r.Body
		w.Header().Set("Content-Type", "application/json")
		_, err := io.WriteString(w, benchAnswer)
		return err
	})
	rec := httptest.NewRecorder()
	if err := g.ServeHTTP(rec, req, next); err != nil {
		t.Fatal(err)
	}
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "spring campaign draft") {
		t.Fatalf("answer %d %.200s", rec.Code, rec.Body.String())
	}
	return forwarded
}

// TestPooledBuffersOutliveNothing checks what the exchange's pooled memory
// may not touch once later exchanges reuse it: a body forwarded as it was
// read, a redacted forwarded body, and the strings of a record a core kept.
func TestPooledBuffersOutliveNothing(t *testing.T) {
	g := newTestGuardrail(t, nil)
	core, logs := observer.New(zapcore.InfoLevel)
	g.emitter.SetLogger(zap.New(core))

	clean := `{"model":"gpt-4o-mini","messages":[{"role":"user","content":"` + strings.Repeat("Plan the spring campaign. ", 40) + `"}]}`
	pii := func(model string) string {
		return `{"model":"` + model + `","messages":[{"role":"user","content":"` + strings.Repeat("Mail ana.silva@example.com today. ", 40) + `"}]}`
	}
	asRead := poolServe(t, g, clean)            // forwarded as read
	redacted := poolServe(t, g, pii("model-a")) // forwarded redacted; the read body is pooled
	for range 20 {
		poolServe(t, g, pii("model-other-and-longer"))
		poolServe(t, g, clean)
	}

	if b, _ := io.ReadAll(asRead); string(b) != clean {
		t.Errorf("body forwarded as read changed after later exchanges: %.120q", b)
	}
	b, _ := io.ReadAll(redacted)
	if strings.Contains(string(b), "ana.silva") || !strings.Contains(string(b), `"model":"model-a"`) {
		t.Errorf("redacted forwarded body changed after later exchanges: %.120q", b)
	}
	recs := logs.AllUntimed()
	if len(recs) < 2 {
		t.Fatalf("%d records", len(recs))
	}
	rec, ok := recs[1].ContextMap()[exchange.FieldName].(map[string]any)
	if !ok || rec["model"] != "model-a" {
		t.Errorf("second record's model = %v, want model-a", rec["model"])
	}
}

// TestForwardBufferLifetime checks when a pooled forwarded body goes back to
// the pool: only once the exchange and every body reading it let go, also
// when Close comes before the exchange ends, when a body is read again
// after Close (a retry) and for the bodies GetBody returns; and that a body
// whose buffer is gone fails instead of reading it.
func TestForwardBufferLifetime(t *testing.T) {
	const text = `{"messages":[{"role":"user","content":"forwarded"}]}`
	setup := func() (*http.Request, *forwardBuffer) {
		p := getBuffer()
		*p = append((*p)[:0], text...)
		fb := newForwardBuffer(p)
		r := httptest.NewRequest(http.MethodPost, "/", nil)
		setBody(r, *p, fb)
		return r, fb
	}
	gone := func(fb *forwardBuffer) bool { return fb.refs.Load() == 0 }
	read := func(t *testing.T, rc io.Reader) string {
		t.Helper()
		b, err := io.ReadAll(rc)
		if err != nil {
			t.Fatalf("reading the body: %v", err)
		}
		return string(b)
	}

	t.Run("exchange_first", func(t *testing.T) {
		r, fb := setup()
		fb.release() // the exchange ends; the transport still holds the body
		if gone(fb) {
			t.Fatal("buffer given back while the body was open")
		}
		if got := read(t, r.Body); got != text {
			t.Fatalf("read %q", got)
		}
		r.Body.Close()
		if !gone(fb) {
			t.Fatalf("buffer not given back after Close (refs %d)", fb.refs.Load())
		}
		if _, err := r.Body.Read(make([]byte, 8)); err != errBodyGone {
			t.Errorf("Read after the buffer went back: %v, want errBodyGone", err)
		}
		if _, err := r.GetBody(); err != errBodyGone {
			t.Errorf("GetBody after the buffer went back: %v, want errBodyGone", err)
		}
	})
	t.Run("close_first_then_retry", func(t *testing.T) {
		r, fb := setup()
		r.Body.Close()
		r.Body.Close() // twice is once
		if gone(fb) || fb.refs.Load() != 1 {
			t.Fatalf("refs %d after Close, want the exchange's 1", fb.refs.Load())
		}
		// A retry reads the same body again: it takes a new reference.
		if got := read(t, r.Body); got != text {
			t.Fatalf("read after Close %q", got)
		}
		fb.release()
		if gone(fb) {
			t.Fatal("buffer given back while the reopened body was open")
		}
		r.Body.Close()
		if !gone(fb) {
			t.Fatalf("refs %d, want 0", fb.refs.Load())
		}
	})
	t.Run("get_body", func(t *testing.T) {
		r, fb := setup()
		again, err := r.GetBody()
		if err != nil {
			t.Fatal(err)
		}
		r.Body.Close()
		fb.release()
		if gone(fb) {
			t.Fatal("buffer given back while GetBody's body was open")
		}
		var sb strings.Builder
		if _, err := io.Copy(&sb, again); err != nil || sb.String() != text { // through WriteTo
			t.Fatalf("GetBody's body %q, %v", sb.String(), err)
		}
		again.Close()
		if !gone(fb) {
			t.Fatalf("refs %d, want 0", fb.refs.Load())
		}
	})
	t.Run("close_during_write", func(t *testing.T) {
		r, fb := setup()
		fb.release()
		started, finish := make(chan struct{}), make(chan struct{})
		w := &blockingWriter{started: started, finish: finish}
		done := make(chan error)
		go func() {
			_, err := io.Copy(w, r.Body)
			done <- err
		}()
		<-started
		r.Body.Close() // the transport closes the body while it is written
		if gone(fb) {
			t.Fatal("buffer given back while WriteTo ran")
		}
		close(finish)
		if err := <-done; err != nil || w.sb.String() != text {
			t.Fatalf("written %q, %v", w.sb.String(), err)
		}
		if !gone(fb) {
			t.Fatalf("refs %d after WriteTo returned, want 0", fb.refs.Load())
		}
	})
}

// blockingWriter signals its first Write and holds it until finish closes.
type blockingWriter struct {
	started, finish chan struct{}
	sb              strings.Builder
}

func (w *blockingWriter) Write(p []byte) (int, error) {
	close(w.started)
	<-w.finish
	return w.sb.Write(p)
}

// TestForwardBufferConcurrent races the transport's reads and Close with
// the exchange's release over many bodies (run it with -race): every body
// reads its own bytes, and every buffer goes back once.
func TestForwardBufferConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for i := range 2000 {
		text := fmt.Sprintf(`{"n":%d,"pad":%q}`, i, strings.Repeat("x", i%300))
		p := getBuffer()
		*p = append((*p)[:0], text...)
		fb := newForwardBuffer(p)
		r := httptest.NewRequest(http.MethodPost, "/", nil)
		setBody(r, *p, fb)
		wg.Add(2)
		go func() {
			defer wg.Done()
			var sb strings.Builder
			var err error
			if i%2 == 0 {
				_, err = io.Copy(&sb, r.Body)
			} else {
				var b []byte
				b, err = io.ReadAll(r.Body)
				sb.Write(b)
			}
			// Closed and let go of before the first read: no bytes at
			// all, never a wiped or reused buffer's.
			if got := sb.String(); got != text && !(got == "" && err == errBodyGone) {
				t.Errorf("body %d read %q, %v", i, got, err)
			}
			r.Body.Close()
		}()
		go func() {
			defer wg.Done()
			if i%3 == 0 {
				r.Body.Close() // an early Close from another goroutine
			}
			fb.release()
		}()
	}
	wg.Wait()
}
