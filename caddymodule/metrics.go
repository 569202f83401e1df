package caddymodule

import (
	"errors"
	"sync"
	"sync/atomic"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics live in Caddy's registry under caddy_guardrail_*. They are package
// variables so that counts survive config reloads; every Provision registers
// them again with the new config's registry. Labels take bounded values only:
// dialects, outcomes, entity types, categories, actions, consent decisions and
// sources — never subject ids, keys, models or text.
var (
	metricExchanges = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: "caddy", Subsystem: "guardrail", Name: "exchanges_total",
		Help: "Exchanges handled by the guardrail, by dialect and outcome.",
	}, []string{"dialect", "outcome"})
	metricRedactions = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: "caddy", Subsystem: "guardrail", Name: "redactions_total",
		Help: "Personal data values redacted from prompts, by entity type.",
	}, []string{"type"})
	metricFindings = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: "caddy", Subsystem: "guardrail", Name: "findings_total",
		Help: "Screening findings in answers, by category and action.",
	}, []string{"category", "action"})
	metricConsent = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: "caddy", Subsystem: "guardrail", Name: "consent_decisions_total",
		Help: "Consent decisions, by decision and by each source that contributed (\"none\" when no source did).",
	}, []string{"decision", "source"})
	metricProcessing = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Namespace: "caddy", Subsystem: "guardrail", Name: "processing_seconds",
		Help:    "Time the guardrail itself added to an exchange (request inspection, answer screening and restoring), excluding the upstream.",
		Buckets: []float64{.00005, .0001, .00025, .0005, .001, .0025, .005, .01, .025, .05, .1, .25},
	}, []string{"dialect"})
	metricFindCacheHits = prometheus.NewCounter(prometheus.CounterOpts{
		Namespace: "caddy", Subsystem: "guardrail", Name: "find_cache_hits_total",
		Help: "Request texts whose findings came from the find cache (texts seen before under the same rules).",
	})
	metricFindCacheMisses = prometheus.NewCounter(prometheus.CounterOpts{
		Namespace: "caddy", Subsystem: "guardrail", Name: "find_cache_misses_total",
		Help: "Request texts long enough for the find cache that the detectors searched.",
	})
	metricFeedback = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: "caddy", Subsystem: "guardrail", Name: "feedback_total",
		Help: "Feedback reports received, by kind.",
	}, []string{"kind"})
)

// registerMetrics registers the collectors with reg; collectors already
// registered there count as success.
func registerMetrics(reg prometheus.Registerer) error {
	if reg == nil {
		return nil
	}
	for _, c := range []prometheus.Collector{metricExchanges, metricRedactions, metricFindings, metricConsent, metricProcessing, metricFeedback, metricFindCacheHits, metricFindCacheMisses} {
		if err := reg.Register(c); err != nil {
			if _, ok := errors.AsType[prometheus.AlreadyRegisteredError](err); !ok {
				return err
			}
		}
	}
	return nil
}

// The children of the vectors that every exchange touches, by label values.
var (
	exchangesByLabel    = labelCache[prometheus.Counter]{with: metricExchanges.WithLabelValues, labels: 2}
	redactionsByLabel   = labelCache[prometheus.Counter]{with: metricRedactions.WithLabelValues, labels: 1}
	findingsByLabel     = labelCache[prometheus.Counter]{with: metricFindings.WithLabelValues, labels: 2}
	consentByLabel      = labelCache[prometheus.Counter]{with: metricConsent.WithLabelValues, labels: 2}
	processingByDialect = labelCache[prometheus.Observer]{with: metricProcessing.WithLabelValues, labels: 1}
)

// labelCache memoizes a vector's children by their label values (one or
// two). The values come from small sets (dialects, outcomes, entity types,
// categories, consent sources), so the map stays small; a hit is one atomic
// load and a map lookup, with no lock and no write to memory shared between
// cores, where WithLabelValues hashes the values under a read lock. The map
// is copied on a miss, which happens once per label combination. A vector
// with one label has a map keyed by that string: the runtime's string-keyed
// lookup is cheaper than the generic one a [2]string key takes (its hash
// and equality functions), and most lookups of an exchange are of the
// one-label entity types.
type labelCache[T any] struct {
	with   func(...string) T
	labels int        // the vector's label count, 1 or 2
	mu     sync.Mutex // serialises misses
	one    atomic.Pointer[map[string]T]
	two    atomic.Pointer[map[[2]string]T]
}

// maxLabelCache bounds a cache; past it, children are looked up uncached.
const maxLabelCache = 4096

// get returns the child for the label values a and b (b is ignored when
// the vector has one label).
func (c *labelCache[T]) get(a, b string) T {
	if c.labels == 1 {
		if m := c.one.Load(); m != nil {
			if v, ok := (*m)[a]; ok {
				return v
			}
		}
		return cacheChild(&c.mu, &c.one, a, c.with(a))
	}
	k := [2]string{a, b}
	if m := c.two.Load(); m != nil {
		if v, ok := (*m)[k]; ok {
			return v
		}
	}
	return cacheChild(&c.mu, &c.two, k, c.with(a, b))
}

// cacheChild adds the child v of label values k to the map at p, a copy
// of the old one, unless the map is full, and returns v.
func cacheChild[K comparable, T any](mu *sync.Mutex, p *atomic.Pointer[map[K]T], k K, v T) T {
	mu.Lock()
	defer mu.Unlock()
	old := p.Load()
	if old != nil && len(*old) >= maxLabelCache {
		return v
	}
	m := make(map[K]T, 1)
	if old != nil {
		m = make(map[K]T, len(*old)+1)
		for ok, ov := range *old {
			m[ok] = ov
		}
	}
	m[k] = v
	p.Store(&m)
	return v
}

// observe counts one finished exchange.
func (x *exchangeState) observe() {
	exchangesByLabel.get(x.dialect, x.outcome).Inc()
	for typ, n := range x.redactions.byType {
		redactionsByLabel.get(typ, "").Add(float64(n))
	}
	for _, f := range x.findings {
		findingsByLabel.get(f.category, f.action).Inc()
	}
	if x.consentDecision != "" {
		if len(x.consentSources) == 0 {
			consentByLabel.get(x.consentDecision, "none").Inc()
		}
		for _, s := range x.consentSources {
			consentByLabel.get(x.consentDecision, s).Inc()
		}
	}
	processingByDialect.get(x.dialect, "").Observe(x.guardDur.Seconds())
	if n := x.redactor.cacheHits; n > 0 {
		metricFindCacheHits.Add(float64(n))
	}
	if n := x.redactor.cacheMisses; n > 0 {
		metricFindCacheMisses.Add(float64(n))
	}
}
