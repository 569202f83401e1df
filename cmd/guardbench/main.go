// Command guardbench measures the guardrail's overhead against a plain
// reverse_proxy. In one process, on loopback only, it starts a fast fake
// OpenAI provider and Caddy with two servers, one with plain reverse_proxy
// and one with the guardrail in front of the same upstream, then drives both
// alternately with the same bodies and prints requests/s, p50/p99 latency,
// time to first content byte of streams, and the ratios guardrail / plain.
//
//	go run ./cmd/guardbench -duration 5s -concurrency 8
//	go run ./cmd/guardbench -soak 10m
//	go run ./cmd/guardbench -side guardrail -scenarios pii_2k -requests 40000 -duration 1m -rounds 1 -cpuprofile g.prof
//	go run ./cmd/guardbench -other http://127.0.0.1:8787 -other-name portkey -other-pid 1234 \
//		-other-header 'x-portkey-provider: openai' -other-header 'x-portkey-custom-host: {provider}/v1'
//
// With -other it also drives another AI gateway that the caller started on
// loopback in front of the same fake provider ({provider} in a header value
// is the provider's URL), as a third side; with -other-pid that process's
// CPU time counts in its cpu/req. examples/gateway-compare/run.sh does this
// for the Portkey AI gateway.
//
// With -soak it instead sends a mix of streamed and whole requests through
// the guardrail for the given time and reports RSS and goroutines at the
// start and the end.
package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/caddyserver/caddy/v2"
	"github.com/caddyserver/caddy/v2/caddyconfig"
	_ "github.com/caddyserver/caddy/v2/caddyconfig/caddyfile"
	_ "github.com/caddyserver/caddy/v2/modules/standard"

	_ "github.com/caddy-guardrail/guardrail/caddymodule"
)

type options struct {
	duration    time.Duration
	maxRequests int
	concurrency int
	rounds      int
	chunks      int
	chunkDelay  time.Duration
	answerBytes int
	scenarios   string
	soak        time.Duration
	cpuProfile  string
	memProfile  string
	mutexProf   string
	blockProf   string
	guardrail   string
	metrics     bool
	records     string
	side        string
	other       otherGateway
}

// otherGateway is a third server to compare with: another AI gateway
// running in its own process on loopback.
type otherGateway struct {
	url     string
	name    string
	pid     int
	headers []string // "Name: value", {provider} replaced by the provider's URL
}

func main() {
	var o options
	flag.DurationVar(&o.duration, "duration", 4*time.Second, "measuring time per scenario and side, split over -rounds")
	flag.IntVar(&o.maxRequests, "requests", 50000, "most requests per scenario and side")
	flag.IntVar(&o.concurrency, "concurrency", 8, "parallel clients")
	flag.IntVar(&o.rounds, "rounds", 2, "alternations plain/guardrail per scenario")
	flag.IntVar(&o.chunks, "chunks", 20, "content chunks per streamed answer")
	flag.DurationVar(&o.chunkDelay, "chunk-delay", time.Millisecond, "fake provider's pause between streamed chunks")
	flag.IntVar(&o.answerBytes, "answer-bytes", 0, "size of the fake provider's whole (non-streamed) answer text; 0: one 89-byte sentence")
	flag.StringVar(&o.scenarios, "scenarios", "prompt_2k,pii_2k,conv_32k,pii_2k_stream,conv_32k_stream", "comma-separated scenarios")
	flag.DurationVar(&o.soak, "soak", 0, "run a soak test this long (at most 1h) instead of the comparison")
	flag.StringVar(&o.cpuProfile, "cpuprofile", "", "write a CPU profile of the measured runs (both sides, or the one -side names) to this file")
	flag.StringVar(&o.memProfile, "memprofile", "", "write an allocation profile (every allocation sampled) of the measured runs to this file at the end; for alloc_objects and alloc_space per call site")
	flag.StringVar(&o.mutexProf, "mutexprofile", "", "write a mutex contention profile (every contended lock) of the measured runs to this file at the end")
	flag.StringVar(&o.blockProf, "blockprofile", "", "write a blocking profile (every blocking event: locks, channels, select, sync.Cond) of the measured runs to this file at the end")
	flag.StringVar(&o.side, "side", "both", "which side to drive: both, plain or guardrail; one side with a fixed -requests makes two CPU profiles (-cpuprofile) comparable with pprof -diff_base")
	flag.BoolVar(&o.metrics, "caddy-metrics", true, "Caddy's own HTTP metrics (the 'metrics' global option); since Caddy 2.11 they instrument each matched top-level route once, so both sides pay the same; false measures without them")
	flag.StringVar(&o.records, "records", "", "write the exchange records to this file (JSON lines, as the root Caddyfile's 'log exchange' does; /dev/null for their whole cost without the disk) instead of Caddy's discarded log, which builds, encodes and chains each record but skips the log's own JSON encoding and write")
	flag.StringVar(&o.guardrail, "guardrail", "", "extra Caddyfile lines inside the guardrail block, e.g. 'screen { off }' or 'disable PERSON'; ';' separates lines")
	flag.StringVar(&o.other.url, "other", "", "base URL of another AI gateway on loopback (http://127.0.0.1:PORT) in front of the fake provider, driven as a third side")
	flag.StringVar(&o.other.name, "other-name", "other", "the other gateway's name in the output")
	flag.IntVar(&o.other.pid, "other-pid", 0, "the other gateway's process id: its CPU time (/proc/PID/stat) counts in its cpu/req")
	flag.Func("other-header", "a request header for the other gateway, 'Name: value' ({provider} is the fake provider's URL); repeatable", func(v string) error {
		if !strings.Contains(v, ":") {
			return fmt.Errorf("%q: want 'Name: value'", v)
		}
		o.other.headers = append(o.other.headers, v)
		return nil
	})
	flag.Parse()
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "guardbench:", err)
		os.Exit(1)
	}
}

