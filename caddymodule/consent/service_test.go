package consent

import (
	"context"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/caddyserver/caddy/v2"
)

// fakeService is a consent service whose answer a test sets per subject.
type fakeService struct {
	srv      *httptest.Server
	requests atomic.Int64
	mu       sync.Mutex
	status   int
	body     string
	block    chan struct{} // when non-nil, handlers wait for it or their request's end
	lastURI  string
}

func newFakeService(t testing.TB) *fakeService {
	f := &fakeService{status: 200, body: `{"purposes":["personalization"]}`}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.requests.Add(1)
		f.mu.Lock()
		status, body, block := f.status, f.body, f.block
		f.lastURI = r.RequestURI
		f.mu.Unlock()
		if block != nil {
			select {
			case <-block:
			case <-r.Context().Done():
				return
			}
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_, _ = w.Write([]byte(body))
	}))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeService) set(status int, body string) {
	f.mu.Lock()
	f.status, f.body = status, body
	f.mu.Unlock()
}

func serviceResolver(t testing.TB, f *fakeService, mod func(*ServiceConfig)) (*Resolver, *time.Time) {
	t.Helper()
	sc := &ServiceConfig{URL: f.srv.URL + "/v1/subjects/{subject}", TTL: caddy.Duration(5 * time.Minute), NegativeTTL: caddy.Duration(30 * time.Second)}
	if mod != nil {
		mod(sc)
	}
	r := newResolver(t, Config{Require: []string{"personalization"}, Service: sc})
	now := testNow
	r.now = func() time.Time { return now }
	return r, &now
}

func subject(id string) http.Header { return headers("X-Subject-Id", id) }

