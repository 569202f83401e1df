package rules

import (
	"strings"
	"testing"
)

func rule(id, phrase string) ScreenRule {
	return ScreenRule{ID: id, Category: "false_urgency", Severity: Medium, Reason: "test", Phrases: []string{phrase}}
}

func TestNewScreenerErrors(t *testing.T) {
	for _, tc := range []struct {
		name  string
		rules []ScreenRule
		want  []string // substrings of the error
	}{
		{"unknown category", []ScreenRule{{ID: "a", Category: "nope", Severity: Low, Reason: "r", Phrases: []string{"x"}}}, []string{"screening rule a", `unknown category "nope"`}},
		{"no phrases", []ScreenRule{{ID: "a", Category: "false_urgency", Severity: Low, Reason: "r"}}, []string{"screening rule a", "no phrases"}},
		{"duplicate id", []ScreenRule{rule("a", "x"), rule("a", "y")}, []string{"duplicate id"}},
		{"missing id", []ScreenRule{rule("", "x")}, []string{"screening rule #1", "missing id"}},
		{"bad severity", []ScreenRule{{ID: "a", Category: "false_urgency", Reason: "r", Phrases: []string{"x"}}}, []string{"severity"}},
		{"missing reason", []ScreenRule{{ID: "a", Category: "false_urgency", Severity: Low, Phrases: []string{"x"}}}, []string{"missing reason"}},
		{"line in error", []ScreenRule{{ID: "a", Category: "nope", Severity: Low, Reason: "r", Phrases: []string{"x"}, Line: 42}}, []string{"(line 42)"}},
		{"unclosed group", []ScreenRule{rule("a", "(act now")}, []string{"screening rule a", `phrase "(act now"`, "missing"}},
		{"stray bracket", []ScreenRule{rule("a", "act ] now")}, []string{"unexpected"}},
		{"unknown slot", []ScreenRule{rule("a", "only {x} left")}, []string{"unknown slot"}},
		{"leading gap", []ScreenRule{rule("a", "~2 now")}, []string{"cannot start or end"}},
		{"trailing gap", []ScreenRule{rule("a", "act ~2")}, []string{"cannot start or end"}},
		{"gap too big", []ScreenRule{rule("a", "act ~20 now")}, []string{"gap"}},
		{"gap in group", []ScreenRule{rule("a", "act (a ~2 b) now")}, []string{"top-level"}},
		{"all optional", []ScreenRule{rule("a", "[act] [now]")}, []string{"no words"}},
		{"punctuation only", []ScreenRule{rule("a", "act ?! now")}, []string{"holds no word"}},
		{"ambiguous group", []ScreenRule{rule("a", "(check out|buy) now")}, []string{"ambiguous group"}},
		{"bad stem", []ScreenRule{rule("a", "auto-renew*")}, []string{"stem"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewScreener(tc.rules)
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

func TestPatternLanguage(t *testing.T) {
	for _, tc := range []struct {
		phrase  string
		match   []string
		noMatch []string
	}{
		{"hurr*", []string{"Hurry!", "hurries", "HURRYING now"}, []string{"a rush"}},
		{"only [a] {n} left", []string{"only 3 left", "Only a few left", "ONLY 1,000 LEFT", "only twelve left"}, []string{"only some left", "only left"}},
		{"act|order now", []string{"act now", "Order — NOW"}, []string{"acting now", "act. Now"}},
		{"(bad at)|hopeless math", []string{"bad at math", "hopeless math"}, []string{"bad math"}},
		{"cancel ~3 by phone", []string{"cancel by phone", "cancel your plan only by phone"}, []string{"cancel your old plan today only by phone"}},
		{"risk-free", []string{"risk free", "Risk-Free", "risk—free"}, []string{"riskfree"}},
		{"don't wait", []string{"Don’t wait", "don't   wait"}, []string{"do not wait"}},
		{"{n} people _ viewing", []string{"12 people are viewing", "5 people now viewing"}, []string{"12 people viewing"}},
		{"reserved for {t}", []string{"reserved for 09:14", "Reserved for 1:02:03"}, []string{"reserved for 9", "reserved for 10.30"}},
		{"ünïcödé wörd", []string{"ÜNÏCÖDÉ WÖRD"}, []string{"unicode word"}},
	} {
		t.Run(tc.phrase, func(t *testing.T) {
			s, err := NewScreener([]ScreenRule{rule("r", tc.phrase)})
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range tc.match {
				if len(s.Scan(m)) == 0 {
					t.Errorf("%q does not match %q", tc.phrase, m)
				}
			}
			for _, m := range tc.noMatch {
				if fs := s.Scan(m); len(fs) > 0 {
					t.Errorf("%q matches %q: %+v", tc.phrase, m, fs)
				}
			}
		})
	}
}

func TestOverlapsOfOneRule(t *testing.T) {
	s, err := NewScreener([]ScreenRule{rule("r", "now")})
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Scan("now now now"); len(got) != 3 {
		t.Errorf("got %d findings, want one per word: %+v", len(got), got)
	}
	s, err = NewScreener([]ScreenRule{rule("r", "a ~3 z")})
	if err != nil {
		t.Fatal(err)
	}
	// Both starts reach "z"; the earliest start wins and the overlap is dropped.
	if got := s.Scan("a a z"); len(got) != 1 || got[0].Start != 0 {
		t.Errorf("got %+v, want one finding from 0", got)
	}
}

func TestParseScreenRules(t *testing.T) {
	good := `
other: {}
screening:
  rules:
    - id: a
      category: false_urgency
      severity: high
      reason: r
      phrases: ["act now"]
      examples:
        match: ["Act now"]
        no_match: ["no"]
`
	rs, err := ParseScreenRules([]byte(good))
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 1 || rs[0].ID != "a" || rs[0].Severity != High || rs[0].Line != 5 || rs[0].Examples.Match[0] != "Act now" {
		t.Fatalf("got %+v", rs)
	}
	for _, tc := range []struct{ name, yaml, want string }{
		{"unknown key", "screening:\n  rules:\n    - id: a\n      colour: red\n", `line 4: unknown key "colour"`},
		{"unknown section key", "screening:\n  rulez: []\n", `line 2: unknown key "rulez"`},
		{"bad severity", "screening:\n  rules:\n    - id: a\n      severity: severe\n", "severe"},
		{"rules not a list", "screening:\n  rules: 3\n", "must be a list"},
		{"unknown example key", "screening:\n  rules:\n    - id: a\n      examples: {hit: [x]}\n", `unknown key "hit"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseScreenRules([]byte(tc.yaml))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want it to contain %q", err, tc.want)
			}
		})
	}
}
