package redact

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// evalDir is the shared eval folder, relative to the package directory.
var evalDir = filepath.Join("..", "..", "shared", "eval")

// evalSpan is one gold span of the PII eval set (byte offsets).
type evalSpan struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Type     string `json:"type"`
	Optional bool   `json:"optional"`
}

// evalRecord is one record of pii-public.jsonl (see README-pii.md).
type evalRecord struct {
	ID       string          `json:"id"`
	Text     string          `json:"text"`
	Spans    []evalSpan      `json:"spans"`
	RawScope json.RawMessage `json:"scope"`
	Kind     string          `json:"kind"`
	Source   json.RawMessage `json:"source"`

	scopeAll bool
	scope    []string
}

// inScope reports whether the record's labels are complete for typ.
func (r *evalRecord) inScope(typ string) bool {
	return r.scopeAll || slices.Contains(r.scope, typ)
}

// loadPIIEval reads pii-public.jsonl from the shared eval folder; it skips
// the test when the file is missing.
func loadPIIEval(tb testing.TB) []evalRecord {
	tb.Helper()
	return loadEvalFile(tb, filepath.Join(evalDir, "pii-public.jsonl"))
}

// loadEvalFile reads a JSONL file of eval records (pii-public format or the
// labels written by gen-pii-corpus.py).
func loadEvalFile(tb testing.TB, path string) []evalRecord {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Skipf("eval set not available: %v", err)
	}
	defer f.Close()
	var recs []evalRecord
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for line := 1; sc.Scan(); line++ {
		var r evalRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			tb.Fatalf("%s:%d: %v", path, line, err)
		}
		var all string
		if json.Unmarshal(r.RawScope, &all) == nil {
			r.scopeAll = all == "all"
		} else if err := json.Unmarshal(r.RawScope, &r.scope); err != nil {
			tb.Fatalf("%s:%d: scope: %v", path, line, err)
		}
		for _, s := range r.Spans {
			if s.Start < 0 || s.End > len(r.Text) || s.Start >= s.End {
				tb.Fatalf("%s:%d: bad span offsets %d-%d", path, line, s.Start, s.End)
			}
		}
		recs = append(recs, r)
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("reading %s: %v", path, err)
	}
	return recs
}

// piiTypeScore counts the outcome for one entity type.
type piiTypeScore struct {
	Gold        int // required gold spans in scope
	Found       int // gold spans overlapped by a prediction of the same type
	FullyMasked int // gold spans with every byte covered by some prediction
	TP, FP      int // predictions of the type that hit / miss a gold span of the type
}

// Precision is TP/(TP+FP), or 1 when nothing was predicted.
func (s piiTypeScore) Precision() float64 {
	if s.TP+s.FP == 0 {
		return 1
	}
	return float64(s.TP) / float64(s.TP+s.FP)
}

// Recall is the share of gold spans found with the right type.
func (s piiTypeScore) Recall() float64 {
	if s.Gold == 0 {
		return 1
	}
	return float64(s.Found) / float64(s.Gold)
}

// MaskedRecall is the share of gold spans left with no unredacted byte.
func (s piiTypeScore) MaskedRecall() float64 {
	if s.Gold == 0 {
		return 1
	}
	return float64(s.FullyMasked) / float64(s.Gold)
}

func overlaps(a, b, c, d int) bool { return a < d && c < b }

