package exchange

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

var testKey = []byte("test-log-key")

// caddyJSONConfig mirrors the encoder config of Caddy's default JSON log
// encoder (modules/logging: level/ts/logger/msg, epoch float time).
func caddyJSONConfig() zapcore.EncoderConfig {
	return zapcore.EncoderConfig{
		MessageKey:     "msg",
		LevelKey:       "level",
		TimeKey:        "ts",
		NameKey:        "logger",
		CallerKey:      "caller",
		StacktraceKey:  "stacktrace",
		LineEnding:     zapcore.DefaultLineEnding,
		EncodeLevel:    zapcore.LowercaseLevelEncoder,
		EncodeTime:     zapcore.EpochTimeEncoder,
		EncodeDuration: zapcore.SecondsDurationEncoder,
		EncodeCaller:   zapcore.ShortCallerEncoder,
	}
}

// newLogger returns a logger named like the guardrail's exchange logger
// writing JSON (or console) lines to buf.
func newLogger(buf *bytes.Buffer, console bool) *zap.Logger {
	enc := zapcore.NewJSONEncoder(caddyJSONConfig())
	if console {
		enc = zapcore.NewConsoleEncoder(caddyJSONConfig())
	}
	core := zapcore.NewCore(enc, zapcore.AddSync(buf), zapcore.DebugLevel)
	return zap.New(core).Named(LoggerName)
}

// sample returns a full exchange record.
func sample(i int) *Record {
	return &Record{
		Kind:       KindExchange,
		ExchangeID: fmt.Sprintf("ex-%04d", i),
		Time:       time.Date(2026, 11, 28, 12, 0, i, 123456789, time.UTC),
		Host:       "api.example.com",
		Route:      "llm",
		Method:     "POST",
		Path:       "/v1/chat/completions",
		Dialect:    "openai_chat",
		Model:      "gpt-4o-mini",
		Stream:     i%2 == 0,
		Subject:    "3f9a1c0b7d2e4a51",
		Consent:    &Consent{Decision: "anonymize", Sources: []string{"header"}, Purposes: []string{"analytics"}, Missing: []string{"personalization"}},
		Redactions: &Redactions{Total: 3, ByType: map[string]int{"EMAIL_ADDRESS": 2, "PHONE_NUMBER": 1}, Rules: []string{"builtin.email", "builtin.phone"}},
		Findings: []Finding{{Category: "manipulation.urgency", Rule: "urgency.act_now", Severity: "medium", Action: "flag",
			Excerpt: "…write to [EMAIL_ADDRESS_1] <now> & act \"today\"…"}},
		Outcome:        OutcomeForwarded,
		UpstreamStatus: 200,
		Durations:      &Durations{GuardrailMS: 0.412, UpstreamTTFBMS: 231.5, TotalMS: 1204.25},
		Usage:          &Usage{PromptTokens: 52, CompletionTokens: 118, TotalTokens: 170},
		RulesVersion:   "r-2026-11-28",
		Content:        &Content{Prompt: "Mail [EMAIL_ADDRESS_1] about ünïcode ✓", Answer: "Sure, [EMAIL_ADDRESS_1]."},
	}
}

func emitN(t *testing.T, e *Emitter, n int) {
	t.Helper()
	for i := 1; i <= n; i++ {
		e.Emit(sample(i))
	}
}

func sources(name string, b []byte) []Source {
	return []Source{{Name: name, Entries: Read(bytes.NewReader(b), nil)}}
}

