package guardrailcmd

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/caddyserver/caddy/v2"
	caddycmd "github.com/caddyserver/caddy/v2/cmd"
	"github.com/caddyserver/caddy/v2/modules/logging"
	"github.com/spf13/cobra"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/caddy-guardrail/guardrail/caddymodule/exchange"
	"github.com/caddy-guardrail/guardrail/redact"
)

const (
	testLogKey  = "log-key-for-tests"
	testHashKey = "hash-key-for-tests"
)

var models = []string{"gpt-4o-mini", "claude-sonnet-4"}

// testRecord builds the i-th exchange of the fixture: outcomes, findings and
// redactions follow fixed patterns so tests can count them.
func testRecord(i int) *exchange.Record {
	r := &exchange.Record{
		Kind:           exchange.KindExchange,
		ExchangeID:     fmt.Sprintf("ex-%03d", i),
		Time:           time.Date(2026, 11, 24+i/10, 9, i, 0, 0, time.UTC),
		Host:           "llm.example.com",
		Route:          "openai",
		Method:         "POST",
		Path:           "/v1/chat/completions",
		Dialect:        "openai_chat",
		Model:          models[i%2],
		Stream:         i%3 == 0,
		Subject:        redact.KeyedHash([]byte(testHashKey), fmt.Sprintf("user-%d", i%5)),
		Consent:        &exchange.Consent{Decision: "anonymize", Sources: []string{"header"}, Purposes: []string{"service"}},
		Redactions:     &exchange.Redactions{Total: 2, ByType: map[string]int{"EMAIL_ADDRESS": 1, "PHONE_NUMBER": 1}, Rules: []string{"builtin.email", "builtin.phone"}},
		Outcome:        exchange.OutcomeForwarded,
		Durations:      &exchange.Durations{GuardrailMS: 0.5 + float64(i%7)/10, UpstreamTTFBMS: 200, TotalMS: 400 + float64(i*10)},
		Usage:          &exchange.Usage{PromptTokens: 40, CompletionTokens: 60, TotalTokens: 100},
		UpstreamStatus: 200,
		RulesVersion:   "r1",
	}
	if i%4 == 0 {
		r.Findings = append(r.Findings, exchange.Finding{Category: "manipulation.urgency", Rule: "urgency.act_now", Severity: "medium", Action: "flag", Excerpt: "…offer for [PERSON_1] ends today…"})
	}
	if i%10 == 3 {
		r.Outcome = exchange.OutcomeBlocked
		r.Findings = append(r.Findings, exchange.Finding{Category: "bias.gender", Rule: "bias.gender.role", Severity: "high", Action: "block"})
	}
	if i%13 == 5 {
		r.Outcome = exchange.OutcomeDenied
		r.Consent = &exchange.Consent{Decision: "deny", Sources: []string{"gpc"}, Missing: []string{"marketing"}}
		r.Redactions = nil
	}
	return r
}

// fixture writes 40 exchange records and 2 feedback records, chained, as a
// gzip-rolled file (the first 20 lines) and the current file (the rest,
// with a line of another logger in between). It returns the paths, oldest first.
func fixture(t *testing.T) (dir, rolled, current string) {
	t.Helper()
	var buf bytes.Buffer
	enc := zapcore.NewJSONEncoder(jsonEncoderConfig())
	core := zapcore.NewCore(enc, zapcore.AddSync(&buf), zapcore.InfoLevel)
	em := exchange.NewEmitter(zap.New(core).Named(exchange.LoggerName), []byte(testLogKey))
	for i := range 40 {
		em.Emit(testRecord(i))
		if i == 8 || i == 30 {
			em.Emit(&exchange.Record{Kind: exchange.KindFeedback, ExchangeID: fmt.Sprintf("ex-%03d", i), Time: time.Date(2026, 11, 24+i/10, 10, 0, 0, 0, time.UTC),
				Feedback: &exchange.Feedback{Kind: "thumbs_down", Message: "too pushy for [PERSON_1]"}})
		}
	}
	lines := strings.SplitAfter(buf.String(), "\n")
	dir = t.TempDir()
	rolled = filepath.Join(dir, "exchange-2026-11-26T00-00-00.000.log.gz")
	current = filepath.Join(dir, "exchange.log")
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(strings.Join(lines[:20], "")))
	zw.Close()
	if err := os.WriteFile(rolled, gz.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	other := `{"level":"info","ts":1.7e9,"logger":"http.log.access","msg":"handled request","status":200}` + "\n"
	if err := os.WriteFile(current, []byte(other+strings.Join(lines[20:], "")), 0o600); err != nil {
		t.Fatal(err)
	}
	return dir, rolled, current
}

