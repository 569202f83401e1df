package consent

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hashicorp/golang-lru/v2/expirable"
)

// maxServiceBody bounds the consent service's answer.
const maxServiceBody = 64 << 10

// service looks subjects up in the consent service, with an LRU cache of
// answers and one shared fetch per subject at a time.
type service struct {
	url         string
	client      *http.Client
	timeout     time.Duration
	ttl, negTTL time.Duration
	failOpen    bool
	now         *func() time.Time

	// cache holds answers; each entry carries its own expiry (TTL for
	// answers, NegativeTTL for 404s and failures), checked on every hit.
	// The LRU is created without a TTL: golang-lru v2.0.7 starts a cleanup
	// goroutine for an LRU with a TTL that can never be stopped, which
	// would leak one goroutine per config reload. Memory stays bounded by
	// CacheSize; expired entries are replaced on the next miss or evicted.
	cache *expirable.LRU[string, serviceEntry]

	mu       sync.Mutex
	inflight map[string]*serviceCall

	hits, misses atomic.Uint64
	joined       atomic.Uint64 // lookups that shared another's fetch
}

// serviceEntry is one cached answer.
type serviceEntry struct {
	granted purposeSet
	ok      bool   // false: the lookup failed
	reason  string // why it failed
	expires time.Time
}

// serviceCall is a fetch that concurrent lookups of one subject share.
type serviceCall struct {
	done  chan struct{}
	entry serviceEntry
}

func newService(c *ServiceConfig, client *http.Client, now *func() time.Time) *service {
	if client == nil {
		client = &http.Client{Transport: &http.Transport{Proxy: nil, MaxIdleConnsPerHost: 16, IdleConnTimeout: 90 * time.Second}}
	}
	return &service{
		url:      c.URL,
		client:   client,
		timeout:  time.Duration(c.Timeout),
		ttl:      time.Duration(c.TTL),
		negTTL:   time.Duration(c.NegativeTTL),
		failOpen: c.FailOpen,
		now:      now,
		cache:    expirable.NewLRU[string, serviceEntry](c.CacheSize, nil, 0),
		inflight: map[string]*serviceCall{},
	}
}

func (s *service) close() { s.cache.Purge() }

// lookup returns the cached or fetched answer for subject.
func (s *service) lookup(ctx context.Context, subject string, r *Resolver) serviceEntry {
	if e, ok := s.cache.Get(subject); ok && (*s.now)().Before(e.expires) {
		s.hits.Add(1)
		return e
	}
	s.misses.Add(1)
	s.mu.Lock()
	if c, ok := s.inflight[subject]; ok {
		s.mu.Unlock()
		s.joined.Add(1)
		select {
		case <-c.done:
			return c.entry
		case <-ctx.Done():
			return serviceEntry{reason: "request canceled while waiting"}
		}
	}
	c := &serviceCall{done: make(chan struct{})}
	s.inflight[subject] = c
	s.mu.Unlock()

	c.entry = s.fetch(ctx, subject, r)
	s.cache.Add(subject, c.entry)
	s.mu.Lock()
	delete(s.inflight, subject)
	s.mu.Unlock()
	close(c.done)
	return c.entry
}

// fetch asks the service. The fetch outlives a canceled caller (others
// may share it) but never the configured timeout.
func (s *service) fetch(ctx context.Context, subject string, r *Resolver) serviceEntry {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.timeout)
	defer cancel()
	granted, definitive, reason := s.get(ctx, subject, r)
	now := (*s.now)()
	switch {
	case reason != "":
		return serviceEntry{reason: reason, expires: now.Add(s.negTTL)}
	case !definitive:
		return serviceEntry{ok: true, expires: now.Add(s.negTTL)}
	}
	return serviceEntry{ok: true, granted: granted, expires: now.Add(s.ttl)}
}

// get performs one request. definitive is false for 404 (no record).
func (s *service) get(ctx context.Context, subject string, r *Resolver) (granted purposeSet, definitive bool, reason string) {
	u := strings.ReplaceAll(s.url, "{subject}", url.PathEscape(subject))
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return 0, false, "bad request url"
	}
	req.Header.Set("Accept", "application/json")
	resp, err := s.client.Do(req)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return 0, false, "timeout"
		}
		return 0, false, "unreachable"
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotFound:
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, maxServiceBody))
		return 0, false, ""
	case resp.StatusCode != http.StatusOK:
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, maxServiceBody))
		return 0, false, fmt.Sprintf("status %d", resp.StatusCode)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxServiceBody+1))
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return 0, false, "timeout"
		}
		return 0, false, "reading answer failed"
	}
	if len(body) > maxServiceBody {
		return 0, false, "answer larger than 64 KiB"
	}
	names, ok := parseServiceAnswer(body)
	if !ok {
		return 0, false, "answer is not {\"purposes\": [...]} or {\"purposes\": {...}}"
	}
	for _, p := range names {
		if i := r.lookup(p); i >= 0 {
			granted |= 1 << uint(i)
		}
	}
	return granted, true, ""
}

// parseServiceAnswer accepts {"purposes": ["a", "b"]} and
// {"purposes": {"a": true, "b": false}}; other members are ignored.
func parseServiceAnswer(body []byte) ([]string, bool) {
	var ans struct {
		Purposes json.RawMessage `json:"purposes"`
	}
	if err := json.Unmarshal(body, &ans); err != nil || len(ans.Purposes) == 0 {
		return nil, false
	}
	var list []string
	if err := json.Unmarshal(ans.Purposes, &list); err == nil && list != nil {
		return list, true
	}
	var m map[string]bool
	if err := json.Unmarshal(ans.Purposes, &m); err != nil || m == nil {
		return nil, false
	}
	for p, granted := range m {
		if granted {
			list = append(list, p)
		}
	}
	return list, true
}
