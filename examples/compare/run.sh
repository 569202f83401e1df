#!/usr/bin/env bash
# Runs caddy guardrail scan and the redact-pii npm package (offline
# SyncRedactor) on the same labelled texts, scores both with the shared
# scorer, times both on one core, and writes out/tables.md.
#
#   examples/compare/run.sh            (from anywhere; needs go, node/npm, python3)
#
# EVAL (default: ../shared/eval beside the repository) holds pii-public.jsonl,
# score-pii.py and gen-pii-corpus.py. PASSES (default 3) is the number of timed
# passes over the 1 MB corpus per tool. Everything runs under nice -n 19.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
eval_dir=${EVAL:-$root/../shared/eval}
passes=${PASSES:-3}
out=$here/out
types=PERSON,STREET_ADDRESS,ZIP_CODE,LOCATION,DATE_OF_BIRTH,EMAIL_ADDRESS,PHONE_NUMBER,CREDIT_CARD,IBAN_CODE,US_SSN,IP_ADDRESS
cpu=${CPU:-1} # the one core both timings are pinned to
mkdir -p "$out"
cd "$here"

pin() { if command -v taskset >/dev/null; then taskset -c "$cpu" "$@"; else "$@"; fi; }

echo "== build and install"
(cd "$root" && go build -o "$out/caddy" ./cmd/caddy && go build -o "$out/timeguard" ./examples/compare/timeguard)
[ -d node_modules/redact-pii ] || npm ci --no-audit --no-fund
{
	echo "guardrail commit: $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- redact rules cmd || echo ' (modified)')"
	echo "redact-pii: $(node -p 'require("redact-pii/package.json").version')"
	echo "node: $(node --version)"
	echo "go: $(go version | cut -d' ' -f3-)"
	echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
} | tee "$out/versions.txt"

echo "== gold sets"
# A 1 MB generated corpus with a seed the project's own tests do not use
# (they use 7 and 42). The labels file is the gold and carries the texts.
[ -f "$out/gen-corpus.jsonl" ] ||
	nice -n 19 python3 "$eval_dir/gen-pii-corpus.py" --size-mb 1 --seed 2027 \
		--out "$out/gen-corpus.txt" --labels "$out/gen-corpus.jsonl" >/dev/null
declare -A gold=(
	[pii-public]="$eval_dir/pii-public.jsonl"
	[marketing-dev]="$root/redact/testdata/marketing-dev.jsonl"
	[marketing-holdout]="$root/redact/testdata/marketing-holdout.jsonl"
	[handwritten-prompts]="$root/redact/testdata/handwritten-prompts.jsonl"
	[handwritten-holdout]="$root/redact/testdata/handwritten-holdout.jsonl"
	[gen-corpus]="$out/gen-corpus.jsonl"
)
sets="pii-public marketing-dev marketing-holdout handwritten-prompts handwritten-holdout gen-corpus"

echo "== run and score"
# Both tools read the gold files directly: they use "id" and "text" and
# ignore the labels.
for s in $sets; do
	g=${gold[$s]}
	nice -n 19 "$out/caddy" guardrail scan --jsonl <"$g" >"$out/guardrail.$s.jsonl"
	nice -n 19 node redact-pii.js "$g" >"$out/redact-pii.$s.jsonl"
	python3 "$eval_dir/score-pii.py" --gold "$g" --types "$types" --label "guardrail $s" \
		--pred "$out/guardrail.$s.jsonl" --json "$out/score.guardrail.$s.json"
	python3 "$eval_dir/score-pii.py" --gold "$g" --types "$types" --label "redact-pii $s" \
		--redacted "$out/redact-pii.$s.jsonl" --json "$out/score.redact-pii.$s.json"
done | tee "$out/scores.txt"

echo "== time (one core, $passes passes after a warm-up pass, redaction loop only)"
{
	GOMAXPROCS=1 pin nice -n 19 "$out/timeguard" "$passes" "$out/gen-corpus.jsonl"
	pin nice -n 19 node redact-pii.js --time "$passes" "$out/gen-corpus.jsonl"
} | tee "$out/timing.jsonl"

python3 "$here/tables.py" "$out" "$sets" >"$out/tables.md"
echo "== wrote $out/tables.md"