// lockedBuffer is a bytes.Buffer safe for a concurrent reader.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// execute runs `caddy guardrail ARGS…` and returns stdout, stderr and the error.
func execute(ctx context.Context, args ...string) (string, string, error) {
	cmd := newRootCmd()
	var out, errOut lockedBuffer
	cmd.SetOut(&out)
	cmd.SetErr(&errOut)
	cmd.SetArgs(args)
	err := cmd.ExecuteContext(ctx)
	return out.String(), errOut.String(), err
}

func run1(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	t.Setenv("GUARDRAIL_LOG_KEY", "")
	t.Setenv("GUARDRAIL_HASH_KEY", "")
	return execute(context.Background(), args...)
}

func TestVerbsRegistered(t *testing.T) {
	reg, ok := caddycmd.Commands()["guardrail"]
	if !ok || reg.CobraFunc == nil {
		t.Fatal("caddy guardrail is not registered with caddycmd")
	}
	root := &cobra.Command{Use: "guardrail"}
	reg.CobraFunc(root)
	got := map[string]bool{}
	for _, c := range root.Commands() {
		got[c.Name()] = true
	}
	for _, v := range []string{"logs", "report", "verify", "review"} {
		if !got[v] {
			t.Errorf("verb %q not registered; have %v", v, got)
		}
	}
}

// exchangeIDs returns the exchange ids in a logs table, in order.
func exchangeIDs(out string) []string {
	var ids []string
	for _, line := range strings.Split(out, "\n") {
		f := strings.Fields(line)
		if len(f) > 2 && strings.HasPrefix(f[2], "ex-") {
			ids = append(ids, f[2])
		}
	}
	return ids
}

func TestLogsFilters(t *testing.T) {
	_, rolled, current := fixture(t)
	tests := []struct {
		name  string
		args  []string
		count int
		want  []string
	}{
		{"all records of both files", nil, 42, []string{"ex-000", "ex-039"}},
		{"outcome", []string{"--outcome", "blocked"}, 4, []string{"ex-003", "ex-013", "ex-023", "ex-033"}},
		{"two outcomes", []string{"--outcome", "blocked,denied"}, 7, []string{"ex-005", "ex-018", "ex-031"}},
		{"category prefix", []string{"--category", "bias"}, 4, []string{"ex-003"}},
		{"category exact", []string{"--category", "manipulation.urgency"}, 10, []string{"ex-000", "ex-036"}},
		{"model", []string{"--model", "claude-sonnet-4", "--kind", "exchange"}, 20, []string{"ex-001"}},
		{"since and until", []string{"--since", "2026-11-25T00:00:00Z", "--until", "2026-11-26T00:00:00Z", "--kind", "exchange"}, 10, []string{"ex-010", "ex-019"}},
		{"exchange with its feedback", []string{"--exchange", "ex-008"}, 2, []string{"ex-008"}},
		{"subject", []string{"--subject", "user-3", "--key", testHashKey}, 8, []string{"ex-003", "ex-038"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, _, err := run1(t, append(append([]string{"logs"}, tc.args...), rolled, current)...)
			if err != nil {
				t.Fatal(err)
			}
			ids := exchangeIDs(out)
			if len(ids) != tc.count {
				t.Errorf("got %d rows, want %d:\n%s", len(ids), tc.count, out)
			}
			for _, w := range tc.want {
				if !strings.Contains(strings.Join(ids, " "), w) {
					t.Errorf("row %s missing:\n%s", w, out)
				}
			}
			if strings.Contains(out, "user-3") {
				t.Error("output contains the raw subject id")
			}
		})
	}
}

