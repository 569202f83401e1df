package redact

import (
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkFindSets runs FindCorpus/all's engine over the texts of the
// labelled sets (testdata/marketing-*.jsonl): prompts of several lines and
// ~1-2 KB, where per-line passes (lower24_lines.go) cost more than on the
// corpus's one-line prompts. Under cachegrind, instructions per Find are
// (a run of 3x - a run of 1x) / (2 × the "texts" it reports). The set
// kept unread as this round's check (dev24b) is left out.
func BenchmarkFindSets(b *testing.B) {
	files, _ := filepath.Glob("testdata/marketing-*.jsonl")
	var texts []string
	for _, fn := range files {
		if strings.Contains(fn, "dev24b") {
			continue
		}
		for _, r := range loadEvalFile(b, fn) {
			texts = append(texts, r.Text)
		}
	}
	if len(texts) == 0 {
		b.Skip("no labelled sets")
	}
	e, err := NewEngine(Options{})
	if err != nil {
		b.Fatal(err)
	}
	benchLines(b, texts, e.Find)
	b.ReportMetric(float64(len(texts)), "texts")
}
