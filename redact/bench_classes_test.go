package redact

import (
	"strings"
	"testing"
)

// BenchmarkFindClasses runs FindCorpus/all's engine over classes of the
// corpus's prompts, to tell which kind of prompt the per-Find cost comes
// from (under cachegrind: instructions and I1 misses per class, divided
// by the class's line count, which each sub-benchmark reports as
// "lines"). The classes: no ASCII digit, and one or more; and, of the
// latter, those with a date-like group ("2025", "9,") and none of '@',
// '+' or ':' (the date-of-birth and address detectors' main diet).
func BenchmarkFindClasses(b *testing.B) {
	lines := benchCorpus(b)
	hasDigit := func(s string) bool { return strings.ContainsAny(s, "0123456789") }
	classes := []struct {
		name string
		keep func(string) bool
	}{
		{"nodigit", func(s string) bool { return !hasDigit(s) }},
		{"digit", hasDigit},
		{"digit-plain", func(s string) bool { return hasDigit(s) && !strings.ContainsAny(s, "@+:") }},
	}
	e, err := NewEngine(Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range classes {
		var sub []string
		for _, l := range lines {
			if c.keep(l) {
				sub = append(sub, l)
			}
		}
		b.Run(c.name, func(b *testing.B) {
			benchLines(b, sub, e.Find)
			b.ReportMetric(float64(len(sub)), "lines")
		})
	}
}
