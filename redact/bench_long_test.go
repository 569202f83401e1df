package redact

import (
	"strings"
	"testing"
)

// BenchmarkFindLongPrompt: one Find over a long prompt (the 70 prompts of
// marketing-dev23b 16 and 64 times over, 0.6 and 2.4 MB, ~11,000 and
// ~43,000 spans). Its MB/s should not fall with the length: session 23
// found two passes that checked each candidate against every span so far
// (learnedRuleTag, dropInsidePremises): 2.4 MB took 2.2 s, then 0.6 s;
// what is left superlinear (0.6 MB at 7.5 MB/s, 2.4 MB at 4.1) is for
// later sessions.
func BenchmarkFindLongPrompt(b *testing.B) {
	recs := loadEvalFile(b, "testdata/marketing-dev23b.jsonl")
	var sb strings.Builder
	for _, r := range recs {
		sb.WriteString(r.Text)
		sb.WriteString("\n\n")
	}
	e, err := NewEngine(Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{16, 64} {
		text := strings.Repeat(sb.String(), n)
		b.Run(map[int]string{16: "0.6MB", 64: "2.4MB"}[n], func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				e.Find(text)
			}
		})
	}
}