// scenario is the request bodies sent to both servers: bodyFor(n) for the
// n-th request of the run (see bodies.go), the same sequence for each side.
type scenario struct {
	name    string
	bodyFor func(n uint64) []byte
	stream  bool
}

// promptScenario and conversationScenario vary the bodies per request.
func promptScenario(pii, stream bool) scenario {
	return scenario{bodyFor: func(n uint64) []byte { return []byte(promptBodyFor(pii, stream, n)) }, stream: stream}
}

func conversationScenario(stream bool) scenario {
	return scenario{bodyFor: func(n uint64) []byte { return []byte(conversationBodyFor(stream, n)) }, stream: stream}
}

func scenarios(names string) ([]scenario, error) {
	all := map[string]scenario{
		"prompt_2k":       promptScenario(false, false),
		"pii_2k":          promptScenario(true, false),
		"conv_32k":        conversationScenario(false),
		"pii_2k_stream":   promptScenario(true, true),
		"conv_32k_stream": conversationScenario(true),
	}
	var out []scenario
	for _, n := range strings.Split(names, ",") {
		sc, ok := all[strings.TrimSpace(n)]
		if !ok {
			return nil, fmt.Errorf("unknown scenario %q", n)
		}
		sc.name = strings.TrimSpace(n)
		out = append(out, sc)
	}
	return out, nil
}

