package guardrailcmd

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"os"
	"slices"
	"sort"
	"strings"
	"time"

	caddycmd "github.com/caddyserver/caddy/v2/cmd"
	"github.com/spf13/cobra"

	"github.com/caddy-guardrail/guardrail/caddymodule/exchange"
)

func init() {
	verbs = append(verbs, newReportCmd)
}

//go:embed report.html.tmpl
var reportHTML string

var reportTmpl = template.Must(template.New("report").Parse(reportHTML))

func newReportCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "report FILE... [--html out.html]",
		Short: "Writes an audit report of exchange records",
		Long: `
Summarises exchange records: volumes per day, outcomes, redactions by type,
findings by category and model, consent decisions, feedback, the slowest
exchanges, and review coverage with verdicts per rule (which rules produce
false positives). Prints a text summary; with --html also writes a
self-contained HTML report with inline SVG charts (no external assets).
Reviews are read from the reviews file too (see review --help).
`,
		Args: cobra.MinimumNArgs(1),
		RunE: run(runReport),
	}
	f := cmd.Flags()
	f.String("html", "", "Write the HTML report to this file")
	f.String("since", "", "Only records at or after this time (RFC 3339 or a duration like 7d)")
	f.String("until", "", "Only records before this time")
	f.String("reviews", "", "Reviews file (default: "+DefaultReviewsFile+" beside the first FILE)")
	f.Int("top", 10, "How many of the slowest exchanges to list")
	return cmd
}

// outcomeColors are the colours of outcomes in charts.
var outcomeColors = map[string]string{
	exchange.OutcomeForwarded:     "#2f855a",
	exchange.OutcomeBlocked:       "#c53030",
	exchange.OutcomeDenied:        "#dd6b20",
	exchange.OutcomeRejected:      "#805ad5",
	exchange.OutcomeUpstreamError: "#b7791f",
	exchange.OutcomeClientAborted: "#718096",
}

// outcomeOrder is the order of outcomes in charts and tables.
var outcomeOrder = []string{
	exchange.OutcomeForwarded, exchange.OutcomeBlocked, exchange.OutcomeDenied,
	exchange.OutcomeRejected, exchange.OutcomeUpstreamError, exchange.OutcomeClientAborted,
}

var palette = []string{"#3b6fb6", "#2c9c9c", "#8a5cc2", "#d08a2e", "#c24d6b", "#5b8c3a", "#4a5a75", "#b5651d"}

var verdictColors = map[string]string{
	exchange.VerdictOK:            "#2f855a",
	exchange.VerdictViolation:     "#c53030",
	exchange.VerdictFalsePositive: "#d69e2e",
}

// kpi is a headline number.
type kpi struct {
	Label, Value, Sub string
	Tone              string
}

// ruleRow is one rule's review statistics.
type ruleRow struct {
	Rule                        string
	Findings, Flagged, Reviewed int
	OK, Violation, FalsePos     int
	FPRate                      string
	FPHigh                      bool
}

// slowRow is one of the slowest exchanges.
type slowRow struct {
	Time, ExchangeID, Model, Dialect, Outcome string
	TotalMS, GuardrailMS, TTFBMS              string
	Stream                                    bool
}

// feedbackRow is one feedback record.
type feedbackRow struct {
	Time, ExchangeID, Kind, Message string
}

// matrix is a category × model table of finding counts.
type matrix struct {
	Models []string
	Rows   []matrixRow
}

type matrixRow struct {
	Category string
	Counts   []int
	Total    int
}

// report is everything the report shows.
type report struct {
	Generated, From, To    string
	Files                  []string
	Records, Exchanges     int
	Feedbacks, ReviewCount int
	Malformed              int
	KPIs                   []kpi

	DailyChart, OutcomeChart, RedactionChart, CategoryChart, ConsentChart, VerdictChart, FeedbackChart template.HTML

	Outcomes   []bar
	Redactions []bar
	Categories []bar
	Consent    []bar
	Findings   matrix
	Slowest    []slowRow
	Feedback   []feedbackRow
	Rules      []ruleRow

	Flagged, Reviewed int
	Coverage          string
	LatencyP50        string
	LatencyP95        string
	GuardrailP50      string
	GuardrailP95      string
}

