package redact

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
)

// nameDetectorIDs are the detectors of this file family: names, addresses,
// birth dates and ages, national and account identifiers, crypto wallets
// and MAC addresses.
var nameDetectorIDs = []string{
	"builtin.person", "builtin.address", "builtin.date_of_birth", "builtin.national_id",
	"builtin.crypto", "builtin.mac_address",
}

// goldTypeAlias maps eval-set types to the type our detectors emit.
var goldTypeAlias = map[string]string{
	"US_PASSPORT": "PASSPORT", "UK_PASSPORT": "PASSPORT", "US_DRIVER_LICENSE": "DRIVER_LICENSE",
	"UK_POSTCODE": "ZIP_CODE", "DE_PLZ": "ZIP_CODE",
}

// nameEvalTypes are the types scored on pii-public.jsonl.
var nameEvalTypes = []string{
	"PERSON", "STREET_ADDRESS", "ZIP_CODE", "UK_NINO", "UK_NHS", "UK_DRIVING_LICENCE", "CA_SIN", "AU_TFN",
	"ABA_ROUTING_NUMBER", "DE_TAX_ID", "IN_AADHAAR", "ES_NIF", "ES_NIE", "IT_FISCAL_CODE", "CRYPTO",
	"MAC_ADDRESS", "PASSPORT", "DRIVER_LICENSE", "US_BANK_NUMBER",
}

// nameEvalFloors are minimum {precision, recall} per type on
// pii-public.jsonl, set just under what the detectors reach.
var nameEvalFloors = map[string][2]float64{
	"PERSON":             {0.9, 0.9},
	"STREET_ADDRESS":     {0.9, 0.9},
	"ZIP_CODE":           {0.9, 0.35}, // bare 5-digit codes without context are not reported
	"UK_NINO":            {0.95, 0.95},
	"UK_NHS":             {0.95, 0.95},
	"UK_DRIVING_LICENCE": {0.95, 0.95},
	"CA_SIN":             {0.95, 0.95},
	"AU_TFN":             {0.95, 0.95},
	"ABA_ROUTING_NUMBER": {0.95, 0.95},
	"DE_TAX_ID":          {0.95, 0.95},
	"IN_AADHAAR":         {0.95, 0.95},
	"ES_NIF":             {0.95, 0.95},
	"ES_NIE":             {0.95, 0.95},
	"IT_FISCAL_CODE":     {0.95, 0.5}, // the set labels a code with a wrong check character
	"CRYPTO":             {0.95, 0.95},
	"MAC_ADDRESS":        {0.95, 0.95},
}

// nameFind runs only this family's detectors and resolves overlaps the way
// the engine does, keeping spans at or above DefaultMinScore.
func nameFind(text string) []Span {
	var cands []Span
	for _, id := range nameDetectorIDs {
		d, ok := builtins[id]
		if !ok {
			continue
		}
		for _, s := range d.Detect(text, nil) {
			if s.Score >= DefaultMinScore {
				cands = append(cands, s)
			}
		}
	}
	if len(cands) == 0 {
		return nil
	}
	return resolveOverlaps(cands, nil)
}

// aliasGold rewrites gold types and scopes with goldTypeAlias.
func aliasGold(recs []evalRecord) []evalRecord {
	out := slices.Clone(recs)
	for i := range out {
		out[i].Spans = slices.Clone(out[i].Spans)
		for j, s := range out[i].Spans {
			if a, ok := goldTypeAlias[s.Type]; ok {
				out[i].Spans[j].Type = a
			}
		}
		sc := slices.Clone(out[i].scope)
		for j, s := range sc {
			if a, ok := goldTypeAlias[s]; ok {
				sc[j] = a
			}
		}
		out[i].scope = sc
	}
	return out
}

