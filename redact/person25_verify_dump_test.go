package redact

import (
	"encoding/json"
	"os"
	"testing"
)

// TestVerifyDump writes, for each record of a dump of the rules' spans
// (data/gen/ml25/README.md: VERIFY_IN, one JSON record a line with "text"
// and "rules", or only "text": this tree's rules then find the spans), the feature buckets of each rule PERSON span and whether
// strong evidence backs it, as the engine computes them, to VERIFY_OUT.
func TestVerifyDump(t *testing.T) {
	in, out := os.Getenv("VERIFY_IN"), os.Getenv("VERIFY_OUT")
	if in == "" || out == "" {
		t.Skip("VERIFY_IN and VERIFY_OUT not set")
	}
	w, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	enc := json.NewEncoder(w)
	eng, err := NewEngine(Options{LearnedPerson: 1, PersonVerify: -1})
	if err != nil {
		t.Fatal(err)
	}
	type cand struct {
		S, E   int
		F      []uint32
		Backed bool
		Why    int
		P      float64
	}
	readJSONL(t, in, func(b []byte) {
		var r map[string]any
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatal(err)
		}
		text, _ := r["text"].(string)
		var spans []Span
		if _, ok := r["rules"]; !ok {
			// texts of our own (the parity test's): the rules' spans of
			// this tree, the verifier and the learned model off
			spans = eng.Find(text)
			r["rules"] = spans
		} else if rs, ok := r["rules"].([]any); ok {
			for _, x := range rs {
				m := x.(map[string]any)
				s := Span{Start: int(m["Start"].(float64)), End: int(m["End"].(float64)), Type: m["Type"].(string)}
				s.Rule, _ = m["Rule"].(string)
				s.Score, _ = m["Score"].(float64)
				s.Reason, _ = m["Reason"].(string)
				spans = append(spans, s)
			}
		}
		var cs []cand
		for k := range spans {
			if spans[k].Type != "PERSON" || isLearnedSpan(&spans[k]) {
				continue
			}
			var vf verifyFeats
			verifyFeatures(&vf, text, spans, k, verifyModel.mask)
			cs = append(cs, cand{spans[k].Start, spans[k].End, vf.ids[:], verifyBacked(text, spans, k), verifyBacking(text, spans, k),
				learnedProb(verifyLogit(text, spans, k))})
		}
		delete(r, "text")
		r["cands"] = cs
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
	})
}
