package rules

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/caddy-guardrail/guardrail/redact"
)

const fullFile = `# a realistic rules file
allow:
  - support@acme.example
  - value: press@acme.example
    examples:
      match: ["Write to press@acme.example"]
      no_match: ["Write to jane.doe@gmail.com"]
deny:
  - Falcon
  - term: Project Nightjar
    examples:
      match: ["the project   nightjar launch"]
      no_match: ["a nightjar is a bird"]
allow_patterns:
  - id: acme.test_cards
    pattern: '4242[ -]?4242[ -]?4242[ -]?4242'
    examples: {match: ["4242 4242 4242 4242"], no_match: ["4111 1111 1111 1111"]}
deny_patterns:
  - id: acme.ticket
    pattern: 'SEC-\d{4,6}'
    type: TICKET_ID
    examples: {match: ["see SEC-12345"], no_match: ["SEC-12"]}
detectors:
  disable: [IP_ADDRESS]
  min_score: {PHONE_NUMBER: 0.6}
  custom:
    - id: acme.employee_id
      type: EMPLOYEE_ID
      pattern: '\bEMP-(\d{6})\b'
      group: 1
      context: [employee, badge]
      score: 0.55
      examples:
        match: ["employee EMP-123456 called", "EMP-654321"]
        no_match: ["TEMP-123456", "EMP-12345"]
operators:
  default: placeholder
  CREDIT_CARD: {kind: mask, keep_last: 4}
  EMPLOYEE_ID: remove
screening:
  disable: [urgency.deadline]
  actions: {false_scarcity: block, low: flag}
  rules:
    - id: acme.free_money
      category: deceptive_claim
      severity: high
      reason: promises free money
      phrases: ["free money"]
      examples: {match: ["Get free money now"], no_match: ["money is not free"]}
`

func mustParse(t *testing.T, src string) *Set {
	t.Helper()
	s, err := Parse("rules.yaml", []byte(src))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return s
}

func TestParseFullFile(t *testing.T) {
	s := mustParse(t, fullFile)
	if !strings.HasPrefix(s.Version, "sha256:") || len(s.Version) != len("sha256:")+16 {
		t.Errorf("version = %q", s.Version)
	}
	if s.Version == Default().Version {
		t.Error("version equals the defaults' version")
	}
	tests := []struct {
		name, text string
		want       []string // rule ids of the spans, in order
	}{
		{"allowed address kept", "mail support@acme.example now", nil},
		{"other address redacted", "mail bob@acme.example now", []string{"builtin.email"}},
		{"deny term", "the falcon launch", []string{"deny"}},
		{"deny pattern", "ticket SEC-4411 is open", []string{"acme.ticket"}},
		{"custom detector", "badge EMP-000123 at the desk", []string{"acme.employee_id"}},
		{"custom without context is below nothing", "EMP-000123", []string{"acme.employee_id"}},
		{"allow pattern keeps test card", "card 4242 4242 4242 4242", nil},
		{"real card still redacted", "card 4111 1111 1111 1111", []string{"builtin.credit_card"}},
		{"ip detector off", "from 203.0.113.77", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, sp := range s.Find(tc.text) {
				got = append(got, sp.Rule)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("rules = %v, want %v", got, tc.want)
			}
		})
	}
	t.Run("custom group and context score", func(t *testing.T) {
		text := "employee EMP-123456"
		sp := s.Find(text)
		if len(sp) != 1 || text[sp[0].Start:sp[0].End] != "123456" || sp[0].Score < 0.84 || sp[0].Type != "EMPLOYEE_ID" {
			t.Fatalf("spans = %+v, want the group 123456 with a context-raised score", sp)
		}
		if strings.Contains(sp[0].Reason, "123456") {
			t.Errorf("reason quotes the value: %q", sp[0].Reason)
		}
	})
	t.Run("operators", func(t *testing.T) {
		p := s.Policy([]byte("k"))
		if got := p.OperatorFor("CREDIT_CARD"); got.Kind != redact.OpMask || got.KeepLast != 4 {
			t.Errorf("CREDIT_CARD operator = %+v", got)
		}
		if got := p.OperatorFor("EMPLOYEE_ID"); got.Kind != redact.OpRemove {
			t.Errorf("EMPLOYEE_ID operator = %+v", got)
		}
		out := redact.Apply("badge EMP-123456", s.Find("badge EMP-123456"), p, nil)
		if out != "badge EMP-" {
			t.Errorf("redacted = %q", out)
		}
	})
	t.Run("screening", func(t *testing.T) {
		if s.Actions["false_scarcity"] != "block" || s.Actions["low"] != "flag" || s.Actions["high"] != "block" || s.Actions["medium"] != "flag" {
			t.Errorf("actions = %v", s.Actions)
		}
		for _, r := range s.Screener.Rules() {
			if r.ID == "urgency.deadline" {
				t.Error("disabled rule urgency.deadline still present")
			}
		}
		if fs := s.Screener.Scan("Get free money today."); !hasFinding(fs, "acme.free_money") {
			t.Errorf("findings = %+v, want acme.free_money", fs)
		}
		if fs := s.Screener.Scan("Limited time offer!"); hasFinding(fs, "urgency.deadline") {
			t.Error("disabled rule fired")
		}
	})
	t.Run("examples pass", func(t *testing.T) {
		r := s.Test()
		if len(r.Failures) > 0 {
			t.Fatalf("failures: %v", r.Failures)
		}
		if r.Rules < 6 || r.Examples < 14 {
			t.Errorf("ran %d rules / %d examples, want the file's and the defaults'", r.Rules, r.Examples)
		}
	})
}