func run(o options) error {
	if o.concurrency < 1 || o.rounds < 1 || o.duration <= 0 || o.maxRequests < 1 {
		return errors.New("-concurrency, -rounds, -duration and -requests must be positive")
	}
	if o.side != "both" && o.side != "plain" && o.side != "guardrail" {
		return fmt.Errorf("-side %q: want both, plain or guardrail", o.side)
	}
	if o.soak > time.Hour {
		return errors.New("-soak is bounded to 1h")
	}
	scs, err := scenarios(o.scenarios)
	if err != nil {
		return err
	}
	if o.other.url != "" {
		if err := checkLoopback(o.other.url); err != nil {
			return fmt.Errorf("-other: %w", err)
		}
		if o.soak > 0 {
			return errors.New("-soak drives the guardrail only; drop -other")
		}
	}
	upURL, stopUp, err := startProvider(o.chunks, o.chunkDelay, o.answerBytes)
	if err != nil {
		return err
	}
	defer stopUp()
	env, err := startCaddy(upURL, o.guardrail, o.metrics, o.records)
	if err != nil {
		return err
	}
	defer func() { _ = caddy.Stop() }()
	plainT, guardT := target{base: env.plain}, target{base: env.guard}
	targets := []target{plainT, guardT}
	var otherT target
	if o.other.url != "" {
		otherT = target{base: strings.TrimSuffix(o.other.url, "/"), pid: o.other.pid, headers: http.Header{}}
		for _, h := range o.other.headers {
			k, v, _ := strings.Cut(h, ":")
			otherT.headers.Add(strings.TrimSpace(k), strings.ReplaceAll(strings.TrimSpace(v), "{provider}", upURL))
		}
		targets = append(targets, otherT)
	}

	client := &http.Client{Transport: &http.Transport{
		MaxIdleConnsPerHost: o.concurrency * 2,
		DisableCompression:  true,
	}}
	// Warm up both servers (connections, pools, the rules' first use).
	for _, sc := range scs {
		for _, t := range targets {
			for i := 0; i < 20; i++ {
				if _, err := do(client, t, sc); err != nil {
					return fmt.Errorf("warm-up %s on %s: %w", sc.name, t.base, err)
				}
			}
		}
	}
	if o.soak > 0 {
		return soak(o, client, env)
	}

	fmt.Printf("guardbench: %d CPUs, GOMAXPROCS %d, concurrency %d, %v per scenario and side in %d rounds, stream %d chunks every %v\n",
		runtime.NumCPU(), runtime.GOMAXPROCS(0), o.concurrency, o.duration, o.rounds, o.chunks, o.chunkDelay)
	fmt.Printf("bodies: prompt_2k %d B, pii_2k %d B (5 PII values), conv_32k %d B (%d conversations, a new last turn per request); whole answer text %d B\n",
		len(promptBodyFor(false, false, 1)), len(promptBodyFor(true, false, 1)), len(conversationBodyFor(false, 1)), conversations, len(answerText(o.answerBytes)))
	fmt.Printf("every request's body is new where an app's would be (prompt text, PII values, last turn); -guardrail 'find_cache off' measures without the find cache\n")
	if o.records != "" {
		fmt.Printf("exchange records written to %s (JSON lines)\n", o.records)
	} else {
		fmt.Printf("exchange records built, encoded and chained, then discarded with Caddy's log (-records FILE writes them as in production)\n")
	}
	fmt.Println()
	if o.cpuProfile != "" {
		f, err := os.Create(o.cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	if o.memProfile != "" {
		// Sample every allocation from here on: the measured runs, not
		// Caddy's and the rules' setup (the profile still holds what was
		// sampled before at the default rate).
		runtime.MemProfileRate = 1
		defer func() {
			if err := writeProfile("allocs", o.memProfile); err != nil {
				fmt.Fprintf(os.Stderr, "memprofile: %v\n", err)
			}
		}()
	}

	// Every contention and blocking event of the measured runs (the
	// guardrail's own locks: the record's chain, the find cache, pools).
	for _, p := range []struct {
		name, path string
		on         func()
	}{
		{"mutex", o.mutexProf, func() { runtime.SetMutexProfileFraction(1) }},
		{"block", o.blockProf, func() { runtime.SetBlockProfileRate(1) }},
	} {
		if p.path == "" {
			continue
		}
		p.on()
		defer func() {
			if err := writeProfile(p.name, p.path); err != nil {
				fmt.Fprintf(os.Stderr, "%sprofile: %v\n", p.name, err)
			}
		}()
	}

	fmt.Printf("%-16s %-9s %9s %9s %9s %10s %10s %9s %9s %10s %7s\n", "scenario", "side", "req/s", "p50", "p99", "ttfc p50", "ttfc p99", "cpu/req", "alloc/req", "allocs/req", "errors")
	var summary []string
	for _, sc := range scs {
		var plain, guard, other result
		hist0 := scrapeProcessing(env.admin)
		for r := 0; r < o.rounds; r++ {
			per := o.duration / time.Duration(o.rounds)
			n := o.maxRequests / o.rounds
			if o.side != "guardrail" {
				plain.merge(load(client, plainT, sc, o.concurrency, per, n))
			}
			if o.side != "plain" {
				guard.merge(load(client, guardT, sc, o.concurrency, per, n))
			}
			if otherT.base != "" {
				other.merge(load(client, otherT, sc, o.concurrency, per, n))
			}
		}
		hist1 := scrapeProcessing(env.admin)
		if o.side != "guardrail" {
			plain.print(sc.name, "plain")
		}
		if o.side != "plain" {
			guard.print(sc.name, "guardrail")
		}
		if otherT.base != "" {
			other.print(sc.name, o.other.name)
		}
		var line string
		if o.side == "both" {
			line = fmt.Sprintf("%-16s req/s ratio %.2f, cpu/req ratio plain/guardrail %.2f (+%s per request), added p50 %s, added p99 %s", sc.name,
				guard.rps()/plain.rps(), float64(plain.cpuPerRequest())/float64(max(guard.cpuPerRequest(), 1)),
				fmtDur(guard.cpuPerRequest()-plain.cpuPerRequest()), fmtDelta(guard.pct(50)-plain.pct(50)), fmtDelta(guard.pct(99)-plain.pct(99)))
			if sc.stream {
				line += fmt.Sprintf(", added ttfc p50 %s", fmtDelta(guard.ttfcPct(50)-plain.ttfcPct(50)))
			}
		} else {
			line = fmt.Sprintf("%-16s %s side only, no ratios", sc.name, o.side)
		}
		if hist0 != nil && hist1 != nil {
			d := hist1.sub(hist0)
			if d.count > 0 {
				line += fmt.Sprintf("; guardrail's own time (caddy_guardrail_processing_seconds): mean %s, p50 <= %s, p99 <= %s over %d exchanges",
					fmtDur(time.Duration(d.sum/float64(d.count)*1e9)), fmtSeconds(d.quantile(0.5)), fmtSeconds(d.quantile(0.99)), d.count)
			}
		}
		summary = append(summary, line)
		if otherT.base != "" && o.side != "guardrail" {
			line = fmt.Sprintf("%-16s %s: req/s ratio %.2f, cpu/req ratio plain/%s %.2f (+%s per request), added p50 %s, added p99 %s", sc.name, o.other.name,
				other.rps()/plain.rps(), o.other.name, float64(plain.cpuPerRequest())/float64(max(other.cpuPerRequest(), 1)),
				fmtDur(other.cpuPerRequest()-plain.cpuPerRequest()), fmtDelta(other.pct(50)-plain.pct(50)), fmtDelta(other.pct(99)-plain.pct(99)))
			if sc.stream {
				line += fmt.Sprintf(", added ttfc p50 %s", fmtDelta(other.ttfcPct(50)-plain.ttfcPct(50)))
			}
			summary = append(summary, line)
		}
	}
	fmt.Println()
	for _, l := range summary {
		fmt.Println(l)
	}
	return nil
}

// caddyEnv is the running Caddy: base URLs of both servers and the admin.
type caddyEnv struct {
	plain, guard, admin string
}

// freePort returns a free TCP port on 127.0.0.1.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// guardrailLines renders -guardrail's ';'-separated lines for the block,
// each on its own line, indented by the braces around it.
func guardrailLines(extra string) string {
	var b strings.Builder
	depth := 2
	for l := range strings.SplitSeq(extra, ";") {
		if l = strings.TrimSpace(l); l == "" {
			continue
		}
		if strings.HasPrefix(l, "}") && depth > 2 {
			depth--
		}
		b.WriteString("\n" + strings.Repeat("\t", depth) + l)
		if strings.HasSuffix(l, "{") {
			depth++
		}
	}
	return b.String()
}

// startCaddy loads one config with two servers in front of upstream: plain
// reverse_proxy and guardrail + reverse_proxy, both bound to 127.0.0.1.
// extra are lines for the guardrail block (";" separates them); metrics
// turns on Caddy's HTTP handler metrics (the guardrail's own metrics are
// served on the admin endpoint either way); records, when not empty, is the
// file the exchange records are written to.
func startCaddy(upstream, extra string, metrics bool, records string) (*caddyEnv, error) {
	var ports [3]int
	for i := range ports {
		p, err := freePort()
		if err != nil {
			return nil, err
		}
		ports[i] = p
	}
	up := strings.TrimPrefix(upstream, "http://")
	metricsLine := ""
	if metrics {
		metricsLine = "\n\tmetrics"
	}
	cf := fmt.Sprintf(`{
	admin 127.0.0.1:%d
	auto_https off
	persist_config off
	skip_install_trust%s
	log {
		output discard
	}%s
}
http://127.0.0.1:%d {
	bind 127.0.0.1
	reverse_proxy %s
}
http://127.0.0.1:%d {
	bind 127.0.0.1
	guardrail {
		hash_key guardbench-key%s
	}
	reverse_proxy %s
}
`, ports[0], metricsLine, recordsLog(records), ports[1], up, ports[2], guardrailLines(extra), up)
	adapter := caddyconfig.GetAdapter("caddyfile")
	if adapter == nil {
		return nil, errors.New("caddyfile adapter not registered")
	}
	cfg, warns, err := adapter.Adapt([]byte(cf), nil)
	if err != nil {
		return nil, fmt.Errorf("adapting the Caddyfile: %w", err)
	}
	for _, w := range warns {
		fmt.Fprintf(os.Stderr, "caddyfile: %s\n", w.Message)
	}
	if err := caddy.Load(cfg, true); err != nil {
		return nil, fmt.Errorf("loading Caddy: %w", err)
	}
	return &caddyEnv{
		admin: fmt.Sprintf("http://127.0.0.1:%d", ports[0]),
		plain: fmt.Sprintf("http://127.0.0.1:%d", ports[1]),
		guard: fmt.Sprintf("http://127.0.0.1:%d", ports[2]),
	}, nil
}

// recordsLog returns the global option lines that write the exchange
// records to path, as the root Caddyfile does (there the default log goes to
// stderr; here to discard, so it needs no exclude); "" for none.
func recordsLog(path string) string {
	if path == "" {
		return ""
	}
	return fmt.Sprintf(`
	log exchange {
		output file %s {
			roll_disabled
		}
		format json
		include http.handlers.guardrail.exchange
	}`, strconv.Quote(path))
}

// startProvider starts the fake OpenAI provider on 127.0.0.1: a whole JSON
// answer, or an SSE stream of chunks content chunks with delay between them.
func startProvider(chunks int, delay time.Duration, answerBytes int) (string, func(), error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	whole := []byte(`{"id":"chatcmpl-g","object":"chat.completion","created":1,"model":"gpt-4o-mini",` +
		`"choices":[{"index":0,"message":{"role":"assistant","content":` + strconv.Quote(answerText(answerBytes)) + `},"finish_reason":"stop"}],` +
		`"usage":{"prompt_tokens":500,"completion_tokens":25,"total_tokens":525}}`)
	chunk := func(content string, first bool, finish string) []byte {
		delta := `{"content":` + strconv.Quote(content) + `}`
		if first {
			delta = `{"role":"assistant","content":` + strconv.Quote(content) + `}`
		}
		fr := "null"
		if finish != "" {
			fr = strconv.Quote(finish)
		}
		return []byte(`data: {"id":"chatcmpl-g","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"delta":` + delta + `,"finish_reason":` + fr + "}]}\n\n")
	}
	words := strings.Fields("Fresh trails ahead: our recycled jackets keep you dry on every path, with a repair guarantee for two full years and new colours.")
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, err := io.ReadAll(r.Body)
		if err != nil {
			return
		}
		if !bytes.Contains(b, []byte(`"stream":true`)) {
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Content-Length", strconv.Itoa(len(whole)))
			_, _ = w.Write(whole)
			return
		}
		w.Header().Set("Content-Type", "text/event-stream")
		rc := http.NewResponseController(w)
		for i := 0; i < chunks; i++ {
			if i > 0 && delay > 0 {
				time.Sleep(delay)
			}
			if _, err := w.Write(chunk(words[i%len(words)]+" ", i == 0, "")); err != nil {
				return
			}
			_ = rc.Flush()
		}
		_, _ = w.Write(chunk("", false, "stop"))
		_, _ = w.Write([]byte("data: [DONE]\n\n"))
	})}
	go func() { _ = srv.Serve(l) }()
	return "http://" + l.Addr().String(), func() { _ = srv.Close() }, nil
}

