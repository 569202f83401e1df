#!/usr/bin/env python3
"""ml25: trains the engine's PERSON verifier (redact/person25_verify.go).

Input: files written by TestVerifyDump (redact/person25_verify_dump_test.go): per record
of the labelled sets, the gold spans and, for each rule PERSON span, its feature buckets
and whether strong evidence backs it (verifyBacked), as the Go code computes them. The
trainer never sees the text: L2 logistic regression (SGD, pure Python, as ml18.py) on
the bucket ids of the spans no strong evidence backs, labelled 1 when the span overlaps a
gold PERSON span (required or optional). A span is dropped when backed is false and its
probability is below the threshold.

  ml25.py eval   FOLDS...             fresh folds: commit:set[,set] (README.md)
  ml25.py train  FEATS OUT.bin [PARITY_FEATS PARITY_OUT]

Scoring is ml18.py's (scorePIIEval for PERSON), imported from there.
"""
import json, os, struct, sys
from collections import defaultdict

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'ml18'))
os.environ['ML18_BITS'] = os.environ.get('ML25_BITS', '14')
import ml18  # noqa: E402
from ml18 import sig, score as score18, pr, quantise  # noqa: E402  (ml18's scoring, scorePIIEval's)


def score(pairs):
    """ml18.score over the spans' S/E offsets."""
    return score18([(r, [{'Start': c['S'], 'End': c['E']} for c in p]) for r, p in pairs])

BITS = int(os.environ.get('ML25_BITS', '14'))
EPOCHS = int(os.environ.get('ML25_EPOCHS', '30'))
LR = float(os.environ.get('ML25_LR', '0.2'))
L2 = float(os.environ.get('ML25_L2', '1e-5'))
FEATS = os.environ.get('ML25_FEATS', '/tmp/ml25')
THRS = [float(t) for t in os.environ.get('ML25_THRS', '0.02,0.05,0.1,0.15,0.2,0.25,0.3,0.4,0.5').split(',')]
BACKED = os.environ.get('ML25_BACKED', '1') == '1'  # 0: the model alone, no veto


def load(fn):
    out = []
    for line in open(fn, encoding='utf-8'):
        r = json.loads(line)
        r['cands'] = r.get('cands') or []
        gold = [g for g in (r.get('gold') or []) if g['type'] == 'PERSON']
        for c in r['cands']:
            c['F'] = [k & ((1 << BITS) - 1) for k in c['F']]
            c['y'] = 1 if any(g['start'] < c['E'] and c['S'] < g['end'] for g in gold) else 0
        out.append(r)
    return out


def train(recs, seed=1):
    """ml18.sgd over the spans no strong evidence backs (ml18's BITS is set to ours before
    the import)."""
    ex = [{'person_scope': True, 'cands': [{'f': c['F'], 'y': c['y']} for c in r['cands']
                                           if not (BACKED and c['Backed'])]} for r in recs if r['person_scope']]
    return ml18.sgd(ex, epochs=EPOCHS, lr=LR, l2=L2, seed=seed)


def prob(w, c):
    return sig(sum(w[k] for k in c['F']))


def kept(w, r, thr):
    return [c for c in r['cands'] if (BACKED and c['Backed']) or prob(w, c) >= thr]


def cmd_eval(args):
    seed = int(args[0])
    folds = [a.split(':') for a in args[1:]]
    data = {c: load(FEATS + '/vfeat_%s.jsonl' % c) for c, _ in folds}
    totals = defaultdict(lambda: [0, 0, 0, 0])
    per = []
    for c, sets in folds:
        recs = data[c]
        for held in sets.split(','):
            test = [r for r in recs if r['set'] == held]
            w = train([r for r in recs if r['set'] != held], seed)
            rows = {'rules': score([(r, r['cands']) for r in test])}
            for t in THRS:
                rows['@%g' % t] = score([(r, kept(w, r, t)) for r in test])
            per.append((held, rows))
            for k, v in rows.items():
                for i in range(4):
                    totals[k][i] += v[i]
            print('%-26s %s' % (held, ' '.join('%s %.3f/%.3f' % (k, *pr(v)) for k, v in rows.items())), flush=True)
    base = totals['rules']
    print('\nsystem   poolP  poolR  found    FP   lost  FPgone   (gold %d)' % base[0])
    for k, v in totals.items():
        p, r = pr(v)
        print('%-7s %6.3f %6.3f %6d %5d %6d %6d' % (k, p, r, v[1], v[3], base[1] - v[1], base[3] - v[3]))
    print('\nper set: rules P/R, then names lost/false alarms removed at each threshold')
    print('set          gold  rules        ' + ' '.join('@%-7g' % t for t in THRS))
    for held, rows in per:
        b = rows['rules']
        print('%-12s %5d  %.3f/%.3f  %s' % (held.replace('marketing-', '').replace('.jsonl', ''), b[0], *pr(b),
              ' '.join('%3d/%-4d' % (b[1] - rows['@%g' % t][1], b[3] - rows['@%g' % t][3]) for t in THRS)))


def cmd_train(args):
    recs = load(args[0])
    w = train(recs, int(os.environ.get('ML25_SEED', '1')))
    q, scale = quantise(w)
    with open(args[1], 'wb') as f:
        f.write(b'GPV1' + bytes([BITS, 0, 0, 0]) + struct.pack('<ff', scale, 0.0))
        f.write(struct.pack('<%dh' % len(q), *q))
    print('model: %d buckets, %d nonzero, scale %.6g, %d bytes' % (len(q), sum(1 for x in q if x), scale, os.path.getsize(args[1])))
    if len(args) > 3:
        with open(args[3], 'w', encoding='utf-8') as f:
            for r in load(args[2]):
                cs = [{'s': c['S'], 'e': c['E'], 'f': c['F'], 'p': round(prob(w, c), 6)} for c in r['cands']]
                f.write(json.dumps({'id': r.get('id'), 'rules': r.get('rules'), 'cands': cs}, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    {'eval': cmd_eval, 'train': cmd_train}[sys.argv[1]](sys.argv[2:])