func TestParseProblems(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string // substrings, each in some problem line
	}{
		{"unknown top key", "alow: [x]\n", []string{`rules.yaml:1:1: unknown key "alow" (did you mean "allow"?)`}},
		{"unknown custom key", "detectors:\n  custom:\n  - id: a\n    type: A\n    pattern: ab\n    validtor: luhn\n", []string{`rules.yaml:6:5: a: unknown key "validtor" (did you mean "validator"?)`}},
		{"bad regex with position", "deny_patterns:\n  - id: t\n    pattern: 'ab[c'\n", []string{"rules.yaml:3:17: t: pattern: invalid regular expression: missing closing ]"}},
		{"empty match", "deny_patterns:\n  - id: t\n    pattern: 'x?'\n", []string{"t: pattern: pattern can match the empty string"}},
		{"word boundary only", "deny_patterns:\n  - id: t\n    pattern: '\\b'\n", []string{"can match the empty string"}},
		{"nested quantifier", "deny_patterns:\n  - id: t\n    pattern: '(a+)+b'\n", []string{"too costly: an unbounded repetition inside another repetition"}},
		{"huge repeat", "deny_patterns:\n  - id: t\n    pattern: 'a{500}'\n", []string{"repetition count"}},
		{"big program", "deny_patterns:\n  - id: t\n    pattern: '" + bigAlternation() + "'\n", []string{"compiles to"}},
		{"unknown validator", "detectors:\n  custom:\n  - id: a\n    type: A\n    pattern: ab\n    validator: lun\n", []string{`a: unknown validator "lun" (did you mean "luhn"?)`}},
		{"duplicate id", "detectors:\n  custom:\n  - {id: a, type: A, pattern: ab}\n  - {id: a, type: B, pattern: cd}\n", []string{"rules.yaml:4:5: a: duplicate id (first used at rules.yaml:3)"}},
		{"reserved id", "deny_patterns:\n  - {id: builtin.x, pattern: ab}\n", []string{"reserved"}},
		{"missing type", "detectors:\n  custom:\n  - {id: a, pattern: ab}\n", []string{"a: missing type"}},
		{"allow matched by deny", "allow: [Falcon Corp]\ndeny: [falcon]\n", []string{`rules.yaml:1:9: allow: "Falcon Corp" is also matched by deny term "falcon" (rules.yaml:2)`}},
		{"allow matched by deny pattern", "allow: [SEC-1234]\ndeny_patterns:\n  - {id: t, pattern: 'SEC-\\d+'}\n", []string{"also matched by deny pattern t"}},
		{"unknown type in disable", "detectors:\n  disable: [PHONE]\n", []string{`unknown entity type or rule id "PHONE" (did you mean "PHONE_NUMBER"?)`}},
		{"unknown operator", "operators:\n  EMAIL_ADDRESS: scramble\n", []string{`operator EMAIL_ADDRESS: unknown operator "scramble"`}},
		{"unknown action", "screening:\n  actions: {high: blok}\n", []string{`action high: unknown action "blok" (did you mean "block"?)`}},
		{"unknown severity key", "screening:\n  actions: {hgh: block}\n", []string{`unknown severity or category "hgh"`}},
		{"bad screening rule", "screening:\n  rules:\n  - {id: s, category: nope, severity: low, reason: r, phrases: [x]}\n", []string{`rules.yaml:3:5: s: unknown category "nope"`}},
		{"bad severity", "screening:\n  rules:\n  - {id: s, category: age, severity: huge, reason: r, phrases: [x]}\n", []string{`s: unknown severity "huge"`}},
		{"duplicate screening id", "screening:\n  rules:\n  - {id: s, category: age, severity: low, reason: r, phrases: [x]}\n  - {id: s, category: age, severity: low, reason: r, phrases: [y]}\n", []string{"duplicate screening rule id"}},
		{"unknown screening disable", "screening:\n  disable: [urgency.act_nw]\n", []string{`did you mean "urgency.act_now"?`}},
		{"min score never reached", "detectors:\n  custom:\n  - {id: a, type: A, pattern: ab, score: 0.3, min_score: 0.9}\n", []string{"would never fire"}},
		{"score out of range", "detectors:\n  min_score: {PHONE_NUMBER: 2}\n", []string{"between 0 and 1"}},
		{"group missing", "detectors:\n  custom:\n  - {id: a, type: A, pattern: ab, group: 2}\n", []string{"group 2 does not exist"}},
		{"not yaml", "allow: [x\n", []string{"not valid YAML"}},
		{"wrong shape", "allow: {a: b}\n", []string{"allow must be a list"}},
		{"several at once", "alow: [x]\ndeny: ['']\n", []string{"rules.yaml:1:1", "rules.yaml:2:8: deny: empty deny term"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("rules.yaml", []byte(tc.src))
			if err == nil {
				t.Fatal("no error")
			}
			pe, ok := errors.AsType[*Error](err)
			if !ok {
				t.Fatalf("error %T is not *Error: %v", err, err)
			}
			for _, w := range tc.want {
				if !strings.Contains(pe.Error(), w) {
					t.Errorf("problems\n%s\ndo not contain %q", pe, w)
				}
			}
		})
	}
}

