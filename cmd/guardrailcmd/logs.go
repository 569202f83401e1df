package guardrailcmd

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	caddycmd "github.com/caddyserver/caddy/v2/cmd"
	"github.com/spf13/cobra"

	"github.com/caddy-guardrail/guardrail/caddymodule/exchange"
	"github.com/caddy-guardrail/guardrail/redact"
	"github.com/caddy-guardrail/guardrail/rules"
)

func init() {
	verbs = append(verbs, newLogsCmd)
}

// followInterval is how often `logs -f` polls the file.
var followInterval = 500 * time.Millisecond

func newLogsCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "logs [flags] FILE...",
		Short: "Lists and filters exchange records",
		Long: `
Lists the exchange, feedback and review records of Caddy Guardrail log files
(plain or gzip-rolled; lines of other loggers are skipped) as a table, or as
JSON with --json (one record per line).

Filters combine with AND; list flags take comma-separated values:
  --since/--until  RFC 3339 time, a date (2006-01-02) or a duration back from now (24h, 7d)
  --outcome        forwarded, denied, blocked, upstream_error, client_aborted, rejected
  --category       finding category (false_urgency), or a kind: manipulation or bias
  --model          model name
  --subject        a raw subject id, hashed with --key or GUARDRAIL_HASH_KEY
  --exchange       exchange id (also matches feedback and reviews of it)
  --kind           exchange, feedback, review

With -f the last file is followed as it grows until interrupted.
`,
		Args: cobra.MinimumNArgs(1),
		RunE: run(runLogs),
	}
	f := cmd.Flags()
	f.Bool("json", false, "Print records as JSON, one per line")
	f.String("since", "", "Only records at or after this time (RFC 3339 or a duration like 24h)")
	f.String("until", "", "Only records before this time (RFC 3339 or a duration like 1h)")
	f.String("outcome", "", "Only these outcomes (comma-separated)")
	f.String("category", "", "Only records with a finding in these categories, or of these kinds (manipulation, bias)")
	f.String("model", "", "Only these models (comma-separated)")
	f.String("subject", "", "Only records of this subject id (hashed with the key; the id itself is never printed)")
	f.String("exchange", "", "Only records of this exchange id")
	f.String("kind", "", "Only these record kinds (comma-separated)")
	f.String("key", "", "Subject hashing key (default: env GUARDRAIL_HASH_KEY)")
	f.BoolP("follow", "f", false, "Follow the last file as it grows")
	return cmd
}

// filter selects records.
type filter struct {
	since, until time.Time
	outcomes     map[string]bool
	categories   map[string]bool
	models       map[string]bool
	kinds        map[string]bool
	subject      string
	exchange     string
}

// newFilter reads the filter flags.
func newFilter(e env, fl caddycmd.Flags) (*filter, error) {
	t := e.now()
	since, err := parseTime(flagString(fl, "since"), t)
	if err != nil {
		return nil, fmt.Errorf("--since: %w", err)
	}
	until, err := parseTime(flagString(fl, "until"), t)
	if err != nil {
		return nil, fmt.Errorf("--until: %w", err)
	}
	f := &filter{
		since: since, until: until,
		outcomes:   splitList(flagString(fl, "outcome")),
		categories: splitList(flagString(fl, "category")),
		models:     splitList(flagString(fl, "model")),
		kinds:      splitList(flagString(fl, "kind")),
		exchange:   flagString(fl, "exchange"),
	}
	if s := flagString(fl, "subject"); s != "" {
		key := hashKey(e, fl)
		if len(key) == 0 {
			return nil, errors.New("--subject needs the hash key: pass --key or set GUARDRAIL_HASH_KEY")
		}
		f.subject = redact.KeyedHash(key, s)
	}
	return f, nil
}

// flagString returns the value of a string flag, or "" when the verb has
// no such flag (verbs share the filter but not every flag).
func flagString(fl caddycmd.Flags, name string) string {
	if fl.Lookup(name) == nil {
		return ""
	}
	return fl.String(name)
}

// match reports whether rec passes the filter.
func (f *filter) match(rec *exchange.Record) bool {
	if !f.since.IsZero() && rec.Time.Before(f.since) {
		return false
	}
	if !f.until.IsZero() && !rec.Time.Before(f.until) {
		return false
	}
	if f.outcomes != nil && !f.outcomes[rec.Outcome] {
		return false
	}
	if f.models != nil && !f.models[rec.Model] {
		return false
	}
	if f.kinds != nil && !f.kinds[rec.Kind] {
		return false
	}
	if f.subject != "" && rec.Subject != f.subject {
		return false
	}
	if f.exchange != "" && rec.ExchangeID != f.exchange {
		return false
	}
	if f.categories != nil && !hasCategory(rec, f.categories) {
		return false
	}
	return true
}

// hasCategory reports whether a finding of rec is in one of the categories,
// of one of the kinds ("manipulation", "bias"), or below one of them
// (prefix up to a dot).
func hasCategory(rec *exchange.Record, cats map[string]bool) bool {
	for _, fd := range rec.Findings {
		if cat, ok := rules.CategoryByCode(fd.Category); ok && cats[cat.Kind] {
			return true
		}
		c := fd.Category
		for {
			if cats[c] {
				return true
			}
			i := strings.LastIndexByte(c, '.')
			if i < 0 {
				break
			}
			c = c[:i]
		}
	}
	return false
}

// printer writes records as a table or JSON lines.
type printer struct {
	json  bool
	w     io.Writer
	tw    *tabwriter.Writer
	count int
}