func TestLogsJSONAndErrors(t *testing.T) {
	dir, rolled, current := fixture(t)
	out, _, err := run1(t, "logs", "--json", "--outcome", "denied", rolled, current)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d JSON lines, want 3:\n%s", len(lines), out)
	}
	var rec exchange.Record
	if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil || rec.ExchangeID != "ex-005" || rec.Consent.Decision != "deny" {
		t.Errorf("first JSON record = %+v, %v", rec, err)
	}

	t.Run("missing file", func(t *testing.T) {
		_, _, err := run1(t, "logs", filepath.Join(dir, "nope.log"))
		if err == nil || !strings.Contains(err.Error(), "nope.log") || !strings.Contains(err.Error(), "no such file") {
			t.Errorf("err = %v, want a missing-file error naming the file", err)
		}
	})
	t.Run("subject without key", func(t *testing.T) {
		if _, _, err := run1(t, "logs", "--subject", "user-1", current); err == nil || !strings.Contains(err.Error(), "GUARDRAIL_HASH_KEY") {
			t.Errorf("err = %v, want a missing-key error", err)
		}
	})
	t.Run("malformed line reported with its number", func(t *testing.T) {
		b, _ := os.ReadFile(current)
		lines := strings.SplitAfter(string(b), "\n")
		lines[4] = lines[4][:60] + "\n" // truncated record on line 5
		bad := filepath.Join(dir, "bad.log")
		os.WriteFile(bad, []byte(strings.Join(lines, "")), 0o600)
		out, errOut, err := run1(t, "logs", bad)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(errOut, bad+":5:") {
			t.Errorf("stderr does not name line 5:\n%s", errOut)
		}
		if n := len(exchangeIDs(out)); n != 21 {
			t.Errorf("read %d records after the bad line's file, want 21 (22 minus 1)", n)
		}
	})
}

func TestLogsFollow(t *testing.T) {
	followInterval = 10 * time.Millisecond
	_, _, current := fixture(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	t.Setenv("GUARDRAIL_HASH_KEY", "")
	cmd := newRootCmd()
	var out lockedBuffer
	cmd.SetOut(&out)
	cmd.SetErr(&out)
	cmd.SetArgs([]string{"logs", "-f", "--outcome", "blocked", current})
	done := make(chan error, 1)
	go func() { done <- cmd.ExecuteContext(ctx) }()

	waitFor := func(s string) {
		t.Helper()
		for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
			if strings.Contains(out.String(), s) {
				return
			}
		}
		t.Fatalf("output never contained %q:\n%s", s, out.String())
	}
	waitFor("ex-033")
	var buf bytes.Buffer
	core := zapcore.NewCore(zapcore.NewJSONEncoder(jsonEncoderConfig()), zapcore.AddSync(&buf), zapcore.InfoLevel)
	em := exchange.NewEmitter(zap.New(core).Named(exchange.LoggerName), []byte(testLogKey))
	late := testRecord(43)
	late.ExchangeID = "ex-late"
	em.Emit(late) // 43%10 == 3: blocked
	ok := testRecord(44)
	ok.ExchangeID = "ex-late-ok"
	em.Emit(ok)
	f, err := os.OpenFile(current, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	half := bytes.IndexByte(buf.Bytes(), '\n') / 2
	f.Write(buf.Bytes()[:half]) // a partial line first: must wait for the rest
	time.Sleep(30 * time.Millisecond)
	f.Write(buf.Bytes()[half:])
	f.Close()
	waitFor("ex-late")
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "ex-late-ok") || strings.Contains(out.String(), "malformed") {
		t.Errorf("follow printed a filtered-out or partial record:\n%s", out.String())
	}
}

func TestVerifyVerb(t *testing.T) {
	dir, rolled, current := fixture(t)
	out, _, err := run1(t, "verify", "--key", testLogKey, rolled, current)
	if err != nil {
		t.Fatalf("intact log failed: %v\n%s", err, out)
	}
	if !strings.Contains(out, "42 record(s) in 1 chain(s) from 2 file(s)") || !strings.Contains(out, "OK") {
		t.Errorf("summary:\n%s", out)
	}

	b, _ := os.ReadFile(current)
	orig := strings.SplitAfter(string(b), "\n")
	tests := []struct {
		name     string
		edit     func(l []string) []string
		wantLine string
		wantKind string
	}{
		{"edited", func(l []string) []string {
			l[6] = strings.Replace(l[6], `"outcome":"forwarded"`, `"outcome":"denied"`, 1)
			return l
		}, ":7 ", "edited"},
		{"deleted", func(l []string) []string { return append(l[:3:3], l[4:]...) }, ":4 ", "removed"},
		{"swapped", func(l []string) []string {
			l[9], l[10] = l[10], l[9]
			return l
		}, ":10 ", "reordered"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(dir, tc.name+".log")
			os.WriteFile(p, []byte(strings.Join(tc.edit(append([]string(nil), orig...)), "")), 0o600)
			t.Setenv("GUARDRAIL_LOG_KEY", testLogKey) // the key from the environment
			cmd := newRootCmd()
			var out bytes.Buffer
			cmd.SetOut(&out)
			cmd.SetArgs([]string{"verify", rolled, p})
			err := cmd.Execute()
			if err == nil {
				t.Fatalf("tampered log passed:\n%s", out.String())
			}
			want := "first problem at " + p + tc.wantLine + "(" + tc.wantKind + ")"
			if !strings.Contains(out.String(), want) {
				t.Errorf("output lacks %q:\n%s", want, out.String())
			}
		})
	}
	t.Run("no key", func(t *testing.T) {
		if _, _, err := run1(t, "verify", current); err == nil || !strings.Contains(err.Error(), "GUARDRAIL_LOG_KEY") {
			t.Errorf("err = %v, want a missing-key error", err)
		}
	})
}