// bigAlternation is a pattern of 40 alternatives of 60 repetitions each.
func bigAlternation() string {
	var alts []string
	for c := 'a'; c < 'a'+20; c++ {
		alts = append(alts, string(c)+"[a-z]{60}", string(c)+"[0-9]{60}")
	}
	return strings.Join(alts, "|")
}

func TestMergeWithDefaults(t *testing.T) {
	t.Run("screening rule with a default id replaces it", func(t *testing.T) {
		s := mustParse(t, "screening:\n  rules:\n  - {id: urgency.act_now, category: false_urgency, severity: low, reason: r, phrases: [zzz now]}\n")
		n := 0
		for _, r := range s.Screener.Rules() {
			if r.ID == "urgency.act_now" {
				n++
				if r.Severity != Low {
					t.Errorf("severity = %v, want the user's low", r.Severity)
				}
			}
		}
		if n != 1 || len(s.Screener.Rules()) != len(Default().Screener.Rules()) {
			t.Errorf("%d rules with the id, %d rules in all", n, len(s.Screener.Rules()))
		}
		if hasFinding(s.Screener.Scan("Act now!"), "urgency.act_now") {
			t.Error("the default phrases still fire")
		}
	})
	t.Run("defaults false drops default screening rules", func(t *testing.T) {
		s := mustParse(t, "screening:\n  defaults: false\n  rules:\n  - {id: a, category: age, severity: low, reason: r, phrases: [old timer]}\n")
		if got := len(s.Screener.Rules()); got != 1 {
			t.Errorf("%d rules, want 1", got)
		}
	})
	t.Run("off", func(t *testing.T) {
		if s := mustParse(t, "screening: {off: true}\n"); s.Screener != nil {
			t.Error("screener not nil")
		}
	})
	t.Run("disable a category", func(t *testing.T) {
		s := mustParse(t, "screening: {disable: [false_urgency]}\n")
		for _, r := range s.Screener.Rules() {
			if r.Category == "false_urgency" {
				t.Fatalf("rule %s of a disabled category", r.ID)
			}
		}
	})
	t.Run("empty file is the defaults", func(t *testing.T) {
		for _, src := range []string{"", "# only a comment\n", "---\n"} {
			s := mustParse(t, src)
			if s.Version != Default().Version {
				t.Errorf("%q: version %s, want the defaults' %s", src, s.Version, Default().Version)
			}
		}
	})
	t.Run("enable undoes a disable", func(t *testing.T) {
		s := mustParse(t, "detectors: {disable: [IP_ADDRESS], enable: [IP_ADDRESS]}\n")
		if len(s.Find("from 203.0.113.77")) != 1 {
			t.Error("IP not found")
		}
	})
	t.Run("overlay", func(t *testing.T) {
		s := mustParse(t, "deny: [Falcon]\n")
		o, err := s.Overlay(Overlay{Deny: []string{"Osprey"}, Allow: []string{"help@acme.example"}, Actions: map[string]string{"high": "log"}, Operators: map[string]redact.Operator{"EMAIL_ADDRESS": {Kind: redact.OpHash}}})
		if err != nil {
			t.Fatal(err)
		}
		if got := len(o.Find("Falcon and Osprey, help@acme.example")); got != 2 {
			t.Errorf("%d spans, want 2", got)
		}
		if o.Actions["high"] != "log" || o.Operators["EMAIL_ADDRESS"].Kind != redact.OpHash {
			t.Errorf("actions %v operators %v", o.Actions, o.Operators)
		}
		if o.Version == s.Version {
			t.Error("overlay did not change the version")
		}
		if _, err := s.Overlay(Overlay{Disable: []string{"NOPE"}}); err == nil {
			t.Error("bad overlay accepted")
		}
	})
}

