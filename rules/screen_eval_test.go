package rules

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"
)

// evalDir holds the labelled screening sets (see README-screening.md there).
var evalDir = filepath.Join("..", "..", "shared", "eval")

type evalRecord struct {
	Text      string `json:"text"`
	Label     string `json:"label"`
	Category  string `json:"category"`
	Source    string `json:"source"`
	Deceptive string `json:"deceptive"`
}

func loadEval(t *testing.T, name string) []evalRecord {
	t.Helper()
	f, err := os.Open(filepath.Join(evalDir, name))
	if err != nil {
		t.Skipf("eval set not available: %v", err)
	}
	defer f.Close()
	var out []evalRecord
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var r evalRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

type prf struct{ tp, fp, fn int }

func (c prf) precision() float64 { return ratio(c.tp, c.tp+c.fp) }
func (c prf) recall() float64    { return ratio(c.tp, c.tp+c.fn) }
func (c prf) f1() float64 {
	p, r := c.precision(), c.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func kindOf(code string) string {
	c, ok := CategoryByCode(code)
	if !ok {
		return ""
	}
	return c.Kind
}

// flaggedKind reports whether any finding has a category of the given kind.
func flaggedKind(fs []Finding, kind string) bool {
	return slices.ContainsFunc(fs, func(f Finding) bool { return kindOf(f.Category) == kind })
}

// TestEvalManipulation measures the manipulation rules on the public set:
// binary (flagged vs not) precision, recall and F1, per category recall and
// precision (a finding's category against the label), the share of benign
// lines flagged, and the same on Mathur's deceptive == "Yes" subset.
func TestEvalManipulation(t *testing.T) {
	recs := loadEval(t, "manipulation-public.jsonl")
	s := DefaultScreener()
	var bin, dec prf
	benign, benignFlagged := 0, 0
	perCat := map[string]*prf{}
	get := func(c string) *prf {
		if perCat[c] == nil {
			perCat[c] = &prf{}
		}
		return perCat[c]
	}
	for _, r := range recs {
		fs := s.Scan(r.Text)
		flagged := flaggedKind(fs, "manipulation")
		positive := r.Label == "manipulative"
		cats := map[string]bool{}
		for _, f := range fs {
			if kindOf(f.Category) == "manipulation" {
				cats[f.Category] = true
			}
		}
		switch {
		case positive && flagged:
			bin.tp++
		case positive:
			bin.fn++
		case flagged:
			bin.fp++
		}
		if r.Deceptive == "Yes" {
			if flagged {
				dec.tp++
			} else {
				dec.fn++
			}
		}
		if !positive {
			benign++
			if flagged {
				benignFlagged++
			}
		}
		if positive {
			if cats[r.Category] {
				get(r.Category).tp++
			} else {
				get(r.Category).fn++
			}
		}
		for c := range cats {
			if !positive || c != r.Category {
				get(c).fp++
			}
		}
	}
	fpr := ratio(benignFlagged, benign)
	t.Logf("manipulation-public: %d lines; binary P=%.3f R=%.3f F1=%.3f; benign flagged %d/%d = %.1f%%; deceptive==Yes recall %.3f (%d lines)",
		len(recs), bin.precision(), bin.recall(), bin.f1(), benignFlagged, benign, 100*fpr, dec.recall(), dec.tp+dec.fn)
	names := make([]string, 0, len(perCat))
	for c := range perCat {
		names = append(names, c)
	}
	sort.Strings(names)
	for _, c := range names {
		p := perCat[c]
		t.Logf("  %-26s P=%.3f R=%.3f F1=%.3f (tp %d, fp %d, fn %d)", c, p.precision(), p.recall(), p.f1(), p.tp, p.fp, p.fn)
	}
	// The same lines inside paragraphs of ordinary copy, screened as a
	// stream in 10–20 byte pieces: the line must be flagged exactly when it
	// is flagged alone, and the surrounding copy must add nothing.
	changed := 0
	for i, r := range recs {
		pre, post := benignCopy[i%len(benignCopy)], benignCopy[(i+7)%len(benignCopy)]
		para := pre + " " + r.Text + "\n" + post
		st := s.NewStream()
		var fs []Finding
		for k := 0; k < len(para); k += 10 + k%11 {
			fs = append(fs, st.Write(para[k:min(k+10+k%11, len(para))])...)
		}
		fs = append(fs, st.Close()...)
		alone := flaggedKind(s.Scan(r.Text), "manipulation")
		if flaggedKind(fs, "manipulation") != alone {
			changed++
		}
	}
	t.Logf("embedded in paragraphs and streamed: %d of %d lines change their outcome", changed, len(recs))
	if changed > len(recs)/100 {
		t.Errorf("%d lines change outcome inside paragraphs", changed)
	}
	if got, floor := bin.f1(), evalFloors.manipF1; got < floor {
		t.Errorf("manipulation F1 %.3f below floor %.3f", got, floor)
	}
	if fpr > evalFloors.manipBenignMax {
		t.Errorf("%.1f%% of benign lines flagged, above %.1f%%", 100*fpr, 100*evalFloors.manipBenignMax)
	}
}

// TestEvalBias measures the bias rules: recall on bias-public per category,
// and false positives on the benign lines of manipulation-public (bias-public
// has only 3 negatives; see the README's caveats).
func TestEvalBias(t *testing.T) {
	recs := loadEval(t, "bias-public.jsonl")
	s := DefaultScreener()
	perCat := map[string]*prf{}
	var all prf
	bySource := map[string]*prf{}
	for _, r := range recs {
		if r.Label != "biased" {
			continue
		}
		fs := s.Scan(r.Text)
		flagged := flaggedKind(fs, "bias")
		if perCat[r.Category] == nil {
			perCat[r.Category] = &prf{}
		}
		if bySource[r.Source] == nil {
			bySource[r.Source] = &prf{}
		}
		for _, c := range []*prf{perCat[r.Category], &all, bySource[r.Source]} {
			if flagged {
				c.tp++
			} else {
				c.fn++
			}
		}
	}
	benign, fp := 0, 0
	for _, r := range loadEval(t, "manipulation-public.jsonl") {
		if r.Label != "benign" {
			continue
		}
		benign++
		if flaggedKind(s.Scan(r.Text), "bias") {
			fp++
		}
	}
	fpr := ratio(fp, benign)
	t.Logf("bias-public: recall %.3f (%d/%d); benign lines of manipulation-public flagged as bias: %d/%d = %.1f%%",
		all.recall(), all.tp, all.tp+all.fn, fp, benign, 100*fpr)
	for _, src := range []string{"crows-pairs", "retext-equality-tests"} {
		if c := bySource[src]; c != nil {
			t.Logf("  source %-22s recall %.3f (%d/%d)", src, c.recall(), c.tp, c.tp+c.fn)
		}
	}
	names := make([]string, 0, len(perCat))
	for c := range perCat {
		names = append(names, c)
	}
	sort.Strings(names)
	for _, c := range names {
		p := perCat[c]
		t.Logf("  %-15s recall %.3f (%d/%d)", c, p.recall(), p.tp, p.tp+p.fn)
	}
	for src, floor := range map[string]float64{"crows-pairs": evalFloors.biasRecallCrows, "retext-equality-tests": evalFloors.biasRecallRetext} {
		if c := bySource[src]; c != nil && c.recall() < floor {
			t.Errorf("bias recall on %s %.3f below floor %.3f", src, c.recall(), floor)
		}
	}
	if all.recall() < evalFloors.biasRecall {
		t.Errorf("bias recall %.3f below floor %.3f", all.recall(), evalFloors.biasRecall)
	}
	if fpr > evalFloors.biasBenignMax {
		t.Errorf("%.1f%% of benign lines flagged as bias, above %.1f%%", 100*fpr, 100*evalFloors.biasBenignMax)
	}
}

// evalFloors sit just under the measured figures, so a regression fails.
var evalFloors = struct {
	manipF1, manipBenignMax, biasRecall, biasBenignMax float64
	biasRecallCrows, biasRecallRetext                  float64
}{
	manipF1:          0.93,  // measured 0.948
	manipBenignMax:   0.015, // measured 0.5 %
	biasRecall:       0.22,  // measured 0.223 (CrowS-Pairs is mostly beyond word rules)
	biasRecallCrows:  0.21,  // measured 0.212
	biasRecallRetext: 0.50,  // measured 0.510
	biasBenignMax:    0.005, // measured 0.0 %
}
