package caddymodule

import (
	"fmt"
	"strings"
	"sync"
	"testing"
)

// TestLabelCacheSame checks that the label cache returns the child of
// exactly the label values asked for: values equal in content but not in
// memory, one- and two-label vectors, concurrent use, and a full cache.
func TestLabelCacheSame(t *testing.T) {
	type child struct{ a, b string }
	for _, labels := range []int{1, 2} {
		calls := 0
		var mu sync.Mutex
		c := &labelCache[*child]{labels: labels, with: func(v ...string) *child {
			mu.Lock()
			calls++
			mu.Unlock()
			if len(v) != labels {
				t.Errorf("with called with %d values, want %d", len(v), labels)
			}
			ch := &child{a: v[0]}
			if labels == 2 {
				ch.b = v[1]
			}
			return ch
		}}
		check := func(a, b string) {
			got := c.get(a, b)
			want := child{a: a}
			if labels == 2 {
				want.b = b
			}
			if *got != want {
				t.Fatalf("labels %d: get(%q, %q) = %+v", labels, a, b, *got)
			}
		}
		vals := []string{"", "a", "b", "ab", "ba", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE",
			"IP_ADDRESS", "PERSON", "LOCATION", "forwarded", "blocked", "openai_chat", "anthropic", "x"}
		var wg sync.WaitGroup
		for g := range 4 {
			wg.Go(func() {
				for round := range 50 {
					for i, a := range vals {
						b := vals[(i*7+round+g)%len(vals)]
						// The same values in other memory.
						check(strings.Clone(a), strings.Clone(b))
						check(a, b)
					}
				}
			})
		}
		wg.Wait()
		if calls > len(vals)*len(vals)*4 {
			t.Errorf("labels %d: %d children made for at most %d label pairs: the cache does not keep them", labels, calls, len(vals)*len(vals))
		}
		// Past the cache's bound, children are still the right ones.
		for i := range maxLabelCache + 10 {
			check(fmt.Sprint("v", i), "w")
		}
		check("EMAIL_ADDRESS", "x")
	}
}
