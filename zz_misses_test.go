package redact

import (
	"os"
	"testing"
)

// ZZ_SET=marketing-holdout14.jsonl go test ./redact/ -run TestZZMisses -v -count=1
// prints every miss (MISS) and false alarm (FP) of the engine on one eval set, by type.
func TestZZMisses(t *testing.T) {
	set := os.Getenv("ZZ_SET")
	if set == "" {
		t.Skip("ZZ_SET unset")
	}
	e, _ := NewEngine(Options{})
	recs := loadEvalFile(t, "testdata/"+set)
	for _, typ := range marketingTypes {
		for _, m := range missedExamples(recs, typ, e.Find, 500) {
			t.Log(typ, " ", m)
		}
	}
}
