#!/bin/sh
# footprint.sh counts, per exchange, the cache lines (code and data) the
# guardrail needs from beyond a core's L2 when that L2 is cold: what a
# request costs on a host where other work runs between two requests (see
# docs/performance.md, "Session 22"). It runs the caddymodule test
# binary's BenchmarkHandlerCold/4MB (a 4 MB buffer written before each
# exchange evicts the simulated L2) under cachegrind with its last level
# set to the host's L2 (LL, default 1 MB, 8-way), for the guardrail's
# exchange and for the test's own exchange without it (baseline), at LOW
# and HIGH exchanges, and divides the difference by HIGH-LOW, so that
# start-up (the rules' compile) cancels out.
#
#	go test -c -o /tmp/cm.test ./caddymodule/
#	cmd/guardbench/footprint.sh /tmp/cm.test
#
# Per exchange and package it prints instructions (Ir), L1 misses (I1mr,
# D1mr+D1mw) and the lines fetched from beyond L2 (ILmr code, DLmr+DLmw
# data), then the functions with the most lines beyond L2. A line beyond
# L2 costs an L3 hit (~15 ns) or, when other work has evicted the shared
# L3 too, a memory access (~80–100 ns); BenchmarkHandlerCold times both
# natively. The runtime's row moves with the GC cycles that fall into the
# window; read the packages. OUT=DIR keeps the files, REUSE=1 reads them
# again, TOP=N functions.
set -eu
bin=${1:?usage: footprint.sh CADDYMODULE_TEST_BINARY}
low=${LOW:-100}
high=${HIGH:-1100}
top=${TOP:-30}
ll=${LL:-1048576,8,64}
dir=${OUT:-$(mktemp -d)}
mkdir -p "$dir"

for side in baseline guardrail; do
	for n in "$low" "$high"; do
		[ -n "${REUSE:-}" ] && [ -s "$dir/$side.$n.out" ] ||
		GODEBUG=cpu.rdtscp=off valgrind --tool=cachegrind --cache-sim=yes --LL="$ll" \
			--cachegrind-out-file="$dir/$side.$n.out" \
			"$bin" -test.run '^$' -test.bench "HandlerCold/^4MB\$/^$side\$" -test.benchtime "${n}x" \
			>"$dir/$side.$n.log" 2>&1
		# function Ir I1mr ILmr Dr D1mr DLmr Dw D1mw DLmw, summed over files;
		# the benchmark's own loop (the eviction) left out.
		cg_annotate --threshold=0 --auto=no --show-percs=no "$dir/$side.$n.out" | awk '
			/^-+$/ { sect++; next }
			sect == 5 && $NF ~ /:/ && $1 ~ /^[0-9,]+$/ && NF >= 10 {
				f = $NF; sub(/^[^:]*:/, "", f)
				if (f ~ /BenchmarkHandlerCold/) next
				for (i = 1; i <= 9; i++) { v = $i; gsub(",", "", v); E[f, i] += v }
				fn[f] = 1
			}
			END { for (f in fn) { printf "%s", f; for (i = 1; i <= 9; i++) printf " %d", E[f, i]; printf "\n" } }' \
			>"$dir/$side.$n.fn"
	done
done

echo "BenchmarkHandlerCold/4MB under cachegrind (LL = $ll), ($high - $low) exchanges; per exchange:"
awk -v lo="$low" -v n=$((high - low)) -v top="$top" "$(cat "$(dirname "$0")/pkg.awk")"'
	# The groups of pkg.awk, with the JSON encoder of the record (zap)
	# apart and the assembly hashes and comparisons in the runtime.
	function group(f) {
		if (f ~ /^go\.uber\.org\/zap/) return "zap"
		if (f ~ /^(aeshashbody|memeqbody)/) return "runtime"
		return pkg(f)
	}
	{
		split(FILENAME, p, "/"); split(p[length(p)], q, ".")
		side = q[1]; sign = (q[2] == lo) ? -1 : 1
		f = $1; k = group(f)
		for (i = 1; i <= 9; i++) { P[side, k, i] += sign * $(i + 1); if (side == "guardrail") F[f, i] += sign * $(i + 1) }
		ks[k] = 1; if (side == "guardrail") fs[f] = 1
	}
	END {
		split("redact rules caddymodule exchange sha256 gjson zap net/http caddy other runtime", order, " ")
		for (s = 0; s < 2; s++) {
			side = s ? "guardrail" : "baseline"
			printf "%-9s %-12s %9s %7s %7s %9s %9s\n", side, "package", "Ir", "I1 miss", "D1 miss", "code >L2", "data >L2"
			for (j = 1; j <= 11; j++) {
				k = order[j]
				ir = P[side, k, 1] / n; i1 = P[side, k, 2] / n; il = P[side, k, 3] / n
				d1 = (P[side, k, 5] + P[side, k, 8]) / n; dl = (P[side, k, 6] + P[side, k, 9]) / n
				if (k != "runtime") { T1 += s ? ir : -ir; T2 += s ? i1 : -i1; T3 += s ? d1 : -d1; T4 += s ? il : -il; T5 += s ? dl : -dl }
				if (ir > 50 || ir < -50 || il + dl >= 1) printf "%-9s %-12s %9.0f %7.0f %7.0f %9.0f %9.0f\n", "", k, ir, i1, d1, il, dl
			}
		}
		printf "guardrail − baseline, runtime left out: %.1fk instructions, %.0f I1 and %.0f D1 misses, %.0f code and %.0f data lines beyond L2 (%.0f KB)\n",
			T1 / 1000, T2, T3, T4, T5, (T4 + T5) * 64 / 1024
		for (f in fs) {
			l = (F[f, 3] + F[f, 6] + F[f, 9]) / n
			if (l >= 5) printf "%8.0f lines (code %5.0f, data %5.0f) %8.0f Ir  %s\n", l, F[f, 3] / n, (F[f, 6] + F[f, 9]) / n, F[f, 1] / n, f | "sort -rn | head -" top
		}
	}' "$dir"/baseline."$low".fn "$dir"/baseline."$high".fn "$dir"/guardrail."$low".fn "$dir"/guardrail."$high".fn
echo "(cachegrind files in $dir)"
