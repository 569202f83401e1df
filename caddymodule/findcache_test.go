package caddymodule

import (
	"bytes"
	"encoding/json"
	"fmt"
	"hash/maphash"
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

// TestFindCacheSameExchange sends the same conversation three times
// through a guardrail with the cache on, and once through one with it off:
// the provider gets the same bytes and the records say the same, and the
// third exchange took its findings from the cache.
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

	// A text is searched twice (the doorkeeper admits it on the second
	// miss) and found in the cache from the third time on.
	_, first, _ := handlerServe(t, on, http.MethodPost, "/v1/chat/completions", body, hdr, "application/json", answer)
	_, second, _ := handlerServe(t, on, http.MethodPost, "/v1/chat/completions", body, hdr, "application/json", answer)
	hits0 := metricValue(t, metricFindCacheHits)
	_, third, _ := handlerServe(t, on, http.MethodPost, "/v1/chat/completions", body, hdr, "application/json", answer)
	_, uncached, _ := handlerServe(t, off, http.MethodPost, "/v1/chat/completions", body, hdr, "application/json", answer)
	if hits := metricValue(t, metricFindCacheHits) - hits0; hits < 10 {
		t.Errorf("the third exchange had %v cache hits, want every long text (at least 10)", hits)
	}
	if first != second || first != third || first != uncached {
		t.Fatalf("forwarded bodies differ:\nfirst    %s\nsecond   %s\nthird    %s\nuncached %s", first, second, third, uncached)
	}
	for _, v := range []string{"fern.orchard@example.net", "555 0142", "4111 1111", "555 0199"} {
		if strings.Contains(first, v) {
			t.Errorf("the provider got %q: %s", v, first)
		}
	}
	recs := recordsOf(t, log.String())
	if len(recs) != 4 {
		t.Fatalf("%d records, want 4", len(recs))
	}
	a, _ := json.Marshal(recs[0])
	for i, r := range recs[1:] {
		if b, _ := json.Marshal(r); !bytes.Equal(a, b) {
			t.Errorf("records differ:\nfirst %s\n#%d    %s", a, i+2, b)
		}
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
	redactWith() // the second miss puts it
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
	for range 3 {
		after, hits := redactWith()
		if !strings.Contains(after, "[DENIED_TERM_") {
			t.Fatalf("after the reload: %q with %d hits, want the deny term redacted", after, hits)
		}
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
			tr.spans(text(i)) // the second miss puts it
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
		tr.spans(s)
		if c.len() != 0 {
			t.Errorf("spans pointing into the text were cached")
		}
	})
	t.Run("doorkeeper", func(t *testing.T) {
		// One entry per shard: a text seen twice stays through a flood of
		// texts seen once, which are never put.
		c := newFindCache(&FindCacheConfig{Entries: findCacheShards})
		tr := textRedactor{find: find, cache: c, gen: 1}
		kept := "pii" + text(-1)
		tr.spans(kept)
		if c.len() != 0 {
			t.Fatalf("a text seen once was put")
		}
		tr.spans(kept)
		for i := range 5000 {
			tr.spans(text(i))
		}
		if c.len() != 1 {
			t.Errorf("%d entries after one text seen twice and 5000 once, want 1", c.len())
		}
		calls = 0
		if sp := tr.spans(kept); len(sp) != 1 || calls != 0 {
			t.Errorf("the text seen twice was searched again (%d) or lost its span: %v", calls, sp)
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
// miss (lookup, search, insert), which sets minCachedText. For
// instruction counts, run one case under callgrind with GOGC=off and
// --toggle-collect on its breakEven function (breakEvenFind, breakEvenHit,
// breakEvenMiss), and divide by the count.
func BenchmarkFindCacheBreakEven(b *testing.B) {
	g := newTestGuardrail(b, nil)
	st := g.state.Load()
	base := strings.Repeat("Plan the spring newsletter for returning customers and keep it short. ", 16)
	// variants returns texts of n bytes that differ in their first three
	// letters, more of them than the cache holds: find and miss see a new
	// text each time.
	variants := func(n int) []string {
		texts := make([]string, 26*26*26)
		for i := range texts {
			texts[i] = string([]byte{byte('a' + i/676), byte('a' + i/26%26), byte('a' + i%26)}) + base[3:n]
		}
		return texts
	}
	for _, n := range []int{16, 32, 48, 64, 96, 128, 256, 512, 1024} {
		b.Run(fmt.Sprintf("len=%d/find", n), func(b *testing.B) {
			texts := variants(n)
			i := 0
			for b.Loop() {
				breakEvenFind(st.find, texts[i%len(texts)])
				i++
			}
		})
		b.Run(fmt.Sprintf("len=%d/hit", n), func(b *testing.B) {
			s := base[:n]
			c := newFindCache(nil)
			c.put(c.key(s, st.gen), s, st.find(s))
			for b.Loop() {
				breakEvenHit(c, s, st.gen)
			}
		})
		b.Run(fmt.Sprintf("len=%d/miss", n), func(b *testing.B) {
			texts := variants(n)
			tr := &textRedactor{find: st.find, cache: newFindCache(nil), gen: st.gen}
			i := 0
			for b.Loop() {
				breakEvenMiss(tr, texts[i%len(texts)])
				i++
			}
		})
	}
}

//go:noinline
func breakEvenFind(find func(string) []redact.Span, s string) { find(s) }

//go:noinline
func breakEvenHit(c *findCache, s string, gen uint64) { c.get(c.key(s, gen)) }

// breakEvenMiss is textRedactor.spans's miss at any length, with the
// insert of a text's second miss.
//
//go:noinline
func breakEvenMiss(t *textRedactor, s string) {
	k := t.cache.key(s, t.gen)
	if _, hit, _ := t.cache.get(k); hit {
		panic("a hit")
	}
	t.cache.put(k, s, t.find(s)) // as if admitted: the dearer miss
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

// FuzzFindCacheSame rewrites a body without the cache and then four times
// with it (searched, admitted, then from the cache twice): the bytes and
// the counts are the same every time.
func FuzzFindCacheSame(f *testing.F) {
	f.Add([]byte(cacheConversation("Is the order for the garden benches still on time for Friday's delivery slot?")))
	f.Add([]byte(`{"messages":[{"role":"user","content":[{"type":"text","text":"write to fern.orchard@exa"},{"type":"text","text":"mple.net about the late delivery of the seed trays, please, today"}]}]}`))
	f.Add([]byte(`{"messages":[{"role":"user","content":"call +1 415 555 0142 or +1 415 555 0142 again about the trays \u0040 noon, twice"}],"user":"u1"}`))
	g := newTestGuardrail(f, nil)
	st := g.state.Load()
	anon := func(string) string { return "anonymous" }
	f.Fuzz(func(t *testing.T, body []byte) {
		if checkJSON(body) != nil {
			return
		}
		var want []byte
		var wantStats redactStats
		for i := range 5 {
			tr := &textRedactor{find: st.find, policy: st.policy, vault: redact.NewVault(g.key)}
			if i > 0 {
				tr.cache, tr.gen = g.findCache, st.gen
			}
			out, err := redactJSON(body, openAIChat.request, openAIChat.user, tr, anon)
			tr.vault.Release()
			if err != nil {
				if i == 0 {
					return // the rewrite itself refuses it
				}
				t.Fatalf("run %d with the cache: %v", i, err)
			}
			if i == 0 {
				want, wantStats = bytes.Clone(out), tr.stats
				continue
			}
			if !bytes.Equal(out, want) {
				t.Fatalf("run %d with the cache:\n%s\nwithout:\n%s", i, out, want)
			}
			if tr.stats.total != wantStats.total || !slices.Equal(tr.stats.rules, wantStats.rules) {
				t.Fatalf("run %d counts %d %v, without the cache %d %v", i, tr.stats.total, tr.stats.rules, wantStats.total, wantStats.rules)
			}
		}
	})
}

// TestFindKeyContent holds the cache key to the text's bytes: the same
// bytes in other memory give the same key, a change of any one byte, of
// the length or of the generation another.
func TestFindKeyContent(t *testing.T) {
	c := newFindCache(nil)
	text := strings.Repeat("Book the tasting room for the cider club on the first Thursday of May. ", 9)
	k := c.key(text, 3)
	if c.key(strings.Clone(text), 3) != k {
		t.Fatal("the same text in other memory has another key")
	}
	for i := range len(text) {
		b := []byte(text)
		b[i] ^= 0x20
		if c.key(string(b), 3) == k {
			t.Fatalf("byte %d changed, same key", i)
		}
	}
	if c.key(text[:len(text)-1], 3) == k || c.key(text, 4) == k {
		t.Fatal("a shorter text or another generation has the same key")
	}
	if k.h1 == k.h2 {
		t.Fatal("the two hashes are equal: the seeds are not used")
	}
}

// BenchmarkFindKey measures the cache key of texts of a chat request's
// sizes (two seeded hashes of the whole text), against maphash.String,
// which hashes in 128-byte pieces chained one after the other.
func BenchmarkFindKey(b *testing.B) {
	c := newFindCache(nil)
	text := strings.Repeat("Plan the spring newsletter for returning customers and keep it short. ", 470)
	for _, n := range []int{64, 600, 2200, 32000} {
		s := text[:n]
		b.Run(fmt.Sprintf("len=%d/key", n), func(b *testing.B) {
			b.SetBytes(int64(n))
			for b.Loop() {
				c.key(s, 1)
			}
		})
		b.Run(fmt.Sprintf("len=%d/maphash.String", n), func(b *testing.B) {
			b.SetBytes(int64(n))
			for b.Loop() {
				_ = findKey{h1: maphash.String(c.seed1, s), h2: maphash.String(c.seed2, s), n: len(s), gen: 1}
			}
		})
	}
}
