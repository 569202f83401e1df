package caddymodule

import (
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"weak"

	"github.com/caddy-guardrail/guardrail/redact"
)

// A record keeps the request's path and model, which the client wrote, so
// they are redacted first (exchangeState.redacted). Nearly every exchange
// of a route has the same path and one of a few models, and running the
// detectors on them for every record cost about as much as the rest of the
// record. cleanStrings remembers, per rules snapshot, the strings in which
// that snapshot's detectors found nothing: for them the redacted string is
// the string itself. The detectors are a pure function of the snapshot and
// the text, so the record is the same either way; the strings held are
// those that records write out as they are.

// cleanSets maps a rules snapshot, held weakly, to its cleanSet. A
// snapshot's entry is deleted when the snapshot is collected (after a
// rules reload), so the map does not keep old snapshots or their strings.
var cleanSets sync.Map // weak.Pointer[ruleState] -> *cleanSet

// maxCleanStrings bounds the strings remembered per snapshot; past it the
// detectors run as before. Paths with ids in them (e.g. /v1/threads/…)
// have too many values to remember all of them.
const maxCleanStrings = 256

// cleanSet is the set of strings one snapshot found clean. Lookups are a
// lock-free map read; an addition copies the map, which happens at most
// maxCleanStrings times per snapshot.
type cleanSet struct {
	snapshot weak.Pointer[ruleState] // its key in cleanSets
	mu       sync.Mutex              // serialises additions
	m        atomic.Pointer[map[string]struct{}]
}

// lastClean is the set cleanSetOf returned last. With one rules snapshot
// in use, the common case, finding its set then costs no weak.Make, which
// takes a lock that every exchange would share. It holds its snapshot
// weakly, like cleanSets.
var lastClean atomic.Pointer[cleanSet]

// cleanSetOf returns the clean strings of snapshot st.
func cleanSetOf(st *ruleState) *cleanSet {
	if c := lastClean.Load(); c != nil && c.snapshot.Value() == st {
		return c
	}
	k := weak.Make(st)
	v, ok := cleanSets.Load(k)
	if !ok {
		var loaded bool
		v, loaded = cleanSets.LoadOrStore(k, &cleanSet{snapshot: k})
		if !loaded {
			runtime.AddCleanup(st, func(k weak.Pointer[ruleState]) { cleanSets.Delete(k) }, k)
		}
	}
	c := v.(*cleanSet)
	lastClean.Store(c)
	return c
}

// redacted returns s with the personal data st finds in it replaced, as
// redact.Apply(s, st.find(s), st.policy, nil) does, without running the
// detectors on a string they found clean before.
func (c *cleanSet) redacted(st *ruleState, s string) string {
	if m := c.m.Load(); m != nil {
		if _, ok := (*m)[s]; ok {
			return s
		}
	}
	spans := st.find(s)
	if len(spans) > 0 {
		return redact.Apply(s, spans, st.policy, nil)
	}
	c.add(s)
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
