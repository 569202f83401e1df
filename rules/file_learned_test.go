package rules

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/caddy-guardrail/guardrail/redact"
)

// learnedOnlyText holds a name the rules miss and the learned name model
// finds at redact.LearnedPersonThreshold (a chat line of one speaker: the
// chat-export rule needs two). Our own text. It scores 0.73 with the
// ml18 table: a retrained table may move it; then pick another text with
// `caddy guardrail scan --rules` (on and off) and change it here, in
// redact/learned_option_test.go and caddymodule/learned_integration_test.go.
const learnedOnlyText = "[10:02] Mofokeng: the banner is live"

// TestLearnedPersonSetting checks detectors.learned_person: the values a
// file may give, what reaches the engine, and the version.
func TestLearnedPersonSetting(t *testing.T) {
	tests := []struct {
		name, src string
		want      float64 // the threshold for redact.Options.LearnedPerson
		finds     bool    // the model's name in learnedOnlyText is found
	}{
		{"unset", "", 0, true}, // the engine's default: on
		{"threshold", "detectors:\n  learned_person: 0.5\n", 0.5, true},
		{"tested constant", "detectors:\n  learned_person: 0.50\n", redact.LearnedPersonThreshold, true},
		{"strict", "detectors:\n  learned_person: 0.95\n", 0.95, false},
		{"off", "detectors:\n  learned_person: off\n", learnedOff, false},
		{"off quoted", "detectors:\n  learned_person: \"OFF\"\n", learnedOff, false},
		{"false", "detectors:\n  learned_person: false\n", learnedOff, false},
	}
	base := mustParse(t, "")
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := mustParse(t, tc.src)
			if got := s.doc.learnedThreshold(); got != tc.want {
				t.Errorf("threshold %v, want %v", got, tc.want)
			}
			found := slices.ContainsFunc(s.Find(learnedOnlyText), func(sp redact.Span) bool {
				return strings.HasPrefix(sp.Reason, "learned name model: ")
			})
			if found != tc.finds {
				t.Errorf("learned span found: %v, want %v (%v)", found, tc.finds, s.Find(learnedOnlyText))
			}
			if (s.Version == base.Version) != (tc.want == 0) {
				t.Errorf("version %s, defaults' %s", s.Version, base.Version)
			}
			if on := strings.Contains(s.Summary(), "learned names at"); on != (tc.want > 0 && tc.want < learnedOff || tc.want == 0 && redact.DefaultLearnedPerson < 1) {
				t.Errorf("summary %q", s.Summary())
			}
			if def := strings.Contains(s.Summary(), "(default)"); def != (tc.want == 0) {
				t.Errorf("summary %q: the default is named only when the file sets no threshold", s.Summary())
			}
		})
	}
}

// TestLearnedPersonProblems checks bad values: a clear message at the
// value's position.
func TestLearnedPersonProblems(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"zero", "detectors:\n  learned_person: 0\n", "rules.yaml:2:19: detectors.learned_person must be above 0 and below 1 (e.g. 0.5), not 0; write off to switch the model off"},
		{"one", "detectors:\n  learned_person: 1\n", "rules.yaml:2:19: detectors.learned_person must be above 0 and below 1"},
		{"above", "detectors:\n  learned_person: 1.5\n", "not 1.5"},
		{"negative", "detectors:\n  learned_person: -0.2\n", "not -0.2"},
		{"on", "detectors:\n  learned_person: on\n", "rules.yaml:2:19: detectors.learned_person must be a threshold between 0 and 1 (e.g. 0.5) or off"},
		{"true", "detectors:\n  learned_person: true\n", "must be a threshold"},
		{"empty", "detectors:\n  learned_person:\n", "must be a threshold"},
		{"list", "detectors:\n  learned_person: [0.5]\n", "rules.yaml:2:19: detectors.learned_person must be a threshold"},
		{"misspelt key", "detectors:\n  learned_persons: 0.5\n", `unknown key "learned_persons" (did you mean "learned_person"?)`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("rules.yaml", []byte(tc.src))
			pe, ok := errors.AsType[*Error](err)
			if !ok {
				t.Fatalf("error %v, want *Error", err)
			}
			if !strings.Contains(pe.Error(), tc.want) {
				t.Errorf("problems\n%s\ndo not contain %q", pe, tc.want)
			}
		})
	}
}

// TestLearnedPersonMerge checks the merge: a later file's value wins, a
// file without the key keeps the earlier value, and Overlay (the
// Caddyfile's settings) keeps it.
func TestLearnedPersonMerge(t *testing.T) {
	doc := func(src string) *fileDoc {
		d, probs := decodeFile("rules.yaml", []byte(src))
		if len(probs) > 0 {
			t.Fatalf("%q: %v", src, probs)
		}
		return d
	}
	on, off, none := doc("detectors:\n  learned_person: 0.6\n"), doc("detectors:\n  learned_person: off\n"), doc("allow: [x]\n")
	for _, tc := range []struct {
		name       string
		base, over *fileDoc
		want       float64
	}{
		{"over wins", on, off, learnedOff},
		{"over wins back", off, on, 0.6},
		{"unset keeps", on, none, 0.6},
		{"unset on unset", none, none, 0},
	} {
		if got := merge(tc.base, tc.over).learnedThreshold(); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
	s := mustParse(t, "detectors:\n  learned_person: 0.5\n")
	o, err := s.Overlay(Overlay{Disable: []string{"IP_ADDRESS"}})
	if err != nil {
		t.Fatal(err)
	}
	if o.doc.learnedThreshold() != 0.5 || len(o.Find(learnedOnlyText)) == 0 {
		t.Error("Overlay dropped learned_person")
	}
}

// TestLearnedPersonSchema checks the schema's entry: a number strictly
// inside (0,1), or off.
func TestLearnedPersonSchema(t *testing.T) {
	var sch struct {
		Properties struct {
			Detectors struct {
				Properties map[string]json.RawMessage
			}
		}
	}
	if err := json.Unmarshal(Schema(), &sch); err != nil {
		t.Fatal(err)
	}
	var dk []string
	for k := range sch.Properties.Detectors.Properties {
		dk = append(dk, k)
	}
	slices.Sort(dk)
	want := slices.Sorted(slices.Values(detectorKeys))
	if !slices.Equal(dk, want) {
		t.Errorf("schema detectors keys %v, decoder %v", dk, want)
	}
	lp := string(sch.Properties.Detectors.Properties["learned_person"])
	for _, w := range []string{`"exclusiveMinimum": 0`, `"exclusiveMaximum": 1`, `"off"`} {
		if !strings.Contains(lp, w) {
			t.Errorf("schema learned_person %s lacks %s", lp, w)
		}
	}
}
