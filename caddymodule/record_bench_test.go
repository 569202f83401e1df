package caddymodule

import (
	"net/http"
	"runtime"
	"syscall"
	"testing"
	"time"
)

// BenchmarkHandlerCPU runs the exchanges of BenchmarkHandler and reports,
// besides wall-clock ns/op, cpu-ns/op: the CPU time of the whole process
// per exchange (Linux RUSAGE_SELF), garbage collection included. On a busy
// shared machine that figure moves much less than ns/op.
func BenchmarkHandlerCPU(b *testing.B) {
	g := newTestGuardrail(b, nil)
	personalize := http.Header{"X-Consent": {"personalization"}}
	cases := []struct {
		name   string
		body   string
		header http.Header
	}{
		{"prompt_2KB_no_pii", benchPromptBody(false, false), nil},
		{"prompt_2KB_5_pii", benchPromptBody(true, false), nil},
		{"prompt_2KB_5_pii_restore", benchPromptBody(true, false), personalize},
		{"prompt_2KB_5_pii_stream", benchPromptBody(true, true), personalize},
		{"conversation_32KB", benchConversationBody(false), nil},
		{"conversation_32KB_stream", benchConversationBody(true), personalize},
	}
	for _, tc := range cases {
		b.Run(tc.name, func(b *testing.B) {
			serveOnce(b, g, tc.body, tc.header)
			runtime.GC()
			b.ReportAllocs()
			b.SetBytes(int64(len(tc.body)))
			b.ResetTimer()
			cpu0, n := processCPU(), 0
			for b.Loop() {
				serveOnce(b, g, tc.body, tc.header)
				n++
			}
			if cpu := processCPU() - cpu0; cpu > 0 {
				b.ReportMetric(float64(cpu.Nanoseconds())/float64(n), "cpu-ns/op")
			}
		})
	}
}

// processCPU returns the user+system CPU time of the process, or 0 where
// that is not available.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
