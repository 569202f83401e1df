#!/bin/sh
# The fresh folds' dumps (README.md): for each commit given, the engine of that commit
# (its go.mod, go.sum and redact/, under zz_old/, never committed) finds its spans in
# every labelled set of this tree (Options{}: the model off), written to
# /tmp/ml18/dump_<commit>.jsonl, then the features of those records as this tree
# computes them, /tmp/ml18/feat_<commit>.jsonl. Run from the repository root.
set -e
mkdir -p /tmp/ml18
for c in "$@"; do
	d=zz_old/$c
	rm -rf $d
	mkdir -p $d
	git archive $c go.mod go.sum redact | tar -x -C $d
	cp redact/data/gen/ml17/dump_test.go.txt $d/redact/zz_ml17_dump_test.go
	cp redact/testdata/marketing-*.jsonl $d/redact/testdata/
	(cd $d/redact && ML17_OUT=/tmp/ml18/dump_$c.jsonl go test -run TestZZML17Dump -count=1 .)
	(cd redact && LEARNED_IN=/tmp/ml18/dump_$c.jsonl LEARNED_OUT=/tmp/ml18/feat_$c.jsonl \
		go test -run TestLearnedDump -count=1 .)
done
rm -rf zz_old
