package caddymodule

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	"github.com/tidwall/gjson"

	"github.com/caddy-guardrail/guardrail/redact"
)

// proxyEvalRecord is one labelled prompt of the redact package's eval sets
// (the format of ../shared/eval/pii-public.jsonl).
type proxyEvalRecord struct {
	ID    string `json:"id"`
	Text  string `json:"text"`
	Spans []struct {
		Start    int    `json:"start"`
		End      int    `json:"end"`
		Type     string `json:"type"`
		Optional bool   `json:"optional"`
	} `json:"spans"`
}

func loadProxyEval(t *testing.T, path string) []proxyEvalRecord {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("eval set not available: %v", err)
	}
	defer f.Close()
	var recs []proxyEvalRecord
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var r proxyEvalRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		recs = append(recs, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return recs
}

// valueTokens splits a labelled value into the words a reader would call
// its parts ("Mrs", "Siobhan", "O'Brien-Walsh"; "DE89", "3704"…), without
// the punctuation around them; one-character words are left out.
func valueTokens(v string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(v, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '|' }) {
		w = strings.TrimFunc(w, func(r rune) bool { return unicode.IsPunct(r) && r != '+' })
		if len([]rune(w)) > 1 {
			out = append(out, w)
		}
	}
	return out
}

// placeholderRE matches the placeholders the proxy puts in ("[PERSON_6275]"),
// whose digits are not the text's.
var placeholderRE = regexp.MustCompile(`\[[A-Z][A-Z0-9_]*_[0-9a-f]+\]`)

// leftInForward reports whether a labelled value's text reached the
// provider: some word of it occurs in the forwarded prompt as often as in
// the original, so this occurrence was not replaced. (When the same word
// also occurs elsewhere in the prompt as something else, unreplaced, that
// occurrence is the one counted as left: a value the rewrite missed is
// never counted as masked.)
func leftInForward(orig, fwd, value string) bool {
	fwd = placeholderRE.ReplaceAllLiteralString(fwd, "[]")
	for _, w := range valueTokens(value) {
		if strings.Count(fwd, w) >= strings.Count(orig, w) {
			return true
		}
	}
	return false
}

