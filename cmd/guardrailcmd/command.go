// Package guardrailcmd adds the `caddy guardrail` command to the Caddy
// binary: one top-level command whose verbs (logs, report, verify, review,
// and others such as rules and scan) are cobra subcommands.
//
// Each verb lives in its own file and registers itself by appending a
// constructor to verbs from an init function:
//
//	func init() { verbs = append(verbs, newScanCmd) }
//
// Blank-import this package in the Caddy main to get the command.
package guardrailcmd

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/user"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/caddyserver/caddy/v2"
	caddycmd "github.com/caddyserver/caddy/v2/cmd"
	"github.com/spf13/cobra"

	"github.com/caddy-guardrail/guardrail/caddymodule/exchange"
)

// verbs holds the constructors of the `caddy guardrail` subcommands; each
// verb's file appends its own in init.
var verbs []func() *cobra.Command

func init() {
	caddycmd.RegisterCommand(caddycmd.Command{
		Name:  "guardrail",
		Usage: "<verb> [flags]",
		Short: "Inspects Caddy Guardrail's exchange records and rules",
		Long: `
Tools for operators of Caddy Guardrail.

Exchange records are the JSON lines the guardrail writes to the logger
http.handlers.guardrail.exchange (route it to a file with Caddy's log
options). The verbs read those files, plain or gzip-rolled, and skip lines
of other loggers:

  logs     list and filter records, or follow a growing file
  report   an audit report as HTML with charts, and a text summary
  verify   check the tamper-evident hash chain of the records
  review   list flagged exchanges not yet reviewed, or record a verdict
  rules    check and test a rules file, or print its JSON Schema
  scan     explain every redaction and screening finding in a text

Keys: verify and review use --key or GUARDRAIL_LOG_KEY (falling back to
GUARDRAIL_HASH_KEY); logs --subject hashes ids with --key or
GUARDRAIL_HASH_KEY.
`,
		CobraFunc: func(cmd *cobra.Command) {
			addVerbs(cmd)
		},
	})
}

// addVerbs adds every registered verb to the guardrail command, sorted by name.
func addVerbs(cmd *cobra.Command) {
	subs := make([]*cobra.Command, 0, len(verbs))
	for _, v := range verbs {
		subs = append(subs, v())
	}
	slices.SortFunc(subs, func(a, b *cobra.Command) int { return strings.Compare(a.Name(), b.Name()) })
	cmd.AddCommand(subs...)
}

// newRootCmd builds the guardrail command with all verbs, as Caddy does; for tests.
func newRootCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "guardrail", SilenceUsage: true}
	addVerbs(cmd)
	return cmd
}

// env is what a verb needs from the outside world; tests replace parts.
type env struct {
	ctx    context.Context
	out    io.Writer
	errOut io.Writer
	getenv func(string) string
	now    func() time.Time
}

// verbFunc runs a verb with its flags; positional args are fl.Args().
type verbFunc func(e env, fl caddycmd.Flags) (int, error)

// now is the clock of the verbs; tests replace it.
var now = time.Now

// run adapts a verbFunc to cobra with Caddy's (exit code, error) convention.
func run(f verbFunc) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		ctx := cmd.Context()
		if ctx == nil {
			ctx = context.Background()
		}
		e := env{ctx: ctx, out: cmd.OutOrStdout(), errOut: cmd.ErrOrStderr(), getenv: os.Getenv, now: now}
		return caddycmd.WrapCommandFuncForCobra(func(fl caddycmd.Flags) (int, error) {
			return f(e, fl)
		})(cmd, args)
	}
}

// errTampered is returned by verify when the chain is broken.
var errTampered = errors.New("exchange log failed verification")

// logKey returns the chain key: --key, GUARDRAIL_LOG_KEY or GUARDRAIL_HASH_KEY.
func logKey(e env, fl caddycmd.Flags) []byte {
	if k := fl.String("key"); k != "" {
		return []byte(k)
	}
	if k := e.getenv("GUARDRAIL_LOG_KEY"); k != "" {
		return []byte(k)
	}
	return []byte(e.getenv("GUARDRAIL_HASH_KEY"))
}

// hashKey returns the subject hashing key: --key or GUARDRAIL_HASH_KEY.
func hashKey(e env, fl caddycmd.Flags) []byte {
	if k := fl.String("key"); k != "" {
		return []byte(k)
	}
	return []byte(e.getenv("GUARDRAIL_HASH_KEY"))
}

// checkFiles fails with a clear error when no file is given or one is missing.
func checkFiles(files []string) error {
	if len(files) == 0 {
		return errors.New("no log file given")
	}
	for _, f := range files {
		fi, err := os.Stat(f)
		if err != nil {
			return fmt.Errorf("log file %s: %w", f, errors.Unwrap(err))
		}
		if fi.IsDir() {
			return fmt.Errorf("log file %s is a directory", f)
		}
	}
	return nil
}

// DefaultReviewsFile is the name of the reviews file `caddy guardrail
// review` writes to and report/review read from, in the directory of the
// first log file given, unless --reviews names another. One reviews file per
// log directory outlives the rolling of the log files it refers to.
const DefaultReviewsFile = "guardrail-reviews.jsonl"

// reviewsPath returns the reviews file for the given log files.
func reviewsPath(fl caddycmd.Flags, files []string) string {
	if p := fl.String("reviews"); p != "" {
		return p
	}
	return filepath.Join(filepath.Dir(files[0]), DefaultReviewsFile)
}

// item is one record with where it was read.
type item struct {
	src  string
	line int
	rec  *exchange.Record
}

// loaded is the result of reading log files.
type loaded struct {
	items     []item
	stats     exchange.ReadStats
	malformed []string
}

// load reads the records of the files (and of extra files that exist, such
// as the reviews file), reporting malformed lines on errOut.
func load(e env, files []string, extra ...string) (*loaded, error) {
	if err := checkFiles(files); err != nil {
		return nil, err
	}
	l := &loaded{}
	all := slices.Clone(files)
	for _, x := range extra {
		if x == "" || slices.Contains(files, x) {
			continue
		}
		if _, err := os.Stat(x); err == nil {
			all = append(all, x)
		}
	}
	for _, f := range all {
		for n, en := range exchange.ReadFile(f, &l.stats) {
			if en.Err != nil {
				if n == 0 {
					return nil, en.Err
				}
				msg := fmt.Sprintf("malformed line: %v", en.Err)
				l.malformed = append(l.malformed, msg)
				fmt.Fprintln(e.errOut, msg)
				continue
			}
			l.items = append(l.items, item{src: f, line: n, rec: en.Record})
		}
	}
	return l, nil
}

// parseTime reads an RFC 3339 time or a duration back from now ("24h", "7d").
func parseTime(s string, now time.Time) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	d, err := caddy.ParseDuration(s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is neither an RFC 3339 time nor a duration", s)
	}
	return now.Add(-d), nil
}

// osUser returns the name of the user running the command.
func osUser(e env) string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	if u := e.getenv("USER"); u != "" {
		return u
	}
	return "unknown"
}

// splitList splits comma-separated flag values into a set; empty means all.
func splitList(s string) map[string]bool {
	if s == "" {
		return nil
	}
	m := map[string]bool{}
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			m[p] = true
		}
	}
	return m
}
