package guardrailcmd

import (
	"errors"
	"fmt"

	caddycmd "github.com/caddyserver/caddy/v2/cmd"
	"github.com/spf13/cobra"

	"github.com/caddy-guardrail/guardrail/caddymodule/exchange"
)

func init() {
	verbs = append(verbs, newVerifyCmd)
}

// maxProblems is how many problems verify prints before summarising.
const maxProblems = 20

func newVerifyCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "verify [--key KEY] FILE...",
		Short: "Checks the tamper-evident hash chain of exchange records",
		Long: `
Checks the hash chain of exchange records and names the first line that was
edited, removed or reordered. Give rolled files oldest first; gzip files are
read as they are. The key is the guardrail's log key: --key, or the env
GUARDRAIL_LOG_KEY, falling back to GUARDRAIL_HASH_KEY.

Each record carries chain (an id, new at every emitter start), seq, prev and
hash = HMAC-SHA256(key, prev || canonical record). A new chain starting at
seq 1 is a recognised restart; a chain whose first record is later than seq 1
is noted (older files not given). Removing the newest records cannot be
detected from the log alone: compare the last seq with your log shipper.

The files must be written by Caddy's JSON log encoder (format json, the
default for files); console-format lines are read too.

Exit status: 0 intact, 1 tampered or unreadable.
`,
		Args: cobra.MinimumNArgs(1),
		RunE: run(runVerify),
	}
	cmd.Flags().String("key", "", "Chain key (default: env GUARDRAIL_LOG_KEY, then GUARDRAIL_HASH_KEY)")
	return cmd
}

func runVerify(e env, fl caddycmd.Flags) (int, error) {
	files := fl.Args()
	if err := checkFiles(files); err != nil {
		return 1, err
	}
	key := logKey(e, fl)
	if len(key) == 0 {
		return 1, errors.New("no chain key: pass --key or set GUARDRAIL_LOG_KEY (or GUARDRAIL_HASH_KEY); the root Caddyfile's development default is dev-only-hash-key-change-me")
	}
	var stats exchange.ReadStats
	var openErr error
	srcs := make([]exchange.Source, 0, len(files))
	for _, f := range files {
		entries := exchange.ReadFile(f, &stats)
		srcs = append(srcs, exchange.Source{Name: f, Entries: func(yield func(int, exchange.Entry) bool) {
			for n, en := range entries {
				if n == 0 && en.Err != nil {
					openErr = en.Err
					return
				}
				if !yield(n, en) {
					return
				}
			}
		}})
	}
	rep := exchange.Verify(srcs, key)
	if openErr != nil {
		return 1, openErr
	}
	for i, p := range rep.Problems {
		if i == maxProblems {
			fmt.Fprintf(e.out, "… and %d more problem(s)\n", len(rep.Problems)-maxProblems)
			break
		}
		fmt.Fprintln(e.out, p)
	}
	for _, c := range rep.Chains {
		note := ""
		if c.StartsMidway {
			note = fmt.Sprintf(" (starts at seq %d: earlier records are not in these files)", c.First)
		}
		fmt.Fprintf(e.out, "chain %s: %d record(s), seq %d–%d%s\n", c.ID, c.Records, c.First, c.Last, note)
	}
	fmt.Fprintf(e.out, "%d record(s) in %d chain(s) from %d file(s); %d other line(s) skipped\n",
		rep.Records, len(rep.Chains), len(files), stats.Skipped)
	if p, bad := rep.First(); bad {
		fmt.Fprintf(e.out, "TAMPERED: first problem at %s:%d (%s)\n", p.Source, p.Line, p.Kind)
		return 1, fmt.Errorf("%w: %d problem(s), first at %s:%d (%s)", errTampered, len(rep.Problems), p.Source, p.Line, p.Kind)
	}
	fmt.Fprintln(e.out, "OK: the chain is intact")
	return 0, nil
}