// answerText is the fake provider's whole answer: one sentence, or
// ordinary marketing copy of n bytes (cut at a word), which the guardrail
// screens (and restores) in full.
func answerText(n int) string {
	const first = "Fresh trails ahead: our recycled jackets keep you dry, with a repair guarantee for two years."
	if n <= 0 {
		return first
	}
	copyText := []string{
		first,
		"Each shell is made from recycled bottles and tested in the rain of the Scottish Highlands.",
		"Pack it into its own pocket and clip it to your bag when the sun comes out.",
		"Reviewers love the adjustable hood and the pit zips that keep air moving on steep climbs.",
		"Choose from five colours inspired by alpine lakes, forest floors and evening skies.",
		"Free repairs for two years mean your jacket stays on the trail and out of the landfill.",
	}
	var sb strings.Builder
	for i := 0; sb.Len() < n; i++ {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(copyText[i%len(copyText)])
	}
	s := sb.String()[:n]
	if i := strings.LastIndexByte(s, ' '); i > 0 {
		s = s[:i]
	}
	return s
}

// sample is the timing of one request.
type sample struct {
	total, ttfc time.Duration
}

var contentMark = []byte(`"content":"`)

// target is one server the load goes to: its base URL, extra request
// headers, and for a server in another process that process's id, whose
// CPU time counts with this process's.
type target struct {
	base    string
	headers http.Header
	pid     int
}