func TestRoundTripThroughZapJSON(t *testing.T) {
	var buf bytes.Buffer
	e := NewEmitter(newLogger(&buf, false), testKey)
	emitN(t, e, 3)
	// other loggers' lines in the same file are skipped
	zap.New(zapcore.NewCore(zapcore.NewJSONEncoder(caddyJSONConfig()), zapcore.AddSync(&buf), zapcore.DebugLevel)).
		Named("http.log.access").Info("handled request", zap.String("uri", "/x"))
	e.Emit(&Record{Kind: KindFeedback, ExchangeID: "ex-0001", Feedback: &Feedback{Kind: "thumbs_down", Message: "too pushy"}})

	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 5 {
		t.Fatalf("got %d lines, want 5", len(lines))
	}
	var top map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &top); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"level", "ts", "logger", "msg", FieldName} {
		if _, ok := top[k]; !ok {
			t.Errorf("line lacks key %q: %s", k, lines[0])
		}
	}
	if top["msg"] != "exchange" || top["logger"] != LoggerName {
		t.Errorf("msg/logger = %v/%v", top["msg"], top["logger"])
	}
	if !strings.Contains(lines[0], `"time":"2026-11-28T12:00:01.123Z"`) {
		t.Errorf("time not RFC 3339 UTC with ms: %s", lines[0])
	}

	if p := os.Getenv("GUARDRAIL_EXAMPLE_OUT"); p != "" {
		os.WriteFile(p, []byte(lines[0]+"\n"), 0o644) // for docs/records.md
	}

	var stats ReadStats
	var got []*Record
	for n, en := range Read(bytes.NewReader(buf.Bytes()), &stats) {
		if en.Err != nil {
			t.Fatalf("line %d: %v", n, en.Err)
		}
		got = append(got, en.Record)
	}
	if stats.Records != 4 || stats.Skipped != 1 || stats.Malformed != 0 {
		t.Errorf("stats = %+v, want 4 records, 1 skipped", stats)
	}
	want := sample(2)
	want.Time = want.Time.Truncate(time.Millisecond)
	g := *got[1]
	if g.Seq != 2 || g.Prev != got[0].Hash || g.Chain != got[0].Chain || len(g.Hash) != 64 {
		t.Errorf("chain fields: seq %d prev %q hash %q", g.Seq, g.Prev, g.Hash)
	}
	g.Chain, g.Seq, g.Prev, g.Hash, g.Schema = "", 0, "", "", 0
	wb, _ := json.Marshal(want)
	gb, _ := json.Marshal(&g)
	if !bytes.Equal(wb, gb) {
		t.Errorf("round trip:\n got %s\nwant %s", gb, wb)
	}
	if got[3].Kind != KindFeedback || got[3].Feedback.Message != "too pushy" {
		t.Errorf("feedback record = %+v", got[3])
	}

	rep := Verify(sources("log", buf.Bytes()), testKey)
	if !rep.OK() || rep.Records != 4 || len(rep.Chains) != 1 {
		t.Fatalf("verify: ok=%v records=%d chains=%d problems=%v", rep.OK(), rep.Records, len(rep.Chains), rep.Problems)
	}
	if rep := Verify(sources("log", buf.Bytes()), []byte("wrong key")); rep.OK() {
		t.Error("verify with the wrong key passed")
	}
}

func TestConsoleEncoderLines(t *testing.T) {
	var buf bytes.Buffer
	e := NewEmitter(newLogger(&buf, true), testKey)
	emitN(t, e, 2)
	rep := Verify(sources("console", buf.Bytes()), testKey)
	if !rep.OK() || rep.Records != 2 {
		t.Fatalf("console lines: ok=%v records=%d problems=%v\n%s", rep.OK(), rep.Records, rep.Problems, buf.String())
	}
}

func TestCanonicalIgnoresKeyOrderAndSpace(t *testing.T) {
	a := []byte(`{"b":1,"a":{"y":"\u003c","x":2.50},"seq":3,"hash":"h"}`)
	b := []byte(`{ "a" : {"x":2.50, "y":"<"}, "b":1 }`)
	ca, err := Canonical(a)
	if err != nil {
		t.Fatal(err)
	}
	cb, err := Canonical(b)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(ca, cb) {
		t.Errorf("canonical forms differ:\n%s\n%s", ca, cb)
	}
	if want := `{"a":{"x":2.50,"y":"\u003c"},"b":1}`; string(ca) != want {
		t.Errorf("canonical = %s, want %s", ca, want)
	}
}

// tamper emits n records and applies edit to the lines.
func tamper(t *testing.T, n int, edit func(lines []string) []string) []byte {
	t.Helper()
	var buf bytes.Buffer
	emitN(t, NewEmitter(newLogger(&buf, false), testKey), n)
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	return []byte(strings.Join(edit(lines), "\n") + "\n")
}

