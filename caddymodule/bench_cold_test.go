package caddymodule

import (
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"
)

// BenchmarkHandlerCold runs the PII prompt's exchange as BenchmarkHandler
// does, but with the caches of the core made cold before each exchange, as
// they are in a proxy whose requests interleave with other work (the
// client, the provider, other processes of a shared host): before each
// exchange it writes a buffer of the given size, a line at a time, then
// times the exchange alone (ns/op counts the eviction too). It reports the median exchange (med-ns/op:
// robust against the exchanges another process interrupts), next to the
// same figure for the test's own exchange without the guardrail
// (baseline), whose code the eviction makes cold too. warm (no eviction)
// is BenchmarkHandler's case; 4MB evicts the core's L2 (1–2 MB on the
// development host) and leaves the shared L3; 64MB evicts that as well.
//
//	go test -run X -bench HandlerCold -benchtime 2000x ./caddymodule/
//
// See docs/performance.md, "Session 22".
func BenchmarkHandlerCold(b *testing.B) {
	g := newTestGuardrail(b, &Guardrail{FindCache: &FindCacheConfig{Off: true}})
	body := benchPromptBody(true, false)
	guarded := func() { serveOnce(b, g, body, nil) }
	baseline := func() {
		req := httptest.NewRequest(http.MethodPost, "/v1/chat/completions", strings.NewReader(body))
		if err := benchNext(httptest.NewRecorder(), req); err != nil {
			b.Fatal(err)
		}
	}
	for _, size := range []struct {
		name  string
		bytes int
	}{{"warm", 0}, {"4MB", 4 << 20}, {"64MB", 64 << 20}} {
		for _, side := range []struct {
			name string
			run  func()
		}{{"baseline", baseline}, {"guardrail", guarded}} {
			b.Run(size.name+"/"+side.name, func(b *testing.B) {
				// Made here, not for every size, so that a run of one case
				// does not clear the others' buffers (cachegrind counts it).
				evict := make([]byte, size.bytes)
				side.run()
				times := make([]time.Duration, 0, b.N)
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					// Not b.StopTimer: its runtime.ReadMemStats stops the
					// world and would be part of every exchange's cost.
					for j := 0; j < len(evict); j += 64 {
						evict[j]++
					}
					t0 := time.Now()
					side.run()
					times = append(times, time.Since(t0))
				}
				slices.Sort(times)
				b.ReportMetric(float64(times[len(times)/2].Nanoseconds()), "med-ns/op")
				b.ReportMetric(float64(times[len(times)/10].Nanoseconds()), "p10-ns/op")
			})
		}
	}
}