func TestVersionStable(t *testing.T) {
	a := mustParse(t, fullFile)
	b := mustParse(t, "# another comment\n"+strings.ReplaceAll(fullFile, `no_match: ["TEMP-123456", "EMP-12345"]`, `no_match: ["TEMP-123456"]`))
	if a.Version != b.Version {
		t.Errorf("comments or examples changed the version: %s vs %s", a.Version, b.Version)
	}
	c := mustParse(t, strings.Replace(fullFile, "- Falcon", "- Falcons", 1))
	if c.Version == a.Version {
		t.Error("a new deny term kept the version")
	}
}

func TestExampleFailures(t *testing.T) {
	src := `deny:
  - term: Falcon
    examples: {match: ["no bird here"], no_match: ["the Falcon"]}
detectors:
  custom:
    - id: acme.emp
      type: EMPLOYEE_ID
      pattern: 'EMP-\d{6}'
      examples: {match: ["EMP-12"], no_match: ["EMP-123456"]}
screening:
  rules:
    - id: acme.x
      category: age
      severity: low
      reason: r
      phrases: [old timer]
      examples: {match: ["young one"], no_match: ["an old timer"]}
`
	r := mustParse(t, src).Test()
	want := []string{
		`rules.yaml:2:5: deny "Falcon": match example "no bird here": the term was not redacted; no rule fired`,
		`rules.yaml:2:5: deny "Falcon": no_match example "the Falcon": the term was redacted`,
		`rules.yaml:6:7: acme.emp: match example "EMP-12": acme.emp did not fire; no rule fired`,
		`rules.yaml:6:7: acme.emp: no_match example "EMP-123456": acme.emp fired on bytes 0-10`,
		`rules.yaml:12:7: acme.x: match example "young one": acme.x did not fire`,
		`rules.yaml:12:7: acme.x: no_match example "an old timer": acme.x fired`,
	}
	var got []string
	for _, f := range r.Failures {
		got = append(got, f.String())
	}
	for _, w := range want {
		if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, w) }) {
			t.Errorf("no failure starting with %q in\n%s", w, strings.Join(got, "\n"))
		}
	}
	if len(r.Failures) != len(want) {
		t.Errorf("%d failures, want %d", len(r.Failures), len(want))
	}
}

