package rules

import (
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// marketingAnswer builds a ~64 KB answer of ordinary marketing copy with
// a manipulative sentence now and then.
func marketingAnswer(size int) string {
	var b strings.Builder
	extra := []string{"Hurry, only 3 left in stock!", "12 people are viewing this right now.", "No thanks, I'd rather pay full price."}
	for i := 0; b.Len() < size; i++ {
		b.WriteString(benignCopy[i%len(benignCopy)])
		b.WriteByte(' ')
		if i%10 == 9 {
			b.WriteString(extra[(i/10)%len(extra)])
			b.WriteString("\n\n")
		}
	}
	return b.String()[:size]
}

func BenchmarkScan64K(b *testing.B) { benchmarkScan(b, marketingAnswer(64<<10)) }

// BenchmarkScan1K screens a ~1 KB answer, the size of most production
// answers, so that the cost per call (pool, reset, flush) shows.
func BenchmarkScan1K(b *testing.B) { benchmarkScan(b, marketingAnswer(1<<10)) }

// BenchmarkScanShort screens a one-sentence answer of 102 bytes.
func BenchmarkScanShort(b *testing.B) {
	benchmarkScan(b, "Here is your spring campaign draft: fresh trails, recycled fabric and a repair guarantee for two years.")
}

// BenchmarkScan10K screens a ~10 KB answer.
func BenchmarkScan10K(b *testing.B) { benchmarkScan(b, marketingAnswer(10<<10)) }

// BenchmarkScanHarness screens cmd/guardbench's whole answer (93 bytes),
// the one instructions.sh's pii_2k requests get.
func BenchmarkScanHarness(b *testing.B) {
	benchmarkScan(b, "Fresh trails ahead: our recycled jackets keep you dry, with a repair guarantee for two years.")
}

func benchmarkScan(b *testing.B, text string) {
	s := DefaultScreener()
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	cpu0 := threadCPU()
	n := 0
	for b.Loop() {
		s.Scan(text)
		n++
	}
	if cpu := threadCPU() - cpu0; cpu > 0 {
		b.ReportMetric(float64(len(text))*float64(n)/1e6/cpu.Seconds(), "cpu-MB/s")
	}
}

// threadCPU returns the user+system CPU time of the calling OS thread
// (Linux RUSAGE_THREAD), or 0 where that is not available: throughput per
// CPU second stays meaningful on a busy shared machine.
func threadCPU() time.Duration {
	const rusageThread = 1
	var ru syscall.Rusage
	if runtime.GOOS != "linux" || syscall.Getrusage(rusageThread, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkStreamEvent writes a 64 KB answer in 10–20 byte pieces, as a
// streamed model answer arrives; one op is one Write plus Holdback.
func BenchmarkStreamEvent(b *testing.B) {
	s := DefaultScreener()
	text := marketingAnswer(64 << 10)
	var pieces []string
	for i, n := 0, 0; i < len(text); i += n {
		n = 10 + (i*7)%11
		pieces = append(pieces, text[i:min(i+n, len(text))])
	}
	st := s.NewStream()
	b.ReportAllocs()
	b.SetBytes(int64(len(text) / len(pieces)))
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	cpu0 := threadCPU()
	k, n, written := 0, 0, 0
	for b.Loop() {
		if k == len(pieces) {
			st.Close()
			st = s.NewStream()
			k = 0
		}
		st.Write(pieces[k])
		_ = st.Holdback()
		written += len(pieces[k])
		k++
		n++
	}
	if cpu := threadCPU() - cpu0; cpu > 0 && n > 0 {
		b.ReportMetric(float64(written)/1e6/cpu.Seconds(), "cpu-MB/s")
	}
}

// BenchmarkNewScreenerDefaults compiles the default rules (uncached) and,
// as "cached", looks them up again as a second handler or a reload does.
func BenchmarkNewScreenerDefaults(b *testing.B) {
	rs := DefaultScreenRules()
	b.Run("compile", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := newScreener(rs); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("cached", func(b *testing.B) {
		// The cache keeps a screener only while it is in use: hold it.
		held, err := NewScreener(rs)
		if err != nil {
			b.Fatal(err)
		}
		defer runtime.KeepAlive(held)
		b.ReportAllocs()
		for b.Loop() {
			if _, err := NewScreener(rs); err != nil {
				b.Fatal(err)
			}
		}
	})
}