func TestServiceAnswers(t *testing.T) {
	for _, tc := range []struct {
		name     string
		status   int
		body     string
		failOpen bool
		outcome  string
		sources  []string
		note     string
	}{
		{"list", 200, `{"purposes":["analytics","Personalization"]}`, false, OutcomePersonalize, []string{"service"}, ""},
		{"map", 200, `{"subject":"x","purposes":{"personalization":true,"analytics":false}}`, false, OutcomePersonalize, []string{"service"}, ""},
		{"map, not granted", 200, `{"purposes":{"personalization":false}}`, false, OutcomeAnonymize, []string{"service"}, ""},
		{"empty list", 200, `{"purposes":[]}`, false, OutcomeAnonymize, []string{"service"}, ""},
		{"404: no record", 404, `{"error":"not found"}`, false, OutcomeAnonymize, []string{"service"}, ""},
		{"500 fails closed", 500, `oops`, false, OutcomeAnonymize, []string{}, "service: status 500"},
		{"500 fails open", 500, `oops`, true, OutcomePersonalize, []string{"service"}, "service: status 500 (fail_open"},
		{"garbage", 200, `<html>`, false, OutcomeAnonymize, []string{}, "service: answer is not"},
		{"wrong shape", 200, `{"purposes":"personalization"}`, false, OutcomeAnonymize, []string{}, "service: answer is not"},
		{"no purposes member", 200, `{"granted":["personalization"]}`, false, OutcomeAnonymize, []string{}, "service: answer is not"},
		{"null purposes", 200, `{"purposes":null}`, false, OutcomeAnonymize, []string{}, "service: answer is not"},
		{"too large", 200, `{"purposes":["` + strings.Repeat("x", maxServiceBody) + `"]}`, false, OutcomeAnonymize, []string{}, "service: answer larger"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeService(t)
			f.set(tc.status, tc.body)
			r, _ := serviceResolver(t, f, func(s *ServiceConfig) { s.FailOpen = tc.failOpen })
			d := r.Decide(context.Background(), subject("user-42"), nil)
			if d.Outcome != tc.outcome || !equalStrings(d.Sources, tc.sources) {
				t.Fatalf("got %s, want %s from %v", d, tc.outcome, tc.sources)
			}
			if tc.note == "" && len(d.Notes) != 0 || tc.note != "" && (len(d.Notes) != 1 || !strings.HasPrefix(d.Notes[0], tc.note)) {
				t.Errorf("notes %q, want %q", d.Notes, tc.note)
			}
			for _, s := range append(d.Notes, d.String()) {
				if strings.Contains(s, "user-42") {
					t.Errorf("%q leaks the subject", s)
				}
			}
			if d.Subject() != "user-42" {
				t.Errorf("Subject() = %q", d.Subject())
			}
		})
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestServiceCache(t *testing.T) {
	f := newFakeService(t)
	r, now := serviceResolver(t, f, nil)
	ctx := context.Background()
	decide := func() Decision { return r.Decide(ctx, subject("a/b c"), nil) }

	if d := decide(); d.Outcome != OutcomePersonalize {
		t.Fatalf("first: %s", d)
	}
	f.mu.Lock()
	uri := f.lastURI
	f.mu.Unlock()
	if uri != "/v1/subjects/a%2Fb%20c" {
		t.Errorf("request URI %q, want the subject path-escaped", uri)
	}
	f.set(200, `{"purposes":[]}`)
	if d := decide(); d.Outcome != OutcomePersonalize {
		t.Errorf("within ttl: %s, want the cached personalize", d)
	}
	if h, m := r.Stats(); h != 1 || m != 1 || f.requests.Load() != 1 {
		t.Errorf("stats hits %d misses %d requests %d, want 1 1 1", h, m, f.requests.Load())
	}
	*now = now.Add(5*time.Minute + time.Second)
	if d := decide(); d.Outcome != OutcomeAnonymize {
		t.Errorf("after ttl: %s, want a fresh anonymize", d)
	}
	if h, m := r.Stats(); h != 1 || m != 2 || f.requests.Load() != 2 {
		t.Errorf("stats hits %d misses %d requests %d, want 1 2 2", h, m, f.requests.Load())
	}

	// Header grants make the lookup unnecessary.
	if d := r.Decide(ctx, headers("X-Subject-Id", "other", "X-Consent", "personalization"), nil); d.Outcome != OutcomePersonalize || f.requests.Load() != 2 {
		t.Errorf("header grant: %s after %d requests, want no lookup", d, f.requests.Load())
	}
	// GPC withdraws personalization, so asking the service cannot help.
	if d := r.Decide(ctx, headers("X-Subject-Id", "other", "Sec-GPC", "1"), nil); d.Outcome != OutcomeAnonymize || f.requests.Load() != 2 {
		t.Errorf("gpc: %s after %d requests, want no lookup", d, f.requests.Load())
	}
	// No subject, no lookup.
	if d := r.Decide(ctx, headers(), nil); d.Outcome != OutcomeAnonymize || len(d.Notes) != 1 || d.Notes[0] != "service: no subject id" || f.requests.Load() != 2 {
		t.Errorf("no subject: %s notes %q after %d requests", d, d.Notes, f.requests.Load())
	}
}

func TestServiceNegativeCache(t *testing.T) {
	f := newFakeService(t)
	f.set(503, "down")
	r, now := serviceResolver(t, f, nil)
	ctx := context.Background()
	for i := 0; i < 3; i++ {
		if d := r.Decide(ctx, subject("s1"), nil); d.Outcome != OutcomeAnonymize {
			t.Fatalf("call %d: %s", i, d)
		}
	}
	if f.requests.Load() != 1 {
		t.Errorf("%d requests for a failing subject within negative_ttl, want 1", f.requests.Load())
	}
	f.set(200, `{"purposes":["personalization"]}`)
	*now = now.Add(31 * time.Second)
	if d := r.Decide(ctx, subject("s1"), nil); d.Outcome != OutcomePersonalize || f.requests.Load() != 2 {
		t.Errorf("after negative_ttl: %s after %d requests, want a fresh personalize", d, f.requests.Load())
	}
	if h, m := r.Stats(); h != 2 || m != 2 {
		t.Errorf("stats hits %d misses %d, want 2 2", h, m)
	}
}

func TestServiceEviction(t *testing.T) {
	f := newFakeService(t)
	r, _ := serviceResolver(t, f, func(s *ServiceConfig) { s.CacheSize = 1 })
	for _, s := range []string{"a", "b", "a", "b"} {
		r.Decide(context.Background(), subject(s), nil)
	}
	if h, m := r.Stats(); h != 0 || m != 4 {
		t.Errorf("cache of 1, alternating subjects: hits %d misses %d, want 0 4", h, m)
	}
}

func TestServiceTimeoutAndDown(t *testing.T) {
	t.Run("timeout", func(t *testing.T) {
		f := newFakeService(t)
		f.block = make(chan struct{})
		defer close(f.block)
		r, _ := serviceResolver(t, f, func(s *ServiceConfig) { s.Timeout = caddy.Duration(50 * time.Millisecond) })
		d := r.Decide(context.Background(), subject("slow"), nil)
		if d.Outcome != OutcomeAnonymize || len(d.Notes) != 1 || d.Notes[0] != "service: timeout" {
			t.Errorf("got %s notes %q, want anonymize with service: timeout", d, d.Notes)
		}
	})
	t.Run("down", func(t *testing.T) {
		f := newFakeService(t)
		f.srv.Close()
		r, _ := serviceResolver(t, f, nil)
		d := r.Decide(context.Background(), subject("x"), nil)
		if d.Outcome != OutcomeAnonymize || len(d.Notes) != 1 || d.Notes[0] != "service: unreachable" {
			t.Errorf("got %s notes %q, want anonymize with service: unreachable", d, d.Notes)
		}
	})
	t.Run("down, fail open, deny route", func(t *testing.T) {
		f := newFakeService(t)
		f.srv.Close()
		sc := &ServiceConfig{URL: f.srv.URL + "/{subject}", FailOpen: true}
		r := newResolver(t, Config{OnMissing: OutcomeDeny, Service: sc})
		if d := r.Decide(context.Background(), subject("x"), nil); d.Outcome != OutcomePersonalize {
			t.Errorf("got %s, want personalize (fail_open)", d)
		}
	})
}

func TestServiceSingleflight(t *testing.T) {
	f := newFakeService(t)
	f.block = make(chan struct{})
	r, _ := serviceResolver(t, f, nil)
	const n = 8
	var wg sync.WaitGroup
	results := make([]Decision, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = r.Decide(context.Background(), subject("same"), nil)
		}()
	}
	// Wait (bounded) until one fetch is in flight and the others joined it.
	deadline := time.Now().Add(5 * time.Second)
	for r.service.joined.Load() < n-1 || f.requests.Load() < 1 {
		if time.Now().After(deadline) {
			close(f.block)
			t.Fatalf("only %d lookups joined, %d requests", r.service.joined.Load(), f.requests.Load())
		}
		time.Sleep(time.Millisecond)
	}
	close(f.block)
	wg.Wait()
	if got := f.requests.Load(); got != 1 {
		t.Errorf("%d requests for %d concurrent lookups, want 1", got, n)
	}
	for i, d := range results {
		if d.Outcome != OutcomePersonalize {
			t.Errorf("lookup %d: %s", i, d)
		}
	}
	if h, m := r.Stats(); h != 0 || m != n {
		t.Errorf("hits %d misses %d, want 0 %d", h, m, n)
	}
}

