#!/bin/sh
# The fresh folds' dumps (README.md): for each commit given, the engine of that commit
# (its go.mod, go.sum and redact/, under zz_old/, never committed) finds its spans in
# every labelled set of this tree (the model off: Options{}, or LearnedPerson: 1 in
# trees that have the option, where it may be on by default), with the PERSON
# candidates it drops for their score (a hook patched into its engine.go before the
# keep step: dump_test.go.txt), written to $ML18_FEATS (default /tmp/ml18)/dump_<commit>.jsonl,
# then the features of those records as this tree computes them (the dropped names are
# no candidates), feat_<commit>.jsonl there. Run from the repository root.
set -e
out=${ML18_FEATS:-/tmp/ml18}
mkdir -p $out
for c in "$@"; do
	d=zz_old/$c
	rm -rf $d
	mkdir -p $d
	git archive $c go.mod go.sum redact | tar -x -C $d
	python3 - $d/redact/engine.go <<'PY'
import sys
p = sys.argv[1]
s = open(p).read()
a = '\tvar n int\n\tif e.filters {'
assert s.count(a) == 1, 'engine.go: no keep step to hook'
s = s.replace(a, '\tif zzDemHook != nil {\n\t\tzzDemHook(text, cands)\n\t}\n' + a)
open(p, 'w').write(s + '\nvar zzDemHook func(string, []Span)\n')
PY
	if grep -q 'LearnedPerson ' $d/redact/engine.go; then
		sed 's/Options{}/Options{LearnedPerson: 1}/' redact/data/gen/ml18/dump_test.go.txt \
			> $d/redact/zz_ml17_dump_test.go
	else
		cp redact/data/gen/ml18/dump_test.go.txt $d/redact/zz_ml17_dump_test.go
	fi
	cp redact/testdata/marketing-*.jsonl $d/redact/testdata/
	(cd $d/redact && ML17_OUT=$out/dump_$c.jsonl go test -run TestZZML17Dump -count=1 .)
	(cd redact && LEARNED_IN=$out/dump_$c.jsonl LEARNED_OUT=$out/feat_$c.jsonl \
		go test -run TestLearnedDump -count=1 .)
done
rm -rf zz_old
