package caddymodule

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
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
