package caddymodule

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/caddy-guardrail/guardrail/redact"
)

// cacheConversation is a chat request whose history repeats across turns:
// a system prompt and earlier turns, some with personal data (the writer's
// own test values), and a last user turn of its own.
func cacheConversation(last string) string {
	var sb strings.Builder
	sb.WriteString(`{"model":"gpt-4o-mini","messages":[{"role":"system","content":"You are the assistant of a garden centre; answer in two short paragraphs and never invent prices."}`)
	turns := []string{
		"Please write to our supplier at fern.orchard@example.net about the late delivery of seed trays.",
		"Thanks. Also remind Mrs. Quillon that her order is ready; her number is +1 415 555 0142.",
		"Draft a short note for the weekend team about watering the greenhouse twice a day in July.",
		"The invoice was paid with card 4111 1111 1111 1111, please say so in the reply to accounting.",
	}
	for i, u := range turns {
		fmt.Fprintf(&sb, `,{"role":"user","content":%q},{"role":"assistant","content":%q}`, u,
			fmt.Sprintf("Here is the draft for request %d, written in a warm and plain tone for the customer.", i+1))
	}
	fmt.Fprintf(&sb, `,{"role":"user","content":%q}]}`, last)
	return sb.String()
}

// recordsOf returns the exchange records written as JSON lines in log,
// without the fields that differ between any two exchanges (id, time,
// durations, the hash chain).
func recordsOf(t *testing.T, log string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for line := range strings.SplitSeq(strings.TrimSpace(log), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("record %q: %v", line, err)
		}
		rec, _ := m["record"].(map[string]any)
		if rec == nil {
			t.Fatalf("no record field in %q", line)
		}
		for _, k := range []string{"exchange_id", "time", "durations", "chain", "seq", "prev", "hash"} {
			delete(rec, k)
		}
		out = append(out, rec)
	}
	return out
}

// TestFindCacheSameExchange sends the same conversation twice through a
// guardrail with the cache on, and once through one with it off: the
// provider gets the same bytes and the records say the same, and the
// second exchange took its findings from the cache.
func TestFindCacheSameExchange(t *testing.T) {
	on := newTestGuardrail(t, &Guardrail{})
	off := newTestGuardrail(t, &Guardrail{FindCache: &FindCacheConfig{Off: true}})
	if on.findCache == nil || off.findCache != nil {
		t.Fatalf("find cache on: %v, off: %v", on.findCache != nil, off.findCache != nil)
	}
	// Both share one emitter (per logger name and key): the records come
	// in the order of the exchanges.
	log := new(bytes.Buffer)
	on.emitter.SetLogger(zap.New(zapcore.NewCore(zapcore.NewJSONEncoder(zap.NewProductionEncoderConfig()), zapcore.AddSync(log), zapcore.InfoLevel)))
	hdr := map[string]string{"Content-Type": "application/json"}
	answer := `{"id":"x","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"ok"},"finish_reason":"stop"}]}`
	body := cacheConversation("And one more: tell the courier to call +1 415 555 0199 before noon, please, thank you.")

	_, first, _ := handlerServe(t, on, http.MethodPost, "/v1/chat/completions", body, hdr, "application/json", answer)
	hits0 := metricValue(t, metricFindCacheHits)
	_, second, _ := handlerServe(t, on, http.MethodPost, "/v1/chat/completions", body, hdr, "application/json", answer)
	_, uncached, _ := handlerServe(t, off, http.MethodPost, "/v1/chat/completions", body, hdr, "application/json", answer)
	if hits := metricValue(t, metricFindCacheHits) - hits0; hits < 9 {
		t.Errorf("the second exchange had %v cache hits, want every long text (at least 9)", hits)
	}
	if first != second || first != uncached {
		t.Fatalf("forwarded bodies differ:\nfirst    %s\nsecond   %s\nuncached %s", first, second, uncached)
	}
	for _, v := range []string{"fern.orchard@example.net", "555 0142", "4111 1111", "555 0199"} {
		if strings.Contains(first, v) {
			t.Errorf("the provider got %q: %s", v, first)
		}
	}
	recs := recordsOf(t, log.String())
	if len(recs) != 3 {
		t.Fatalf("%d records, want 3", len(recs))
	}
	a, _ := json.Marshal(recs[0])
	b, _ := json.Marshal(recs[1])
	c, _ := json.Marshal(recs[2])
	if !bytes.Equal(a, b) || !bytes.Equal(a, c) {
		t.Errorf("records differ:\nfirst    %s\nsecond   %s\nuncached %s", a, b, c)
	}
	if !strings.Contains(string(a), `"EMAIL_ADDRESS":1`) {
		t.Errorf("record lacks the redaction counts: %s", a)
	}
}

