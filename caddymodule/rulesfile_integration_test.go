package caddymodule

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/openai/openai-go/v3"
)

// sendThrough asks through Caddy and returns what the provider received.
func sendThrough(t *testing.T, up *upstream, client openai.Client, prompt string) string {
	t.Helper()
	n := len(up.received())
	_, err := client.Chat.Completions.New(context.Background(), openai.ChatCompletionNewParams{
		Model:    "gpt-4o-mini",
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(prompt)},
	})
	if err != nil {
		t.Fatalf("chat completion: %v", err)
	}
	got := up.received()
	if len(got) != n+1 {
		t.Fatalf("provider got %d requests, want %d", len(got)-n, 1)
	}
	return got[n]
}

// TestRulesFileIntegration runs Caddy with `rules <file>` and edits the
// file while Caddy runs.
func TestRulesFileIntegration(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Caddy")
	}
	path := filepath.Join(t.TempDir(), "rules.yaml")
	rulesFileWrite(t, path, "allow: [support@acme.example]\ndeny: [Falcon]\n")
	up := newUpstream(t)
	startCaddy(t, up, "rules "+path)
	client := newClient()

	send := func(t *testing.T, prompt string) string { return sendThrough(t, up, client, prompt) }
	const prompt = "Tell support@acme.example and bob@example.org about Falcon and Osprey."

	t.Run("allow and deny from the file", func(t *testing.T) {
		body := send(t, prompt)
		if !strings.Contains(body, "support@acme.example") {
			t.Errorf("allowed address was redacted: %s", body)
		}
		for _, v := range []string{"bob@example.org", "Falcon"} {
			if strings.Contains(body, v) {
				t.Errorf("provider received %q: %s", v, body)
			}
		}
		if !strings.Contains(body, "Osprey") {
			t.Errorf("Osprey redacted before it was denied: %s", body)
		}
	})

	t.Run("an edit applies without a reload", func(t *testing.T) {
		f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.WriteString("deny_patterns:\n  - {id: test.osprey, pattern: 'Osprey'}\n"); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		deadline := time.Now().Add(10 * time.Second)
		var body string
		for {
			body = send(t, prompt)
			if !strings.Contains(body, "Osprey") || time.Now().After(deadline) {
				break
			}
			time.Sleep(200 * time.Millisecond)
		}
		if strings.Contains(body, "Osprey") {
			t.Fatalf("the new deny pattern did not apply within 10 s: %s", body)
		}
		if !strings.Contains(body, "support@acme.example") || strings.Contains(body, "Falcon") {
			t.Errorf("the earlier rules were lost: %s", body)
		}
	})

	t.Run("a broken edit keeps the last good rules", func(t *testing.T) {
		rulesFileWrite(t, path, "allow: [support@acme.example\ndeny: [\n")
		// Past the debounce, the broken file has been read and refused.
		for end := time.Now().Add(1500 * time.Millisecond); time.Now().Before(end); {
			body := send(t, prompt)
			for _, v := range []string{"Falcon", "Osprey", "bob@example.org"} {
				if strings.Contains(body, v) {
					t.Fatalf("provider received %q after a broken edit: %s", v, body)
				}
			}
			time.Sleep(250 * time.Millisecond)
		}
	})
}
