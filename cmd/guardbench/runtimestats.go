package main

import (
	"fmt"
	"runtime/metrics"
	"syscall"
	"time"
)

// procStats are the process's counters that say what kind of CPU a side
// costs beyond its total (cpu/req): user against system time, the garbage
// collector's share as the runtime estimates it, GC cycles, goroutines
// started and context switches. Like cpu/req they count the whole process
// (client, provider and Caddy), so only a difference between the sides
// means something.
type procStats struct {
	user, sys  time.Duration
	gcMark     float64 // seconds: the mark workers (dedicated, fractional) and assists
	gcIdle     float64 // seconds: mark workers on Ps that had nothing else to run
	gcPause    float64 // seconds: stop-the-world pauses times GOMAXPROCS (wall time, an estimate)
	gcCycles   uint64
	goroutines uint64 // created
	nvcsw      int64  // voluntary context switches (a thread blocked)
	nivcsw     int64  // involuntary ones (a thread was preempted)
}

var procMetrics = []metrics.Sample{
	{Name: "/gc/cycles/total:gc-cycles"},
	{Name: "/sched/goroutines-created:goroutines"},
	{Name: "/cpu/classes/gc/mark/assist:cpu-seconds"},
	{Name: "/cpu/classes/gc/mark/dedicated:cpu-seconds"},
	{Name: "/cpu/classes/gc/mark/idle:cpu-seconds"},
	{Name: "/cpu/classes/gc/pause:cpu-seconds"},
}

// readProcStats returns the counters so far.
func readProcStats() procStats {
	var s procStats
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		s.user, s.sys = time.Duration(ru.Utime.Nano()), time.Duration(ru.Stime.Nano())
		s.nvcsw, s.nivcsw = ru.Nvcsw, ru.Nivcsw
	}
	ms := make([]metrics.Sample, len(procMetrics))
	copy(ms, procMetrics)
	metrics.Read(ms)
	u := func(i int) uint64 {
		if ms[i].Value.Kind() == metrics.KindUint64 {
			return ms[i].Value.Uint64()
		}
		return 0
	}
	f := func(i int) float64 {
		if ms[i].Value.Kind() == metrics.KindFloat64 {
			return ms[i].Value.Float64()
		}
		return 0
	}
	s.gcCycles, s.goroutines = u(0), u(1)
	s.gcMark, s.gcIdle, s.gcPause = f(2)+f(3), f(4), f(5)
	return s
}

// sub returns s − o.
func (s procStats) sub(o procStats) procStats {
	return procStats{
		user: s.user - o.user, sys: s.sys - o.sys,
		gcMark: s.gcMark - o.gcMark, gcIdle: s.gcIdle - o.gcIdle, gcPause: s.gcPause - o.gcPause,
		gcCycles: s.gcCycles - o.gcCycles, goroutines: s.goroutines - o.goroutines,
		nvcsw: s.nvcsw - o.nvcsw, nivcsw: s.nivcsw - o.nivcsw,
	}
}

// add returns s + o.
func (s procStats) add(o procStats) procStats {
	return procStats{
		user: s.user + o.user, sys: s.sys + o.sys,
		gcMark: s.gcMark + o.gcMark, gcIdle: s.gcIdle + o.gcIdle, gcPause: s.gcPause + o.gcPause,
		gcCycles: s.gcCycles + o.gcCycles, goroutines: s.goroutines + o.goroutines,
		nvcsw: s.nvcsw + o.nvcsw, nivcsw: s.nivcsw + o.nivcsw,
	}
}

// perRequest formats s per request of n: the line printed under each
// side's row. The GC's figures are the runtime's estimates
// (runtime/metrics /cpu/classes/gc/…): mark is the dedicated and
// fractional workers and the assists; idle the workers on Ps that had
// nothing else to run; pause is the stop-the-world phases' wall time
// times GOMAXPROCS, which on a loaded host, where stopping every thread
// takes long, is far above their CPU. The write barriers and the
// allocator are in user time, not here.
func (s procStats) perRequest(n int) string {
	if n == 0 {
		return ""
	}
	f := float64(n)
	return fmt.Sprintf("  per request: user %.1fµs sys %.1fµs; GC mark %.1fµs idle %.1fµs pause %.1fµs, cycles per 1,000 requests %.2f; goroutines started %.2f; context switches %.2f voluntary %.3f involuntary",
		float64(s.user.Microseconds())/f, float64(s.sys.Microseconds())/f, s.gcMark*1e6/f, s.gcIdle*1e6/f, s.gcPause*1e6/f,
		float64(s.gcCycles)*1000/f, float64(s.goroutines)/f, float64(s.nvcsw)/f, float64(s.nivcsw)/f)
}
