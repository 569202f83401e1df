package redact

// Not committed: dumps every span of Find over the corpus and eval sets so
// that two builds can be compared byte for byte.

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func zzTexts(t *testing.T) []string {
	var texts []string
	data, err := os.ReadFile(filepath.Join(os.TempDir(), "guardrail-pii-corpus-seed42-5mb.txt"))
	if err != nil {
		t.Fatal(err)
	}
	corpus := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	texts = append(texts, corpus...)
	files, _ := filepath.Glob("testdata/*.jsonl")
	files = append(files, "/work/shared/eval/pii-public.jsonl", "/work/shared/eval/manipulation-public.jsonl", "/work/shared/eval/bias-public.jsonl")
	var evalTexts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			if strings.TrimSpace(l) == "" {
				continue
			}
			var r struct {
				Text string `json:"text"`
			}
			if err := json.Unmarshal([]byte(l), &r); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			evalTexts = append(evalTexts, r.Text)
		}
	}
	texts = append(texts, evalTexts...)
	// Mutations: line breaks, colons, lower case, joined texts, cut texts.
	rng := rand.New(rand.NewSource(7))
	all := append(append([]string{}, corpus...), evalTexts...)
	for i, s := range all {
		b := []byte(s)
		if len(b) > 2 {
			for k := 0; k < 3; k++ {
				p := rng.Intn(len(b))
				if b[p] == ' ' {
					b[p] = '\n'
				} else if b[p] < 0x80 && b[p] != ' ' {
					switch rng.Intn(3) {
					case 0:
						b[p] = ':'
					case 1:
						b[p] = byte('0' + rng.Intn(10))
					case 2:
						b[p] = byte('A' + rng.Intn(26))
					}
				}
			}
			texts = append(texts, string(b))
		}
		if i%3 == 0 {
			texts = append(texts, strings.ToLower(s))
		}
		if i%3 == 1 {
			texts = append(texts, strings.ReplaceAll(s, ". ", ".\n"))
		}
		if i%5 == 2 && i+1 < len(all) {
			texts = append(texts, s+"\n"+all[i+1])
		}
		if i%3 == 2 {
			texts = append(texts, zzTitle(s))
		}
		if i%2 == 0 && len(s) > 4 {
			// Swap two words.
			w := strings.Fields(s)
			if len(w) > 2 {
				a, c := rng.Intn(len(w)), rng.Intn(len(w))
				w[a], w[c] = w[c], w[a]
				texts = append(texts, strings.Join(w, " "))
			}
		}
		if i%4 == 3 && len(s) > 10 {
			texts = append(texts, s[rng.Intn(len(s)/2):])
		}
	}
	return texts
}

func TestZZDump(t *testing.T) {
	out := os.Getenv("ZZ_DUMP")
	if out == "" {
		t.Skip("ZZ_DUMP not set")
	}
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	defer w.Flush()
	texts := zzTexts(t)
	for i, s := range texts {
		for _, sp := range e.Find(s) {
			fmt.Fprintf(w, "%d\t%d\t%d\t%s\t%s\t%v\t%s\n", i, sp.Start, sp.End, sp.Type, sp.Rule, sp.Score, sp.Reason)
		}
	}
	fmt.Fprintf(w, "texts %d\n", len(texts))
}

func zzTitle(s string) string {
	b := []byte(s)
	for i := range b {
		if (i == 0 || b[i-1] == ' ' || b[i-1] == '\n') && b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 32
		}
	}
	return string(b)
}