// checkLoopback accepts only an http URL whose host is a loopback name or
// address: guardbench never sends load anywhere else.
func checkLoopback(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return err
	}
	if u.Scheme != "http" {
		return fmt.Errorf("%q: want http://127.0.0.1:PORT", raw)
	}
	h := u.Hostname()
	if ip := net.ParseIP(h); h != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return fmt.Errorf("%q: only loopback hosts (127.0.0.1, ::1, localhost)", raw)
	}
	return nil
}

// requestSeq numbers the requests of the run; 0 is never sent, so every
// request's body is a variant (bodies.go).
var requestSeq atomic.Uint64

// do sends one request and reads the whole answer. For streams, ttfc is
// the time until the first event with non-empty content arrived.
func do(client *http.Client, t target, sc scenario) (sample, error) {
	body := sc.bodyFor(requestSeq.Add(1))
	start := time.Now()
	req, err := http.NewRequest(http.MethodPost, t.base+"/v1/chat/completions", bytes.NewReader(body))
	if err != nil {
		return sample{}, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer sk-guardbench")
	for k, vs := range t.headers {
		req.Header[k] = vs
	}
	resp, err := client.Do(req)
	if err != nil {
		return sample{}, err
	}
	defer resp.Body.Close()
	var s sample
	if !sc.stream {
		if _, err := io.Copy(io.Discard, resp.Body); err != nil {
			return sample{}, err
		}
	} else {
		br := bufio.NewReader(resp.Body)
		for {
			line, err := br.ReadSlice('\n')
			if s.ttfc == 0 {
				if i := bytes.Index(line, contentMark); i >= 0 && i+len(contentMark) < len(line) && line[i+len(contentMark)] != '"' {
					s.ttfc = time.Since(start)
				}
			}
			if err == io.EOF {
				break
			}
			if err != nil && !errors.Is(err, bufio.ErrBufferFull) {
				return sample{}, err
			}
		}
	}
	s.total = time.Since(start)
	if resp.StatusCode != http.StatusOK {
		return s, fmt.Errorf("status %d", resp.StatusCode)
	}
	return s, nil
}

// result collects the samples of one side of one scenario.
type result struct {
	samples []sample
	errors  int
	elapsed time.Duration
	cpu     time.Duration // CPU time of the whole process (client, provider, Caddy), and of the other gateway's
	alloc   uint64        // bytes the whole process allocated
	mallocs uint64        // objects the whole process allocated
	proc    procStats     // this process's kinds of CPU, GC cycles, goroutines, context switches
	lastErr error
}

func (r *result) merge(o result) {
	r.samples = append(r.samples, o.samples...)
	r.errors += o.errors
	r.elapsed += o.elapsed
	r.cpu += o.cpu
	r.alloc += o.alloc
	r.mallocs += o.mallocs
	r.proc = r.proc.add(o.proc)
	if o.lastErr != nil {
		r.lastErr = o.lastErr
	}
}

func (r *result) rps() float64 {
	if r.elapsed <= 0 {
		return 0
	}
	return float64(len(r.samples)) / r.elapsed.Seconds()
}

// cpuPerRequest is the process's CPU time per completed request: with
// everything in one process, the ratio plain / guardrail of it is the
// throughput the guardrail keeps when the CPUs are the limit, and it moves
// far less than requests/s when other programs share the machine.
func (r *result) cpuPerRequest() time.Duration {
	if len(r.samples) == 0 {
		return 0
	}
	return r.cpu / time.Duration(len(r.samples))
}

// allocPerRequest is the bytes the process allocated per completed request.
func (r *result) allocPerRequest() uint64 {
	if len(r.samples) == 0 {
		return 0
	}
	return r.alloc / uint64(len(r.samples))
}

// allocsPerRequest is the objects the process allocated per completed
// request.
func (r *result) allocsPerRequest() float64 {
	if len(r.samples) == 0 {
		return 0
	}
	return float64(r.mallocs) / float64(len(r.samples))
}

// totalAlloc returns the bytes and objects the process has allocated so far.
func totalAlloc() (bytes, objects uint64) {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.TotalAlloc, ms.Mallocs
}

// writeProfile writes the named runtime profile (allocs, mutex, block) to
// path.
func writeProfile(name, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.Lookup(name).WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// clockTicks is Linux's USER_HZ, the unit of /proc/PID/stat's times (100
// on every architecture Go supports there).
const clockTicks = 100

// pidCPU returns the user+system CPU time of process pid from
// /proc/PID/stat, or 0 when pid is 0 or that is not available.
func pidCPU(pid int) time.Duration {
	if pid <= 0 {
		return 0
	}
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0
	}
	// The command name, field 2, is in parentheses and may hold spaces;
	// utime and stime are fields 14 and 15.
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 13 {
		return 0
	}
	ut, err1 := strconv.ParseInt(f[11], 10, 64)
	st, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0
	}
	return time.Duration(ut+st) * time.Second / clockTicks
}

