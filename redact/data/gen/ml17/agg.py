#!/usr/bin/env python3
"""Sums the rows that ml17.py saved (ML17_ROWS) over several files: pooled PERSON precision/recall
and the spans found and false alarms each system adds over the rules alone."""
import json, sys
from collections import defaultdict
tot = defaultdict(lambda: [0, 0, 0, 0, 0]); sets = []; per = defaultdict(list)
for fn in sys.argv[1:]:
    for row in json.load(open(fn)):
        sets.append(row['set'])
        for k, v in row.items():
            if k == 'set': continue
            for i in range(len(v)): tot[k][i] += v[i]
            g, f, tp, fp = v[:4]
            per[k].append(((tp / (tp + fp)) if tp + fp else 1, f / g if g else 1))
print('sets:', ' '.join(s.replace('marketing-', '').replace('.jsonl', '') for s in sets))
r = tot['rules']
print('%-15s %6s %6s %6s %6s %5s %5s %7s %7s' % ('system', 'meanP', 'meanR', 'poolP', 'poolR', 'found', 'FP', '+found', '+FP') + '  masked')
for k, (g, f, tp, fp, m) in tot.items():
    mp = sum(p for p, _ in per[k]) / len(per[k]); mr = sum(x for _, x in per[k]) / len(per[k])
    print('%-15s %6.3f %6.3f %6.3f %6.3f %5d %5d %+7d %+7d' % (k, mp, mr, tp / (tp + fp), f / g, f, fp, f - r[1], fp - r[3]) + '  %.3f' % (m / g))
print('gold', r[0])

# per-set table for a few systems
cols = ['rules', 'union@0.3', 'union@0.5', 'model@0.5']
print('\n%-10s %5s ' % ('set', 'gold') + ' '.join('%-15s' % c for c in cols) + '   (P/R)')
for fn in sys.argv[1:]:
    for row in json.load(open(fn)):
        out = '%-10s %5d ' % (row['set'].replace('marketing-', '').replace('.jsonl', ''), row['rules'][0])
        for c in cols:
            g, f, tp, fp = row[c][:4]
            out += '%.3f/%.3f     ' % (tp / (tp + fp) if tp + fp else 1, f / g if g else 1)
        print(out)
