// Command timeguard times the guardrail's redaction of JSON lines
// {"id", "text"} the way redact-pii.js --time times redact-pii: it redacts
// every text once to warm up, then runs the given number of passes, each
// going over the texts again and again for at least a second, and prints one
// JSON line per timed pass with the process CPU time (user+system, all
// threads) and the wall time of the redaction loop alone. Each text gets what
// `caddy guardrail scan` does for it minus the JSON and the screening: the
// default rule set's Find, then Apply with a new vault (placeholders). A
// second line per pass ("guardrail Find") times Find alone, the figure the
// redact benchmarks report. Run it with GOMAXPROCS=1 (and taskset) for a
// one-core figure.
//
//	go run ./examples/compare/timeguard PASSES IN.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"syscall"
	"time"

	"github.com/caddy-guardrail/guardrail/redact"
	"github.com/caddy-guardrail/guardrail/rules"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: timeguard PASSES IN.jsonl")
		os.Exit(2)
	}
	passes, err := strconv.Atoi(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "timeguard: bad PASSES:", err)
		os.Exit(2)
	}
	texts, err := readTexts(os.Args[2])
	if err != nil {
		fmt.Fprintln(os.Stderr, "timeguard:", err)
		os.Exit(1)
	}
	bytes := 0
	for _, t := range texts {
		bytes += len(t)
	}
	set := rules.Default()
	policy := set.Policy([]byte("guardrail-scan-demo-key"))
	sink := 0
	redactAll := func() {
		for _, t := range texts {
			sink += len(redact.Apply(t, set.Find(t), policy, redact.NewVault(policy.Key)))
		}
	}
	findAll := func() {
		for _, t := range texts {
			sink += len(set.Find(t))
		}
	}
	redactAll() // warm-up pass, not reported
	enc := json.NewEncoder(os.Stdout)
	for p := 1; p <= passes; p++ {
		for _, l := range []struct {
			tool string
			loop func()
		}{{"guardrail", redactAll}, {"guardrail Find", findAll}} {
			rounds, cpu, wall := timeLoop(l.loop)
			_ = enc.Encode(map[string]any{
				"tool": l.tool, "pass": p, "texts": len(texts), "bytes": bytes, "rounds": rounds,
				"cpu_s": cpu.Seconds(), "wall_s": wall.Seconds(),
				"cpu_mb_s":  float64(rounds*bytes) / 1e6 / cpu.Seconds(),
				"wall_mb_s": float64(rounds*bytes) / 1e6 / wall.Seconds(), "sink": sink,
			})
		}
	}
}

// timeLoop runs loop until at least a second of wall time has passed and
// returns the number of rounds, the process CPU time and the wall time.
func timeLoop(loop func()) (rounds int, cpu, wall time.Duration) {
	cpu0, wall0 := cpuTime(), time.Now()
	for rounds == 0 || time.Since(wall0) < time.Second {
		loop()
		rounds++
	}
	return rounds, cpuTime() - cpu0, time.Since(wall0)
}

// readTexts returns the "text" of every JSON line in path.
func readTexts(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	for sc.Scan() {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var item struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &item); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", path, len(texts)+1, err)
		}
		texts = append(texts, item.Text)
	}
	return texts, sc.Err()
}

// cpuTime is the CPU time (user+system) of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
