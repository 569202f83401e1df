package caddymodule

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/openai/openai-go/v3"
)

func TestIntegrationMetrics(t *testing.T) {
	up := newUpstream(t)
	startCaddy(t, up, "")
	client := newClient()
	_, err := client.Chat.Completions.New(context.Background(), openai.ChatCompletionNewParams{
		Model:    "gpt-4o-mini",
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(seeded.prompt)},
	})
	if err != nil {
		t.Fatal(err)
	}
	metrics := string(adminMetrics(t))
	for _, want := range []string{
		`caddy_guardrail_exchanges_total{dialect="openai_chat",outcome="forwarded"}`,
		`caddy_guardrail_redactions_total{type="EMAIL_ADDRESS"}`,
		`caddy_guardrail_consent_decisions_total{decision="anonymize"`,
		`caddy_guardrail_processing_seconds_bucket{dialect="openai_chat"`,
	} {
		if !strings.Contains(metrics, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	for _, v := range seeded.pii {
		if strings.Contains(metrics, v) {
			t.Errorf("metrics contain the seeded value %q", v)
		}
	}
}

// adminMetrics returns the text of Caddy's admin /metrics.
func adminMetrics(t *testing.T) []byte {
	t.Helper()
	resp, err := http.Get("http://localhost:2999/metrics")
	if err != nil {
		t.Fatal(err)
	}
	return readResponse(t, resp)
}
