package redact

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

// TestLearnedDump writes the learned model's candidate words and their
// feature buckets for the records of a dump of the labelled sets (one
// JSON object a line: set, id, text, gold, person_scope, the rules'
// spans and the PERSON candidates the rules dropped ("demoted", [start,
// end] pairs; none when the record has no such key), as
// data/gen/ml18/README.md makes it), for the trainer
// (data/gen/ml18/ml18.py). It runs only when LEARNED_IN and LEARNED_OUT
// are set.
func TestLearnedDump(t *testing.T) {
	in, out := os.Getenv("LEARNED_IN"), os.Getenv("LEARNED_OUT")
	if in == "" || out == "" {
		t.Skip("LEARNED_IN and LEARNED_OUT not set")
	}
	f, err := os.Open(in)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	enc := json.NewEncoder(w)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var rec map[string]any
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		text, _ := rec["text"].(string)
		var rules []Span
		var dem []demotedRange
		if _, ok := rec["rules"]; !ok {
			// no rules' spans in the record (the parity texts): the
			// engine's, without the learned model
			rules, dem = findDemoted(learnedRulesEngine(t), text)
			rec["rules"] = rules
			rec["demoted"] = demotedPairs(dem)
		} else {
			if rs, ok := rec["rules"].([]any); ok {
				for _, x := range rs {
					m := x.(map[string]any)
					rules = append(rules, Span{Start: int(m["Start"].(float64)), End: int(m["End"].(float64)), Type: m["Type"].(string)})
				}
			}
			if ds, ok := rec["demoted"].([]any); ok {
				for _, x := range ds {
					p := x.([]any)
					dem = append(dem, demotedRange{int(p[0].(float64)), int(p[1].(float64))})
				}
				dem = sortDemoted(dem)
			}
		}
		rec["cands"] = learnedCandidates(text, rules, dem, 1<<24-1)
		delete(rec, "text")
		if err := enc.Encode(rec); err != nil {
			t.Fatal(err)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

// learnedCand is a candidate word as the trainer reads it.
type learnedCand struct {
	Start int      `json:"s"`
	End   int      `json:"e"`
	Joins bool     `json:"j"`
	Rule  bool     `json:"r,omitempty"` // under a rule span: for training only
	IDs   []uint32 `json:"f"`
	// the guards (learnedGuardOf) that drop the word as a run of its own
	// (g1) and a longer run it starts (gl), for the trainer's folds
	Guard1 int `json:"g1,omitempty"`
	GuardL int `json:"gl,omitempty"`
}

// learnedCandidates returns the candidate words of text, given the rules'
// spans (sorted, disjoint) and the names they dropped (sorted, merged),
// with their feature buckets under mask (the trainer keeps the low bits it
// uses: 24 bits serve any table size).
func learnedCandidates(text string, rules []Span, dem []demotedRange, mask uint32) []learnedCand {
	var sc textScan
	sc.reset(text, false)
	it := newLearnedIter(&sc, rules, dem, mask)
	it.walk.withCovered = true
	var out []learnedCand
	for it.next() {
		s, e := it.tok.start, it.tok.end
		out = append(out, learnedCand{s, e, it.joins, it.covered, append([]uint32(nil), it.feats.ids[:it.feats.n]...),
			learnedGuardOf(text, s, e, true), learnedGuardOf(text, s, e, false)})
	}
	return out
}

// learnedRulesEngine returns an engine without the learned model.
func learnedRulesEngine(t *testing.T) *Engine {
	e, err := NewEngine(Options{LearnedPerson: 1})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// demotedPairs returns dem as [start, end] pairs, for JSON.
func demotedPairs(dem []demotedRange) [][2]int {
	out := make([][2]int, 0, len(dem))
	for _, d := range dem {
		out = append(out, [2]int{d.start, d.end})
	}
	return out
}

// findDemoted returns e.Find(text) and the PERSON candidates the rules
// dropped for their score, sorted and merged (learned_demoted.go), for
// the trainer's dump and tests; e must serve no other goroutine meanwhile.
func findDemoted(e *Engine, text string) ([]Span, []demotedRange) {
	var dem []demotedRange
	e.demotedSink = func(d []demotedRange) { dem = append(dem, d...) }
	out := e.Find(text)
	e.demotedSink = nil
	return out, dem
}
