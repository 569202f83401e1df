#!/bin/sh
# stages.sh counts, under callgrind, the instructions of each stage of one
# guardrail exchange in the harness, inclusive of what the stage calls
# (SHA-256 under the placeholders and under the record's chain step, the
# engine under the request's texts), per exchange (see
# docs/performance.md, "Session 23").
#
#	go build -o /tmp/gb ./cmd/guardbench
#	cmd/guardbench/stages.sh /tmp/gb pii_2k
#
# It runs the guardrail side of one scenario (-side guardrail) with
# callgrind's instrumentation off until the harness has warmed up (its
# "guardbench:" line), so that start-up (the rules' compile, Caddy's
# config) is not in the profile at all, and divides each stage's
# inclusive count by the exchanges in the window (calls of newExchange).
# Callgrind cannot follow a goroutine that parks inside a function, so the
# inclusive count of ServeHTTP and forward (which wait for the upstream)
# is meaningless; the stages listed here run without parking. Async
# preemption is off (GODEBUG=asyncpreemptoff=1): callgrind asserts on its
# signals. Valgrind hides SHA-NI: SHA-256 runs its AVX2 code, several
# times the instructions of the native code. Arguments after the scenario
# go to guardbench; N= requests (default 3000), OUT=DIR keeps the file,
# REUSE=1 reads it again.
set -eu
bin=${1:?usage: stages.sh GUARDBENCH_BINARY SCENARIO [guardbench flags]}
sc=${2:?usage: stages.sh GUARDBENCH_BINARY SCENARIO [guardbench flags]}
shift 2
n=${N:-3000}
dir=${OUT:-$(mktemp -d)}
mkdir -p "$dir"
out="$dir/stages.$sc.out"

if [ -z "${REUSE:-}" ] || [ ! -s "$out" ]; then
	rm -f "$out"
	GODEBUG=asyncpreemptoff=1 valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$out" \
		"$bin" -scenarios "$sc" -side guardrail -requests "$n" -duration 3000s -rounds 1 "$@" \
		>"$dir/stages.$sc.log" 2>&1 &
	pid=$!
	until grep -q '^guardbench:' "$dir/stages.$sc.log" 2>/dev/null; do
		kill -0 "$pid" 2>/dev/null || { cat "$dir/stages.$sc.log" >&2; exit 1; }
		sleep 1
	done
	callgrind_control -i on "$pid" >/dev/null 2>&1
	wait "$pid"
fi

# The exchanges in the window: the calls of newExchange.
ex=$(callgrind_annotate --tree=calling "$out" 2>/dev/null |
	awk '/>  .*caddymodule\.newExchange \(/ { s = $0; sub(/.*newExchange \(/, "", s); sub(/x\).*/, "", s); gsub(",", "", s); n += s } END { print n + 0 }')
[ "$ex" -gt 0 ] || { echo "no exchange in the window" >&2; exit 1; }

echo "scenario $sc, guardrail side, $ex exchanges after the warm-up, callgrind; instructions per exchange, inclusive:"
callgrind_annotate --inclusive=yes --threshold=100 "$out" 2>/dev/null | awk -v ex="$ex" '
	$1 ~ /^[0-9,]+$/ {
		ir = $1; gsub(",", "", ir)
		f = ""
		for (i = 2; i <= NF; i++) if ($i ~ /:/ && $i !~ /%\)$/) { f = $i; break }
		sub(/^[^:]*:/, "", f); sub(/^github.com\/caddy-guardrail\/guardrail\//, "", f)
		if (f != "" && !(f in IR)) IR[f] = ir	# the first (largest) of a name
	}
	END {
		n = split("caddymodule.(*Guardrail).redactBody|  request: read body, validate and scan JSON, redact texts, splice|" \
			"caddymodule.readBodyTo|    read the body|" \
			"caddymodule.checkJSONMedia|    validate the JSON (and media parts)|" \
			"caddymodule.(*reqScanner).scan|    scan for the dialect'"'"'s texts|" \
			"rules.(*Set).Find|    find personal data (the engine)|" \
			"redact.appendApply|    placeholders and apply|" \
			"redact.(*hmacState).mac|      of which keyed hashes (SHA-256)|" \
			"caddymodule/consent.(*Resolver).Decide|  consent decision|" \
			"caddymodule.(*answerWriter).finish|  answer: read, screen, restore, write (with Caddy'"'"'s own write of it)|" \
			"caddymodule.openAIWholeFast|    read the answer JSON (OpenAI)|" \
			"caddymodule.(*answerWriter).processWhole|    screen and restore|" \
			"rules.(*Screener).Scan|      of which screening|" \
			"caddymodule.(*Guardrail).emit|  record and metrics|" \
			"caddymodule.(*exchangeState).record|    build the record|" \
			"caddymodule/exchange.(*encodeBuffers).encodeCanonical|    canonical form|" \
			"caddymodule/exchange.(*Emitter).step|    chain step (HMAC-SHA256)|" \
			"caddymodule.(*exchangeState).observe|    metrics|" \
			"caddymodule.(*exchangeState).release|    give back pooled memory|" \
			"caddymodule.newExchangeID|  exchange id|", s, "|")
		for (i = 1; i + 1 <= n; i += 2) {
			f = s[i]; sub(/^ */, "", f)
			if (f == "") continue
			c = (f in IR) ? IR[f] : 0
			printf "%9.0f  %s  (%s)\n", c / ex, s[i + 1], f
		}
	}'
echo "(callgrind file: $out)"
