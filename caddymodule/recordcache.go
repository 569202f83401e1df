package caddymodule

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/caddy-guardrail/guardrail/redact"
)

// A record keeps the request's path and model, which the client wrote, so
// they are redacted first (exchangeState.redacted). Nearly every exchange
// of a route has the same path and one of a few models, and running the
// detectors on them for every record cost about as much as the rest of the
// record. A cleanSet remembers, per rules snapshot, the strings in which
// that snapshot's detectors found nothing: for them the redacted string is
// the string itself. The detectors are a pure function of the snapshot and
// the text, so the record is the same either way; the strings held are
// those that records write out as they are.

// maxCleanStrings bounds the strings remembered per snapshot; past it the
// detectors run as before. Paths with ids in them (e.g. /v1/threads/…)
// have too many values to remember all of them.
const maxCleanStrings = 256

// cleanSet is the set of strings one snapshot found clean; each ruleState
// has its own (ruleState.clean), so a rules reload starts an empty one and
// the old set goes with the old snapshot. Lookups are a lock-free map
// read; an addition copies the map, which happens at most maxCleanStrings
// times per snapshot.
type cleanSet struct {
	mu sync.Mutex // serialises additions
	m  atomic.Pointer[map[string]struct{}]
}

// redacted returns s with the personal data st finds in it replaced, as
// redact.Apply(s, st.find(s), st.policy, nil) does, without running the
// detectors on a string they found clean before.
// A nil set remembers nothing.
func (c *cleanSet) redacted(st *ruleState, s string) string {
	if c != nil {
		if m := c.m.Load(); m != nil {
			if _, ok := (*m)[s]; ok {
				return s
			}
		}
	}
	spans := st.find(s)
	if len(spans) > 0 {
		return redact.Apply(s, spans, st.policy, nil)
	}
	if c != nil {
		c.add(s)
	}
	return s
}

// add remembers s (a copy: s may point into a pooled buffer) unless the set
// is full.
func (c *cleanSet) add(s string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	old := c.m.Load()
	n := 0
	if old != nil {
		n = len(*old)
	}
	if n >= maxCleanStrings {
		return
	}
	m := make(map[string]struct{}, n+1)
	if old != nil {
		for k := range *old {
			m[k] = struct{}{}
		}
	}
	m[strings.Clone(s)] = struct{}{}
	c.m.Store(&m)
}