// TestEvalThroughProxy sends every labelled prompt of the eval sets through
// the real Caddy with the guardrail's default configuration (the OpenAI SDK
// as the client, a fake provider that records what it receives) and scores
// what reached the provider: per type, the share of labelled values of
// which no word arrived. It checks that the proxy hides every value the
// engine (what `caddy guardrail scan` reports) masks in full, so the
// README's quality figures, measured on the engine, hold for the proxy.
func TestEvalThroughProxy(t *testing.T) {
	sets := []string{
		filepath.Join("..", "redact", "testdata", "handwritten-prompts.jsonl"),
		filepath.Join("..", "redact", "testdata", "handwritten-holdout.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-dev.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-holdout.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-holdout2.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-holdout3.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-holdout4.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-holdout5.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-holdout6.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-holdout7.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-holdout8.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-holdout9.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-holdout10.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-holdout11.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-holdout12.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-holdout13.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-holdout14.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-holdout15.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-holdout16.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-holdout17.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-holdout18.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-holdout19.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-holdout20.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-holdout23.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-holdout24.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-holdout25.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-dev16a.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-dev16b.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-dev17a.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-dev17b.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-dev21a.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-dev21b.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-dev22a.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-dev22b.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-dev23a.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-dev23b.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-dev24a.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-dev24b.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-dev25a.jsonl"),
		filepath.Join("..", "redact", "testdata", "marketing-dev25b.jsonl"),
		filepath.Join("..", "..", "shared", "eval", "pii-public.jsonl"),
	}
	up := newUpstream(t)
	startCaddy(t, up, "")
	eng, err := redact.NewEngine(redact.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// A pooled client of its own: thousands of requests to one config.
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = 8
	client := newClient(option.WithHTTPClient(&http.Client{Transport: tr}))
	defer tr.CloseIdleConnections()

	for _, set := range sets {
		recs := loadProxyEval(t, set)
		name := strings.TrimSuffix(filepath.Base(set), ".jsonl")
		t.Run(name, func(t *testing.T) {
			fwd := sendEvalPrompts(t, client, up, name, recs)
			type tally struct{ gold, engineMasked, proxyMasked int }
			byType := map[string]*tally{}
			var types []string
			for i, r := range recs {
				spans := eng.Find(r.Text)
				for _, g := range r.Spans {
					if g.Optional {
						continue
					}
					tl := byType[g.Type]
					if tl == nil {
						tl = &tally{}
						byType[g.Type] = tl
						types = append(types, g.Type)
					}
					tl.gold++
					value := r.Text[g.Start:g.End]
					engineMasked := coveredBy(spans, r.Text, g.Start, g.End)
					proxyMasked := !leftInForward(r.Text, fwd[i], value)
					if engineMasked {
						tl.engineMasked++
					}
					if proxyMasked {
						tl.proxyMasked++
					}
					if engineMasked && !proxyMasked {
						// The id and type only: the value is personal data.
						t.Errorf("%s: a %s value the engine masks in full reached the provider", r.ID, g.Type)
					}
				}
			}
			slices.Sort(types)
			var b strings.Builder
			fmt.Fprintf(&b, "%s, %d prompts through the proxy\n%-20s %5s %14s %14s\n", name, len(recs), "type", "gold", "engine masked", "none forwarded")
			var all tally
			skipped := 0
			for _, typ := range types {
				tl := byType[typ]
				all.gold, all.engineMasked, all.proxyMasked = all.gold+tl.gold, all.engineMasked+tl.engineMasked, all.proxyMasked+tl.proxyMasked
				if tl.engineMasked == 0 {
					skipped++ // a type the engine has no detector for (pii-public labels ~60)
					continue
				}
				fmt.Fprintf(&b, "%-20s %5d %14.3f %14.3f\n", typ, tl.gold, float64(tl.engineMasked)/float64(tl.gold), float64(tl.proxyMasked)/float64(tl.gold))
			}
			fmt.Fprintf(&b, "%-20s %5d %14.3f %14.3f\n(%d labelled types the engine masked nothing of are left out of the rows, not of all)\n",
				"all", all.gold, float64(all.engineMasked)/float64(all.gold), float64(all.proxyMasked)/float64(all.gold), skipped)
			t.Log(b.String())
		})
	}
}

// coveredBy reports whether spans cover every byte of text[start:end]
// but white space.
func coveredBy(spans []redact.Span, text string, start, end int) bool {
	for i := start; i < end; i++ {
		if c := text[i]; c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			continue
		}
		in := false
		for _, s := range spans {
			if s.Start <= i && i < s.End {
				in = true
				break
			}
		}
		if !in {
			return false
		}
	}
	return true
}

// sendEvalPrompts sends each record's text as a user message (4 at a time)
// and returns the user message the provider received for each, matched by
// a request header the proxy passes on.
func sendEvalPrompts(t *testing.T, client openai.Client, up *upstream, set string, recs []proxyEvalRecord) []string {
	t.Helper()
	n0 := len(up.received())
	var wg sync.WaitGroup
	next := make(chan int)
	errs := make([]error, len(recs))
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				_, errs[i] = client.Chat.Completions.New(context.Background(), openai.ChatCompletionNewParams{
					Model:    "gpt-4o-mini",
					Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(recs[i].Text)},
				}, option.WithHeader("X-Eval-Record", fmt.Sprintf("%s/%d", set, i)))
			}
		}()
	}
	for i := range recs {
		next <- i
	}
	close(next)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("%s: %v", recs[i].ID, err)
		}
	}
	up.mu.Lock()
	bodies, heads := up.bodies[n0:], up.heads[n0:]
	up.mu.Unlock()
	fwd := make([]string, len(recs))
	seen := 0
	for j, h := range heads {
		var i int
		if _, err := fmt.Sscanf(strings.TrimPrefix(h.Get("X-Eval-Record"), set+"/"), "%d", &i); err != nil || i < 0 || i >= len(recs) {
			continue
		}
		c := gjson.Get(bodies[j], "messages.0.content")
		if !c.Exists() {
			t.Fatalf("%s: the forwarded body has no messages.0.content", recs[i].ID)
		}
		fwd[i] = c.String()
		seen++
	}
	if seen != len(recs) {
		t.Fatalf("the provider received %d of %d prompts", seen, len(recs))
	}
	return fwd
}