// TestFindCacheGenerations: a snapshot never gets another snapshot's
// spans, and a rules reload (a new snapshot of the same guardrail) sees
// its own rules at once.
func TestFindCacheGenerations(t *testing.T) {
	g := newTestGuardrail(t, nil)
	text := "Forward the summary about the Heronsgate project to the planning team by Friday afternoon."
	redactWith := func() (string, int) {
		st := g.state.Load()
		tr := textRedactor{find: st.find, policy: st.policy, cache: g.findCache, gen: st.gen}
		spans := tr.spans(text)
		return redact.Apply(text, spans, st.policy, nil), tr.cacheHits
	}
	before, _ := redactWith()
	if again, hits := redactWith(); again != before || hits != 1 {
		t.Fatalf("same snapshot: %q with %d hits, want %q from the cache", again, hits, before)
	}
	if strings.Contains(before, "DENIED_TERM") {
		t.Fatalf("denied before the deny rule: %q", before)
	}
	g.Deny = []string{"Heronsgate"}
	st, err := g.buildRuleState()
	if err != nil {
		t.Fatal(err)
	}
	old := g.state.Swap(st)
	if st.gen == old.gen {
		t.Fatalf("a new snapshot kept generation %d", st.gen)
	}
	after, hits := redactWith()
	if hits != 0 || !strings.Contains(after, "[DENIED_TERM_") {
		t.Errorf("after the reload: %q with %d hits, want the deny term redacted by a search", after, hits)
	}
}

// TestFindCacheBounds: the cache holds at most its entries and its bytes,
// evicting the least recently used, and never texts below minCachedText.
func TestFindCacheBounds(t *testing.T) {
	calls := 0
	find := func(s string) []redact.Span {
		calls++
		if strings.HasPrefix(s, "pii") {
			return []redact.Span{{Start: 0, End: 3, Type: "EMAIL_ADDRESS", Rule: "builtin.email", Score: 1, Reason: "test"}}
		}
		return nil
	}
	text := func(i int) string { return fmt.Sprintf("%-80d", i) }

	t.Run("entries", func(t *testing.T) {
		c := newFindCache(&FindCacheConfig{Entries: 2 * findCacheShards})
		tr := textRedactor{find: find, cache: c, gen: 1}
		for i := range 1000 {
			tr.spans(text(i))
		}
		if n := c.len(); n > 2*findCacheShards {
			t.Errorf("%d entries, bound %d", n, 2*findCacheShards)
		}
		calls = 0
		tr.spans(text(999)) // the last one is still there
		tr.spans(text(0))   // the first one is gone
		if calls != 1 {
			t.Errorf("%d searches, want 1", calls)
		}
	})
	t.Run("bytes", func(t *testing.T) {
		one := findEntrySize(make([]redact.Span, 1))
		size := findCacheShards * 4 * one
		c := newFindCache(&FindCacheConfig{MaxSize: size})
		tr := textRedactor{find: find, cache: c, gen: 1}
		for i := range 1000 {
			tr.spans("pii" + text(i))
		}
		var held int64
		for i := range c.shards {
			sh := &c.shards[i]
			if sh.size > sh.maxSize {
				t.Errorf("shard %d holds %d bytes, bound %d", i, sh.size, sh.maxSize)
			}
			held += sh.size
		}
		if n := c.len(); n == 0 || n > findCacheShards*4 || held != int64(n)*one {
			t.Errorf("%d entries holding %d bytes", n, held)
		}
	})
	t.Run("short texts", func(t *testing.T) {
		c := newFindCache(nil)
		tr := textRedactor{find: find, cache: c, gen: 1}
		tr.spans(strings.Repeat("x", minCachedText-1))
		tr.spans(strings.Repeat("x", minCachedText-1))
		if c.len() != 0 || tr.cacheHits+tr.cacheMisses != 0 {
			t.Errorf("a short text was cached: %d entries, %d lookups", c.len(), tr.cacheHits+tr.cacheMisses)
		}
	})
	t.Run("strings in the text are not kept", func(t *testing.T) {
		c := newFindCache(nil)
		s := strings.Repeat("y", 100)
		tr := textRedactor{find: func(s string) []redact.Span { return []redact.Span{{Start: 0, End: 1, Type: s[:4]}} }, cache: c, gen: 1}
		tr.spans(s)
		if c.len() != 0 {
			t.Errorf("spans pointing into the text were cached")
		}
	})
	t.Run("same length, other text", func(t *testing.T) {
		c := newFindCache(nil)
		tr := textRedactor{find: find, cache: c, gen: 1}
		a := tr.spans("pii" + text(1))
		b := tr.spans("abc" + text(1))
		if len(a) != 1 || len(b) != 0 || tr.cacheHits != 0 {
			t.Errorf("got %v and %v with %d hits", a, b, tr.cacheHits)
		}
	})
}

