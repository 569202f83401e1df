package caddymodule

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/caddyserver/caddy/v2/caddytest"
	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"

	"github.com/caddy-guardrail/guardrail/caddymodule/exchange"
)

// startCaddyWithLog is startCaddy with the exchange records routed to their
// own JSON file, as the root Caddyfile does.
func startCaddyWithLog(t *testing.T, up *upstream, logFile, options string) {
	t.Helper()
	tester := caddytest.NewTester(t)
	tester.InitServer(fmt.Sprintf(`{
	skip_install_trust
	admin localhost:2999
	http_port 9080
	https_port 9443
	grace_period 1ns
	persist_config off
	log exchange {
		output file %s
		format json
		include http.handlers.guardrail.exchange
	}
}
:9080 {
	guardrail {
		hash_key test-key
		%s
	}
	reverse_proxy %s
}
`, logFile, options, strings.TrimPrefix(up.URL, "http://")), "caddyfile")
	settle()
}

// TestIntegrationRecordsCanary sends seeded PII through every path (plain,
// streamed, denied, blocked, malformed, client abort, feedback) and checks
// that each exchange has exactly one record, that the chain verifies, and
// that no seeded value appears in the log, the response headers or metrics.
func TestIntegrationRecordsCanary(t *testing.T) {
	logFile := filepath.Join(t.TempDir(), "exchange.log")
	up := newUpstream(t)
	startCaddyWithLog(t, up, logFile, `feedback_path /guardrail/feedback
		route canary
		log_content redacted
		consent {
			require personalization
			on_missing deny
		}`)
	ctx := context.Background()
	granted := newClient(option.WithHeader("X-Consent", "personalization"))
	params := openai.ChatCompletionNewParams{
		Model:    "gpt-4o-mini",
		User:     openai.String("customer-8841"),
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(seeded.prompt)},
	}
	var ids []string
	var headers []http.Header
	keep := func(h http.Header) {
		headers = append(headers, h)
		if id := h.Get("X-Guardrail-Exchange-Id"); id != "" {
			ids = append(ids, id)
		}
	}

	// Plain and streamed, with consent: restored answers.
	var raw *http.Response
	if _, err := granted.Chat.Completions.New(ctx, params, option.WithResponseInto(&raw)); err != nil {
		t.Fatal(err)
	}
	keep(raw.Header)
	stream := granted.Chat.Completions.NewStreaming(ctx, params, option.WithResponseInto(&raw))
	for stream.Next() {
	}
	if err := stream.Err(); err != nil {
		t.Fatal(err)
	}
	keep(raw.Header)

	// Denied: no consent.
	plain := newClient()
	_, err := plain.Chat.Completions.New(ctx, params, option.WithResponseInto(&raw))
	if err == nil {
		t.Fatal("request without consent was not denied")
	}
	keep(raw.Header)

	// Malformed.
	post := func(body string, hdr map[string]string) *http.Response {
		req, _ := http.NewRequest("POST", guardURL+"/v1/chat/completions", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp
	}
	resp := post(`{"messages":[{"role":"user","content":"`+seeded.pii[0]+`"`, map[string]string{"X-Consent": "personalization"})
	if resp.StatusCode != 400 {
		t.Fatalf("malformed: status %d", resp.StatusCode)
	}
	keep(resp.Header)

	// Blocked: the provider answers with manipulative copy around the
	// placeholder it got.
	up.setAnswer(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"id":"x","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"Only 2 left! Act now or lose it forever, ana.silva@example.com. Doctors hate this miracle cure that is 100% guaranteed to cure cancer."},"finish_reason":"stop"}]}`)
	})
	if _, err := granted.Chat.Completions.New(ctx, params, option.WithResponseInto(&raw)); err != nil {
		t.Fatal(err)
	}
	keep(raw.Header)
	up.setAnswer(nil)

	// Client abort mid-stream: the provider stalls after the first chunk.
	up.setAnswer(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		_, _ = io.WriteString(w, "data: {\"id\":\"x\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"Hi\"},\"finish_reason\":null}]}\n\n")
		http.NewResponseController(w).Flush()
		<-r.Context().Done()
	})
	actx, cancel := context.WithCancel(ctx)
	req, _ := http.NewRequestWithContext(actx, "POST", guardURL+"/v1/chat/completions",
		strings.NewReader(`{"model":"m","stream":true,"messages":[{"role":"user","content":"`+seeded.pii[0]+`"}]}`))
	req.Header.Set("X-Consent", "personalization")
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	keep(resp.Header)
	_, _ = bufio.NewReader(resp.Body).ReadString('\n')
	cancel()
	resp.Body.Close()
	up.setAnswer(nil)

	// Feedback about the first exchange, with PII in the message.
	resp = postTo(t, guardURL+"/guardrail/feedback", `{"exchange_id":"`+ids[0]+`","kind":"privacy","message":"why did you mail `+seeded.pii[0]+`?"}`)
	if resp.StatusCode != http.StatusAccepted {
		t.Fatalf("feedback: status %d", resp.StatusCode)
	}
	if r := postTo(t, guardURL+"/guardrail/feedback", `{"exchange_id":"nope","kind":"privacy"}`); r.StatusCode != 400 {
		t.Errorf("bad feedback: status %d, want 400", r.StatusCode)
	}

	// One record per exchange, each with the expected outcome.
	want := []string{"forwarded", "forwarded", "denied", "rejected", "blocked", "client_aborted"}
	if len(ids) != len(want) {
		t.Fatalf("got %d exchange ids, want %d", len(ids), len(want))
	}
	var recs map[string][]*exchange.Record
	deadline := time.Now().Add(5 * time.Second)
	for {
		recs = map[string][]*exchange.Record{}
		for _, e := range exchange.ReadFile(logFile, nil) {
			if e.Record != nil {
				recs[e.Record.ExchangeID] = append(recs[e.Record.ExchangeID], e.Record)
			}
		}
		// Records are written when their handler returns, which for a
		// stream can be after the client has read [DONE] and sent the next
		// request: wait for every exchange's record, not only the last's.
		all := true
		for _, id := range ids {
			all = all && len(recs[id]) > 0
		}
		if all || time.Now().After(deadline) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	for i, id := range ids {
		rs := recs[id]
		var exch []*exchange.Record
		for _, r := range rs {
			if r.Kind == exchange.KindExchange {
				exch = append(exch, r)
			}
		}
		if len(exch) != 1 {
			t.Errorf("exchange %d (%s): %d records, want 1", i, want[i], len(exch))
			continue
		}
		if exch[0].Route != "canary" {
			t.Errorf("exchange %d: route %q, want canary", i, exch[0].Route)
		}
		if exch[0].Outcome != want[i] {
			t.Errorf("exchange %d: outcome %q, want %q", i, exch[0].Outcome, want[i])
		}
	}
	if r := recs[ids[0]]; len(r) < 2 || r[len(r)-1].Feedback == nil || !strings.Contains(r[len(r)-1].Feedback.Message, "[EMAIL_ADDRESS_") {
		t.Errorf("feedback record missing or not redacted")
	}
	if first := recs[ids[0]][0]; first.Redactions == nil || first.Redactions.Total < 8 || first.Consent == nil || first.Consent.Decision != "personalize" || first.Usage == nil {
		t.Errorf("first record lacks redactions, consent or usage: %+v", first)
	}
	if b := recs[ids[4]][0]; len(b.Findings) == 0 || b.Findings[0].Action == "" {
		t.Errorf("blocked record has no findings: %+v", b)
	}

	// The chain verifies with the key.
	rep := exchange.Verify([]exchange.Source{{Name: logFile, Entries: exchange.ReadFile(logFile, nil)}}, []byte("test-key"))
	if !rep.OK() {
		t.Errorf("chain does not verify: %+v", rep.Problems)
	}

	// Canaries: nothing seeded in the log, headers or metrics.
	logData, _ := os.ReadFile(logFile)
	m, _ := http.Get("http://localhost:2999/metrics")
	metrics, _ := io.ReadAll(m.Body)
	m.Body.Close()
	for _, v := range append(seeded.pii, "customer-8841") {
		if strings.Contains(string(logData), v) {
			t.Errorf("exchange log contains %q", v)
		}
		if strings.Contains(string(metrics), v) {
			t.Errorf("metrics contain %q", v)
		}
		for _, h := range headers {
			if strings.Contains(fmt.Sprint(h), v) {
				t.Errorf("response headers contain %q", v)
			}
		}
	}
}

func postTo(t *testing.T, url, body string) *http.Response {
	t.Helper()
	resp, err := http.Post(url, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp
}
