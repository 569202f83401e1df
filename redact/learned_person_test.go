package redact

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestLearnedParity checks the Go model against the trainer: on the
// parity texts (testdata/learned_parity_texts.jsonl, our own), the
// candidate words, their feature buckets and their probabilities must be
// those data/gen/ml18/ml18.py wrote when it trained the shipped table
// (testdata/learned_parity.jsonl, with the rules' spans of that day, so
// that a change of the rules does not fail it), the probabilities within
// the int16 quantisation's error. A change to the features fails here until the
// model is retrained (data/gen/ml18/README.md).
func TestLearnedParity(t *testing.T) {
	type cand struct {
		S, E int
		F    []uint32
		P    float64
	}
	want := map[string][]cand{}
	rules := map[string][]Span{}
	dems := map[string][]demotedRange{}
	readJSONL(t, "testdata/learned_parity.jsonl", func(b []byte) {
		var r struct {
			ID    string
			Cands []cand
			Rules []Span // the rules' spans when the table was trained
			// the PERSON candidates the rules dropped then ([start, end])
			Demoted [][2]int
		}
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatal(err)
		}
		want[r.ID], rules[r.ID] = r.Cands, r.Rules
		for _, d := range r.Demoted {
			dems[r.ID] = append(dems[r.ID], demotedRange{d[0], d[1]})
		}
	})
	m := &theLearnedModel
	n := 0
	readJSONL(t, "testdata/learned_parity_texts.jsonl", func(b []byte) {
		var r struct{ ID, Text string }
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatal(err)
		}
		var sc textScan
		sc.reset(r.Text, false)
		it := newLearnedIter(&sc, rules[r.ID], sortDemoted(dems[r.ID]), m.mask)
		k := 0
		for it.next() {
			w := want[r.ID]
			if k >= len(w) {
				t.Fatalf("%s: extra candidate at %d", r.ID, it.tok.start)
			}
			c := w[k]
			if it.tok.start != c.S || it.tok.end != c.E || !slices.Equal(it.feats.ids[:it.feats.n], c.F) {
				t.Errorf("%s: candidate %d: got %d-%d %v, want %d-%d %v", r.ID, k, it.tok.start, it.tok.end, it.feats.ids[:it.feats.n], c.S, c.E, c.F)
			}
			// each weight is within scale/2 of the float weight
			tol := float64(m.scale)*float64(it.feats.n)/2/4 + 1e-6
			if p := learnedProb(m.logit(&it.feats)); math.Abs(p-c.P) > tol {
				t.Errorf("%s: candidate %d: p = %.6f, trainer %.6f", r.ID, k, p, c.P)
			}
			k++
			n++
		}
		if k != len(want[r.ID]) {
			t.Errorf("%s: %d candidates, trainer %d", r.ID, k, len(want[r.ID]))
		}
	})
	if n == 0 {
		t.Fatal("no candidate words in the parity texts")
	}
}

func readJSONL(t *testing.T, path string, fn func([]byte)) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fn(sc.Bytes())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

// TestLearnedPersons checks the pass: on by default at
// LearnedPersonThreshold and off with LearnedPerson 1, its spans PERSON
// with a score and a reason from the fixed table, never over a rule span,
// and the allow list still wins.
func TestLearnedPersons(t *testing.T) {
	def, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !def.learned || def.learnedLogit != learnedLogitOf(LearnedPersonThreshold) {
		t.Fatal("the learned model is not on at LearnedPersonThreshold by default")
	}
	off, err := NewEngine(Options{LearnedPerson: 1})
	if err != nil {
		t.Fatal(err)
	}
	if off.learned {
		t.Fatal("LearnedPerson 1 leaves the learned model on")
	}
	on, err := NewEngine(Options{LearnedPerson: 0.05})
	if err != nil {
		t.Fatal(err)
	}
	reasons := map[string]bool{}
	for _, r := range learnedReasons {
		reasons[r] = true
	}
	// learnedPersons on its own, as if the rules had found nothing
	pass := func(e *Engine, text string, rules []Span) []Span {
		var sc textScan
		sc.reset(text, false)
		return e.learnedPersons(&sc, rules, nil)
	}
	texts := []string{
		"[09:14] Quillon Haverty: can you resend the invoice?\n[09:15] Support: sure, one moment.",
		"Our florist Ysolde Marrick and her partner Teodric will run the stall on Saturday.",
		"Customer: Fennimore Astley, Loyalty tier: Gold, Last order: week 41",
	}
	added := 0
	for _, text := range texts {
		got := pass(on, text, nil)
		if !sortedDisjoint(got) {
			t.Fatalf("%q: spans overlap or are out of order: %v", text, got)
		}
		for _, s := range got {
			added++
			if s.Type != "PERSON" || !reasons[s.Reason] || s.Score < 0.05 || s.Score > 1 {
				t.Errorf("%q: learned span %+v", text, s)
			}
			rule := Span{Start: s.Start, End: s.Start + 1, Type: "EMAIL_ADDRESS", Score: 0.9}
			for _, o := range pass(on, text, []Span{rule}) {
				if o != rule && o.Start < rule.End && rule.Start < o.End {
					t.Errorf("%q: learned span %+v over a rule span", text, o)
				}
			}
			allow, err := NewEngine(Options{LearnedPerson: 0.05, Allow: []string{text[s.Start:s.End]}})
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range pass(allow, text, nil) {
				if a.Start == s.Start && a.End == s.End {
					t.Errorf("%q: allowed value still found: %+v", text, a)
				}
			}
		}
		// in Find: the rules' spans stay, the model's come on top
		base, full := off.Find(text), on.Find(text)
		if !sortedDisjoint(full) {
			t.Fatalf("%q: Find's spans overlap: %v", text, full)
		}
		for _, b := range base {
			if !slices.Contains(full, b) {
				t.Errorf("%q: the model dropped rule span %+v", text, b)
			}
		}
	}
	if added == 0 {
		t.Error("the model added no span at threshold 0.05")
	}
	if _, err := NewEngine(Options{LearnedPerson: -1}); err == nil {
		t.Error("a negative threshold was accepted")
	}
}

// TestLearnedWordEnd checks the marks' word end (learnedIter.wordEnd)
// against learnedWordEnd at every word rune of a few texts, words across
// 64-byte blocks included.
func TestLearnedWordEnd(t *testing.T) {
	long := strings.Repeat("Abcdefghij", 9)
	texts := []string{
		"Tell Zorvan O'Mallick-Pryce that Ünal_7 and Ørsted’s team said hi",
		"x" + long + "2 " + long + "-Éa " + long + "’s end_",
		"A1 B_ C-d E--f G'' H’ Ij\u0301k " + strings.Repeat(" ", 60) + "Mnop",
	}
	for _, text := range texts {
		var sc textScan
		sc.reset(text, false)
		it := newLearnedIter(&sc, nil, nil, 0xFFFF)
		for i := 0; i < len(text); i++ {
			if ok, _ := learnedWordAt(text, i); !ok || text[i]&0xC0 == 0x80 {
				continue
			}
			we, wl := learnedWordEnd(text, i)
			ge, gl := it.walk.wordEnd(i)
			if we != ge || wl != gl {
				t.Errorf("%q at %d: wordEnd %d %v, learnedWordEnd %d %v", text, i, ge, gl, we, wl)
			}
		}
	}
}
