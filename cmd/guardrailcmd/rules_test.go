package guardrailcmd

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	caddycmd "github.com/caddyserver/caddy/v2/cmd"
	"github.com/spf13/cobra"
)

const exampleRules = "../../examples/rules.yaml"

func writeRules(t *testing.T, src string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "rules.yaml")
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRulesCheck(t *testing.T) {
	bad := writeRules(t, "alow: [x]\ndetectors:\n  custom:\n  - id: a\n    type: A\n    pattern: '(b'\n")
	tests := []struct {
		name    string
		args    []string
		wantErr bool
		want    []string
	}{
		{"example file", []string{"rules", "check", exampleRules}, false, []string{"rules.yaml: ok: 3 allow, 2 deny", "version sha256:"}},
		{"problems with positions", []string{"rules", "check", bad}, true, []string{
			bad + `:1:1: unknown key "alow" (did you mean "allow"?)`,
			bad + ":6:15: a: pattern: invalid regular expression: missing closing )",
		}},
		{"missing file", []string{"rules", "check", bad + ".nope"}, true, nil},
		{"schema", []string{"rules", "schema"}, false, []string{`"$schema"`, `"allow_patterns"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, _, err := execute(context.Background(), tc.args...)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, want error %v; out:\n%s", err, tc.wantErr, out)
			}
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
}

func TestRulesTest(t *testing.T) {
	failing := writeRules(t, `deny:
  - term: Falcon
    examples: {match: ["the falcon flies"], no_match: ["Falcon"]}
detectors:
  custom:
    - id: acme.emp
      type: EMPLOYEE_ID
      pattern: 'EMP-\d{6}'
      examples: {match: ["EMP-12"]}
`)
	out, _, err := execute(context.Background(), "rules", "test", exampleRules)
	if err != nil {
		t.Fatalf("example file: %v\n%s", err, out)
	}
	if !strings.Contains(out, "examples of") || !strings.Contains(out, "rules pass") {
		t.Errorf("output: %s", out)
	}
	out, _, err = execute(context.Background(), "rules", "test", failing)
	if err == nil {
		t.Fatalf("failing examples passed:\n%s", out)
	}
	for _, w := range []string{
		failing + `:2:5: deny "Falcon": no_match example "Falcon": the term was redacted`,
		failing + `:6:7: acme.emp: match example "EMP-12": acme.emp did not fire`,
	} {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
	if strings.Contains(out, "the falcon flies") {
		t.Errorf("a passing example was reported:\n%s", out)
	}
}

func TestRulesAndScanRegistered(t *testing.T) {
	reg, ok := caddycmd.Commands()["guardrail"]
	if !ok {
		t.Fatal("caddy guardrail is not registered")
	}
	root := &cobra.Command{Use: "guardrail"}
	reg.CobraFunc(root)
	names := map[string]bool{}
	for _, c := range root.Commands() {
		names[c.Name()] = true
		if c.Name() == "rules" {
			for _, s := range c.Commands() {
				names["rules "+s.Name()] = true
			}
		}
	}
	for _, v := range []string{"scan", "rules check", "rules test", "rules schema"} {
		if !names[v] {
			t.Errorf("%q not registered; have %v", v, names)
		}
	}
}

func TestRulesJSON(t *testing.T) {
	bad := writeRules(t, "deny: [\n")
	out, _, err := execute(context.Background(), "rules", "check", "--json", exampleRules, bad)
	if err == nil {
		t.Fatal("no error for a bad file")
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2:\n%s", len(lines), out)
	}
	var good, broken rulesReport
	if err := json.Unmarshal([]byte(lines[0]), &good); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(lines[1]), &broken); err != nil {
		t.Fatal(err)
	}
	if !good.OK || !strings.HasPrefix(good.Version, "sha256:") || good.Summary == "" {
		t.Errorf("good = %+v", good)
	}
	if broken.OK || len(broken.Problems) != 1 || broken.Problems[0].Line != 1 || broken.Problems[0].File != bad {
		t.Errorf("broken = %+v", broken)
	}
	out, _, err = execute(context.Background(), "rules", "test", "--json", exampleRules)
	if err != nil {
		t.Fatalf("test --json: %v\n%s", err, out)
	}
	var tr rulesReport
	if err := json.Unmarshal([]byte(out), &tr); err != nil || !tr.OK || tr.Examples < 200 || len(tr.Failures) != 0 {
		t.Errorf("test report = %+v (%v)", tr, err)
	}
}
