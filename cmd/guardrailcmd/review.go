package guardrailcmd

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"

	caddycmd "github.com/caddyserver/caddy/v2/cmd"
	"github.com/spf13/cobra"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/caddy-guardrail/guardrail/caddymodule/exchange"
)

func init() {
	verbs = append(verbs, newReviewCmd)
}

func newReviewCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "review FILE... [--exchange ID --verdict ok|violation|false_positive --note TEXT [--by NAME]]",
		Short: "Lists flagged exchanges to review, or records a verdict",
		Long: `
Without --exchange, lists the flagged and blocked exchanges in the log files
that have no review yet.

With --exchange and --verdict, appends a review record for that exchange to
the reviews file: --reviews, by default ` + exchange.ReviewLoggerName + ` lines in
` + DefaultReviewsFile + ` in the directory of the first FILE (one file per log
directory, so reviews outlive rolled logs). report and review read it too.
The reviewer defaults to the OS user. With a key (--key, GUARDRAIL_LOG_KEY or
GUARDRAIL_HASH_KEY) the review records are hash-chained like exchange records
and can be checked with verify.

Verdicts: ok (the answer was acceptable), violation (the finding was right),
false_positive (the rule should not have matched).
`,
		Args: cobra.MinimumNArgs(1),
		RunE: run(runReview),
	}
	f := cmd.Flags()
	f.String("exchange", "", "Exchange id to record a verdict for")
	f.String("verdict", "", "Verdict: ok, violation or false_positive")
	f.String("note", "", "Reviewer's note (do not paste personal data)")
	f.String("by", "", "Reviewer name (default: the OS user)")
	f.String("reviews", "", "Reviews file (default: "+DefaultReviewsFile+" beside the first FILE)")
	f.String("key", "", "Chain key (default: env GUARDRAIL_LOG_KEY, then GUARDRAIL_HASH_KEY)")
	return cmd
}

func runReview(e env, fl caddycmd.Flags) (int, error) {
	files := fl.Args()
	if err := checkFiles(files); err != nil {
		return 1, err
	}
	revPath := reviewsPath(fl, files)
	l, err := load(e, files, revPath)
	if err != nil {
		return 1, err
	}
	if id := fl.String("exchange"); id != "" {
		return appendReview(e, fl, l, revPath, id)
	}
	if fl.String("verdict") != "" {
		return 1, errors.New("--verdict needs --exchange")
	}
	reviewed := map[string]bool{}
	for _, it := range l.items {
		if it.rec.Kind == exchange.KindReview {
			reviewed[it.rec.ExchangeID] = true
		}
	}
	tw := tabwriter.NewWriter(e.out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "TIME\tEXCHANGE\tMODEL\tOUTCOME\tRULES\tFINDINGS")
	var flagged, pending int
	for _, it := range l.items {
		r := it.rec
		if r.Kind != exchange.KindExchange || !r.Flagged() {
			continue
		}
		flagged++
		if reviewed[r.ExchangeID] {
			continue
		}
		pending++
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", r.Time.UTC().Format("2006-01-02 15:04:05"),
			dash(r.ExchangeID), dash(r.Model), dash(r.Outcome), dash(strings.Join(r.RuleIDs(), ",")), findingsCell(r))
	}
	if err := tw.Flush(); err != nil {
		return 1, err
	}
	fmt.Fprintf(e.out, "%d flagged or blocked exchange(s), %d reviewed, %d to review\n", flagged, flagged-pending, pending)
	return 0, nil
}

// appendReview writes one review record for exchange id to path.
func appendReview(e env, fl caddycmd.Flags, l *loaded, path, id string) (int, error) {
	verdict := fl.String("verdict")
	switch verdict {
	case exchange.VerdictOK, exchange.VerdictViolation, exchange.VerdictFalsePositive:
	case "":
		return 1, errors.New("--verdict is required with --exchange (ok, violation or false_positive)")
	default:
		return 1, fmt.Errorf("unknown verdict %q: want ok, violation or false_positive", verdict)
	}
	var target *exchange.Record
	var last *exchange.Record // last chained record of the reviews file
	for _, it := range l.items {
		if it.rec.Kind == exchange.KindExchange && it.rec.ExchangeID == id {
			target = it.rec
		}
		if it.src == path && it.rec.Chain != "" {
			last = it.rec
		}
	}
	if target == nil {
		return 1, fmt.Errorf("exchange %q is not in the given log files", id)
	}
	by := fl.String("by")
	if by == "" {
		by = osUser(e)
	}
	rec := &exchange.Record{
		Kind:       exchange.KindReview,
		ExchangeID: id,
		Time:       e.now(),
		Model:      target.Model,
		Review:     &exchange.Review{Verdict: verdict, Note: fl.String("note"), By: by, Rules: target.RuleIDs()},
	}

	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return 1, fmt.Errorf("opening reviews file: %w", err)
	}
	defer f.Close()
	logger := zap.New(zapcore.NewCore(zapcore.NewJSONEncoder(jsonEncoderConfig()), zapcore.AddSync(f), zapcore.InfoLevel)).
		Named(exchange.ReviewLoggerName)
	key := logKey(e, fl)
	if len(key) > 0 {
		st := exchange.ChainState{}
		if last != nil {
			st = exchange.ChainState{ID: last.Chain, Seq: last.Seq, Hash: last.Hash}
		}
		exchange.ResumeEmitter(logger, key, st).Emit(rec)
	} else {
		rec.Schema = exchange.SchemaVersion
		rec.Time = rec.Time.UTC()
		logger.Info(exchange.KindReview, zap.Reflect(exchange.FieldName, rec))
		fmt.Fprintln(e.errOut, "note: no key given, the review record is not hash-chained")
	}
	if err := logger.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		return 1, fmt.Errorf("writing reviews file: %w", err)
	}
	fmt.Fprintf(e.out, "recorded %s for exchange %s by %s in %s\n", verdict, id, by, path)
	return 0, nil
}

// jsonEncoderConfig is the encoder config of Caddy's default JSON log
// encoder, so files written by the CLI look like Caddy's.
func jsonEncoderConfig() zapcore.EncoderConfig {
	return zapcore.EncoderConfig{
		MessageKey:     "msg",
		LevelKey:       "level",
		TimeKey:        "ts",
		NameKey:        "logger",
		LineEnding:     zapcore.DefaultLineEnding,
		EncodeLevel:    zapcore.LowercaseLevelEncoder,
		EncodeTime:     zapcore.EpochTimeEncoder,
		EncodeDuration: zapcore.SecondsDurationEncoder,
	}
}
