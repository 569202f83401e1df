#!/bin/sh
# Re-runs the fresh folds from existing dumps (see fresh.sh) and saves rows to /tmp/ml17_rows_<variant>_<commit>.json.
cd "$(dirname "$0")"
run() { v=$1; shift; c=$1; shift
	ML17_ROWS=/tmp/ml17_rows_${v}_$c.json python3 ml17.py /tmp/ml17_dump_$c.jsonl --nofull "$@" > /tmp/ml17_out_${v}_$c.txt 2>&1; }
for v in rules_s1 rules_s2 norules_s1; do
	case $v in rules_s1) o="--seed 1";; rules_s2) o="--seed 2";; norules_s1) o="--seed 1 --norules";; esac
	run $v f5fa41d $o --only marketing-dev16a.jsonl --only marketing-dev16b.jsonl
	run $v 47b2db9 $o --only marketing-holdout15.jsonl
	run $v b593063 $o --only marketing-holdout14.jsonl
	run $v ff4309d $o --only marketing-holdout13.jsonl
done