func BenchmarkDecideServiceWarm(b *testing.B) {
	f := newFakeService(b)
	r, _ := serviceResolver(b, f, nil)
	h := subject("user-42")
	ctx := context.Background()
	if d := r.Decide(ctx, h, nil); d.Outcome != OutcomePersonalize {
		b.Fatal(d)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len("user-42")))
	for b.Loop() {
		if d := r.Decide(ctx, h, nil); d.Outcome != OutcomePersonalize {
			b.Fatal(d)
		}
	}
}

func TestServiceUsesTokenSubject(t *testing.T) {
	f := newFakeService(t)
	sc := &ServiceConfig{URL: f.srv.URL + "/v1/subjects/{subject}"}
	r := newResolver(t, Config{Require: []string{"personalization", "analytics"}, Token: &TokenConfig{Key: testKey}, Service: sc})
	f.set(200, `{"purposes":["analytics"]}`)
	d := r.Decide(context.Background(), headers("X-Consent-Token", sign(t, hs256(), claims("personalization"), testKey)), nil)
	if d.Outcome != OutcomePersonalize || !equalStrings(d.Sources, []string{"token", "service"}) {
		t.Fatalf("got %s, want personalize from token and service", d)
	}
	f.mu.Lock()
	uri := f.lastURI
	f.mu.Unlock()
	if uri != "/v1/subjects/user-42" {
		t.Errorf("looked up %q, want the token's sub", uri)
	}
}

func TestServiceWaiterCanceled(t *testing.T) {
	f := newFakeService(t)
	f.block = make(chan struct{})
	r, _ := serviceResolver(t, f, nil)
	leader := make(chan Decision)
	go func() { leader <- r.Decide(context.Background(), subject("s"), nil) }()
	deadline := time.Now().Add(5 * time.Second)
	for f.requests.Load() < 1 {
		if time.Now().After(deadline) {
			close(f.block)
			t.Fatal("the leader's request never arrived")
		}
		time.Sleep(time.Millisecond)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	d := r.Decide(ctx, subject("s"), nil)
	close(f.block)
	if d.Outcome != OutcomeAnonymize || len(d.Notes) != 1 || d.Notes[0] != "service: request canceled while waiting" {
		t.Errorf("canceled waiter: %s notes %q", d, d.Notes)
	}
	if l := <-leader; l.Outcome != OutcomePersonalize {
		t.Errorf("leader: %s, want personalize", l)
	}
	// The canceled wait is not cached; the leader's answer is.
	if d := r.Decide(context.Background(), subject("s"), nil); d.Outcome != OutcomePersonalize || f.requests.Load() != 1 {
		t.Errorf("after: %s with %d requests", d, f.requests.Load())
	}
}

// TestServiceNoGoroutineLeak guards against a cache that starts a goroutine
// nobody can stop (one per config reload).
func TestServiceNoGoroutineLeak(t *testing.T) {
	before := runtime.NumGoroutine()
	for range 10 {
		r, err := New(Config{Service: &ServiceConfig{URL: "http://127.0.0.1:1/{subject}"}}, nil)
		if err != nil {
			t.Fatal(err)
		}
		r.Close()
	}
	if after := runtime.NumGoroutine(); after > before {
		t.Errorf("%d goroutines after 10 New/Close, %d before", after, before)
	}
}