func newPrinter(w io.Writer, asJSON bool) *printer {
	p := &printer{json: asJSON, w: w}
	if !asJSON {
		p.tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(p.tw, "TIME\tEXCHANGE\tDIALECT\tMODEL\tOUTCOME\tREDACTED\tFINDINGS\tCONSENT\tTOTAL MS")
	}
	return p
}

func (p *printer) print(rec *exchange.Record) error {
	p.count++
	if p.json {
		b, err := json.Marshal(rec)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(p.w, "%s\n", b)
		return err
	}
	outcome := rec.Outcome
	switch rec.Kind {
	case exchange.KindFeedback:
		outcome = "feedback"
		if rec.Feedback != nil {
			outcome += ":" + rec.Feedback.Kind
		}
	case exchange.KindReview:
		outcome = "review"
		if rec.Review != nil {
			outcome += ":" + rec.Review.Verdict
		}
	}
	redacted, consent, total := "-", "-", "-"
	if rec.Redactions != nil {
		redacted = strconv.Itoa(rec.Redactions.Total)
	}
	if rec.Consent != nil {
		consent = rec.Consent.Decision
	}
	if rec.Durations != nil {
		total = strconv.FormatFloat(rec.Durations.TotalMS, 'f', 0, 64)
	}
	fmt.Fprintf(p.tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n",
		rec.Time.UTC().Format("2006-01-02 15:04:05"), dash(rec.ExchangeID), dash(rec.Dialect), dash(rec.Model),
		dash(outcome), redacted, findingsCell(rec), consent, total)
	return nil
}

// flush writes out the table.
func (p *printer) flush() error {
	if p.tw != nil {
		return p.tw.Flush()
	}
	return nil
}

// findingsCell summarises findings as "category(action),…".
func findingsCell(rec *exchange.Record) string {
	if len(rec.Findings) == 0 {
		return "-"
	}
	parts := make([]string, 0, len(rec.Findings))
	for _, f := range rec.Findings {
		s := f.Category
		if f.Action != "" {
			s += "(" + f.Action + ")"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, ",")
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func runLogs(e env, fl caddycmd.Flags) (int, error) {
	files := fl.Args()
	flt, err := newFilter(e, fl)
	if err != nil {
		return 1, err
	}
	if err := checkFiles(files); err != nil {
		return 1, err
	}
	following := fl.Bool("follow")
	read := files
	if following {
		if isGzip(files[len(files)-1]) {
			return 1, fmt.Errorf("cannot follow %s: it is a gzip-rolled file; give the current log last", files[len(files)-1])
		}
		read = files[:len(files)-1] // follow reads the last file itself
	}
	p := newPrinter(e.out, fl.Bool("json"))
	var stats exchange.ReadStats
	for _, f := range read {
		for n, en := range exchange.ReadFile(f, &stats) {
			if en.Err != nil {
				if n == 0 {
					return 1, en.Err
				}
				fmt.Fprintf(e.errOut, "malformed line: %v\n", en.Err)
				continue
			}
			if flt.match(en.Record) {
				if err := p.print(en.Record); err != nil {
					return 1, err
				}
			}
		}
	}
	if err := p.flush(); err != nil {
		return 1, err
	}
	if !following {
		if stats.Malformed > 0 {
			fmt.Fprintf(e.errOut, "%d malformed line(s) skipped; %d records read\n", stats.Malformed, stats.Records)
		}
		return 0, nil
	}
	ctx, stop := signal.NotifyContext(e.ctx, os.Interrupt)
	defer stop()
	return follow(ctx, e, files[len(files)-1], flt, p)
}

// isGzip reports whether the file starts with the gzip magic bytes.
func isGzip(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	var magic [2]byte
	n, _ := io.ReadFull(f, magic[:])
	return n == 2 && magic == [2]byte{0x1f, 0x8b}
}

// follow prints the matching records of the plain file at path, then polls
// it for appended lines until ctx is done. Partial lines wait for their end.
// A file that shrinks (truncated, or rotated and recreated) is read again
// from the start.
func follow(ctx context.Context, e env, path string, flt *filter, p *printer) (int, error) {
	var offset int64
	lineNo := 0
	var partial []byte
	first := true
	tick := time.NewTicker(followInterval)
	defer tick.Stop()
	for {
		if !first {
			select {
			case <-ctx.Done():
				return 0, nil
			case <-tick.C:
			}
		}
		first = false
		fi, err := os.Stat(path)
		if err != nil {
			continue // rotated away; wait for the new file
		}
		if fi.Size() < offset {
			offset, partial, lineNo = 0, nil, 0
		}
		if fi.Size() == offset {
			continue
		}
		f, err := os.Open(path)
		if err != nil {
			continue
		}
		buf := make([]byte, fi.Size()-offset)
		n, _ := f.ReadAt(buf, offset)
		f.Close()
		offset += int64(n)
		data := append(partial, buf[:n]...)
		last := bytes.LastIndexByte(data, '\n')
		if last < 0 {
			partial = data
			continue
		}
		partial = append([]byte(nil), data[last+1:]...)
		for line := range bytes.SplitSeq(data[:last], []byte("\n")) {
			lineNo++
			en, err := exchange.ParseLine(line)
			if errors.Is(err, exchange.ErrNotRecord) {
				continue
			}
			if err != nil {
				fmt.Fprintf(e.errOut, "malformed line: %s:%d: %v\n", path, lineNo, err)
				continue
			}
			if flt.match(en.Record) {
				if err := p.print(en.Record); err != nil {
					return 1, err
				}
			}
		}
		if err := p.flush(); err != nil {
			return 1, err
		}
	}
}
