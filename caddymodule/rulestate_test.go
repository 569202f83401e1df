package caddymodule

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestRuleStateLiveOperatorsAndAllowPatterns checks that the proxy applies
// the rules file's allow patterns, and that operators changed by a live edit
// take effect at the next exchange without a config reload.
func TestRuleStateLiveOperatorsAndAllowPatterns(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rules.yaml")
	rulesFileWrite(t, path, `allow_patterns:
  - id: test-cards
    pattern: '4111[ -]?1111[ -]?1111[ -]?1111'
operators:
  EMAIL_ADDRESS: remove
`)
	g := &Guardrail{Rules: path}
	if err := rulesFileProvision(t, g); err != nil {
		t.Fatal(err)
	}
	w := rulesFileManualWatcher(t, g, path)

	text := "card 4111 1111 1111 1111 and 5500 0000 0000 0004, mail ana@example.com"
	got := rulesFileRedact(g, text)
	if !strings.Contains(got, "4111 1111 1111 1111") {
		t.Errorf("allow pattern not applied: %q", got)
	}
	if strings.Contains(got, "5500 0000 0000 0004") || strings.Contains(got, "ana@example.com") || strings.Contains(got, "[EMAIL_ADDRESS") {
		t.Errorf("want the other card redacted and the e-mail removed: %q", got)
	}

	rulesFileWrite(t, path, "operators:\n  EMAIL_ADDRESS: {kind: mask, keep_last: 4}\n")
	w.reload()
	got = rulesFileRedact(g, text)
	if !strings.Contains(got, ".com") || strings.Contains(got, "ana@example.com") || !strings.Contains(got, "*") {
		t.Errorf("live operator change not applied: %q", got)
	}
	if strings.Contains(got, "4111 1111 1111 1111") {
		t.Errorf("allow pattern removed from the file still applies: %q", got)
	}
}