func TestReviewAppendAndList(t *testing.T) {
	dir, rolled, current := fixture(t)
	out, _, err := run1(t, "review", rolled, current)
	if err != nil {
		t.Fatal(err)
	}
	// flagged: i%4==0 (10) plus blocked i%10==3 (4) = 14
	if !strings.Contains(out, "14 flagged or blocked exchange(s), 0 reviewed, 14 to review") || !strings.Contains(out, "ex-013") {
		t.Fatalf("listing:\n%s", out)
	}
	for _, v := range []struct{ id, verdict string }{
		{"ex-013", "false_positive"}, {"ex-004", "violation"}, {"ex-008", "ok"}, {"ex-023", "false_positive"},
	} {
		out, _, err := run1(t, "review", rolled, current, "--exchange", v.id, "--verdict", v.verdict, "--note", "checked", "--by", "ana", "--key", testLogKey)
		if err != nil {
			t.Fatalf("review %s: %v", v.id, err)
		}
		if !strings.Contains(out, "recorded "+v.verdict) {
			t.Errorf("append output: %s", out)
		}
	}
	reviews := filepath.Join(dir, DefaultReviewsFile)
	out, _, _ = run1(t, "review", rolled, current)
	if !strings.Contains(out, "14 flagged or blocked exchange(s), 4 reviewed, 10 to review") || strings.Contains(out, "ex-013 ") {
		t.Errorf("listing after reviews:\n%s", out)
	}
	// the reviews file is one chain across the four invocations
	out, _, err = run1(t, "verify", "--key", testLogKey, reviews)
	if err != nil || !strings.Contains(out, "4 record(s) in 1 chain(s)") {
		t.Errorf("reviews file verify: %v\n%s", err, out)
	}

	for _, tc := range []struct{ name, want string }{
		{"unknown exchange", "not in the given log files"},
		{"bad verdict", "unknown verdict"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := []string{"review", current, "--exchange", "ex-nope", "--verdict", "ok"}
			if tc.name == "bad verdict" {
				args = []string{"review", current, "--exchange", "ex-024", "--verdict", "meh"}
			}
			if _, _, err := run1(t, args...); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want %q", err, tc.want)
			}
		})
	}
}