// scorePIIEval runs find over every record and scores each of types, only
// over records whose scope contains the type. Optional gold spans are
// neutral: never a miss, and a prediction overlapping one is not counted.
func scorePIIEval(recs []evalRecord, types []string, find func(string) []Span) map[string]*piiTypeScore {
	out := map[string]*piiTypeScore{}
	for _, t := range types {
		out[t] = &piiTypeScore{}
	}
	for i := range recs {
		r := &recs[i]
		pred := find(r.Text)
		for _, t := range types {
			if !r.inScope(t) {
				continue
			}
			sc := out[t]
			for _, g := range r.Spans {
				if g.Type != t || g.Optional {
					continue
				}
				sc.Gold++
				if slices.ContainsFunc(pred, func(p Span) bool { return p.Type == t && overlaps(p.Start, p.End, g.Start, g.End) }) {
					sc.Found++
				}
				if covered(pred, g.Start, g.End) {
					sc.FullyMasked++
				}
			}
			for _, p := range pred {
				if p.Type != t {
					continue
				}
				hit, neutral := false, false
				for _, g := range r.Spans {
					if !overlaps(p.Start, p.End, g.Start, g.End) {
						continue
					}
					if g.Optional {
						neutral = true
					} else if g.Type == t {
						hit = true
					}
				}
				switch {
				case hit:
					sc.TP++
				case !neutral:
					sc.FP++
				}
			}
		}
	}
	return out
}

// covered reports whether spans (sorted, non-overlapping) cover every byte
// of [start, end).
func covered(spans []Span, start, end int) bool {
	pos := start
	for _, s := range spans {
		if s.End <= pos {
			continue
		}
		if s.Start > pos {
			return false
		}
		pos = s.End
		if pos >= end {
			return true
		}
	}
	return pos >= end
}

// formatPIIScores renders a per-type table.
func formatPIIScores(scores map[string]*piiTypeScore, types []string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-14s %5s %5s %4s %9s %7s %7s\n", "type", "gold", "found", "fp", "precision", "recall", "masked")
	for _, t := range types {
		s := scores[t]
		fmt.Fprintf(&b, "%-14s %5d %5d %4d %9.3f %7.3f %7.3f\n", t, s.Gold, s.Found, s.FP, s.Precision(), s.Recall(), s.MaskedRecall())
	}
	return b.String()
}

// missedExamples lists up to n gold spans of typ that find missed, and
// predictions of typ that were false positives, for debugging.
func missedExamples(recs []evalRecord, typ string, find func(string) []Span, n int) []string {
	var out []string
	for i := range recs {
		r := &recs[i]
		if !r.inScope(typ) {
			continue
		}
		pred := find(r.Text)
		for _, g := range r.Spans {
			if g.Type == typ && !g.Optional && !slices.ContainsFunc(pred, func(p Span) bool { return p.Type == typ && overlaps(p.Start, p.End, g.Start, g.End) }) {
				out = append(out, fmt.Sprintf("MISS %s %q in %q", r.ID, r.Text[g.Start:g.End], trimTo(r.Text, 120)))
			}
		}
		for _, p := range pred {
			if p.Type != typ {
				continue
			}
			if !slices.ContainsFunc(r.Spans, func(g evalSpan) bool { return overlaps(p.Start, p.End, g.Start, g.End) }) {
				out = append(out, fmt.Sprintf("FP   %s %q (%s) in %q", r.ID, r.Text[p.Start:p.End], p.Reason, trimTo(r.Text, 120)))
			}
		}
		if len(out) >= n {
			break
		}
	}
	return out
}

func trimTo(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// partialMasks lists gold spans of typ that predictions overlap but do not
// fully cover, for debugging boundary errors.
func partialMasks(recs []evalRecord, typ string, find func(string) []Span, n int) []string {
	var out []string
	for i := range recs {
		r := &recs[i]
		if !r.inScope(typ) {
			continue
		}
		pred := find(r.Text)
		for _, g := range r.Spans {
			if g.Type != typ || g.Optional || covered(pred, g.Start, g.End) {
				continue
			}
			for _, p := range pred {
				if overlaps(p.Start, p.End, g.Start, g.End) {
					out = append(out, fmt.Sprintf("PART %s gold %q got %q", r.ID, r.Text[g.Start:g.End], r.Text[p.Start:p.End]))
					break
				}
			}
		}
		if len(out) >= n {
			break
		}
	}
	return out
}
