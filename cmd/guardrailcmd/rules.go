package guardrailcmd

import (
	"encoding/json"
	"errors"
	"fmt"

	caddycmd "github.com/caddyserver/caddy/v2/cmd"
	"github.com/spf13/cobra"

	"github.com/caddy-guardrail/guardrail/rules"
)

func init() {
	verbs = append(verbs, newRulesCmd)
}

func newRulesCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "rules <check|test|schema>",
		Short: "Checks and tests rules files",
		Long: `
Tools for the rules files that security teams edit (guardrail { rules FILE }).

  check FILE...  validate: exit 0 with a one-line summary and the rules
                 version, or every problem as file:line:col: rule: reason
                 and exit 1
  test FILE...   run every rule's examples (match / no_match) against the
                 compiled rules, defaults included; exit 1 on any failure
  schema         print the JSON Schema of rules files, for editors

check and test take --json: one JSON object per file (problems and
failures with file, line, col, rule and reason), for CI annotations.

A rules file is merged onto the built-in defaults; see docs/rules.md.
`,
	}
	check := &cobra.Command{
		Use:   "check [--json] FILE...",
		Short: "Validates rules files",
		Args:  cobra.MinimumNArgs(1),
		RunE:  run(runRulesCheck),
	}
	check.Flags().Bool("json", false, "Print one JSON object per file: {file, ok, version, summary, problems}")
	test := &cobra.Command{
		Use:   "test [--json] FILE...",
		Short: "Runs the examples of every rule",
		Args:  cobra.MinimumNArgs(1),
		RunE:  run(runRulesTest),
	}
	test.Flags().Bool("json", false, "Print one JSON object per file: {file, ok, version, rules, examples, failures, problems}")
	schema := &cobra.Command{
		Use:   "schema",
		Short: "Prints the JSON Schema of rules files",
		Args:  cobra.NoArgs,
		RunE: run(func(e env, _ caddycmd.Flags) (int, error) {
			_, err := e.out.Write(rules.Schema())
			return 0, err
		}),
	}
	cmd.AddCommand(check, test, schema)
	return cmd
}

// errInvalidRules is returned when a rules file has problems.
var errInvalidRules = errors.New("invalid rules file")

// loadRules loads a rules file, printing its problems to out.
func loadRules(e env, path string) (*rules.Set, error) {
	s, probs, err := loadRulesQuiet(path)
	for _, p := range probs {
		fmt.Fprintln(e.out, p)
	}
	return s, err
}

// loadRulesQuiet loads a rules file and returns its problems, if any.
func loadRulesQuiet(path string) (*rules.Set, []rules.Problem, error) {
	s, err := rules.Load(path)
	if err == nil {
		return s, nil, nil
	}
	if pe, ok := errors.AsType[*rules.Error](err); ok {
		return nil, pe.Problems, fmt.Errorf("%w: %s has %d problem(s)", errInvalidRules, path, len(pe.Problems))
	}
	return nil, nil, err
}

// rulesReport is the --json output of rules check and rules test.
type rulesReport struct {
	File     string                 `json:"file"`
	OK       bool                   `json:"ok"`
	Version  string                 `json:"version,omitempty"`
	Summary  string                 `json:"summary,omitempty"`
	Error    string                 `json:"error,omitempty"`
	Problems []rules.Problem        `json:"problems,omitempty"`
	Rules    int                    `json:"rules,omitempty"`
	Examples int                    `json:"examples,omitempty"`
	Failures []rules.ExampleFailure `json:"failures,omitempty"`
}

// rulesJSON runs check (test false) or test on every file for --json.
func rulesJSON(e env, files []string, test bool) (int, error) {
	enc := json.NewEncoder(e.out)
	enc.SetEscapeHTML(false)
	bad := 0
	for _, path := range files {
		r := rulesReport{File: path}
		s, probs, err := loadRulesQuiet(path)
		switch {
		case err != nil:
			r.Problems = probs
			if len(probs) == 0 {
				r.Error = err.Error()
			}
		case test:
			tr := s.Test()
			r.OK, r.Version, r.Rules, r.Examples, r.Failures = len(tr.Failures) == 0, s.Version, tr.Rules, tr.Examples, tr.Failures
		default:
			r.OK, r.Version, r.Summary = true, s.Version, s.Summary()
		}
		if !r.OK {
			bad++
		}
		if err := enc.Encode(r); err != nil {
			return 1, err
		}
	}
	if bad > 0 {
		return 1, fmt.Errorf("%d of %d rules file(s) failed", bad, len(files))
	}
	return 0, nil
}

func runRulesCheck(e env, fl caddycmd.Flags) (int, error) {
	if fl.Bool("json") {
		return rulesJSON(e, fl.Args(), false)
	}
	var errs []error
	for _, path := range fl.Args() {
		s, err := loadRules(e, path)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		fmt.Fprintf(e.out, "%s: ok: %s\n", path, s.Summary())
	}
	if err := errors.Join(errs...); err != nil {
		return 1, err
	}
	return 0, nil
}

func runRulesTest(e env, fl caddycmd.Flags) (int, error) {
	if fl.Bool("json") {
		return rulesJSON(e, fl.Args(), true)
	}
	var errs []error
	for _, path := range fl.Args() {
		s, err := loadRules(e, path)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		r := s.Test()
		for _, f := range r.Failures {
			fmt.Fprintln(e.out, f)
		}
		if len(r.Failures) > 0 {
			errs = append(errs, fmt.Errorf("%s: %d of %d examples failed", path, len(r.Failures), r.Examples))
			continue
		}
		fmt.Fprintf(e.out, "%s: ok: %d examples of %d rules pass; version %s\n", path, r.Examples, r.Rules, s.Version)
	}
	if err := errors.Join(errs...); err != nil {
		return 1, err
	}
	return 0, nil
}
