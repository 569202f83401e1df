package consent

import (
	"slices"
	"testing"
)

// TestListsUpFront holds the lists New computes to listOf, and checks that
// they have no room, so that an append never writes into a shared one.
func TestListsUpFront(t *testing.T) {
	r := newResolver(t, Config{Require: []string{"personalization", "analytics"}, GPCWithdraws: []string{"ads"}})
	if len(r.names) != 3 || len(r.lists) != 8 {
		t.Fatalf("%d names, %d lists; want 3 and 8", len(r.names), len(r.lists))
	}
	for set := purposeSet(0); set < 8; set++ {
		got, want := r.list(set), r.listOf(set)
		if !slices.Equal(got, want) || (got == nil) != (want == nil) || cap(got) != len(got) {
			t.Errorf("list(%b) = %q (cap %d), want %q", set, got, cap(got), want)
		}
	}
}

// TestDecisionSourcesNotShared checks that decisions without sources list
// them as an empty list, and that one decision's sources are not another's.
func TestDecisionSourcesNotShared(t *testing.T) {
	r := newResolver(t, Config{Require: []string{"personalization"}})
	none := r.Decide(t.Context(), nil, nil)
	if none.Sources == nil || len(none.Sources) != 0 {
		t.Fatalf("sources %#v, want an empty list", none.Sources)
	}
	h := map[string][]string{r.hdrConsent: {"personalization"}}
	a := r.Decide(t.Context(), h, nil)
	b := r.Decide(t.Context(), h, nil)
	if !slices.Equal(a.Sources, []string{SourceHeader}) || !slices.Equal(b.Sources, a.Sources) {
		t.Fatalf("sources %q and %q, want [header]", a.Sources, b.Sources)
	}
	a.Sources[0] = "changed"
	if b.Sources[0] != SourceHeader || len(noSources) != 0 {
		t.Errorf("decisions share their sources: %q", b.Sources)
	}
}
