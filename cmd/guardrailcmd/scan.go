package guardrailcmd

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	caddycmd "github.com/caddyserver/caddy/v2/cmd"
	"github.com/spf13/cobra"

	"github.com/caddy-guardrail/guardrail/redact"
	"github.com/caddy-guardrail/guardrail/rules"
)

func init() {
	verbs = append(verbs, newScanCmd)
}

func newScanCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "scan [--rules FILE] [--json|--jsonl] [TEXT...|-]",
		Short: "Explains what the guardrail redacts and flags in a text",
		Long: `
Shows, for a text, every redaction (span, rule id, entity type, score and
reason) and every screening finding (span, rule id, category, severity,
action and reason), and the redacted text. The text is the arguments
joined by spaces, or standard input when there are none or the only one
is "-". Offsets are UTF-8 byte offsets into the text.

--rules FILE uses a rules file merged onto the defaults (default: the
built-in defaults). --key (or env GUARDRAIL_HASH_KEY) is the hash key of
placeholders and the hash operator; without one a fixed demo key is used.

--json prints one JSON object. --jsonl reads one {"id": …, "text": …} per
line from standard input and writes one line per input:
{"id", "redacted", "spans": [{"start","end","type","rule","score"}],
"findings": [{"start","end","category","rule","severity"}]}; a line that
cannot be read gives {"line": N, "error": …} and exit status 1 at the end.
`,
	}
	cmd.RunE = func(c *cobra.Command, args []string) error {
		in := c.InOrStdin()
		return run(func(e env, fl caddycmd.Flags) (int, error) { return runScan(e, in, fl) })(c, args)
	}
	cmd.Flags().String("rules", "", "Rules file (default: the built-in defaults)")
	cmd.Flags().String("key", "", "Hash key (default: env GUARDRAIL_HASH_KEY, else a demo key)")
	cmd.Flags().Bool("json", false, "Print one JSON object")
	cmd.Flags().Bool("jsonl", false, "Read {\"id\",\"text\"} lines from stdin, write one JSON result per line")
	return cmd
}

// demoKey is the hash key of scan when none is given: placeholders are then
// stable across runs but differ from the proxy's.
const demoKey = "guardrail-scan-demo-key"

// scanSpan is a redaction in scan's JSON output.
type scanSpan struct {
	Start  int     `json:"start"`
	End    int     `json:"end"`
	Type   string  `json:"type"`
	Rule   string  `json:"rule"`
	Score  float64 `json:"score"`
	Reason string  `json:"reason,omitempty"`
}

// scanFinding is a screening finding in scan's JSON output.
type scanFinding struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Category string `json:"category"`
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Action   string `json:"action,omitempty"`
	Reason   string `json:"reason,omitempty"`
}

// scanResult is scan's JSON output for one text.
type scanResult struct {
	ID           json.RawMessage `json:"id,omitempty"`
	RulesVersion string          `json:"rules_version,omitempty"`
	Redacted     string          `json:"redacted"`
	Spans        []scanSpan      `json:"spans"`
	Findings     []scanFinding   `json:"findings"`
}

// scanError is the --jsonl output for an input line that cannot be read.
type scanError struct {
	Line  int             `json:"line"`
	ID    json.RawMessage `json:"id,omitempty"`
	Error string          `json:"error"`
}

// scanner holds what scanning a text needs.
type scanner struct {
	set    *rules.Set
	policy *redact.Policy
}

func (sc *scanner) scan(text string, explain bool) scanResult {
	spans := sc.set.Find(text)
	res := scanResult{
		Redacted: redact.Apply(text, spans, sc.policy, redact.NewVault(sc.policy.Key)),
		Spans:    make([]scanSpan, 0, len(spans)),
		Findings: []scanFinding{},
	}
	for _, sp := range spans {
		s := scanSpan{Start: sp.Start, End: sp.End, Type: sp.Type, Rule: sp.Rule, Score: sp.Score}
		if explain {
			s.Reason = sp.Reason
		}
		res.Spans = append(res.Spans, s)
	}
	if sc.set.Screener != nil {
		for _, f := range sc.set.Screener.Scan(text) {
			sf := scanFinding{Start: f.Start, End: f.End, Category: f.Category, Rule: f.Rule, Severity: f.Severity.String()}
			if explain {
				sf.Action, sf.Reason = actionFor(sc.set, f), f.Reason
			}
			res.Findings = append(res.Findings, sf)
		}
	}
	return res
}

