#!/bin/sh
# instructions.sh counts the instructions the guardrail adds per request,
# deterministically, with valgrind's cachegrind (see docs/performance.md,
# "Counting instructions per request").
#
#	go build -o /tmp/gb ./cmd/guardbench
#	cmd/guardbench/instructions.sh /tmp/gb pii_2k          # 3,000 minus 1,000 requests
#	LOW=2000 HIGH=6000 cmd/guardbench/instructions.sh /tmp/gb conv_32k -guardrail 'find_cache off'
#
# For each side (plain reverse_proxy, guardrail) it runs the harness twice
# under cachegrind, HIGH and LOW requests of one scenario with one side
# driven (-side), and divides the difference by HIGH-LOW: start-up (rules
# compile, bodies, Caddy's config load) and the warm-up cancel out. It
# prints per request and side the instructions and I1 misses of the whole
# process, of the runtime (runtime.*, internal/runtime: garbage collection,
# malloc, maps, write barriers; its count moves by tens of thousands
# between runs as GC cycles fall in or out of the window) and of the rest,
# then the guardrail side minus the plain side, by package, and the
# functions that differ most. Arguments after the scenario go to guardbench.
# REUSE=1 with OUT=DIR reads the cachegrind files of an earlier run again.
# Valgrind hides SHA-NI: SHA-256 runs its AVX2 code under cachegrind
# (blockAVX2), ~25k instructions per HMAC'd placeholder value pair that
# cost ~50 ns each natively.
set -eu
bin=${1:?usage: instructions.sh GUARDBENCH_BINARY SCENARIO [guardbench flags]}
sc=${2:?usage: instructions.sh GUARDBENCH_BINARY SCENARIO [guardbench flags]}
shift 2
low=${LOW:-1000}
high=${HIGH:-3000}
top=${TOP:-25}
dir=${OUT:-$(mktemp -d)}
mkdir -p "$dir"

for side in plain guardrail; do
	for n in "$low" "$high"; do
		[ -n "${REUSE:-}" ] && [ -s "$dir/$side.$n.out" ] ||
		valgrind --tool=cachegrind --cache-sim=yes --cachegrind-out-file="$dir/$side.$n.out" \
			"$bin" -scenarios "$sc" -side "$side" -requests "$n" -duration 3000s -rounds 1 "$@" \
			>"$dir/$side.$n.log" 2>&1
		# file:function Ir I1mr, one line per function, summed over files.
		cg_annotate --threshold=0 --auto=no --show=Ir,I1mr "$dir/$side.$n.out" | awk '
			/^-+$/ { sect++ ; next }
			sect == 5 && $NF ~ /:/ && $1 ~ /^[0-9,]+$/ {
				gsub(/\( *[0-9.]+%\)/, "")	# the percentages
				ir = $1; gsub(",", "", ir)
				i1 = $2; gsub(",", "", i1)
				f = $NF; sub(/^[^:]*:/, "", f)
				IR[f] += ir; I1[f] += i1
			}
			END { for (f in IR) printf "%s %d %d\n", f, IR[f], I1[f] }' >"$dir/$side.$n.fn"
	done
done

echo "scenario $sc, ($high - $low) requests per side, cachegrind; per request (thousands of instructions / I1 misses):"
awk -v d="$high" -v lo="$low" -v dir="$dir" -v top="$top" "$(cat "$(dirname "$0")/pkg.awk")"'
	{
		split(FILENAME, p, "/"); split(p[length(p)], q, ".")
		side = q[1]; n = q[2]; sign = (n == lo) ? -1 : 1
		IR[side, $1] += sign * $2; I1[side, $1] += sign * $3
		fn[$1] = 1
	}
	END {
		n = d - lo
		for (f in fn) {
			for (s = 0; s < 2; s++) {
				side = s ? "guardrail" : "plain"
				k = pkg(f)
				T[side] += IR[side, f]; M[side] += I1[side, f]
				P[side, k] += IR[side, f]; PM[side, k] += I1[side, f]
				if (k == "runtime") { R[side] += IR[side, f]; RM[side] += I1[side, f] }
			}
			D[f] = (IR["guardrail", f] - IR["plain", f]) / n
		}
		for (s = 0; s < 2; s++) {
			side = s ? "guardrail" : "plain"
			printf "%-10s all %8.1fk / %6.0f   runtime %8.1fk / %5.0f   without runtime %8.1fk / %6.0f\n", side,
				T[side]/n/1000, M[side]/n, R[side]/n/1000, RM[side]/n, (T[side]-R[side])/n/1000, (M[side]-RM[side])/n
		}
		printf "added      all %8.1fk / %6.0f   runtime %8.1fk / %5.0f   without runtime %8.1fk / %6.0f\n",
			(T["guardrail"]-T["plain"])/n/1000, (M["guardrail"]-M["plain"])/n,
			(R["guardrail"]-R["plain"])/n/1000, (RM["guardrail"]-RM["plain"])/n,
			(T["guardrail"]-R["guardrail"]-T["plain"]+R["plain"])/n/1000, (M["guardrail"]-RM["guardrail"]-M["plain"]+RM["plain"])/n
		printf "added by package:"
		split("redact rules caddymodule exchange sha256 gjson net/http caddy other runtime", ks, " ")
		for (i = 1; i <= 10; i++) printf " %s %.1fk/%.0f", ks[i], (P["guardrail", ks[i]]-P["plain", ks[i]])/n/1000, (PM["guardrail", ks[i]]-PM["plain", ks[i]])/n
		printf "\n"
		for (f in D) if (D[f] > 50 || D[f] < -50) printf "%10.0f %s\n", D[f], f | "sort -rn | head -" top
	}' "$dir"/plain."$low".fn "$dir"/plain."$high".fn "$dir"/guardrail."$low".fn "$dir"/guardrail."$high".fn
grep -h 'alloc/req' -A1 "$dir"/plain."$high".log "$dir"/guardrail."$high".log | grep -v '^--' | awk 'NR==1 || !/alloc\/req/'
echo "(cachegrind files in $dir)"
