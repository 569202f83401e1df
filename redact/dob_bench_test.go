package redact

import "testing"

// BenchmarkScanOnlyCorpus runs the date-of-birth, national-id and address
// detectors over the corpus with the digit runs and their kinds computed
// beforehand, so it measures each
// detector's own cost per pass. Each prompt is read once
// before the detector runs, as the digit-run scan would have (so that the
// text is in cache); "none" measures that read alone.
func BenchmarkScanOnlyCorpus(b *testing.B) {
	lines := benchCorpus(b)
	scans := make([]textScan, len(lines))
	for i, l := range lines {
		scans[i].reset(l, true)
	}
	var sink uint64
	touch := func(s string) {
		for i := 0; i < len(s); i += 32 { // a byte of every cache line
			sink += uint64(s[i])
		}
	}
	b.Run("none", func(b *testing.B) {
		i := 0
		benchLines(b, lines, func(s string) []Span {
			touch(s)
			if i++; i == len(scans) {
				i = 0
			}
			return nil
		})
	})
	for _, id := range []string{"builtin.date_of_birth", "builtin.national_id", "builtin.address"} {
		sd := builtins[id].(scanDetector)
		b.Run(id, func(b *testing.B) {
			var buf []Span
			i := 0
			benchLines(b, lines, func(s string) []Span {
				touch(s)
				buf = sd.detectScan(&scans[i], buf[:0])
				if i++; i == len(scans) {
					i = 0
				}
				return buf
			})
		})
	}
	_ = sink
}
