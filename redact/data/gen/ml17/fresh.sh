#!/bin/sh
# Experiment ml17, "fresh" folds: score each newer set against the engine as it was when
# that set was added (before any rule was tuned on it). Run from the repository root.
# Builds throwaway copies under zz_old/ (never commit them) and dumps to /tmp.
set -e
root=$(pwd)
for pair in f5fa41d:marketing-dev16a.jsonl,marketing-dev16b.jsonl 47b2db9:marketing-holdout15.jsonl \
            b593063:marketing-holdout14.jsonl ff4309d:marketing-holdout13.jsonl; do
	c=${pair%%:*}; sets=${pair#*:}
	mkdir -p zz_old/$c
	git archive $c go.mod go.sum redact | tar -x -C zz_old/$c
	cp redact/data/gen/ml17/dump_test.go.txt zz_old/$c/redact/zz_ml17_dump_test.go
	cp redact/testdata/marketing-*.jsonl zz_old/$c/redact/testdata/
	(cd zz_old/$c/redact && ML17_OUT=/tmp/ml17_dump_$c.jsonl go test -run TestZZML17Dump -count=1 .)
	only=$(echo $sets | tr ',' '\n' | sed 's/^/--only /' | tr '\n' ' ')
	python3 redact/data/gen/ml17/ml17.py /tmp/ml17_dump_$c.jsonl $only --nofull
done
