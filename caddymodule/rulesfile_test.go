package caddymodule

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/caddyserver/caddy/v2"
	"github.com/caddyserver/caddy/v2/caddyconfig/caddyfile"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/caddy-guardrail/guardrail/redact"
	"github.com/caddy-guardrail/guardrail/rules"
)

func rulesFileWrite(t *testing.T, path, src string) {
	t.Helper()
	// Write and rename, as editors do.
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

// rulesFileProvision provisions g and registers its cleanup.
func rulesFileProvision(t *testing.T, g *Guardrail) error {
	t.Helper()
	if g.HashKey == "" {
		g.HashKey = "rules-test-key"
	}
	ctx, cancel := caddy.NewContext(caddy.Context{Context: context.Background()})
	t.Cleanup(cancel)
	err := g.Provision(ctx)
	t.Cleanup(func() { _ = g.Cleanup() })
	return err
}

// rulesFileManualWatcher stops g's watcher goroutine and returns a watcher
// whose reload the test drives by hand.
func rulesFileManualWatcher(t *testing.T, g *Guardrail, path string) *rulesWatcher {
	t.Helper()
	g.stopRulesWatcher()
	data, _ := os.ReadFile(path)
	set, err := g.loadRuleSet(data)
	if err != nil {
		t.Fatal(err)
	}
	g.prepareRulesWatcher(data, set)
	v, _ := watchers.Load(g)
	t.Cleanup(g.stopRulesWatcher)
	return v.(*rulesWatcher)
}

// rulesFileRedact redacts text with g's current rules and policy.
func rulesFileRedact(g *Guardrail, text string) string {
	st := g.state.Load()
	return redact.Apply(text, st.find(text), st.policy, redact.NewVault(g.key))
}

func TestRulesFileProvision(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.yaml")
	rulesFileWrite(t, good, "allow: [support@acme.example]\ndeny: [Falcon]\noperators:\n  EMAIL_ADDRESS: remove\nscreening:\n  actions: {false_urgency: block}\n")
	bad := filepath.Join(dir, "bad.yaml")
	rulesFileWrite(t, bad, "deny: [Falcon]\ndetectors:\n  disable: [PHONE]\n")

	tests := []struct {
		name    string
		g       *Guardrail
		wantErr string
		text    string
		want    string
		version string
	}{
		{name: "defaults", g: &Guardrail{}, text: "mail ana@example.com", want: "mail [EMAIL_ADDRESS_", version: rules.Default().Version},
		{name: "file", g: &Guardrail{Rules: good}, text: "Falcon: mail ana@example.com or support@acme.example", want: "[DENIED_TERM_"},
		{name: "file operators apply", g: &Guardrail{Rules: good}, text: "mail ana@example.com now", want: "mail  now"},
		{name: "caddyfile settings on top", g: &Guardrail{Rules: good, Deny: []string{"Osprey"}}, text: "Osprey", want: "[DENIED_TERM_"},
		{name: "placeholder in path", g: &Guardrail{Rules: "{env.RULES_FILE_TEST_PATH}"}, text: "Falcon", want: "[DENIED_TERM_"},
		{name: "invalid file fails the config", g: &Guardrail{Rules: bad}, wantErr: bad + `:3:13: detectors.disable: unknown entity type or rule id "PHONE"`},
		{name: "missing file", g: &Guardrail{Rules: filepath.Join(dir, "nope.yaml")}, wantErr: "loading rules"},
	}
	t.Setenv("RULES_FILE_TEST_PATH", good)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := rulesFileProvision(t, tc.g)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := rulesFileRedact(tc.g, tc.text)
			if !strings.HasPrefix(got, tc.want) {
				t.Errorf("redacted = %q, want prefix %q", got, tc.want)
			}
			if strings.Contains(tc.text, "support@acme.example") && !strings.Contains(got, "support@acme.example") {
				t.Errorf("allowed address redacted: %q", got)
			}
			st := tc.g.state.Load()
			if tc.version != "" && st.version != tc.version {
				t.Errorf("version = %s, want %s", st.version, tc.version)
			}
			if !strings.HasPrefix(st.version, "sha256:") {
				t.Errorf("version = %q", st.version)
			}
		})
	}
	t.Run("actions from the file", func(t *testing.T) {
		g := &Guardrail{Rules: good}
		if err := rulesFileProvision(t, g); err != nil {
			t.Fatal(err)
		}
		st := g.state.Load()
		if st.actionFor(rules.Finding{Category: "false_urgency", Severity: rules.Medium}) != actBlock ||
			st.actionFor(rules.Finding{Category: "false_scarcity", Severity: rules.Medium}) != actFlag {
			t.Errorf("actions = %v", st.actions)
		}
	})
}

// rulesFileObserved replaces g's logger with an observer.
func rulesFileObserved(g *Guardrail) *observer.ObservedLogs {
	core, logs := observer.New(zapcore.InfoLevel)
	g.logger = zap.New(core)
	return logs
}