func TestPatternAnalysis(t *testing.T) {
	tests := []struct {
		pattern string
		lits    []string
		fold    bool
	}{
		{`\bEMP-\d{6}\b`, []string{"EMP-"}, false},
		{`(?i)emp-\d{6}`, []string{"emp-"}, true},
		{`SEC-\d+|INC-\d+`, []string{"SEC-", "INC-"}, false},
		{`\d{3}-\d{4}`, nil, false},
		{`x(abc)+y`, []string{"abc"}, false},
		{`(?:ab)?cd`, []string{"cd"}, false},
		{`a.b`, nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.pattern, func(t *testing.T) {
			_, tree, _, err := compilePattern(tc.pattern)
			if err != nil {
				t.Fatal(err)
			}
			pf := derivePrefilter(tree)
			if tc.lits == nil {
				if pf != nil {
					t.Errorf("prefilter %+v, want none", pf)
				}
				return
			}
			if pf == nil || !slices.Equal(pf.lits, tc.lits) || pf.fold != tc.fold {
				t.Errorf("prefilter %+v, want %v fold=%v", pf, tc.lits, tc.fold)
			}
		})
	}
	t.Run("fold match", func(t *testing.T) {
		pf := &prefilter{lits: []string{"emp-"}, fold: true}
		for text, want := range map[string]bool{"x EMP-1": true, "Emp-": true, "em p-": false, "": false, "xxxxeMp-": true} {
			if got := pf.match(text); got != want {
				t.Errorf("match(%q) = %v", text, got)
			}
		}
	})
}

func TestCustomDetectorValidator(t *testing.T) {
	s := mustParse(t, `detectors:
  custom:
    - id: acme.account
      type: ACCOUNT_NUMBER
      pattern: '\bACC\d{8}\b'
      group: 0
      validator: luhn
      examples: {match: ["ACC79927398"], no_match: ["ACC79927399"]}
`)
	// Luhn needs digits only: the validator runs on the match, "ACC…" fails it.
	if got := s.Find("ACC79927398"); len(got) != 0 {
		t.Logf("spans %+v", got)
	}
	s = mustParse(t, `detectors:
  custom:
    - id: acme.account
      type: ACCOUNT_NUMBER
      pattern: '\bACC(\d{8})\b'
      group: 1
      validator: luhn
      context: [account]
      examples: {match: ["account ACC79927398"], no_match: ["ACC79927399"]}
`)
	if r := s.Test(); len(r.Failures) > 0 {
		t.Errorf("failures: %v", r.Failures)
	}
}

