package caddymodule

import (
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestLearnedPersonRulesFile runs Caddy with a rules file that sets
// detectors.learned_person: the name in the prompt (our own; a chat line of
// one speaker, which no rule takes) reaches the provider only while the
// model is off, and an edit of the file switches it without a reload.
func TestLearnedPersonRulesFile(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Caddy")
	}
	const prompt, name = "[10:02] Mofokeng: the banner is live", "Mofokeng"
	path := filepath.Join(t.TempDir(), "rules.yaml")
	rulesFileWrite(t, path, "detectors:\n  learned_person: 0.5\n")
	up := newUpstream(t)
	startCaddy(t, up, "rules "+path)
	client := newClient()
	send := func(t *testing.T) string { return sendThrough(t, up, client, prompt) }

	if body := send(t); strings.Contains(body, name) || !strings.Contains(body, "[PERSON_") {
		t.Fatalf("learned_person 0.5: the provider received %s", body)
	}

	rulesFileWrite(t, path, "detectors:\n  learned_person: off\n")
	deadline := time.Now().Add(10 * time.Second)
	var body string
	for {
		body = send(t)
		if strings.Contains(body, name) || time.Now().After(deadline) {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	if !strings.Contains(body, name) {
		t.Fatalf("learned_person: off did not apply within 10 s: %s", body)
	}
}