// processCPU returns the user+system CPU time of this process, or 0 where
// that is not available.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	slices.Sort(ds)
	i := int(float64(len(ds)-1) * p / 100)
	return ds[i]
}

func (r *result) pct(p float64) time.Duration {
	ds := make([]time.Duration, len(r.samples))
	for i, s := range r.samples {
		ds[i] = s.total
	}
	return percentile(ds, p)
}

func (r *result) ttfcPct(p float64) time.Duration {
	var ds []time.Duration
	for _, s := range r.samples {
		if s.ttfc > 0 {
			ds = append(ds, s.ttfc)
		}
	}
	return percentile(ds, p)
}

func (r *result) print(name, side string) {
	ttfc50, ttfc99 := "-", "-"
	if r.ttfcPct(50) > 0 {
		ttfc50, ttfc99 = fmtDur(r.ttfcPct(50)), fmtDur(r.ttfcPct(99))
	}
	fmt.Printf("%-16s %-9s %9.0f %9s %9s %10s %10s %9s %9s %10.1f %7d\n", name, side, r.rps(), fmtDur(r.pct(50)), fmtDur(r.pct(99)),
		ttfc50, ttfc99, fmtDur(r.cpuPerRequest()), fmt.Sprintf("%.1fKB", float64(r.allocPerRequest())/1024), r.allocsPerRequest(), r.errors)
	if line := r.proc.perRequest(len(r.samples)); line != "" {
		fmt.Println(line)
	}
	if r.lastErr != nil {
		fmt.Printf("  last error: %v\n", r.lastErr)
	}
}

