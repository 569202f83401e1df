#!/usr/bin/env python3
"""ml18: trains the engine's learned name model (redact/learned_person.go).

Input: files written by TestLearnedDump (redact/learned_dump_test.go): per record of
the labelled sets, the gold spans, the rules' spans and the model's candidate words
with their feature buckets, as the Go code computes them. The trainer never sees the
text: it fits L2 logistic regression (SGD, pure Python, derived from ml17.py) on the
bucket ids, labels a candidate PERSON when it overlaps a gold PERSON span, and joins
candidates that pass a threshold into spans as learnedPersons does.

  ml18.py eval   FOLDS...        fresh folds: commit:set[,set] pairs (see README.md)
  ml18.py train  FEATS OUT.bin [PARITY_FEATS PARITY_OUT]   the shipped model, from
                 every set of FEATS, and the Go parity test's expected scores

Scoring matches scorePIIEval (redact/evalset_test.go) for PERSON as ml17.py does: a
gold span is found when a prediction overlaps it; a prediction is a TP if it overlaps
a required PERSON gold span, neutral if it only overlaps an optional one, else an FP.
Only records with PERSON in scope count.
"""
import json, math, os, random, struct, sys
from collections import defaultdict

BITS = int(os.environ.get('ML18_BITS', '16'))
COVERED = os.environ.get('ML18_COVERED', '1') == '1'  # train on the words under rule spans too
# the gate: a word whose own features (the first OWN) sum below the threshold's
# log-odds minus GATE is not scored further (learnedIter.next)
OWN = 8
GATE = float(os.environ.get('ML18_GATE', '3.5'))
# sets left out of every fold's training (ML18_EXCLUDE=a.jsonl,b.jsonl: an older table's sets)
EXCLUDE = set(filter(None, os.environ.get('ML18_EXCLUDE', '').split(',')))
# other gate margins to score on the folds (ML18_GATES=2,4), with the same weights
GATES = [float(g) for g in filter(None, os.environ.get('ML18_GATES', '').split(','))]
THRS = [float(t) for t in os.environ.get('ML18_THRS', '0.3,0.4,0.5,0.6,0.7,0.8').split(',')]
# the engine's guards (learned_guard.go) on the folds' spans; 0 for the model alone
GUARDS = os.environ.get('ML18_GUARDS', '1') == '1'


def load(fn):
    out = []
    for line in open(fn, encoding='utf-8'):
        r = json.loads(line)
        r['cands'] = r.get('cands') or []
        r['rules'] = r.get('rules') or []
        gold = [g for g in (r.get('gold') or []) if g['type'] == 'PERSON']
        for c in r['cands']:
            c['f'] = [k & ((1 << BITS) - 1) for k in c['f']]
            c['y'] = 1 if any(g['start'] < c['e'] and c['s'] < g['end'] for g in gold) else 0
        out.append(r)
    return out


def sig(z):
    if z < -30:
        return 0.0
    if z > 30:
        return 1.0
    return 1.0 / (1.0 + math.exp(-z))


def train(recs, seed=1):
    """The weights: the mean of AVG runs of sgd from seeds seed, seed+1, ... (1: one run)."""
    n = int(os.environ.get('ML18_AVG', '1'))
    if n == 1:
        return sgd(recs, seed=seed)
    w = [0.0] * (1 << BITS)
    for i in range(n):
        for k, x in enumerate(sgd(recs, seed=seed + i)):
            w[k] += x / n
    return w


def sgd(recs, epochs=int(os.environ.get('ML18_EPOCHS', '25')), lr=float(os.environ.get('ML18_LR', '0.3')),
        l2=float(os.environ.get('ML18_L2', '1e-6')), seed=1):
    """SGD over the candidates of the records with PERSON in scope."""
    w = [0.0] * (1 << BITS)
    ex = [(c['f'], c['y']) for r in recs if r['person_scope'] for c in r['cands'] if COVERED or not c.get('r')]
    rnd = random.Random(seed)
    t = 0
    for _ in range(epochs):
        rnd.shuffle(ex)
        get = w.__getitem__
        for f, y in ex:
            t += 1
            eta = lr / (1 + t * 1e-5)
            g = sig(sum(map(get, f))) - y
            if g == 0.0:
                continue
            for k in f:
                w[k] -= eta * (g + l2 * w[k])
    return w


def spans(w, r, thr, gate=None):
    """The learned spans of record r: runs of joined candidates at or above thr,
    less the runs a guard drops (learnedGuardOf, when GUARDS: a run of one word
    by its g1, a longer run by its first word's gl, as TestLearnedDump writes them)."""
    out, cur = [], None

    def close(cur):
        if cur is None:
            return
        first, n, s, e, p = cur
        if GUARDS and (first.get('g1') if n == 1 else first.get('gl')):
            return
        out.append((s, e, p))

    for c in r['cands']:
        if c.get('r'):  # under a rule span: the engine does not score it
            close(cur)
            cur = None
            continue
        if sum(w[k] for k in c['f'][:OWN]) < math.log(thr / (1 - thr)) - (GATE if gate is None else gate):
            p = 0.0  # gated: the engine does not work out its context
        else:
            p = sig(sum(w[k] for k in c['f']))
        if p < thr:
            close(cur)
            cur = None
            continue
        if cur and c['j']:
            cur = (cur[0], cur[1] + 1, cur[2], c['e'], max(cur[4], p))
            continue
        close(cur)
        cur = (c, 1, c['s'], c['e'], p)
    close(cur)
    return [{'Start': s, 'End': e, 'Score': p} for s, e, p in out]