func TestSchemaMatchesCode(t *testing.T) {
	var sch map[string]any
	if err := json.Unmarshal(Schema(), &sch); err != nil {
		t.Fatalf("schema is not JSON: %v", err)
	}
	props := sch["properties"].(map[string]any)
	var keys []string
	for k := range props {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	want := slices.Clone(topKeys)
	slices.Sort(want)
	if !slices.Equal(keys, want) {
		t.Errorf("schema keys %v, decoder keys %v", keys, want)
	}
	custom := props["detectors"].(map[string]any)["properties"].(map[string]any)["custom"].(map[string]any)["items"].(map[string]any)["properties"].(map[string]any)
	var enum []string
	for _, v := range custom["validator"].(map[string]any)["enum"].([]any) {
		enum = append(enum, v.(string))
	}
	if !slices.Equal(enum, redact.ValidatorNames()) {
		t.Errorf("schema validators %v, engine %v", enum, redact.ValidatorNames())
	}
	var ck []string
	for k := range custom {
		ck = append(ck, k)
	}
	slices.Sort(ck)
	cw := slices.Clone(customKeys)
	slices.Sort(cw)
	if !slices.Equal(ck, cw) {
		t.Errorf("schema custom keys %v, decoder %v", ck, cw)
	}
	cats := props["screening"].(map[string]any)["properties"].(map[string]any)["rules"].(map[string]any)["items"].(map[string]any)["properties"].(map[string]any)["category"].(map[string]any)["enum"].([]any)
	if len(cats) != len(Categories()) {
		t.Errorf("schema has %d categories, code %d", len(cats), len(Categories()))
	}
}

func TestLoad(t *testing.T) {
	if s, err := Load(""); err != nil || s != Default() {
		t.Errorf("Load(\"\") = %v, %v; want the defaults", s, err)
	}
	p := filepath.Join(t.TempDir(), "r.yaml")
	if err := os.WriteFile(p, []byte("deny: [Falcon]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Load(p)
	if err != nil || s.Source != p {
		t.Fatalf("Load: %v", err)
	}
	if _, err := Load(p + ".missing"); err == nil || !strings.Contains(err.Error(), "loading rules") {
		t.Errorf("missing file: %v", err)
	}
}

func TestExampleFileValid(t *testing.T) {
	s, err := Load("../examples/rules.yaml")
	if err != nil {
		t.Fatalf("examples/rules.yaml: %v", err)
	}
	if r := s.Test(); len(r.Failures) > 0 {
		t.Errorf("examples/rules.yaml examples fail: %v", r.Failures)
	}
}

func BenchmarkCustomDetector(b *testing.B) {
	s, err := Parse("b.yaml", []byte(fullFile))
	if err != nil {
		b.Fatal(err)
	}
	var cd *customDetector
	for _, c := range s.custom {
		if c.id == "acme.employee_id" {
			cd = c
		}
	}
	text := strings.Repeat("Please write a friendly note to our customer about the new spring range. ", 50)
	b.Run("prefiltered", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			cd.Detect(text, nil)
		}
	})
	b.Run("regexp only", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			cd.re.FindAllStringSubmatchIndex(text, -1)
		}
	})
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(fullFile))
	f.Add([]byte("deny_patterns:\n  - {id: t, pattern: '(a|b)+c'}\n"))
	f.Add([]byte("allow: [x]\ndeny: [x y]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Parse("fuzz.yaml", data)
		if err != nil {
			if _, ok := errors.AsType[*Error](err); !ok {
				t.Fatalf("error %T is not *Error", err)
			}
			return
		}
		s.Find("mail ana@example.com about Falcon, EMP-123456, SEC-1234")
	})
}

func BenchmarkParse(b *testing.B) {
	data, err := os.ReadFile("../examples/rules.yaml")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("rules.yaml", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFindWithRules compares the example rules with the defaults on
// the same prompt, to show the cost of custom detectors and patterns.
func BenchmarkFindWithRules(b *testing.B) {
	s, err := Load("../examples/rules.yaml")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat("Write a friendly note to ana.silva@example.com about the spring range; call +44 20 7946 0958. ", 20)
	for _, tc := range []struct {
		name string
		set  *Set
	}{{"defaults", Default()}, {"example rules", s}} {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				tc.set.Find(text)
			}
		})
	}
}