func TestEvalNamesPublic(t *testing.T) {
	recs := aliasGold(loadPIIEval(t))
	scores := scorePIIEval(recs, nameEvalTypes, nameFind)
	t.Logf("pii-public.jsonl, %d records, name/address/id detectors\n%s", len(recs), formatPIIScores(scores, nameEvalTypes))
	if os.Getenv("REDACT_EVAL_DEBUG") != "" {
		for _, typ := range nameEvalTypes {
			for _, m := range missedExamples(recs, typ, nameFind, 20) {
				t.Log(m)
			}
		}
	}
	for typ, f := range nameEvalFloors {
		s := scores[typ]
		if s.Precision() < f[0] || s.Recall() < f[1] {
			t.Errorf("%s: precision %.3f recall %.3f, want at least %.3f and %.3f", typ, s.Precision(), s.Recall(), f[0], f[1])
		}
	}
}

// nameCorpusTypes are the corpus types this family detects.
var nameCorpusTypes = []string{"PERSON", "STREET_ADDRESS", "LOCATION"}

// nameCorpusFloors are minimum {precision, recall, fully-masked recall} on the
// generated corpus.
var nameCorpusFloors = map[string][3]float64{
	"PERSON":         {0.97, 0.97, 0.95},
	"STREET_ADDRESS": {0.97, 0.97, 0.95},
	"LOCATION":       {0.95, 0.75, 0.75}, // cities outside a person's address are not reported
}

// genNameCorpus writes the generated prompt corpus (size in MB) and its
// labels to a temp dir; it skips when python3 or the generator is missing.
func genNameCorpus(tb testing.TB, sizeMB string) (text, labels string) {
	tb.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		tb.Skip("python3 not available")
	}
	gen := filepath.Join(evalDir, "gen-pii-corpus.py")
	if _, err := os.Stat(gen); err != nil {
		tb.Skipf("corpus generator not available: %v", err)
	}
	dir := tb.TempDir()
	text = filepath.Join(dir, "corpus.txt")
	labels = filepath.Join(dir, "corpus.labels.jsonl")
	out, err := exec.Command(py, gen, "--size-mb", sizeMB, "--seed", "42", "--out", text, "--labels", labels).CombinedOutput()
	if err != nil {
		tb.Fatalf("gen-pii-corpus.py: %v: %s", err, out)
	}
	return text, labels
}

func TestEvalNamesCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("generates a corpus")
	}
	_, labels := genNameCorpus(t, "0.5")
	recs := loadEvalFile(t, labels)
	scores := scorePIIEval(recs, nameCorpusTypes, nameFind)
	t.Logf("generated corpus (0.5 MB, seed 42), %d records\n%s", len(recs), formatPIIScores(scores, nameCorpusTypes))
	if os.Getenv("REDACT_EVAL_DEBUG") != "" {
		for _, typ := range nameCorpusTypes {
			for _, m := range missedExamples(recs, typ, nameFind, 20) {
				t.Log(m)
			}
		}
	}
	// The same through the engine, with every built-in detector competing.
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	engineScores := scorePIIEval(recs, nameCorpusTypes, e.Find)
	t.Logf("same corpus through Engine.Find (all built-ins)\n%s", formatPIIScores(engineScores, nameCorpusTypes))
	for typ, f := range nameCorpusFloors {
		if s := engineScores[typ]; s.Precision() < f[0] || s.Recall() < f[1] {
			t.Errorf("engine %s: precision %.3f recall %.3f, want at least %.3f and %.3f", typ, s.Precision(), s.Recall(), f[0], f[1])
		}
	}
	for typ, f := range nameCorpusFloors {
		s := scores[typ]
		if s.Precision() < f[0] || s.Recall() < f[1] || s.MaskedRecall() < f[2] {
			t.Errorf("%s: precision %.3f recall %.3f masked %.3f, want at least %.3f, %.3f, %.3f",
				typ, s.Precision(), s.Recall(), s.MaskedRecall(), f[0], f[1], f[2])
		}
	}
}
