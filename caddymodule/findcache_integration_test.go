package caddymodule

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tidwall/gjson"
)

// TestIntegrationFindCache runs the real Caddy with the find cache on and
// off: a conversation sent three times reaches the provider with the same
// bytes and has the same record, the third time from the cache; a rules edit
// between two identical requests applies to the second at once; and with
// find_cache off the provider gets the same bytes.
func TestIntegrationFindCache(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Caddy")
	}
	dir := t.TempDir()
	rulesPath, logFile := filepath.Join(dir, "rules.yaml"), filepath.Join(dir, "exchange.log")
	rulesFileWrite(t, rulesPath, "deny: [Bramblecote]\n")
	up := newUpstream(t)
	body := cacheConversation("Last question: should the Larkspur launch mention the late seed trays, or leave them out?")

	// post sends body and returns what the provider received.
	post := func(t *testing.T) string {
		t.Helper()
		n := len(up.received())
		resp, _ := dialectsPost(t, "/v1/chat/completions", body, nil)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("status %d", resp.StatusCode)
		}
		got := up.received()
		if len(got) != n+1 {
			t.Fatalf("provider got %d requests, want 1", len(got)-n)
		}
		return got[n]
	}

	startCaddyWithLog(t, up, logFile, "rules "+rulesPath)
	// Searched twice (the second miss puts the texts), then from the cache.
	first, second := post(t), post(t)
	hits0 := scrapeCounter(t, "caddy_guardrail_find_cache_hits_total")
	third := post(t)
	if hits := scrapeCounter(t, "caddy_guardrail_find_cache_hits_total") - hits0; hits < 10 {
		t.Errorf("%v cache hits in the third identical conversation, want at least 10 (every long text)", hits)
	}
	if first != second || first != third {
		t.Fatalf("the same conversation was forwarded differently:\n%s\n%s\n%s", first, second, third)
	}
	for _, v := range []string{"fern.orchard@example.net", "555 0142", "4111 1111"} {
		if strings.Contains(first, v) {
			t.Errorf("the provider got %q: %s", v, first)
		}
	}
	if !strings.Contains(first, "Larkspur") {
		t.Fatalf("Larkspur redacted before it was denied: %s", first)
	}
	data, err := os.ReadFile(logFile)
	if err != nil {
		t.Fatal(err)
	}
	var recs []map[string]any
	for _, r := range recordsOf(t, exchangeLines(string(data))) {
		if r["method"] == http.MethodPost { // not settle's model lists
			recs = append(recs, r)
		}
	}
	if len(recs) != 3 {
		t.Fatalf("%d records of chat requests, want 3", len(recs))
	}
	a, _ := json.Marshal(recs[0])
	for i, r := range recs[1:] {
		if b, _ := json.Marshal(r); string(a) != string(b) {
			t.Errorf("records differ:\nfirst %s\n#%d    %s", a, i+2, b)
		}
	}

	// A rules edit: the same conversation again, now with Larkspur denied.
	rulesFileWrite(t, rulesPath, "deny: [Bramblecote, Larkspur]\n")
	var edited string
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		edited = post(t)
		if !strings.Contains(edited, "Larkspur") || time.Now().After(deadline) {
			break
		}
	}
	if strings.Contains(edited, "Larkspur") {
		t.Fatalf("the new deny term did not apply within 10 s: %s", edited)
	}
	if !strings.Contains(edited, "[DENIED_TERM_") {
		t.Errorf("no deny placeholder after the edit: %s", edited)
	}
	for range 3 { // and again from the new rules' cache
		if again := post(t); again != edited {
			t.Fatalf("after the edit the same conversation was forwarded differently:\n%s\n%s", edited, again)
		}
	}

	// The cache off: the same bytes as with it on, under the same rules.
	rulesFileWrite(t, rulesPath, "deny: [Bramblecote]\n")
	startCaddyWithLog(t, up, filepath.Join(dir, "exchange-off.log"), "rules "+rulesPath+"\n\t\tfind_cache off")
	hits1 := scrapeCounter(t, "caddy_guardrail_find_cache_hits_total")
	if off := post(t); off != first {
		t.Errorf("with find_cache off the provider got\n%s\nwith it on\n%s", off, first)
	}
	if hits := scrapeCounter(t, "caddy_guardrail_find_cache_hits_total") - hits1; hits != 0 {
		t.Errorf("%v cache hits with find_cache off", hits)
	}
}

// exchangeLines keeps the exchange records of a log file's lines.
func exchangeLines(log string) string {
	var b strings.Builder
	for line := range strings.SplitSeq(log, "\n") {
		if strings.Contains(line, `"msg":"exchange"`) {
			b.WriteString(line + "\n")
		}
	}
	return b.String()
}

// scrapeCounter returns the value of an unlabelled counter on Caddy's admin
// metrics endpoint, 0 when it is not there yet.
func scrapeCounter(t *testing.T, name string) float64 {
	t.Helper()
	m := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(name) + ` (\S+)$`).FindSubmatch(adminMetrics(t))
	if m == nil {
		return 0
	}
	v, err := strconv.ParseFloat(string(m[1]), 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestIntegrationFindCacheParallel sends 100 conversations at once through
// Caddy, streamed, with restoring: they share their history (found once,
// then from the cache by every other exchange, each with its own vault)
// and each has a last turn of its own, whose address must come back in
// its own answer and in no other.
func TestIntegrationFindCacheParallel(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Caddy")
	}
	up := newUpstream(t)
	startCaddy(t, up, "")
	const n = 100
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Go(func() {
			last := fmt.Sprintf("Thank customer%d@example.com for the order of the garden benches and the trays.", i)
			req, _ := http.NewRequest(http.MethodPost, guardURL+"/v1/chat/completions",
				strings.NewReader(strings.Replace(cacheConversation(last), `{"model":"gpt-4o-mini",`, `{"model":"gpt-4o-mini","stream":true,`, 1)))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("X-Consent", "personalization")
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				errs <- err
				return
			}
			b, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			if err != nil {
				errs <- err
				return
			}
			var text strings.Builder
			for line := range strings.SplitSeq(string(b), "\n") {
				if c := gjsonContent(line); c != "" {
					text.WriteString(c)
				}
			}
			if got := text.String(); got != "Echo: "+last {
				errs <- fmt.Errorf("conversation %d: %q, want its own last turn restored", i, got)
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	for _, body := range up.received() {
		if strings.Contains(body, "@example.com") || strings.Contains(body, "fern.orchard") {
			t.Fatalf("the provider got an address: %.300s", body)
		}
	}
}

// gjsonContent returns the delta content of an SSE data line, or "".
func gjsonContent(line string) string {
	data, ok := strings.CutPrefix(line, "data: ")
	if !ok {
		return ""
	}
	return gjson.Get(data, "choices.0.delta.content").String()
}
