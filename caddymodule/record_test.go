package caddymodule

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestRecordRulesSorted holds the record's rule ids, whose sorted list a
// reused recordParts keeps while exchanges repeat the same ids in the same
// order, to a fresh sort of each exchange's ids.
func TestRecordRulesSorted(t *testing.T) {
	ids := []string{"builtin.email", "builtin.phone", "builtin.iban", "builtin.card", "custom.x", "", "builtin.ip"}
	rng := rand.New(rand.NewPCG(3, 4))
	p := new(recordParts)
	var prev []string
	for i := 0; i < 5000; i++ {
		rules := prev
		if prev == nil || rng.IntN(3) == 0 {
			rules = nil
			for _, j := range rng.Perm(len(ids))[:rng.IntN(len(ids))+1] {
				rules = append(rules, ids[j])
			}
			if rng.IntN(50) == 0 {
				for len(rules) <= maxPooledFindings {
					rules = append(rules, ids[rng.IntN(len(ids))]) // a long list: not kept by reset
				}
			}
		}
		prev = rules
		x := &exchangeState{redactions: redactStats{total: len(rules), rules: slices.Clone(rules)}}
		rec := x.record(p)
		want := slices.Sorted(slices.Values(rules))
		if rec.Redactions == nil || !slices.Equal(rec.Redactions.Rules, want) {
			t.Fatalf("exchange %d with rules %q: record rules %v, want %q", i, rules, rec.Redactions, want)
		}
		p.reset()
	}
}
