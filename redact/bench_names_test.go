package redact

import "testing"

// BenchmarkNameDetectorsCorpus runs each name/address/id detector alone over
// the 5 MB corpus, one call per prompt, through the engine's shared scan
// where the detector uses it (as Engine.Find does), and all of them together.
func BenchmarkNameDetectorsCorpus(b *testing.B) {
	lines := benchCorpus(b)
	var sc textScan
	run := func(ds []Detector) func(string) []Span {
		var buf []Span
		return func(s string) []Span {
			sc.reset(s, true)
			buf = buf[:0]
			for _, d := range ds {
				if sd, ok := d.(scanDetector); ok {
					buf = sd.detectScan(&sc, buf)
					continue
				}
				buf = d.Detect(s, buf)
			}
			return buf
		}
	}
	var all []Detector
	for _, id := range nameDetectorIDs {
		d, ok := builtins[id]
		if !ok {
			b.Fatalf("detector %s not registered", id)
		}
		all = append(all, d)
		b.Run(id, func(b *testing.B) { benchLines(b, lines, run([]Detector{d})) })
	}
	b.Run("all", func(b *testing.B) { benchLines(b, lines, run(all)) })
}
