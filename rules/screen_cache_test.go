package rules

import (
	"runtime"
	"slices"
	"testing"
	"weak"
)

func TestNewScreenerCachesByContent(t *testing.T) {
	rs := DefaultScreenRules()
	a, err := NewScreener(rs)
	if err != nil {
		t.Fatal(err)
	}
	b, err := NewScreener(slices.Clone(rs))
	if err != nil {
		t.Fatal(err)
	}
	if a != b {
		t.Error("the same rules compiled twice gave two screeners; want the cached one")
	}
	// Any change of content is a different screener, and behaves as such.
	changed := slices.Clone(rs)
	changed[0].Reason += " (edited)"
	c, err := NewScreener(changed)
	if err != nil {
		t.Fatal(err)
	}
	if c == a {
		t.Fatal("an edited rule list returned the cached screener of the old one")
	}
	if got := c.Rules()[0].Reason; got != changed[0].Reason {
		t.Errorf("edited screener's first reason = %q, want %q", got, changed[0].Reason)
	}
	// Moving a phrase from one rule to another keeps the multiset of
	// strings but must not hit the cache.
	x := []ScreenRule{
		{ID: "t.a", Category: rs[0].Category, Severity: High, Reason: "r", Phrases: []string{"act now", "hurry"}},
		{ID: "t.b", Category: rs[0].Category, Severity: High, Reason: "r", Phrases: []string{"only today"}},
	}
	y := []ScreenRule{
		{ID: "t.a", Category: rs[0].Category, Severity: High, Reason: "r", Phrases: []string{"act now"}},
		{ID: "t.b", Category: rs[0].Category, Severity: High, Reason: "r", Phrases: []string{"hurry", "only today"}},
	}
	sx, err := NewScreener(x)
	if err != nil {
		t.Fatal(err)
	}
	sy, err := NewScreener(y)
	if err != nil {
		t.Fatal(err)
	}
	if sx == sy {
		t.Fatal("rule lists that differ only in where a phrase sits share a cache entry")
	}
	if f := sy.Scan("so hurry up"); len(f) != 1 || f[0].Rule != "t.b" {
		t.Errorf("findings = %+v, want one of t.b", f)
	}
}

func TestNewScreenerDoesNotCacheErrors(t *testing.T) {
	bad := []ScreenRule{{ID: "x", Category: "no_such_category", Severity: High, Reason: "r", Phrases: []string{"a"}}}
	for range 2 {
		if _, err := NewScreener(bad); err == nil {
			t.Fatal("want an error for an unknown category, every time")
		}
	}
}

func TestParseSharesScreenerForSameFile(t *testing.T) {
	src := []byte("screening:\n  rules:\n    - id: local.test\n      category: false_urgency\n      severity: high\n      reason: test\n      phrases: [\"buy before midnight\"]\n")
	a, err := Parse("a.yaml", src)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Parse("a.yaml", src)
	if err != nil {
		t.Fatal(err)
	}
	if a.Screener == nil || a.Screener != b.Screener {
		t.Error("parsing the same file twice compiled its screening rules twice")
	}
}

// TestScreenerCacheDoesNotKeepScreenersAlive checks that a compiled screener
// nobody uses any more (a stale edit of a rules file) is freed: the cache
// holds its entries weakly.
func TestScreenerCacheDoesNotKeepScreenersAlive(t *testing.T) {
	rs := []ScreenRule{{ID: "t.weak", Category: DefaultScreenRules()[0].Category, Severity: High, Reason: "r",
		Phrases: []string{"only in this test"}}}
	s, err := NewScreener(rs)
	if err != nil {
		t.Fatal(err)
	}
	w := weak.Make(s)
	if again, _ := NewScreener(slices.Clone(rs)); again != s {
		t.Fatal("a screener in use was compiled again")
	}
	s = nil
	for i := 0; i < 10 && w.Value() != nil; i++ {
		runtime.GC()
	}
	if w.Value() != nil {
		t.Fatal("the cache keeps an unused screener alive")
	}
	s, err = NewScreener(rs)
	if err != nil || len(s.Scan("this is only in this test")) != 1 {
		t.Fatalf("recompiled screener: %v, findings %v", err, s.Scan("this is only in this test"))
	}
}