func TestVerifyDetectsTampering(t *testing.T) {
	tests := []struct {
		name     string
		edit     func([]string) []string
		wantLine int
		wantKind string
	}{
		{"edited value", func(l []string) []string {
			l[2] = strings.Replace(l[2], `"outcome":"forwarded"`, `"outcome":"blocked"`, 1)
			return l
		}, 3, ProblemEdited},
		{"edited number", func(l []string) []string {
			l[3] = strings.Replace(l[3], `"total":3`, `"total":0`, 1)
			return l
		}, 4, ProblemEdited},
		{"removed line", func(l []string) []string {
			return append(l[:1], l[2:]...)
		}, 2, ProblemRemoved},
		{"swapped lines", func(l []string) []string {
			l[1], l[2] = l[2], l[1]
			return l
		}, 2, ProblemReordered},
		{"line moved to the end", func(l []string) []string {
			moved := l[1]
			return append(append(l[:1:1], l[2:]...), moved)
		}, 2, ProblemReordered},
		{"truncated line", func(l []string) []string {
			l[4] = l[4][:len(l[4])/2]
			return l
		}, 5, ProblemMalformed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep := Verify(sources("f", tamper(t, 6, tc.edit)), testKey)
			p, bad := rep.First()
			if !bad {
				t.Fatal("verify passed a tampered log")
			}
			if p.Line != tc.wantLine || p.Kind != tc.wantKind {
				t.Errorf("first problem = %s, want line %d %s", p, tc.wantLine, tc.wantKind)
			}
		})
	}
}

func TestVerifyRecognisesRestarts(t *testing.T) {
	var buf bytes.Buffer
	lg := newLogger(&buf, false)
	emitN(t, NewEmitter(lg, testKey), 2)
	emitN(t, NewEmitter(lg, testKey), 3) // restart: a new chain
	rep := Verify(sources("f", buf.Bytes()), testKey)
	if !rep.OK() || len(rep.Chains) != 2 || rep.Chains[1].Records != 3 || rep.Chains[1].StartsMidway {
		t.Fatalf("restart: ok=%v chains=%+v problems=%v", rep.OK(), rep.Chains, rep.Problems)
	}

	// a file that starts mid-chain (older rolled file not given) is noted, not failed
	lines := strings.SplitAfter(buf.String(), "\n")
	rep = Verify(sources("f", []byte(strings.Join(lines[1:], ""))), testKey)
	if !rep.OK() || !rep.Chains[0].StartsMidway {
		t.Fatalf("midway: ok=%v chains=%+v", rep.OK(), rep.Chains)
	}
}

func TestResumeEmitterContinuesChain(t *testing.T) {
	var buf bytes.Buffer
	lg := newLogger(&buf, false)
	e := NewEmitter(lg, testKey)
	emitN(t, e, 2)
	emitN(t, ResumeEmitter(lg, testKey, e.State()), 2)
	rep := Verify(sources("f", buf.Bytes()), testKey)
	if !rep.OK() || len(rep.Chains) != 1 || rep.Chains[0].Last != 4 {
		t.Fatalf("resume: ok=%v chains=%+v problems=%v", rep.OK(), rep.Chains, rep.Problems)
	}
}

func TestConcurrentEmitKeepsChainOrder(t *testing.T) {
	var buf bytes.Buffer
	var mu sync.Mutex
	core := zapcore.NewCore(zapcore.NewJSONEncoder(caddyJSONConfig()), zapcore.AddSync(lockedWriter{&mu, &buf}), zapcore.InfoLevel)
	e := NewEmitter(zap.New(core).Named(LoggerName), testKey)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 25 {
				e.Emit(sample(g*100 + i))
			}
		})
	}
	wg.Wait()
	rep := Verify(sources("f", buf.Bytes()), testKey)
	if !rep.OK() || rep.Records != 200 {
		t.Fatalf("concurrent: ok=%v records=%d first problems=%v", rep.OK(), rep.Records, rep.Problems[:min(3, len(rep.Problems))])
	}
}

