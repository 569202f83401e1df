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
	echo "guardrail commit: $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- redact rules cmd || echo ' (redact/rules/cmd modified)'), detectors last changed in $(git -C "$root" log -1 --format=%h -- redact rules)"
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
# The later marketing sets (written by engineers who had not read the
# project; each was blind on its first run, see its .md or the README).
for n in 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 23 24 25; do
	f=$root/redact/testdata/marketing-holdout$n.jsonl
	[ -f "$f" ] || continue
	gold[marketing-holdout$n]=$f
	sets="$sets marketing-holdout$n"
done
# The development sets of the nineteenth, twentieth and twenty-first sessions (outside
# writers, read from their first day: regression figures only).
for n in dev16a dev16b dev17a dev17b dev21a dev21b dev22a dev22b dev23a dev23b dev24a dev24b dev25a dev25b; do
	f=$root/redact/testdata/marketing-$n.jsonl
	[ -f "$f" ] || continue
	gold[marketing-$n]=$f
	sets="$sets marketing-$n"
done

echo "== run and score"
# Both tools read the gold files directly: they use "id" and "text" and
# ignore the labels. Both are scored from byte spans (--pred): the
# guardrail's come from scan --jsonl, redact-pii's from redact-pii.js, which
# replays redact-pii's steps with offset tracking and checks that the replay
# gives redact-pii's own output text.
score() { # tool set gold
	python3 "$eval_dir/score-pii.py" --gold "$3" --types "$types" --label "$1 $2" \
		--pred "$out/$1.$2.jsonl" --json "$out/score.$1.$2.json"
}
for s in $sets; do
	g=${gold[$s]}
	nice -n 19 "$out/caddy" guardrail scan --jsonl <"$g" >"$out/guardrail.$s.jsonl"
	nice -n 19 node redact-pii.js "$g" >"$out/redact-pii.$s.jsonl"
	score guardrail "$s" "$g"
	score redact-pii "$s" "$g"
done | tee "$out/scores.txt"
echo "redact-pii texts whose span replay differs from its output: $(cat "$out"/redact-pii.*.jsonl | grep -c '"spans_checked":false' || true)"

echo "== pii-public by source (the same predictions, scored on each part)"
# pii-public mixes three projects' test vectors; redact-pii's own 65 are one
# part. The subsets keep each part's gold and predictions.
for src in microsoft/presidio solvvy/redact-pii validatorjs/validator.js; do
	part=pii-public.${src%%/*}
	for f in pii-public guardrail.pii-public redact-pii.pii-public; do
		g=$out/$f.jsonl
		[ "$f" = pii-public ] && g=${gold[pii-public]}
		python3 - "$src" "$eval_dir/pii-public.jsonl" "$g" >"$out/${f/pii-public/$part}.jsonl" <<'PY'
import json, sys
src, gold, path = sys.argv[1:]
def srcs(r):
    s = r["source"]
    return s if isinstance(s, list) else [s]
keep = {r["id"] for r in map(json.loads, open(gold)) if any(x.startswith(src + "@") for x in srcs(r))}
for line in open(path):
    if json.loads(line)["id"] in keep:
        sys.stdout.write(line)
PY
	done
	score guardrail "$part" "$out/$part.jsonl"
	score redact-pii "$part" "$out/$part.jsonl"
done | tee "$out/scores-by-source.txt"

echo "== cross-check: both tools scored from their redacted text instead (score-pii.py --redacted aligns it with the input)"
for s in $sets; do
	for t in guardrail redact-pii; do
		python3 "$eval_dir/score-pii.py" --gold "${gold[$s]}" --types "$types" --label "$t $s (--redacted)" \
			--redacted "$out/$t.$s.jsonl" >"$out/aligned.$t.$s.txt"
		head -n 1 "$out/aligned.$t.$s.txt"
	done
done | tee "$out/scores-aligned.txt"

echo "== time (one core, $passes passes after a warm-up pass, redaction loop only)"
{
	GOMAXPROCS=1 pin nice -n 19 "$out/timeguard" "$passes" "$out/gen-corpus.jsonl"
	pin nice -n 19 node redact-pii.js --time "$passes" "$out/gen-corpus.jsonl"
} | tee "$out/timing.jsonl"

python3 "$here/tables.py" "$out" "$sets pii-public.microsoft pii-public.solvvy pii-public.validatorjs" >"$out/tables.md"
echo "== wrote $out/tables.md"
