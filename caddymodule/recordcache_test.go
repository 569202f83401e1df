package caddymodule

import (
	"fmt"
	"testing"

	"github.com/caddy-guardrail/guardrail/redact"
	"github.com/caddy-guardrail/guardrail/rules"
)

// TestCleanSetRedactsAsApply holds the cache to what the record wrote
// before it: redact.Apply with the snapshot's spans, on the first call and
// on later ones, and it remembers only strings without personal data.
func TestCleanSetRedactsAsApply(t *testing.T) {
	g := newTestGuardrail(t, nil)
	st := g.state.Load()
	c := st.clean
	other, err := stateFromSet(rules.Default(), g.key)
	if err != nil {
		t.Fatal(err)
	}
	if c == nil || other.clean == nil || other.clean == c {
		t.Fatal("each snapshot needs a clean set of its own")
	}
	texts := []string{
		"/v1/chat/completions", "gpt-4o-mini", "/v1/threads/thread_abc123/messages",
		"/v1/users/ana.silva@example.com/chat", "model-for-4111 1111 1111 1111", "claude-3-5-sonnet-20241022",
		"/api/chat?note=+44 20 7946 0958", "ünïcödé/路径", "/v1/files/bo@example.org",
	}
	redacted := 0
	for round := range 3 {
		for _, s := range texts {
			want := redact.Apply(s, st.find(s), st.policy, nil)
			if round == 0 && want != s {
				redacted++
			}
			if got := c.redacted(st, s); got != want {
				t.Errorf("round %d: redacted(%q) = %q, want %q", round, s, got, want)
			}
			_, remembered := (*c.m.Load())[s]
			if clean := want == s; remembered != clean {
				t.Errorf("round %d: %q remembered %v, want %v", round, s, remembered, clean)
			}
		}
	}
	if redacted < 3 {
		t.Errorf("%d of the texts hold personal data, want at least 3 (the test needs both kinds)", redacted)
	}
}

// TestCleanSetBounded checks that a snapshot remembers at most
// maxCleanStrings strings and still redacts the others right.
func TestCleanSetBounded(t *testing.T) {
	g := newTestGuardrail(t, nil)
	st := &ruleState{}
	*st = *g.state.Load()
	st.clean = new(cleanSet) // a snapshot of its own, with an empty set
	c := st.clean
	for i := range maxCleanStrings + 50 {
		s := fmt.Sprintf("/v1/threads/thread_%d/messages", i)
		if got := c.redacted(st, s); got != s {
			t.Fatalf("redacted(%q) = %q", s, got)
		}
	}
	if n := len(*c.m.Load()); n != maxCleanStrings {
		t.Errorf("the set holds %d strings, want %d", n, maxCleanStrings)
	}
	s := "/v1/users/ana.silva@example.com/chat"
	if got, want := c.redacted(st, s), redact.Apply(s, st.find(s), st.policy, nil); got != want || got == s {
		t.Errorf("past the bound, redacted(%q) = %q, want %q", s, got, want)
	}
}

// TestCleanSetNil checks that a snapshot without a set (one built by hand)
// redacts as redact.Apply and remembers nothing.
func TestCleanSetNil(t *testing.T) {
	g := newTestGuardrail(t, nil)
	st := &ruleState{}
	*st = *g.state.Load()
	st.clean = nil
	for _, s := range []string{"/v1/chat/completions", "/v1/users/ana.silva@example.com/chat"} {
		if got, want := st.clean.redacted(st, s), redact.Apply(s, st.find(s), st.policy, nil); got != want {
			t.Errorf("redacted(%q) = %q, want %q", s, got, want)
		}
	}
}