func runReport(e env, fl caddycmd.Flags) (int, error) {
	files := fl.Args()
	if err := checkFiles(files); err != nil {
		return 1, err
	}
	flt, err := newFilter(e, fl)
	if err != nil {
		return 1, err
	}
	l, err := load(e, files, reviewsPath(fl, files))
	if err != nil {
		return 1, err
	}
	var recs []*exchange.Record
	for _, it := range l.items {
		// reviews count whenever they were made: the window selects exchanges
		if it.rec.Kind == exchange.KindReview || flt.match(it.rec) {
			recs = append(recs, it.rec)
		}
	}
	rep := buildReport(recs, fl.Int("top"), e.now())
	rep.Files = files
	rep.Malformed = l.stats.Malformed
	writeSummary(e.out, rep)
	if out := fl.String("html"); out != "" {
		var buf bytes.Buffer
		if err := reportTmpl.Execute(&buf, rep); err != nil {
			return 1, fmt.Errorf("rendering report: %w", err)
		}
		if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
			return 1, fmt.Errorf("writing report: %w", err)
		}
		fmt.Fprintf(e.out, "HTML report written to %s\n", out)
	}
	return 0, nil
}

// counter counts strings and returns them as bars, largest first.
type counter map[string]int

func (c counter) bars(colors map[string]string, order []string) []bar {
	keys := make([]string, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	if order != nil {
		rank := func(k string) int {
			if i := slices.Index(order, k); i >= 0 {
				return i
			}
			return len(order)
		}
		sort.SliceStable(keys, func(i, j int) bool {
			if rank(keys[i]) != rank(keys[j]) {
				return rank(keys[i]) < rank(keys[j])
			}
			return keys[i] < keys[j]
		})
	} else {
		sort.Slice(keys, func(i, j int) bool {
			if c[keys[i]] != c[keys[j]] {
				return c[keys[i]] > c[keys[j]]
			}
			return keys[i] < keys[j]
		})
	}
	out := make([]bar, 0, len(keys))
	for i, k := range keys {
		col := colors[k]
		if col == "" {
			col = palette[i%len(palette)]
		}
		out = append(out, bar{Label: k, Value: float64(c[k]), Color: col})
	}
	return out
}

// buildReport aggregates the records.
func buildReport(recs []*exchange.Record, top int, generated time.Time) *report {
	rep := &report{Generated: generated.UTC().Format("2006-01-02 15:04 UTC"), Records: len(recs)}
	outcomes, redTypes, cats, consent, fbKinds := counter{}, counter{}, counter{}, counter{}, counter{}
	daily := map[string]map[string]int{}
	catModel := map[string]map[string]int{}
	models := map[string]bool{}
	var totals, guard []float64
	var exchanges []*exchange.Record
	byID := map[string]*exchange.Record{}
	var reviews []*exchange.Record
	redactedTotal, exchangesWithPII := 0, 0
	var first, last time.Time

	for _, r := range recs {
		if r.Kind == exchange.KindExchange {
			if first.IsZero() || r.Time.Before(first) {
				first = r.Time
			}
			if r.Time.After(last) {
				last = r.Time
			}
		}
		switch r.Kind {
		case exchange.KindFeedback:
			rep.Feedbacks++
			k, msg := "", ""
			if r.Feedback != nil {
				k, msg = r.Feedback.Kind, r.Feedback.Message
			}
			fbKinds[dash(k)]++
			rep.Feedback = append(rep.Feedback, feedbackRow{Time: r.Time.UTC().Format("2006-01-02 15:04"), ExchangeID: r.ExchangeID, Kind: dash(k), Message: msg})
			continue
		case exchange.KindReview:
			reviews = append(reviews, r)
			continue
		case exchange.KindExchange:
		default:
			continue
		}
		rep.Exchanges++
		exchanges = append(exchanges, r)
		if r.ExchangeID != "" {
			byID[r.ExchangeID] = r
		}
		day := r.Time.UTC().Format("2006-01-02")
		if daily[day] == nil {
			daily[day] = map[string]int{}
		}
		daily[day][r.Outcome]++
		outcomes[dash(r.Outcome)]++
		if r.Redactions != nil && r.Redactions.Total > 0 {
			redactedTotal += r.Redactions.Total
			exchangesWithPII++
			for t, n := range r.Redactions.ByType {
				redTypes[t] += n
			}
		}
		model := dash(r.Model)
		for _, f := range r.Findings {
			cats[f.Category]++
			if catModel[f.Category] == nil {
				catModel[f.Category] = map[string]int{}
			}
			catModel[f.Category][model]++
			models[model] = true
		}
		if r.Consent != nil {
			consent[dash(r.Consent.Decision)]++
		} else {
			consent["none recorded"]++
		}
		if r.Durations != nil {
			totals = append(totals, r.Durations.TotalMS)
			guard = append(guard, r.Durations.GuardrailMS)
		}
	}
	if !first.IsZero() {
		rep.From, rep.To = first.UTC().Format("2006-01-02 15:04"), last.UTC().Format("2006-01-02 15:04")
	}

	// volumes per day, stacked by outcome
	var days []string
	for d := range daily {
		days = append(days, d)
	}
	sort.Strings(days)
	var ss []series
	for _, o := range append(slices.Clone(outcomeOrder), extraKeys(outcomes, outcomeOrder)...) {
		if outcomes[o] > 0 {
			col := outcomeColors[o]
			if col == "" {
				col = "#a0aec0"
			}
			ss = append(ss, series{Name: o, Color: col})
		}
	}
	vals := make([][]float64, len(days))
	labels := make([]string, len(days))
	for i, d := range days {
		labels[i] = d[5:] // MM-DD
		for _, s := range ss {
			vals[i] = append(vals[i], float64(daily[d][s.Name]))
		}
	}
	rep.DailyChart = columnChart("Exchanges per day by outcome", labels, ss, vals, 1040)

	rep.Outcomes = outcomes.bars(outcomeColors, outcomeOrder)
	rep.OutcomeChart = donut("Outcomes", rep.Outcomes, fmtNum(float64(rep.Exchanges)))
	rep.Redactions = redTypes.bars(nil, nil)
	rep.RedactionChart = hbarChart("Redactions by type", rep.Redactions, 500)
	rep.Categories = cats.bars(nil, nil)
	rep.CategoryChart = hbarChart("Findings by category", rep.Categories, 500)
	consentColors := map[string]string{"personalize": "#2f855a", "anonymize": "#3b6fb6", "deny": "#c53030", "none recorded": "#a0aec0"}
	rep.Consent = consent.bars(consentColors, []string{"personalize", "anonymize", "deny"})
	rep.ConsentChart = donut("Consent decisions", rep.Consent, fmtNum(float64(rep.Exchanges)))
	rep.FeedbackChart = hbarChart("Feedback by kind", fbKinds.bars(nil, nil), 500)

	// findings matrix
	for m := range models {
		rep.Findings.Models = append(rep.Findings.Models, m)
	}
	sort.Strings(rep.Findings.Models)
	for _, b := range rep.Categories {
		row := matrixRow{Category: b.Label, Total: int(b.Value)}
		for _, m := range rep.Findings.Models {
			row.Counts = append(row.Counts, catModel[b.Label][m])
		}
		rep.Findings.Rows = append(rep.Findings.Rows, row)
	}

	// slowest
	slow := slices.Clone(exchanges)
	slow = slices.DeleteFunc(slow, func(r *exchange.Record) bool { return r.Durations == nil })
	sort.SliceStable(slow, func(i, j int) bool { return slow[i].Durations.TotalMS > slow[j].Durations.TotalMS })
	for _, r := range slow[:min(top, len(slow))] {
		rep.Slowest = append(rep.Slowest, slowRow{
			Time: r.Time.UTC().Format("2006-01-02 15:04:05"), ExchangeID: r.ExchangeID, Model: dash(r.Model),
			Dialect: dash(r.Dialect), Outcome: dash(r.Outcome), Stream: r.Stream,
			TotalMS: ms(r.Durations.TotalMS), GuardrailMS: ms(r.Durations.GuardrailMS), TTFBMS: ms(r.Durations.UpstreamTTFBMS),
		})
	}
	rep.LatencyP50, rep.LatencyP95 = ms(percentile(totals, 50)), ms(percentile(totals, 95))
	rep.GuardrailP50, rep.GuardrailP95 = ms(percentile(guard, 50)), ms(percentile(guard, 95))

	// reviews: the latest verdict per exchange counts
	latest := map[string]*exchange.Record{}
	for _, r := range reviews {
		if p := latest[r.ExchangeID]; p == nil || !r.Time.Before(p.Time) {
			latest[r.ExchangeID] = r
		}
	}
	rep.ReviewCount = len(reviews)
	rules := map[string]*ruleRow{}
	rule := func(id string) *ruleRow {
		if rules[id] == nil {
			rules[id] = &ruleRow{Rule: id}
		}
		return rules[id]
	}
	verdicts := counter{}
	for _, r := range exchanges {
		for _, f := range r.Findings {
			rule(f.Rule).Findings++
		}
		if !r.Flagged() {
			continue
		}
		rep.Flagged++
		rv := latest[r.ExchangeID]
		for _, id := range r.RuleIDs() {
			rule(id).Flagged++
		}
		if rv == nil || rv.Review == nil {
			continue
		}
		rep.Reviewed++
		verdicts[rv.Review.Verdict]++
		for _, id := range r.RuleIDs() {
			rr := rule(id)
			rr.Reviewed++
			switch rv.Review.Verdict {
			case exchange.VerdictOK:
				rr.OK++
			case exchange.VerdictViolation:
				rr.Violation++
			case exchange.VerdictFalsePositive:
				rr.FalsePos++
			}
		}
	}
	for _, rr := range rules {
		rr.FPRate = "–"
		if rr.Reviewed > 0 {
			fp := float64(rr.FalsePos) / float64(rr.Reviewed)
			rr.FPRate = fmt.Sprintf("%.0f%%", 100*fp)
			rr.FPHigh = fp >= 0.3
		}
		rep.Rules = append(rep.Rules, *rr)
	}
	sort.Slice(rep.Rules, func(i, j int) bool {
		a, b := rep.Rules[i], rep.Rules[j]
		if a.FalsePos != b.FalsePos {
			return a.FalsePos > b.FalsePos
		}
		if a.Flagged != b.Flagged {
			return a.Flagged > b.Flagged
		}
		return a.Rule < b.Rule
	})
	rep.VerdictChart = donut("Review verdicts", verdicts.bars(verdictColors, []string{exchange.VerdictViolation, exchange.VerdictFalsePositive, exchange.VerdictOK}), fmtNum(float64(rep.Reviewed)))
	rep.Coverage = "–"
	if rep.Flagged > 0 {
		rep.Coverage = fmt.Sprintf("%.0f%%", 100*float64(rep.Reviewed)/float64(rep.Flagged))
	}

	blocked := outcomes[exchange.OutcomeBlocked] + outcomes[exchange.OutcomeDenied] + outcomes[exchange.OutcomeRejected]
	rep.KPIs = []kpi{
		{Label: "Exchanges", Value: fmtNum(float64(rep.Exchanges)), Sub: fmt.Sprintf("%d day(s)", len(days))},
		{Label: "Redactions", Value: fmtNum(float64(redactedTotal)), Sub: fmt.Sprintf("in %s of exchanges", pct(exchangesWithPII, rep.Exchanges))},
		{Label: "Flagged", Value: fmtNum(float64(rep.Flagged)), Sub: fmt.Sprintf("%s of exchanges", pct(rep.Flagged, rep.Exchanges)), Tone: "warn"},
		{Label: "Stopped", Value: fmtNum(float64(blocked)), Sub: "blocked, denied or rejected", Tone: "bad"},
		{Label: "Review coverage", Value: rep.Coverage, Sub: fmt.Sprintf("%d of %d flagged", rep.Reviewed, rep.Flagged)},
		{Label: "Latency p95", Value: rep.LatencyP95, Sub: "guardrail p95 " + rep.GuardrailP95},
	}
	return rep
}

// extraKeys returns the keys of c not in known, sorted.
func extraKeys(c counter, known []string) []string {
	var out []string
	for k := range c {
		if !slices.Contains(known, k) {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// percentile returns the p-th percentile (nearest rank) of vs.
func percentile(vs []float64, p float64) float64 {
	if len(vs) == 0 {
		return math.NaN()
	}
	s := slices.Clone(vs)
	slices.Sort(s)
	i := int(math.Ceil(p/100*float64(len(s)))) - 1
	return s[max(0, min(i, len(s)-1))]
}

// ms formats milliseconds.
func ms(v float64) string {
	switch {
	case math.IsNaN(v):
		return "–"
	case v >= 100:
		return fmt.Sprintf("%.0f ms", v)
	default:
		return fmt.Sprintf("%.1f ms", v)
	}
}

func pct(n, of int) string {
	if of == 0 {
		return "–"
	}
	return fmt.Sprintf("%.0f%%", 100*float64(n)/float64(of))
}

// writeSummary prints the plain-text summary.
func writeSummary(w io.Writer, rep *report) {
	fmt.Fprintf(w, "Caddy Guardrail audit report — %d exchange(s)", rep.Exchanges)
	if rep.From != "" {
		fmt.Fprintf(w, ", %s – %s UTC", rep.From, rep.To)
	}
	fmt.Fprintln(w)
	line := func(title string, bars []bar) {
		if len(bars) == 0 {
			return
		}
		parts := make([]string, 0, len(bars))
		for _, b := range bars {
			parts = append(parts, fmt.Sprintf("%s %s", b.Label, fmtNum(b.Value)))
		}
		fmt.Fprintf(w, "  %-18s %s\n", title+":", strings.Join(parts, ", "))
	}
	line("outcomes", rep.Outcomes)
	line("redactions", rep.Redactions)
	line("findings", rep.Categories)
	line("consent", rep.Consent)
	fmt.Fprintf(w, "  %-18s p50 %s, p95 %s (guardrail p50 %s, p95 %s)\n", "latency:", rep.LatencyP50, rep.LatencyP95, rep.GuardrailP50, rep.GuardrailP95)
	fmt.Fprintf(w, "  %-18s %d flagged, %d reviewed (%s)\n", "reviews:", rep.Flagged, rep.Reviewed, rep.Coverage)
	for _, r := range rep.Rules {
		if r.Reviewed > 0 {
			fmt.Fprintf(w, "    %-30s reviewed %d: ok %d, violation %d, false positive %d (%s)\n", r.Rule, r.Reviewed, r.OK, r.Violation, r.FalsePos, r.FPRate)
		}
	}
	fmt.Fprintf(w, "  %-18s %d\n", "feedback:", rep.Feedbacks)
	if rep.Malformed > 0 {
		fmt.Fprintf(w, "  %-18s %d line(s) could not be read\n", "malformed:", rep.Malformed)
	}
}