// TestLeadingBoundaryEquivalent checks that searching without a leading
// \b and checking it by hand finds exactly what the full pattern finds.
func TestLeadingBoundaryEquivalent(t *testing.T) {
	patterns := []string{`\bE-?(\d{6})\b`, `\bab`, `\b(?:ab|b)c`, `\b\w+@x`, `\bé\d`, `\b(?i)emp-\d{2}`, `\b[a-z]+\d`, `\b-\d`}
	texts := []string{
		"E-123456 xE-123456 E123456_ _E-123456 E-1234567 (E-654321)",
		"ab cab ab_ab ab", "abc bc xbc abbc", "foo@x a.b@x _a@x", "é1 xé1 é1é1 1é1",
		"EMP-12 temp-34 Emp-56,emp-78", "abc1 1abc1 _abc1", "-1 a-1 --1 1-1",
		"", "E", strings.Repeat("E-1", 100),
	}
	for _, p := range patterns {
		re, tree, _, err := compilePattern(p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		stripped, ok := stripLeadingBoundary(tree)
		if !ok {
			t.Fatalf("%s: not stripped", p)
		}
		group := 0
		if re.NumSubexp() > 0 {
			group = 1
		}
		full := &customDetector{id: "x", typ: "X", re: re, group: group, score: 1}
		fast := &customDetector{id: "x", typ: "X", re: stripped, lead: true, group: group, score: 1}
		for _, text := range texts {
			a, b := full.Detect(text, nil), fast.Detect(text, nil)
			if !slices.Equal(a, b) {
				t.Errorf("%s on %q: full %v, fast %v", p, text, a, b)
			}
		}
	}
	for _, p := range []string{`^\bab`, `\b\Bab`, `ab\b`, `(?:\bab|cd)`} {
		_, tree, _, err := compilePattern(p)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := stripLeadingBoundary(tree); ok {
			t.Errorf("%s stripped", p)
		}
	}
}

// BenchmarkFindCorpus measures the example rules against the defaults over
// a prompt corpus (GUARDRAIL_CORPUS: JSON lines as written by
// ../shared/eval/gen-pii-corpus.py), one Find per prompt.
func BenchmarkFindCorpus(b *testing.B) {
	path := os.Getenv("GUARDRAIL_CORPUS")
	if path == "" {
		b.Skip("set GUARDRAIL_CORPUS to a prompt corpus")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	var prompts []string
	size := 0
	for _, line := range strings.Split(string(data), "\n") {
		var req struct {
			Messages []struct{ Content string } `json:"messages"`
		}
		if json.Unmarshal([]byte(line), &req) != nil {
			continue
		}
		for _, m := range req.Messages {
			prompts = append(prompts, m.Content)
			size += len(m.Content)
		}
	}
	s, err := Load("../examples/rules.yaml")
	if err != nil {
		b.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		set  *Set
	}{{"defaults", Default()}, {"example rules", s}} {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(size))
			for b.Loop() {
				for _, p := range prompts {
					tc.set.Find(p)
				}
			}
		})
	}
}

func TestParseAliases(t *testing.T) {
	s := mustParse(t, "operators:\n  CREDIT_CARD: &m {kind: mask, keep_last: 4}\n  IBAN_CODE: *m\ndeny: [&f Osprey]\ndeny_patterns:\n  - {id: x, pattern: *f}\n")
	if op := s.Operators["IBAN_CODE"]; op.Kind != redact.OpMask || op.KeepLast != 4 {
		t.Errorf("IBAN_CODE operator through an alias = %+v", op)
	}
	if got := s.Find("about Osprey"); len(got) != 1 {
		t.Errorf("spans = %+v", got)
	}
}