func TestRulesFileReload(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rules.yaml")
	rulesFileWrite(t, path, "deny: [Falcon]\n")
	g := &Guardrail{Rules: path}
	if err := rulesFileProvision(t, g); err != nil {
		t.Fatal(err)
	}
	// Drive the watcher's reload by hand, without its goroutine.
	g.stopRulesWatcher()
	logs := rulesFileObserved(g)
	data, _ := os.ReadFile(path)
	set, err := g.loadRuleSet(data)
	if err != nil {
		t.Fatal(err)
	}
	g.prepareRulesWatcher(data, set)
	v, _ := watchers.Load(g)
	w := v.(*rulesWatcher)
	t.Cleanup(g.stopRulesWatcher)
	v1 := g.state.Load().version

	steps := []struct {
		name      string
		src       string
		redacted  []string // terms that must be redacted now
		version   string   // "same" or "new"
		wantLog   string
		wantLevel zapcore.Level
	}{
		{"unchanged file", "deny: [Falcon]\n", []string{"Falcon"}, "same", "", 0},
		{"new deny term", "deny: [Falcon, Osprey]\n", []string{"Falcon", "Osprey"}, "new", "rules loaded", zapcore.InfoLevel},
		{"broken file keeps the last good rules", "deny: [Falcon, Osprey, Kestrel\n", []string{"Falcon", "Osprey"}, "same", "invalid rules file; keeping the last good rules", zapcore.ErrorLevel},
		{"same broken file is not logged again", "deny: [Falcon, Osprey, Kestrel\n", []string{"Osprey"}, "same", "", 0},
		{"invalid rule keeps the last good rules", "deny: [Falcon]\ndetectors: {disable: [NOPE]}\n", []string{"Osprey"}, "same", "invalid rules file; keeping the last good rules", zapcore.ErrorLevel},
		{"fixed file", "deny: [Kestrel]\n", []string{"Kestrel"}, "new", "rules loaded", zapcore.InfoLevel},
	}
	prev := v1
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			n := logs.Len()
			rulesFileWrite(t, path, s.src)
			w.reload()
			got := g.state.Load().version
			if (s.version == "same") != (got == prev) {
				t.Errorf("version %s → %s, want %s", prev, got, s.version)
			}
			prev = got
			for _, term := range s.redacted {
				if out := rulesFileRedact(g, "about "+term); strings.Contains(out, term) {
					t.Errorf("%s not redacted: %q", term, out)
				}
			}
			entries := logs.All()[n:]
			if s.wantLog == "" {
				if len(entries) > 0 {
					t.Errorf("logged %q, want nothing", entries[0].Message)
				}
				return
			}
			if len(entries) != 1 || entries[0].Message != s.wantLog || entries[0].Level != s.wantLevel {
				t.Fatalf("logs = %+v, want one %s %q", entries, s.wantLevel, s.wantLog)
			}
			fields := entries[0].ContextMap()
			if fields["rules_version"] != got {
				t.Errorf("rules_version field = %v, want %s", fields["rules_version"], got)
			}
			if s.wantLevel == zapcore.ErrorLevel {
				p, _ := fields["problems"].(string)
				if !strings.HasPrefix(p, path+":") {
					t.Errorf("problems = %q, want file:line", p)
				}
			}
		})
	}
	t.Run("deleted file keeps the last good rules", func(t *testing.T) {
		before := g.state.Load()
		n := logs.Len()
		if err := os.Remove(path); err != nil {
			t.Fatal(err)
		}
		w.reload()
		w.reload()
		if g.state.Load() != before {
			t.Error("state changed")
		}
		if got := logs.Len() - n; got != 1 {
			t.Errorf("%d log entries, want 1", got)
		}
	})
}

// TestRulesFileWatcher runs the real watcher: an edit is picked up without
// a reload, and Cleanup ends the goroutine.
func TestRulesFileWatcher(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for file events")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "rules.yaml")
	rulesFileWrite(t, path, "deny: [Falcon]\n")
	g := &Guardrail{Rules: path}
	if err := rulesFileProvision(t, g); err != nil {
		t.Fatal(err)
	}
	v, ok := watchers.Load(g)
	if !ok {
		t.Fatal("no watcher")
	}
	w := v.(*rulesWatcher)
	for i := 0; i < 100 && !rulesFileGoroutineRunning(w); i++ {
		time.Sleep(10 * time.Millisecond) // let it be scheduled
	}
	if !rulesFileGoroutineRunning(w) {
		var buf bytes.Buffer
		_ = pprof.Lookup("goroutine").WriteTo(&buf, 2)
		i := strings.Index(buf.String(), "rulesWatcher")
		t.Fatalf("watcher goroutine %p not found: %s", w, buf.String()[max(i-200, 0):min(i+300, buf.Len())])
	}
	old := g.state.Load()
	rulesFileWrite(t, path, "deny: [Falcon, Osprey]\n")
	deadline := time.Now().Add(10 * time.Second)
	for g.state.Load() == old && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if out := rulesFileRedact(g, "about Osprey"); strings.Contains(out, "Osprey") {
		t.Fatalf("edit not applied within 10 s: %q", out)
	}
	if err := g.Cleanup(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-w.done:
	default:
		t.Fatal("Cleanup returned before the watcher ended")
	}
	if rulesFileGoroutineRunning(w) {
		t.Error("watcher goroutine still running after Cleanup")
	}
	if _, ok := watchers.Load(g); ok {
		t.Error("watcher still registered")
	}
	g.stopRulesWatcher() // a second stop is harmless
}