// actionFor is the set's action for a finding: its category's, else its
// severity's, else log.
func actionFor(s *rules.Set, f rules.Finding) string {
	if a, ok := s.Actions[f.Category]; ok {
		return a
	}
	if a, ok := s.Actions[f.Severity.String()]; ok {
		return a
	}
	return "log"
}

func runScan(e env, in io.Reader, fl caddycmd.Flags) (int, error) {
	set, err := loadRules(e, fl.String("rules"))
	if err != nil {
		return 1, err
	}
	key := hashKey(e, fl)
	if len(key) == 0 {
		key = []byte(demoKey)
	}
	sc := &scanner{set: set, policy: set.Policy(key)}
	if err := sc.policy.Validate(); err != nil {
		return 1, fmt.Errorf("rules %s: %w", set.Source, err)
	}
	if fl.Bool("jsonl") {
		if len(fl.Args()) > 0 {
			return 1, errors.New("--jsonl reads standard input; give no text arguments")
		}
		return scanLines(e, in, sc)
	}
	text, err := scanText(in, fl.Args())
	if err != nil {
		return 1, err
	}
	if fl.Bool("json") {
		res := sc.scan(text, true)
		res.RulesVersion = set.Version
		enc := json.NewEncoder(e.out)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return 0, enc.Encode(res)
	}
	printScan(e.out, set, text, sc.scan(text, true))
	return 0, nil
}

// scanText returns the arguments joined by spaces, or all of in.
func scanText(in io.Reader, args []string) (string, error) {
	if len(args) > 0 && !(len(args) == 1 && args[0] == "-") {
		return strings.Join(args, " "), nil
	}
	b, err := io.ReadAll(in)
	if err != nil {
		return "", fmt.Errorf("reading standard input: %w", err)
	}
	return string(b), nil
}

// scanLines handles --jsonl.
func scanLines(e env, in io.Reader, sc *scanner) (int, error) {
	r := bufio.NewReaderSize(in, 64<<10)
	enc := json.NewEncoder(e.out)
	enc.SetEscapeHTML(false)
	bad := 0
	for n := 1; ; n++ {
		line, err := r.ReadBytes('\n')
		if len(strings.TrimSpace(string(line))) > 0 {
			var item struct {
				ID   json.RawMessage `json:"id"`
				Text *string         `json:"text"`
			}
			switch derr := json.Unmarshal(line, &item); {
			case derr != nil:
				bad++
				_ = enc.Encode(scanError{Line: n, Error: "not a JSON object: " + derr.Error()})
			case item.Text == nil:
				bad++
				_ = enc.Encode(scanError{Line: n, ID: item.ID, Error: `missing "text"`})
			default:
				res := sc.scan(*item.Text, false)
				res.ID = item.ID
				if res.ID == nil {
					res.ID = json.RawMessage("null")
				}
				if werr := enc.Encode(res); werr != nil {
					return 1, werr
				}
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return 1, fmt.Errorf("reading standard input: %w", err)
		}
	}
	if bad > 0 {
		return 1, fmt.Errorf("%d input line(s) could not be read", bad)
	}
	return 0, nil
}

// printScan writes the human-readable explanation of one text.
func printScan(w io.Writer, set *rules.Set, text string, res scanResult) {
	fmt.Fprintf(w, "rules: %s (%s)\n", set.Source, set.Version)
	fmt.Fprintf(w, "\nredactions: %d\n", len(res.Spans))
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	if len(res.Spans) > 0 {
		fmt.Fprintln(tw, "  span\ttext\ttype\trule\tscore\treason")
	}
	for _, s := range res.Spans {
		fmt.Fprintf(tw, "  %d-%d\t%q\t%s\t%s\t%.2f\t%s\n", s.Start, s.End, text[s.Start:s.End], s.Type, s.Rule, s.Score, s.Reason)
	}
	tw.Flush()
	fmt.Fprintf(w, "\nfindings: %d\n", len(res.Findings))
	if len(res.Findings) > 0 {
		fmt.Fprintln(tw, "  span\ttext\tcategory\trule\tseverity\taction\treason")
	}
	for _, f := range res.Findings {
		fmt.Fprintf(tw, "  %d-%d\t%q\t%s\t%s\t%s\t%s\t%s\n", f.Start, f.End, text[f.Start:f.End], f.Category, f.Rule, f.Severity, f.Action, f.Reason)
	}
	tw.Flush()
	fmt.Fprintf(w, "\nredacted:\n%s\n", res.Redacted)
}