type lockedWriter struct {
	mu *sync.Mutex
	w  *bytes.Buffer
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

func TestAcquireSharesChainAcrossReloads(t *testing.T) {
	var buf bytes.Buffer
	key := []byte("reload-key")
	old := Acquire(newLogger(&buf, false), key)
	old.Emit(sample(1))
	next := Acquire(newLogger(&buf, false), key) // new config provisions
	Release(old)                                 // old config cleans up
	if next != old {
		t.Fatal("a reload got a new emitter; the chain would restart")
	}
	next.Emit(sample(2))
	Release(next)
	fresh := Acquire(newLogger(&buf, false), key)
	defer Release(fresh)
	if fresh == old {
		t.Fatal("emitter kept after its last release")
	}
	fresh.Emit(sample(3))
	rep := Verify(sources("f", buf.Bytes()), key)
	if !rep.OK() || len(rep.Chains) != 2 || rep.Chains[0].Records != 2 {
		t.Fatalf("reload: ok=%v chains=%+v problems=%v", rep.OK(), rep.Chains, rep.Problems)
	}
}

func TestReadFilePlainAndGzip(t *testing.T) {
	var buf bytes.Buffer
	emitN(t, NewEmitter(newLogger(&buf, false), testKey), 3)
	dir := t.TempDir()
	plain := filepath.Join(dir, "exchange.log")
	if err := os.WriteFile(plain, append([]byte("plain text line\n"), buf.Bytes()...), 0o600); err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(buf.Bytes())
	zw.Close()
	rolled := filepath.Join(dir, "exchange-2026-11-27T00-00-00.000.log") // no .gz: detected by magic bytes
	if err := os.WriteFile(rolled, gz.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		path      string
		firstLine int
	}{{plain, 2}, {rolled, 1}} {
		t.Run(filepath.Base(tc.path), func(t *testing.T) {
			var stats ReadStats
			var lines []int
			for n, e := range ReadFile(tc.path, &stats) {
				if e.Err != nil {
					t.Fatal(e.Err)
				}
				lines = append(lines, n)
			}
			if len(lines) != 3 || lines[0] != tc.firstLine {
				t.Errorf("lines = %v, want 3 starting at %d", lines, tc.firstLine)
			}
		})
	}
	t.Run("missing file", func(t *testing.T) {
		for n, e := range ReadFile(filepath.Join(dir, "nope.log"), nil) {
			if n != 0 || e.Err == nil || !os.IsNotExist(e.Err) {
				t.Errorf("missing file: line %d err %v", n, e.Err)
			}
		}
	})
}

func TestMalformedLinesNeverQuoteContent(t *testing.T) {
	const canary = "canary.person@example.org"
	tests := []struct {
		name string
		line string
	}{
		{"truncated", `{"level":"info","logger":"` + LoggerName + `","msg":"exchange","record":{"kind":"exchange","subject":"` + canary},
		{"wrong type", `{"logger":"` + LoggerName + `","record":{"kind":"exchange","stream":"` + canary + `"}}`},
		{"bad time", `{"logger":"` + LoggerName + `","record":{"kind":"exchange","time":"` + canary + `"}}`},
		{"no kind", `{"logger":"` + LoggerName + `","record":{"model":"` + canary + `"}}`},
		{"record not object", `{"logger":"` + LoggerName + `","record":"` + canary + `"}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			input := sample(1)
			var buf bytes.Buffer
			NewEmitter(newLogger(&buf, false), testKey).Emit(input)
			buf.WriteString(tc.line + "\n")
			var stats ReadStats
			var errs []string
			for n, e := range Read(&buf, &stats) {
				if e.Err != nil {
					errs = append(errs, fmt.Sprintf("line %d: %v", n, e.Err))
				}
			}
			if stats.Malformed != 1 || stats.Records != 1 || len(errs) != 1 || !strings.HasPrefix(errs[0], "line 2:") {
				t.Fatalf("stats %+v errs %v", stats, errs)
			}
			if strings.Contains(errs[0], "canary") {
				t.Errorf("error quotes the line: %s", errs[0])
			}
		})
	}
}

func TestRecordJSONHoldsOnlyWhatWasSet(t *testing.T) {
	rec := &Record{Kind: KindExchange, ExchangeID: "ex-1", Redactions: &Redactions{Total: 1, ByType: map[string]int{"EMAIL_ADDRESS": 1}, Rules: []string{"builtin.email"}}}
	var buf bytes.Buffer
	NewEmitter(newLogger(&buf, false), testKey).Emit(rec)
	out := buf.String()
	for _, absent := range []string{"@", "content", "subject", "findings", "feedback", "review", "usage"} {
		if strings.Contains(out, absent) {
			t.Errorf("record JSON contains %q that was never set: %s", absent, out)
		}
	}
}

// BenchmarkEmit encodes, seals and writes a full record through zap's JSON
// encoder. Besides wall-clock ns/op it reports cpu-ns/op, the CPU time of
// the benchmark's own thread per record (Linux RUSAGE_THREAD), which stays
// meaningful on a busy shared machine.
func BenchmarkEmit(b *testing.B) {
	core := zapcore.NewCore(zapcore.NewJSONEncoder(caddyJSONConfig()), zapcore.AddSync(discard{}), zapcore.InfoLevel)
	e := NewEmitter(zap.New(core).Named(LoggerName), testKey)
	rec := sample(1)
	line, _ := json.Marshal(rec)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.SetBytes(int64(len(line)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0, n := threadCPU(), 0
	for b.Loop() {
		e.Emit(rec)
		n++
	}
	if cpu := threadCPU() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(n), "cpu-ns/op")
	}
}

// exchangeRecord is the record of a typical exchange: a 2 KB prompt with
// five redacted values, forwarded, no findings, no content capture.
func exchangeRecord() *Record {
	return &Record{
		ExchangeID: "5f0c1e7a9b2d4c3e8f6a1b0c2d3e4f5a", Host: "127.0.0.1:40123", Method: "POST",
		Path: "/v1/chat/completions", Dialect: "openai_chat", Model: "gpt-4o-mini",
		Consent: &Consent{Decision: "anonymize"},
		Redactions: &Redactions{Total: 5,
			ByType: map[string]int{"CREDIT_CARD": 1, "EMAIL_ADDRESS": 1, "IBAN_CODE": 1, "IP_ADDRESS": 1, "PHONE_NUMBER": 1},
			Rules:  []string{"builtin.card", "builtin.email", "builtin.iban", "builtin.ip", "builtin.phone"}},
		Outcome: OutcomeForwarded, UpstreamStatus: 200,
		Durations:    &Durations{GuardrailMS: 0.031, UpstreamTTFBMS: 0.412, TotalMS: 0.468},
		Usage:        &Usage{PromptTokens: 500, CompletionTokens: 25, TotalTokens: 525},
		RulesVersion: "sha256:b99675c934878565",
	}
}

// BenchmarkEmitExchange emits exchangeRecord through zap's JSON encoder
// (json) and to a core that writes nothing (nop: the record is still
// encoded and sealed into the chain, as when Caddy discards the log).
func BenchmarkEmitExchange(b *testing.B) {
	cores := []struct {
		name string
		core zapcore.Core
	}{
		{"json", zapcore.NewCore(zapcore.NewJSONEncoder(caddyJSONConfig()), zapcore.AddSync(discard{}), zapcore.InfoLevel)},
		{"nop", zapcore.NewNopCore()},
	}
	// The same JSON core writing to /dev/null (the write syscall without a
	// disk) and to a file (what `log exchange { output file … }` does): the
	// difference to "json" is the cost of the write itself.
	for _, sink := range []string{"devnull", "file"} {
		path := os.DevNull
		if sink == "file" {
			path = filepath.Join(b.TempDir(), "exchange.log")
		}
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		cores = append(cores, struct {
			name string
			core zapcore.Core
		}{sink, zapcore.NewCore(zapcore.NewJSONEncoder(caddyJSONConfig()), zapcore.AddSync(f), zapcore.InfoLevel)})
	}
	for _, c := range cores {
		b.Run(c.name, func(b *testing.B) {
			e := NewEmitter(zap.New(c.core).Named(LoggerName), testKey)
			base := exchangeRecord()
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			b.ReportAllocs()
			cpu0, sys0, n := threadCPU(), threadSys(), 0
			for b.Loop() {
				rec := *base
				e.Emit(&rec)
				n++
			}
			if cpu := threadCPU() - cpu0; cpu > 0 {
				b.ReportMetric(float64(cpu.Nanoseconds())/float64(n), "cpu-ns/op")
				b.ReportMetric(float64((threadSys()-sys0).Nanoseconds())/float64(n), "sys-ns/op")
			}
		})
	}
}

// threadCPU returns the user+system CPU time of the calling OS thread, or
// 0 where that is not available.
func threadCPU() time.Duration {
	const rusageThread = 1 // RUSAGE_THREAD on Linux
	var ru syscall.Rusage
	if runtime.GOOS != "linux" || syscall.Getrusage(rusageThread, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// threadSys returns the system CPU time of the calling OS thread, or 0
// where that is not available.
func threadSys() time.Duration {
	const rusageThread = 1 // RUSAGE_THREAD on Linux
	var ru syscall.Rusage
	if runtime.GOOS != "linux" || syscall.Getrusage(rusageThread, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Stime.Nano())
}

func BenchmarkVerify(b *testing.B) {
	var buf bytes.Buffer
	lg := newLogger(&buf, false)
	e := NewEmitter(lg, testKey)
	for i := range 1000 {
		e.Emit(sample(i))
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if rep := Verify(sources("f", data), testKey); !rep.OK() {
			b.Fatal(rep.Problems[0])
		}
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

func TestCanonicalMatchesReference(t *testing.T) {
	rec, _ := json.Marshal(sample(7))
	tests := []struct {
		name string
		obj  string
	}{
		{"record", string(rec)},
		{"html and separators", `{"a":"<b> & \u2028 \u2029 \"q\" \\ /"}`},
		{"control characters", `{"c":"\u0000\u0001\b\f\n\r\t\u001f\u007f"}`},
		{"escaped unicode and surrogates", `{"s":"\u00e9\ud83d\ude00 \ud800 lone","k\u00e9y":1}`},
		{"raw unicode", `{"u":"ünï ✓ 😀"}`},
		{"invalid utf-8", "{\"x\":\"a\xff\xfeb\"}"},
		{"numbers as written", `{"n":[1,-0,2.50,1e3,1E+3,0.000001,12345678901234567890]}`},
		{"literals and nesting", `{"z":{"b":[true,false,null,{"y":[],"x":{}}],"a":""}}`},
		{"duplicate keys: last wins", `{"a":1,"b":2,"a":3}`},
		{"chain fields only at top", `{"seq":1,"hash":"h","inner":{"seq":2,"hash":"x","prev":"p","chain":"c"}}`},
		{"white space", " {\n\t\"b\" : [ 1 , 2 ] ,\r\n \"a\" : { } } "},
		{"keys sorted bytewise", `{"é":1,"z":2,"Z":3,"_":4,"a b":5}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want, werr := canonicalReference([]byte(tc.obj))
			got, err := Canonical([]byte(tc.obj))
			if (err != nil) != (werr != nil) {
				t.Fatalf("err = %v, reference err = %v", err, werr)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("canonical differs from the reference:\n got %s\nwant %s", got, want)
			}
		})
	}
}

func FuzzCanonicalMatchesReference(f *testing.F) {
	rec, _ := json.Marshal(sample(3))
	f.Add(string(rec))
	f.Add(`{"a":"<\u2028>","b":[1,2.0,{"c":null}],"a":"dup"}`)
	f.Fuzz(func(t *testing.T, obj string) {
		want, werr := canonicalReference([]byte(obj))
		got, err := Canonical([]byte(obj))
		if werr != nil || err != nil {
			return // the two parsers may disagree on what is invalid; both reject or one does
		}
		if !bytes.Equal(got, want) {
			t.Errorf("canonical(%q):\n got %s\nwant %s", obj, got, want)
		}
	})
}

func BenchmarkCanonical(b *testing.B) {
	rec, _ := json.Marshal(sample(1))
	b.SetBytes(int64(len(rec)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Canonical(rec); err != nil {
			b.Fatal(err)
		}
	}
}