func TestReportHTML(t *testing.T) {
	dir, rolled, current := fixture(t)
	for _, v := range []struct{ id, verdict string }{{"ex-003", "false_positive"}, {"ex-013", "violation"}, {"ex-000", "ok"}} {
		if _, _, err := run1(t, "review", rolled, current, "--exchange", v.id, "--verdict", v.verdict, "--by", "ana"); err != nil {
			t.Fatal(err)
		}
	}
	html := filepath.Join(dir, "report.html")
	out, _, err := run1(t, "report", rolled, current, "--html", html)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"40 exchange(s), 2026-11-24 09:00 – 2026-11-27 09:39 UTC",
		"outcomes:          forwarded 33, blocked 4, denied 3",
		"redactions:        EMAIL_ADDRESS 37, PHONE_NUMBER 37",
		"findings:          manipulation.urgency 10, bias.gender 4",
		"14 flagged, 3 reviewed (21%)",
		"bias.gender.role               reviewed 2: ok 0, violation 1, false positive 1 (50%)",
		"feedback:          2",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	b, err := os.ReadFile(html)
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	if n := strings.Count(page, "<svg"); n < 7 {
		t.Errorf("report has %d SVG charts, want at least 7", n)
	}
	for _, want := range []string{
		`aria-label="Exchanges per day by outcome"`,
		`<title>EMAIL_ADDRESS: 37</title>`,
		`<title>11-24 forwarded: 8</title>`,
		`<code>bias.gender.role</code>`,
		`fp-high">50%`,
		"too pushy for [PERSON_1]",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	for _, banned := range []string{"http://", "https://", "<script", "<link"} {
		if strings.Contains(strings.ReplaceAll(page, `xmlns="http://www.w3.org/2000/svg"`, ""), banned) {
			t.Errorf("HTML references external assets or scripts: %q", banned)
		}
	}
	if p := os.Getenv("GUARDRAIL_REPORT_OUT"); p != "" {
		os.WriteFile(p, b, 0o644)
	}
}

// TestReportRendersInChromium renders the HTML report headless when Chromium
// is installed, to catch a report that does not load at all.
func TestReportRendersInChromium(t *testing.T) {
	const chromium = "/usr/bin/chromium"
	if testing.Short() {
		t.Skip("renders in a browser")
	}
	if _, err := os.Stat(chromium); err != nil {
		t.Skip("no " + chromium)
	}
	dir, rolled, current := fixture(t)
	html := filepath.Join(dir, "report.html")
	if _, _, err := run1(t, "report", rolled, current, "--html", html); err != nil {
		t.Fatal(err)
	}
	png := filepath.Join(dir, "report.png")
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--screenshot="+png, "--window-size=1200,2000", "file://"+html)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, out)
	}
	fi, err := os.Stat(png)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	if fi.Size() < 20_000 {
		t.Fatalf("screenshot of %d bytes looks blank", fi.Size())
	}
}

// TestDocExamples prints the verbs' output for docs/records.md when
// GUARDRAIL_DOC_OUT names a file.
func TestDocExamples(t *testing.T) {
	p := os.Getenv("GUARDRAIL_DOC_OUT")
	if p == "" {
		t.Skip("set GUARDRAIL_DOC_OUT to write doc examples")
	}
	_, rolled, current := fixture(t)
	var doc strings.Builder
	for _, args := range [][]string{
		{"logs", "--outcome", "blocked,denied", rolled, current},
		{"verify", "--key", testLogKey, rolled, current},
		{"review", rolled, current},
		{"review", rolled, current, "--exchange", "ex-003", "--verdict", "false_positive", "--note", "quoting a policy", "--by", "ana", "--key", testLogKey},
		{"report", rolled, current},
	} {
		out, errOut, _ := run1(t, args...)
		fmt.Fprintf(&doc, "$ caddy guardrail %s\n%s%s\n", strings.Join(args, " "), out, errOut)
	}
	b, _ := os.ReadFile(current)
	lines := strings.SplitAfter(string(b), "\n")
	lines[9], lines[10] = lines[10], lines[9]
	os.WriteFile(current, []byte(strings.Join(lines, "")), 0o600)
	out, _, _ := run1(t, "verify", "--key", testLogKey, current)
	fmt.Fprintf(&doc, "$ caddy guardrail verify %s\n%s\n", current, out)
	os.WriteFile(p, []byte(doc.String()), 0o644)
}

// TestVerifyThroughCaddyEncoders writes records through Caddy's own log
// encoders, as a Caddy log output would, and verifies the files.
func TestVerifyThroughCaddyEncoders(t *testing.T) {
	msgKey, timeFmt := "message", "iso8601"
	tests := []struct {
		name string
		enc  interface {
			zapcore.Encoder
			Provision(caddy.Context) error
		}
	}{
		{"json default", &logging.JSONEncoder{}},
		{"json renamed keys, iso time", &logging.JSONEncoder{LogEncoderConfig: logging.LogEncoderConfig{MessageKey: &msgKey, TimeFormat: timeFmt}}},
		{"console", &logging.ConsoleEncoder{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.enc.Provision(caddy.Context{}); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), "exchange.log")
			f, err := os.Create(path)
			if err != nil {
				t.Fatal(err)
			}
			lg := zap.New(zapcore.NewCore(tc.enc, zapcore.AddSync(f), zapcore.InfoLevel)).Named(exchange.LoggerName)
			em := exchange.NewEmitter(lg, []byte(testLogKey))
			for i := range 5 {
				em.Emit(testRecord(i))
			}
			f.Close()
			out, _, err := run1(t, "verify", "--key", testLogKey, path)
			if err != nil || !strings.Contains(out, "5 record(s) in 1 chain(s)") {
				t.Errorf("verify: %v\n%s", err, out)
			}
		})
	}
}