// load drives base with conc clients for d or n requests, whichever ends first.
func load(client *http.Client, t target, sc scenario, conc int, d time.Duration, n int) result {
	var (
		mu    sync.Mutex
		res   result
		count atomic.Int64
		wg    sync.WaitGroup
	)
	deadline := time.Now().Add(d)
	alloc0, mallocs0 := totalAlloc()
	proc0 := readProcStats()
	start, cpu0 := time.Now(), processCPU()+pidCPU(t.pid)
	for w := 0; w < conc; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			local := make([]sample, 0, 1024)
			var errs int
			var lastErr error
			for time.Now().Before(deadline) && count.Add(1) <= int64(n) {
				s, err := do(client, t, sc)
				if err != nil {
					errs++
					lastErr = err
					continue
				}
				local = append(local, s)
			}
			mu.Lock()
			res.samples = append(res.samples, local...)
			res.errors += errs
			if lastErr != nil {
				res.lastErr = lastErr
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	alloc1, mallocs1 := totalAlloc()
	res.elapsed, res.cpu = time.Since(start), processCPU()+pidCPU(t.pid)-cpu0
	res.alloc, res.mallocs = alloc1-alloc0, mallocs1-mallocs0
	res.proc = readProcStats().sub(proc0)
	return res
}

func fmtDur(d time.Duration) string {
	return fmt.Sprintf("%.3fms", float64(d)/1e6)
}

func fmtDelta(d time.Duration) string {
	return fmt.Sprintf("%+.3fms", float64(d)/1e6)
}

func fmtSeconds(s float64) string {
	if s < 0 {
		return "?"
	}
	return fmtDur(time.Duration(s * 1e9))
}

// histogram is caddy_guardrail_processing_seconds summed over dialects.
type histogram struct {
	buckets map[float64]float64 // cumulative counts by upper bound
	sum     float64
	count   int64
}

// scrapeProcessing reads the guardrail's processing histogram from Caddy's
// admin /metrics; nil when the metric is not there.
func scrapeProcessing(admin string) *histogram {
	resp, err := http.Get(admin + "/metrics")
	if err != nil {
		return nil
	}
	defer resp.Body.Close()
	h := &histogram{buckets: map[float64]float64{}}
	found := false
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "caddy_guardrail_processing_seconds") {
			continue
		}
		found = true
		sp := strings.LastIndexByte(line, ' ')
		v, err := strconv.ParseFloat(line[sp+1:], 64)
		if err != nil {
			continue
		}
		switch {
		case strings.HasPrefix(line, "caddy_guardrail_processing_seconds_bucket"):
			i := strings.Index(line, `le="`)
			if i < 0 {
				continue
			}
			rest := line[i+4:]
			le, err := strconv.ParseFloat(rest[:strings.IndexByte(rest, '"')], 64)
			if err != nil {
				continue
			}
			h.buckets[le] += v
		case strings.HasPrefix(line, "caddy_guardrail_processing_seconds_sum"):
			h.sum += v
		case strings.HasPrefix(line, "caddy_guardrail_processing_seconds_count"):
			h.count += int64(v)
		}
	}
	if !found {
		return nil
	}
	return h
}