def score(pairs):
    gold_n = found = tp = fp = 0
    for rec, pred in pairs:
        if not rec['person_scope']:
            continue
        gold = rec.get('gold') or []
        for g in gold:
            if g['type'] == 'PERSON' and not g.get('optional'):
                gold_n += 1
                if any(p['Start'] < g['end'] and g['start'] < p['End'] for p in pred):
                    found += 1
        for p in pred:
            hit = neutral = False
            for g in gold:
                if p['Start'] < g['end'] and g['start'] < p['End']:
                    if g.get('optional'):
                        neutral = True
                    elif g['type'] == 'PERSON':
                        hit = True
            if hit:
                tp += 1
            elif not neutral:
                fp += 1
    return [gold_n, found, tp, fp]


def pr(s):
    g, f, tp, fp = s
    return (tp / (tp + fp) if tp + fp else 1.0), (f / g if g else 1.0)


def fold(test, trainset, seed):
    w = train(trainset, seed=seed)
    rows = {}
    rp = [(r, [s for s in r['rules'] if s['Type'] == 'PERSON']) for r in test]
    rows['rules'] = score(rp)
    for thr in THRS:
        # the model's spans never overlap a rule span (the candidates do not)
        rows['union@%g' % thr] = score([(r, p + spans(w, r, thr)) for r, p in rp])
    for gate in GATES:  # other gate margins (decoding only), pooled rows 'gate<m>@<thr>'
        for thr in THRS:
            rows['gate%g@%g' % (gate, thr)] = score([(r, p + spans(w, r, thr, gate)) for r, p in rp])
    return rows


def cmd_eval(args):
    """args: SEED then commit:set[,set]... ; feats at /tmp/ml18/feat_<commit>.jsonl;
    training sets missing from a commit's file come from the last commit's file."""
    seed = int(args[0])
    folds = [a.split(':') for a in args[1:]]
    data = {c: load(os.environ.get('ML18_FEATS', '/tmp/ml18') + '/feat_%s.jsonl' % c) for c, _ in folds}
    last = data[folds[-1][0]]
    totals = defaultdict(lambda: [0, 0, 0, 0])
    per = []
    for c, sets in folds:
        recs = data[c]
        have = {r['set'] for r in recs}
        extra = [r for r in last if r['set'] not in have]
        for held in sets.split(','):
            test = [r for r in recs if r['set'] == held]
            tr = [r for r in recs + extra if r['set'] != held and r['set'] not in EXCLUDE]
            rows = fold(test, tr, seed)
            per.append((held, c, rows))
            for k, v in rows.items():
                for i in range(4):
                    totals[k][i] += v[i]
            print('%-26s %s' % (held, ' '.join('%s %.3f/%.3f' % (k, *pr(v)) for k, v in rows.items())), flush=True)
    print('\nsystem        poolP  poolR  found    FP  +found  +FP   (gold %d)' % totals['rules'][0])
    base = totals['rules']
    for k, v in totals.items():
        p, r = pr(v)
        print('%-12s %6.3f %6.3f %6d %5d %+7d %+4d' % (k, p, r, v[1], v[3], v[1] - base[1], v[3] - base[3]))
    print('\nset           gold  rules         ' + '  '.join('u@%-10g' % t for t in THRS))
    for held, c, rows in per:
        print('%-12s %5d  %s' % (held.replace('marketing-', '').replace('.jsonl', ''), rows['rules'][0],
                                 '  '.join('%.3f/%.3f' % pr(rows[k]) for k in ['rules'] + ['union@%g' % t for t in THRS])))
    print('\nnames gained / false alarms added over the rules, per set')
    print('set          ' + ' '.join('u@%-7g' % t for t in THRS))
    for held, c, rows in per:
        b = rows['rules']
        print('%-12s %s' % (held.replace('marketing-', '').replace('.jsonl', ''),
                            ' '.join('%+4d/%+-4d' % (rows['union@%g' % t][1] - b[1], rows['union@%g' % t][3] - b[3]) for t in THRS)))


def quantise(w):
    m = max(abs(x) for x in w) or 1.0
    scale = m / 32767.0
    q = [max(-32767, min(32767, int(round(x / scale)))) for x in w]
    return q, scale


def write_model(w, out):
    q, scale = quantise(w)
    with open(out, 'wb') as f:
        f.write(b'GLP1' + bytes([BITS, 0, 0, 0]) + struct.pack('<ff', scale, GATE))
        f.write(struct.pack('<%dh' % len(q), *q))
    nz = sum(1 for x in q if x)
    print('model: %d buckets, %d nonzero, scale %.6g, %d bytes' % (len(q), nz, scale, os.path.getsize(out)))


def cmd_train(args):
    """FEATS OUT.bin [PARITY_FEATS PARITY_OUT]: trains on every record of FEATS,
    writes the table and, for the parity texts' candidates (the words the engine
    scores), the bucket ids and the probability of the float weights."""
    recs = load(args[0])
    seed = int(os.environ.get('ML18_SEED', '1'))
    w = train(recs, seed=seed)
    write_model(w, args[1])
    if len(args) > 3:
        with open(args[3], 'w', encoding='utf-8') as f:
            for r in load(args[2]):
                cs = [{'s': c['s'], 'e': c['e'], 'f': c['f'], 'p': round(sig(sum(w[k] for k in c['f'])), 6)}
                      for c in r['cands'] if not c.get('r')]
                rules = [{k: sp[k] for k in ('Start', 'End', 'Type')} for sp in r['rules']]
                f.write(json.dumps({'id': r['id'], 'rules': rules, 'demoted': r.get('demoted') or [], 'cands': cs}) + '\n')


if __name__ == '__main__':
    cmd, rest = sys.argv[1], sys.argv[2:]
    {'eval': cmd_eval, 'train': cmd_train}[cmd](rest)
