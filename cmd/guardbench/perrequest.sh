#!/bin/sh
# perrequest.sh counts, per request and side (plain reverse_proxy,
# guardrail), what the process spends outside the instruction counts of
# instructions.sh: user and system CPU time, system calls, and garbage
# collection cycles (see docs/performance.md, "Request path (reqpath10)").
#
#	go build -o /tmp/gb ./cmd/guardbench
#	cmd/guardbench/perrequest.sh /tmp/gb pii_2k          # 12,000 minus 2,000 requests
#	LOW=2000 HIGH=10000 cmd/guardbench/perrequest.sh /tmp/gb conv_32k -guardrail 'find_cache off'
#
# As instructions.sh, it runs one scenario with one side driven (-side),
# HIGH and LOW requests, and divides the difference by HIGH-LOW, so that
# start-up (rules compile, Caddy's config load) and the warm-up cancel out:
#   - user and system CPU seconds of the process (/usr/bin/time), which
#     move with the host's load as the harness's cpu/req does;
#   - system calls by name under strace -f -c (calls and failed calls; the
#     counts are exact, strace's timings are not used);
#   - GC cycles (GODEBUG=gctrace=1): with both servers in one process the
#     live heap is the same for both sides, so cycles per request follow
#     the bytes allocated per request.
# Arguments after the scenario go to guardbench.
set -eu
bin=${1:?usage: perrequest.sh GUARDBENCH_BINARY SCENARIO [guardbench flags]}
sc=${2:?usage: perrequest.sh GUARDBENCH_BINARY SCENARIO [guardbench flags]}
shift 2
low=${LOW:-2000}
high=${HIGH:-12000}
dir=${OUT:-$(mktemp -d)}
mkdir -p "$dir"

for side in plain guardrail; do
	for n in "$low" "$high"; do
		/usr/bin/time -f '%U %S' -o "$dir/$side.$n.time" "$bin" -scenarios "$sc" -side "$side" -requests "$n" \
			-duration 3000s -rounds 1 "$@" >/dev/null 2>&1
		strace -f -c -o "$dir/$side.$n.strace" "$bin" -scenarios "$sc" -side "$side" -requests "$n" \
			-duration 3000s -rounds 1 "$@" >/dev/null 2>&1
		GODEBUG=gctrace=1 "$bin" -scenarios "$sc" -side "$side" -requests "$n" -duration 3000s -rounds 1 "$@" \
			>"$dir/$side.$n.log" 2>&1
	done
done

echo "scenario $sc, ($high - $low) requests per side; per request:"
for side in plain guardrail; do
	awk -v side="$side" -v n=$((high - low)) '
		FNR == 1 { f++ }
		f == 1 { u0 = $1; s0 = $2 }
		f == 2 { u1 = $1; s1 = $2 }
		f == 3 && /^gc [0-9]/ { g0++ }
		f == 4 && /^gc [0-9]/ { g1++ }
		END { printf "%-10s user %6.1f µs  system %5.1f µs  GC cycles per 1,000 requests %.2f\n", side,
			(u1-u0)/n*1e6, (s1-s0)/n*1e6, (g1-g0)/n*1000 }' \
		"$dir/$side.$low.time" "$dir/$side.$high.time" "$dir/$side.$low.log" "$dir/$side.$high.log"
done
echo "system calls per request, calls (failed), plain -> guardrail:"
awk -v n=$((high - low)) '
	FNR == 1 { f++ }
	$1 ~ /^[0-9.]+$/ && NF >= 5 && $NF != "total" {
		calls = $4; errs = (NF == 6) ? $5 : 0
		sign = (f == 1 || f == 3) ? -1 : 1
		side = (f <= 2) ? "plain" : "guardrail"
		C[side, $NF] += sign * calls; E[side, $NF] += sign * errs; names[$NF] = 1
	}
	END {
		for (k in names) {
			p = C["plain", k] / n; g = C["guardrail", k] / n
			if (p < 0.01 && g < 0.01 && p > -0.01 && g > -0.01) continue
			printf "  %-14s %6.2f (%5.2f) -> %6.2f (%5.2f)\n", k, p, E["plain", k] / n, g, E["guardrail", k] / n
		}
	}' "$dir/plain.$low.strace" "$dir/plain.$high.strace" "$dir/guardrail.$low.strace" "$dir/guardrail.$high.strace" | sort -k2 -rn
grep -h -E "^(scenario +side|$sc +(plain|guardrail) +[0-9])" "$dir/plain.$high.log" "$dir/guardrail.$high.log" | awk 'NR == 1 || !/^scenario/'
echo "(files in $dir)"