// TestRulesFileWatcherContext ends the watcher with the config's context.
func TestRulesFileWatcherContext(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rules.yaml")
	rulesFileWrite(t, path, "deny: [Falcon]\n")
	g := &Guardrail{Rules: path, HashKey: "k"}
	ctx, cancel := caddy.NewContext(caddy.Context{Context: context.Background()})
	if err := g.Provision(ctx); err != nil {
		t.Fatal(err)
	}
	v, _ := watchers.Load(g)
	w := v.(*rulesWatcher)
	cancel()
	select {
	case <-w.done:
	case <-time.After(10 * time.Second):
		t.Fatal("watcher did not end with its context")
	}
	if err := g.Cleanup(); err != nil {
		t.Fatal(err)
	}
}

// rulesFileGoroutineRunning reports whether a goroutine runs w.run.
func rulesFileGoroutineRunning(w *rulesWatcher) bool {
	var buf bytes.Buffer
	_ = pprof.Lookup("goroutine").WriteTo(&buf, 2)
	return strings.Contains(buf.String(), fmt.Sprintf("(*rulesWatcher).run(%p", w))
}

func TestRulesFileCaddyfile(t *testing.T) {
	tests := []struct {
		input   string
		want    string
		wantErr bool
	}{
		{"guardrail {\n rules /etc/guardrail/rules.yaml\n}", "/etc/guardrail/rules.yaml", false},
		{"guardrail {\n rules \"\"\n}", "", false},
		{"guardrail {\n rules\n}", "", false},
		{"guardrail {\n rules a.yaml b.yaml\n}", "", true},
		{"guardrail {\n rules a.yaml\n rules b.yaml\n}", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.input, func(t *testing.T) {
			g := new(Guardrail)
			err := g.UnmarshalCaddyfile(caddyfile.NewTestDispenser(tc.input))
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, want error %v", err, tc.wantErr)
			}
			if !tc.wantErr && g.Rules != tc.want {
				t.Errorf("Rules = %q, want %q", g.Rules, tc.want)
			}
		})
	}
}

// TestRulesFilePerRoute gives two handlers (two routes) their own files.
func TestRulesFilePerRoute(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "marketing.yaml"), filepath.Join(dir, "support.yaml")
	rulesFileWrite(t, a, "deny: [Falcon]\n")
	rulesFileWrite(t, b, "deny: [Osprey]\n")
	ga, gb := &Guardrail{Rules: a}, &Guardrail{Rules: b}
	for _, g := range []*Guardrail{ga, gb} {
		if err := rulesFileProvision(t, g); err != nil {
			t.Fatal(err)
		}
	}
	if ga.state.Load().version == gb.state.Load().version {
		t.Error("both routes have the same rules version")
	}
	if out := rulesFileRedact(ga, "Falcon Osprey"); !strings.HasSuffix(out, " Osprey") || strings.Contains(out, "Falcon") {
		t.Errorf("marketing route: %q", out)
	}
	if out := rulesFileRedact(gb, "Falcon Osprey"); !strings.HasPrefix(out, "Falcon ") || strings.Contains(out, "Osprey") {
		t.Errorf("support route: %q", out)
	}
}

// TestRulesFileConcurrentReload swaps rules while exchanges read them
// (run with -race).
func TestRulesFileConcurrentReload(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rules.yaml")
	rulesFileWrite(t, path, "deny: [Falcon]\n")
	g := &Guardrail{Rules: path}
	if err := rulesFileProvision(t, g); err != nil {
		t.Fatal(err)
	}
	w := rulesFileManualWatcher(t, g, path)

	stop := make(chan struct{})
	errs := make(chan string, 4)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
				}
				st := g.state.Load() // one snapshot per exchange
				if out := redact.Apply("about Falcon", st.find("about Falcon"), st.policy, nil); strings.Contains(out, "Falcon") {
					select {
					case errs <- out:
					default:
					}
					return
				}
			}
		})
	}
	for i := range 5 {
		rulesFileWrite(t, path, fmt.Sprintf("deny: [Falcon, Term%d]\n", i))
		w.reload()
	}
	close(stop)
	wg.Wait()
	close(errs)
	for out := range errs {
		t.Errorf("Falcon not redacted during a reload: %q", out)
	}
}
