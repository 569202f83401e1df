package redact

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
)

// TestVerifyParity checks that the Go features and scores of the parity
// texts' rule PERSON spans (our own texts, testdata/learned_parity_texts.jsonl)
// match what the trainer (data/gen/ml25/ml25.py) wrote, within the int16
// quantisation's error: change a feature and it fails until the table is
// retrained. The expected file keeps the rules' spans of the day it was
// written, so a change of the rules does not fail it.
func TestVerifyParity(t *testing.T) {
	type cand struct {
		S, E int
		F    []uint32
		P    float64
	}
	n := 0
	readJSONL(t, "testdata/verify_parity.jsonl", func(b []byte) {
		var r struct {
			ID    string
			Rules []Span
			Cands []cand
		}
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatal(err)
		}
		texts := verifyParityTexts(t)
		text := texts[r.ID]
		k := 0
		for i := range r.Rules {
			if r.Rules[i].Type != "PERSON" || isLearnedSpan(&r.Rules[i]) {
				continue
			}
			if k >= len(r.Cands) {
				t.Fatalf("%s: extra span at %d", r.ID, r.Rules[i].Start)
			}
			c := r.Cands[k]
			k++
			var f verifyFeats
			verifyFeatures(&f, text, r.Rules, i, verifyModel.mask)
			for j, id := range f.ids {
				if j >= len(c.F) || id != c.F[j] {
					t.Fatalf("%s span %d-%d: feature %d is %d, the trainer's %v", r.ID, c.S, c.E, j, id, c.F)
				}
			}
			if p := learnedProb(verifyLogit(text, r.Rules, i)); math.Abs(p-c.P) > 0.01 {
				t.Errorf("%s span %d-%d: %.4f, the trainer's %.4f", r.ID, c.S, c.E, p, c.P)
			}
			n++
		}
		if k != len(r.Cands) {
			t.Fatalf("%s: %d spans, the trainer's %d", r.ID, k, len(r.Cands))
		}
	})
	if n == 0 {
		t.Fatal("no parity spans")
	}
}

var verifyParityCache map[string]string

func verifyParityTexts(t *testing.T) map[string]string {
	if verifyParityCache == nil {
		verifyParityCache = map[string]string{}
		readJSONL(t, "testdata/learned_parity_texts.jsonl", func(b []byte) {
			var r struct{ ID, Text string }
			if err := json.Unmarshal(b, &r); err != nil {
				t.Fatal(err)
			}
			verifyParityCache[r.ID] = r.Text
		})
	}
	return verifyParityCache
}

// TestVerifyBacked checks the strong evidence the verifier never overrules,
// on texts of our own in several languages and formats.
func TestVerifyBacked(t *testing.T) {
	cases := []struct {
		text, name string
		typ        int // the other span's type: 0 none, 1 e-mail
		want       int
	}{
		{"Please send the brochure to Ms. Tamsin Rowe today.", "Tamsin Rowe", 0, backTitle},
		{"Hola Ximena Barrientos, gracias por su pedido.", "Ximena Barrientos", 0, backTitle},
		{"Nombre completo: Ximena Barrientos\nCiudad: Cusco", "Ximena Barrientos", 0, backField},
		{"id;kundenname;stadt\n17;Henrike Vossberg;Kassel\n18;Ole Brandt;Kiel", "Henrike Vossberg", 0, backColumn},
		{"Thanks again for the quick turnaround.\n\nBest regards,\nOrla Quinlan", "Orla Quinlan", 0, backSignature},
		{"Lead: Orla Quinlan orla.q@example.org wants a demo", "Orla Quinlan", 1, backContact},
		{"The quarterly report mentions Vantor Dynamics twice.", "Vantor Dynamics", 0, backNone},
	}
	for _, c := range cases {
		s := strings.Index(c.text, c.name)
		spans := []Span{{Start: s, End: s + len(c.name), Type: "PERSON", Rule: "builtin.person"}}
		if c.typ == 1 {
			e := strings.Index(c.text, "orla.q")
			spans = append(spans, Span{Start: e, End: e + len("orla.q@example.org"), Type: "EMAIL_ADDRESS"})
		}
		if got := verifyBacking(c.text, spans, 0); got != c.want {
			t.Errorf("%q: backing %d, want %d", c.text, got, c.want)
		}
	}
}

// TestVerifyOption checks the option's range and that off leaves the
// rules' spans alone.
func TestVerifyOption(t *testing.T) {
	if _, err := NewEngine(Options{PersonVerify: 1}); err == nil {
		t.Error("PersonVerify 1: no error")
	}
	on, _ := NewEngine(Options{PersonVerify: PersonVerifyThreshold})
	off, _ := NewEngine(Options{})
	neg, _ := NewEngine(Options{PersonVerify: -1})
	if !on.verify || off.verify || neg.verify {
		t.Errorf("verify on %v, default %v, negative %v", on.verify, off.verify, neg.verify)
	}
}
