package caddymodule

import (
	"reflect"
	"testing"

	"github.com/caddy-guardrail/guardrail/redact"
	"github.com/caddy-guardrail/guardrail/rules"
)

func TestCleanWordFind(t *testing.T) {
	calls := map[string]int{}
	content := []redact.Span{{Start: 0, End: 7, Type: "DENY", Rule: "deny.content"}}
	find := func(s string) []redact.Span {
		calls[s]++
		if s == "content" {
			return content
		}
		return nil
	}
	f := cleanWordFind(find)
	clear(calls)
	for _, tc := range []struct {
		text   string
		want   []redact.Span
		search bool // find is called
	}{
		{"messages", nil, false},
		{"content", content, true}, // found at build time: always searched
		{"stream", nil, false},
		{"Messages", nil, true}, // not one of the words
		{"messages ", nil, true},
		{"ana.silva@example.com", nil, true},
		{"", nil, true},
	} {
		clear(calls)
		got := f(tc.text)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: spans %v, want %v", tc.text, got, tc.want)
		}
		if searched := calls[tc.text] > 0; searched != tc.search {
			t.Errorf("%q: searched %v, want %v", tc.text, searched, tc.search)
		}
	}
}

// TestCleanWordFindSame holds a snapshot's find to its engine's on the
// words it skips and on other texts (the default rules have no allow
// patterns).
func TestCleanWordFindSame(t *testing.T) {
	g := newTestGuardrail(t, nil)
	st := g.state.Load()
	texts := append([]string{"ana.silva@example.com", "call +44 20 7946 0958", "Maria Garcia", "content "}, apiWords...)
	skipped := 0
	for _, s := range texts {
		got, want := st.find(s), st.engine.Find(s)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q: find %v, engine %v", s, got, want)
		}
		if len(want) == 0 {
			skipped++
		}
	}
	if skipped < len(apiWords)/2 {
		t.Errorf("only %d of %d words clean under the default rules", skipped, len(apiWords))
	}
}

// TestCleanWordFindDenyTerm builds a snapshot from a rules file whose deny
// list names API member names: those are searched, and found, as before.
func TestCleanWordFindDenyTerm(t *testing.T) {
	set, err := rules.Parse("deny.yaml", []byte("deny: [content, Stream]\n"))
	if err != nil {
		t.Fatal(err)
	}
	st, err := stateFromSet(set, []byte("k"))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"content", "stream", "messages", "role"} {
		got, want := st.find(w), set.Find(w)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q: find %v, rule set %v", w, got, want)
		}
	}
	if len(st.find("content")) == 0 {
		t.Error("the deny term content was not found")
	}
}
