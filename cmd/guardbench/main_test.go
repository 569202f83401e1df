package main

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/caddy-guardrail/guardrail/rules"
)

func TestCheckLoopback(t *testing.T) {
	for _, u := range []string{"http://127.0.0.1:8787", "http://localhost:4000/", "http://[::1]:9000", "http://127.0.0.2:80"} {
		if err := checkLoopback(u); err != nil {
			t.Errorf("checkLoopback(%q) = %v, want nil", u, err)
		}
	}
	for _, u := range []string{"http://10.0.0.1:8787", "https://127.0.0.1:8787", "http://example.com", "http://0.0.0.0:80", "127.0.0.1:80", "http://localhost.example.com"} {
		if err := checkLoopback(u); err == nil {
			t.Errorf("checkLoopback(%q) = nil, want an error", u)
		}
	}
}

// TestPidCPU reads this process's own /proc/PID/stat: after some work its
// CPU time grows, and a pid that does not exist gives 0.
func TestPidCPU(t *testing.T) {
	if _, err := os.Stat("/proc/self/stat"); err != nil {
		t.Skip("no /proc")
	}
	before, cpu0 := pidCPU(os.Getpid()), processCPU()
	// Spin until getrusage counts 60 ms of CPU (wall time would depend on
	// the machine's load); /proc counts in 10 ms ticks.
	for processCPU()-cpu0 < 60*time.Millisecond {
	}
	after := pidCPU(os.Getpid())
	if d := after - before; d < 20*time.Millisecond || d > 10*time.Second {
		t.Errorf("pidCPU went %v → %v across 60 ms of spinning", before, after)
	}
	if got := pidCPU(0); got != 0 {
		t.Errorf("pidCPU(0) = %v", got)
	}
	if got := pidCPU(1 << 30); got != 0 {
		t.Errorf("pidCPU(no such process) = %v", got)
	}
}

// TestBodiesVary checks the bodies of the load: valid JSON of the first
// shapes' sizes, a new prompt per request with five personal values the
// detectors find, and conversations whose history repeats while the last
// turn is new, with no turn repeated inside a body.
func TestBodiesVary(t *testing.T) {
	set := rules.Default()
	seen := map[string]bool{}
	for _, n := range []uint64{1, 2, 17, 4242, 98765432, 1<<40 + 3} {
		for _, tc := range []struct {
			name string
			body string
			size int // the first shape's
		}{
			{"prompt_2k", promptBodyFor(false, false, n), 2220},
			{"pii_2k", promptBodyFor(true, false, n), 2268},
			{"conv_32k", conversationBodyFor(false, n), 31999},
		} {
			if len(tc.body) != tc.size {
				t.Errorf("%s #%d: %d bytes, the first shape had %d", tc.name, n, len(tc.body), tc.size)
			}
			var v struct {
				Messages []struct{ Role, Content string }
			}
			if err := json.Unmarshal([]byte(tc.body), &v); err != nil {
				t.Fatalf("%s #%d: %v", tc.name, n, err)
			}
			last := v.Messages[len(v.Messages)-1].Content
			if seen[last] {
				t.Errorf("%s #%d: last message sent before", tc.name, n)
			}
			seen[last] = true
			if tc.name == "prompt_2k" {
				if spans := set.Find(last); len(spans) > 0 {
					t.Errorf("prompt_2k #%d: found %v in a prompt without personal data", n, spans)
				}
			}
			if tc.name == "pii_2k" {
				var types []string
				for _, sp := range set.Find(last) {
					types = append(types, sp.Type)
				}
				slices.Sort(types)
				if want := []string{"CREDIT_CARD", "EMAIL_ADDRESS", "IBAN_CODE", "IP_ADDRESS", "PHONE_NUMBER"}; !slices.Equal(types, want) {
					t.Errorf("pii_2k #%d: found %v, want %v in %.300q", n, types, want, last)
				}
			}
			if tc.name == "conv_32k" {
				turns := map[string]bool{}
				for _, m := range v.Messages {
					if turns[m.Content] {
						t.Errorf("conv_32k #%d: a turn repeats inside the body", n)
					}
					turns[m.Content] = true
				}
				next := conversationBodyFor(false, n+conversations)
				cut := strings.LastIndex(tc.body, `{"role":"user"`)
				if next[:cut] != tc.body[:cut] || next == tc.body {
					t.Errorf("conv_32k #%d and #%d: want the same history and another last turn", n, n+conversations)
				}
			}
		}
	}
}
