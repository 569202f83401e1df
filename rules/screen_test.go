package rules

import (
	"runtime"
	"slices"
	"testing"
)

func TestSeverity(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Severity
		ok   bool
	}{
		{"low", Low, true}, {"Medium", Medium, true}, {" HIGH ", High, true}, {"severe", 0, false}, {"", 0, false},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseSeverity(tc.in)
			if (err == nil) != tc.ok || got != tc.want {
				t.Fatalf("ParseSeverity(%q) = %v, %v; want %v, ok=%v", tc.in, got, err, tc.want, tc.ok)
			}
			if !tc.ok {
				return
			}
			b, err := got.MarshalText()
			if err != nil {
				t.Fatal(err)
			}
			var back Severity
			if err := back.UnmarshalText(b); err != nil || back != got {
				t.Fatalf("round trip %q gave %v, %v", b, back, err)
			}
		})
	}
	if _, err := Severity(7).MarshalText(); err == nil {
		t.Error("MarshalText(7) did not fail")
	}
}

func TestDefaultRulesParseAndCompile(t *testing.T) {
	rs := DefaultScreenRules()
	if len(rs) < 20 {
		t.Fatalf("only %d default rules", len(rs))
	}
	cats := map[string]bool{}
	for _, r := range rs {
		if r.Line == 0 {
			t.Errorf("rule %s has no line", r.ID)
		}
		if len(r.Examples.Match) == 0 || len(r.Examples.NoMatch) == 0 {
			t.Errorf("rule %s lacks match or no_match examples", r.ID)
		}
		cats[r.Category] = true
	}
	for _, c := range Categories() {
		if !cats[c.Code] {
			t.Errorf("no default rule for category %s", c.Code)
		}
	}
	s := DefaultScreener()
	if s != DefaultScreener() {
		t.Error("DefaultScreener is not compiled once")
	}
	if len(s.Rules()) != len(rs) {
		t.Errorf("Rules() has %d rules, want %d", len(s.Rules()), len(rs))
	}
}

// TestDefaultRuleExamples runs every example of every default rule.
func TestDefaultRuleExamples(t *testing.T) {
	s := DefaultScreener()
	for _, r := range s.Rules() {
		t.Run(r.ID, func(t *testing.T) {
			for _, ex := range r.Examples.Match {
				if !hasRule(s.Scan(ex), r.ID) {
					t.Errorf("match example %q: rule did not fire (got %v)", ex, s.Scan(ex))
				}
			}
			for _, ex := range r.Examples.NoMatch {
				if hasRule(s.Scan(ex), r.ID) {
					t.Errorf("no_match example %q: rule fired", ex)
				}
			}
		})
	}
}

func hasRule(fs []Finding, id string) bool {
	return slices.ContainsFunc(fs, func(f Finding) bool { return f.Rule == id })
}

func TestCategories(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range Categories() {
		if seen[c.Code] {
			t.Errorf("duplicate category %s", c.Code)
		}
		seen[c.Code] = true
		if c.Kind != "manipulation" && c.Kind != "bias" {
			t.Errorf("%s: kind %q", c.Code, c.Kind)
		}
		if c.Title == "" || c.Definition == "" || c.Source == "" {
			t.Errorf("%s: missing title, definition or source", c.Code)
		}
	}
	if len(seen) != 21 {
		t.Errorf("%d categories, want 21", len(seen))
	}
	if _, ok := CategoryByCode("fear_appeal"); !ok {
		t.Error("CategoryByCode(fear_appeal) not found")
	}
}

// TestCompiledScreenerIsFewObjects holds the compiled default screener to
// a few thousand heap objects: the garbage collector marks every one of
// them on each cycle for the life of the process, and the per-node maps
// and lists of the build (over 100,000 objects) are dropped by compact.
func TestCompiledScreenerIsFewObjects(t *testing.T) {
	rs := DefaultScreenRules()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	s, err := newScreener(rs)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	objects := int64(after.HeapObjects) - int64(before.HeapObjects)
	bytes := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("compiled default screener: %d objects, %.1f MB", objects, float64(bytes)/1e6)
	if s.nodes != nil {
		t.Error("the build's nodes are still referenced after compile")
	}
	if objects > 20000 {
		t.Errorf("compiled default screener holds %d heap objects, want at most 20,000", objects)
	}
	// One stream screens with the compact lists alone.
	if fs := s.Scan("Hurry, only 2 left! Act now before it's too late."); len(fs) == 0 {
		t.Error("no finding in an urgent scarcity sentence")
	}
	runtime.KeepAlive(s)
}
