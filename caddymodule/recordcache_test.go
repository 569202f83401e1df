package caddymodule

import (
	"fmt"
	"runtime"
	"testing"
	"time"
	"weak"

	"github.com/caddy-guardrail/guardrail/redact"
)

// TestCleanSetRedactsAsApply holds the cache to what the record wrote
// before it: redact.Apply with the snapshot's spans, on the first call and
// on later ones, and it remembers only strings without personal data.
func TestCleanSetRedactsAsApply(t *testing.T) {
	g := newTestGuardrail(t, nil)
	st := g.state.Load()
	c := cleanSetOf(st)
	other := &ruleState{}
	*other = *st
	if cleanSetOf(other) == c {
		t.Fatal("two snapshots share a clean set")
	}
	if again := cleanSetOf(st); again != c {
		t.Fatal("a snapshot got two clean sets (after another snapshot's)")
	}
	if again := cleanSetOf(st); again != c {
		t.Fatal("a snapshot got two clean sets (the last one)")
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
	*st = *g.state.Load() // a snapshot of its own, with an empty set
	c := cleanSetOf(st)
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

// TestCleanSetsDropCollectedSnapshots checks that the cache neither keeps a
// snapshot alive nor keeps its set after the snapshot was collected.
func TestCleanSetsDropCollectedSnapshots(t *testing.T) {
	g := newTestGuardrail(t, nil)
	st := &ruleState{}
	*st = *g.state.Load()
	cleanSetOf(st).redacted(st, "/v1/chat/completions")
	k := weak.Make(st)
	st = nil
	deadline := time.Now().Add(10 * time.Second)
	for {
		runtime.GC()
		_, ok := cleanSets.Load(k)
		if k.Value() == nil && !ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("after GC: snapshot alive %v, set kept %v", k.Value() != nil, ok)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