func (h *histogram) sub(o *histogram) *histogram {
	d := &histogram{buckets: map[float64]float64{}, sum: h.sum - o.sum, count: h.count - o.count}
	for le, v := range h.buckets {
		d.buckets[le] = v - o.buckets[le]
	}
	return d
}

// quantile returns the upper bound of the bucket holding quantile q, or -1.
func (h *histogram) quantile(q float64) float64 {
	les := make([]float64, 0, len(h.buckets))
	for le := range h.buckets {
		les = append(les, le)
	}
	slices.Sort(les)
	want := q * float64(h.count)
	for _, le := range les {
		if h.buckets[le] >= want {
			return le
		}
	}
	return -1
}

// soak sends a mix of streamed and whole PII requests through the guardrail
// and reports RSS and goroutines at the start and the end.
func soak(o options, client *http.Client, env *caddyEnv) error {
	mix, err := scenarios("pii_2k,pii_2k_stream,conv_32k,conv_32k_stream")
	if err != nil {
		return err
	}
	settle := func() (rssKB int64, goroutines int) {
		client.CloseIdleConnections()
		time.Sleep(500 * time.Millisecond)
		runtime.GC()
		return rss(), runtime.NumGoroutine()
	}
	rss0, g0 := settle()
	fmt.Printf("soak: %v, concurrency %d, mix of %d bodies (whole and streamed), guardrail only\n", o.soak, o.concurrency, len(mix))
	fmt.Printf("start: RSS %d MB, goroutines %d\n", rss0/1024, g0)
	ctx, cancel := context.WithTimeout(context.Background(), o.soak)
	defer cancel()
	var done, errs atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < o.concurrency; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; ctx.Err() == nil; i++ {
				if _, err := do(client, target{base: env.guard}, mix[i%len(mix)]); err != nil {
					errs.Add(1)
					continue
				}
				done.Add(1)
			}
		}()
	}
	tick := time.NewTicker(30 * time.Second)
	defer tick.Stop()
	start := time.Now()
	var peak int64
loop:
	for {
		select {
		case <-ctx.Done():
			break loop
		case <-tick.C:
			r := rss()
			peak = max(peak, r)
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			fmt.Printf("%6.0fs: %d requests, %d errors, RSS %d MB, heap in use %d MB, goroutines %d\n",
				time.Since(start).Seconds(), done.Load(), errs.Load(), r/1024, ms.HeapInuse>>20, runtime.NumGoroutine())
		}
	}
	wg.Wait()
	rss1, g1 := settle()
	fmt.Printf("end: %d requests (%.0f/s), %d errors; RSS %d MB (peak %d MB), goroutines %d (start %d)\n",
		done.Load(), float64(done.Load())/time.Since(start).Seconds(), errs.Load(), rss1/1024, max(peak, rss1)/1024, g1, g0)
	return nil
}

// rss returns this process's resident set size in KB, from /proc/self/status.
func rss() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return n
		}
	}
	return -1
}