// TestFindCacheParallel looks up and fills one cache from many goroutines
// (run with -race): every result equals the detectors' own.
func TestFindCacheParallel(t *testing.T) {
	g := newTestGuardrail(t, &Guardrail{FindCache: &FindCacheConfig{Entries: 64}})
	st := g.state.Load()
	texts := make([]string, 40)
	for i := range texts {
		texts[i] = fmt.Sprintf("Message %d: please write to desk%d@example.org or call +1 415 555 01%02d about the order.", i, i%7, i%50)
	}
	want := make([][]redact.Span, len(texts))
	for i, s := range texts {
		want[i] = st.find(s)
	}
	var wg sync.WaitGroup
	for w := range 16 {
		wg.Go(func() {
			tr := textRedactor{find: st.find, cache: g.findCache, gen: st.gen}
			for i := range 400 {
				k := (i*7 + w) % len(texts)
				if got := tr.spans(texts[k]); !slices.Equal(got, want[k]) {
					t.Errorf("text %d: %v, want %v", k, got, want[k])
					return
				}
			}
		})
	}
	wg.Wait()
}

// BenchmarkFindCacheBreakEven compares, per text length, the detectors'
// search (find) with a cache hit (two hashes and a locked lookup) and a
// miss (lookup, search, insert), which sets minCachedText.
// For instruction counts, run each case under cachegrind with two
// -test.benchtime counts and take the difference.
func BenchmarkFindCacheBreakEven(b *testing.B) {
	g := newTestGuardrail(b, nil)
	st := g.state.Load()
	base := strings.Repeat("Plan the spring newsletter for returning customers and keep it short. ", 16)
	for _, n := range []int{16, 32, 48, 64, 96, 128, 256, 512, 1024} {
		s := base[:n]
		// Texts that differ in their first three letters, more of them
		// than the cache holds: find and miss see a new text each time.
		texts := make([]string, 26*26*26)
		for i := range texts {
			texts[i] = string([]byte{byte('a' + i/676), byte('a' + i/26%26), byte('a' + i%26)}) + s[3:]
		}
		b.Run(fmt.Sprintf("len=%d/find", n), func(b *testing.B) {
			i := 0
			for b.Loop() {
				st.find(texts[i%len(texts)])
				i++
			}
		})
		b.Run(fmt.Sprintf("len=%d/hit", n), func(b *testing.B) {
			c := newFindCache(nil)
			k := c.key(s, st.gen)
			c.put(k, s, st.find(s))
			for b.Loop() {
				c.get(c.key(s, st.gen))
			}
		})
		b.Run(fmt.Sprintf("len=%d/miss", n), func(b *testing.B) {
			// Lookup, search, insert.
			tr := textRedactor{find: st.find, cache: newFindCache(nil), gen: st.gen}
			i := 0
			for b.Loop() {
				tr.spans(texts[i%len(texts)])
				i++
			}
		})
	}
}

// metricValue returns a counter's value.
func metricValue(t *testing.T, c prometheus.Counter) float64 {
	t.Helper()
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		t.Fatal(err)
	}
	return m.GetCounter().GetValue()
}
