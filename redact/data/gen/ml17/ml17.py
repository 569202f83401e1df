#!/usr/bin/env python3
"""Experiment ml17: leave-one-set-out test of a small token classifier for PERSON.

Input: a dump (JSON lines) of every record of redact/testdata/marketing-*.jsonl with
the rules' spans, written by the uncommitted Go test described in README.md.
Model: L2 logistic regression (SGD, pure Python) over sparse string features per
word token, including the rules' own labels; contiguous positive tokens form a span.
Scoring matches scorePIIEval in redact/evalset_test.go for PERSON: a gold span is
found when a PERSON prediction overlaps it; a prediction is TP if it overlaps a
required PERSON gold span, neutral if it only overlaps an optional gold span, else FP.
"""
import json, math, os, random, re, sys, time
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, '..', '..'))  # redact/data

def words_of(fn, section=None):
    out, cur = set(), None
    for line in open(os.path.join(DATA, fn), encoding='utf-8'):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        if line.startswith('[') and line.endswith(']'):
            cur = line[1:-1]
            continue
        if section and cur != section:
            continue
        for w in line.split():
            out.add(w.lower())
    return out

def lines_of(fn):
    out = set()
    for line in open(os.path.join(DATA, fn), encoding='utf-8'):
        line = line.strip()
        if line and not line.startswith('#'):
            for w in line.split():
                out.add(w.lower())
    return out

GIVEN = words_of('given.txt') | words_of('given_gen.txt') | words_of('names_more.txt', 'given')
FAMILY = words_of('family.txt') | words_of('family_gen.txt') | words_of('names_more.txt', 'family')
PLACE = lines_of('cities.txt') | lines_of('cities_towns.txt') | lines_of('towns_geonames.txt')

NORULES = False
TOK = re.compile(r"\w+(?:['’\-]\w+)*|\S", re.U)

def shape(w):
    s = re.sub(r'[A-ZÀ-ÖØ-ÞĀ-Ž]', 'X', w)
    s = re.sub(r'[^\WX\d_]', 'x', s)
    s = re.sub(r'\d', 'd', s)
    return re.sub(r'(.)\1+', r'\1', s)[:6]

def tokens(text):
    """Tokens with UTF-8 byte offsets."""
    b = text.encode('utf-8')
    # char -> byte offset map
    off = [0] * (len(text) + 1)
    n = 0
    for i, ch in enumerate(text):
        off[i] = n
        n += len(ch.encode('utf-8'))
    off[len(text)] = n
    out = []
    for m in TOK.finditer(text):
        out.append((m.group(), off[m.start()], off[m.end()], m.start(), m.end()))
    return out

def covering(spans, s, e, typ=None, neg=False):
    for sp in spans:
        if sp['Start'] < e and s < sp['End'] and ((typ is None) or ((sp['Type'] == typ) != neg)):
            return sp
    return None

def featurize(rec):
    text = rec['text']
    toks = tokens(text)
    rules = rec['rules'] or []
    rp = [sp for sp in rules if sp['Type'] == 'PERSON']
    ro = [sp for sp in rules if sp['Type'] != 'PERSON']
    info = []
    for (w, bs, be, cs, ce) in toks:
        isword = w[0].isalnum() or w[0] == '_'
        lw = w.lower()
        p = covering(rp, bs, be)
        o = covering(ro, bs, be)
        # line position: first token on its line
        ls = text.rfind('\n', 0, cs) + 1
        first = text[ls:cs].strip() == ''
        info.append(dict(w=w, lw=lw, isword=isword, shape=shape(w) if isword else w,
                         cap=isword and w[0].isupper(), upper=isword and w.isupper() and len(w) > 1,
                         given=lw in GIVEN, family=lw in FAMILY, place=lw in PLACE,
                         rp=('B' if p and p['Start'] >= bs else 'I') if p else 'O',
                         ro=o['Type'] if o else '-', first=first))
    feats = []
    n = len(info)
    allower = text == text.lower()
    for i, t in enumerate(info):
        if not t['isword']:
            feats.append(None)
            continue
        f = ['b', 'w=' + t['lw'], 'sh=' + t['shape'], 'p3=' + t['lw'][:3], 's3=' + t['lw'][-3:],
             'rp=' + t['rp'], 'ro=' + t['ro'], 'first=%d' % t['first'], 'alllower=%d' % allower]
        g = ('G' if t['given'] else '') + ('F' if t['family'] else '') + ('P' if t['place'] else '')
        f.append('gaz=' + g + ('/c' if t['cap'] else '/l'))
        f.append('gaz_sh=%s|%s' % (g, t['shape']))
        f.append('rp_gaz=%s|%s' % (t['rp'], g))
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                u = info[j]
                f.append('w%+d=%s' % (d, u['lw'] if u['isword'] else u['w']))
                if abs(d) == 1:
                    f.append('sh%+d=%s' % (d, u['shape']))
                    f.append('rp%+d=%s' % (d, u['rp']))
                    ug = ('G' if u['given'] else '') + ('F' if u['family'] else '')
                    f.append('gaz%+d=%s%s' % (d, ug, '/c' if u['cap'] else '/l'))
                    f.append('pair%+d=%s|%s' % (d, g, ug))
            else:
                f.append('w%+d=<edge>' % d)
        # bigram with previous word
        if i > 0:
            f.append('bg=%s|%s' % (info[i - 1]['lw'], t['lw']))
        if NORULES:
            f = [k for k in f if not k.startswith(('rp', 'ro='))]
        feats.append(f)
    return toks, feats

def labels(rec, toks):
    gold = [g for g in rec['gold'] if g['type'] == 'PERSON']
    y = []
    for (w, bs, be, cs, ce) in toks:
        y.append(1 if any(g['start'] < be and bs < g['end'] for g in gold) else 0)
    return y

def sig(z):
    if z < -30: return 0.0
    if z > 30: return 1.0
    return 1.0 / (1.0 + math.exp(-z))

def train(examples, epochs=6, lr=0.2, l2=1e-6, seed=1):
    w = defaultdict(float)
    rnd = random.Random(seed)
    ex = list(examples)
    t = 0
    for ep in range(epochs):
        rnd.shuffle(ex)
        for f, y in ex:
            t += 1
            eta = lr / (1 + t * 1e-5)
            z = 0.0
            for k in f:
                z += w.get(k, 0.0)
            g = sig(z) - y
            if g == 0.0:
                continue
            for k in f:
                w[k] -= eta * (g + l2 * w[k])
    return {k: v for k, v in w.items() if abs(v) > 1e-9}

def predict_spans(w, toks, feats, text, thr):
    out = []
    cur = None
    for i, (tk, f) in enumerate(zip(toks, feats)):
        if f is None:
            # a hyphen/period/apostrophe inside a name keeps the span open; other punctuation closes it
            if cur and tk[0] in "-.'’" and tk[0] != '\n':
                continue
            if cur: out.append(cur); cur = None
            continue
        p = sig(sum(w.get(k, 0.0) for k in f))
        if p >= thr:
            s, e = tk[1], tk[2]
            if cur and '\n' not in text.encode('utf-8')[cur[1]:s].decode('utf-8', 'ignore'):
                cur = (cur[0], e, max(cur[2], p))
            else:
                if cur: out.append(cur)
                cur = (s, e, p)
        else:
            if cur: out.append(cur); cur = None
    if cur: out.append(cur)
    return [{'Start': s, 'End': e, 'Type': 'PERSON', 'Score': p} for s, e, p in out]

def score(recs_preds):
    gold_n = found = tp = fp = masked = 0
    for rec, pred in recs_preds:
        if not rec['person_scope']:
            continue
        gold = rec['gold']
        for g in gold:
            if g['type'] != 'PERSON' or g.get('optional'):
                continue
            gold_n += 1
            if any(p['Start'] < g['end'] and g['start'] < p['End'] for p in pred):
                found += 1
            if all(any(p['Start'] <= b < p['End'] for p in pred) for b in range(g['start'], g['end'])):
                masked += 1
        for p in pred:
            hit = neutral = False
            for g in gold:
                if p['Start'] < g['end'] and g['start'] < p['End']:
                    if g.get('optional'): neutral = True
                    elif g['type'] == 'PERSON': hit = True
            if hit: tp += 1
            elif not neutral: fp += 1
    return gold_n, found, tp, fp, masked

def pr(s):
    g, f, tp, fp = s[:4]
    return (tp / (tp + fp) if tp + fp else 1.0), (f / g if g else 1.0)

def main():
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument('dump', nargs='?', default='/tmp/ml17_dump.jsonl')
    ap.add_argument('--only', action='append', help='hold out only these sets (default: every set in turn)')
    ap.add_argument('--norules', action='store_true', help='drop the features built from the rules\' spans')
    ap.add_argument('--nofull', action='store_true', help='skip training the full model for size and cost')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--show', action='store_true', help='print the spans union@0.3 adds to the rules, with HIT/FP')
    a = ap.parse_args()
    dump = a.dump
    global NORULES
    NORULES = a.norules
    thrs = [0.3, 0.5, 0.7, 0.9]
    recs = [json.loads(l) for l in open(dump, encoding='utf-8')]
    t0 = time.time()
    ntok = 0
    for r in recs:
        r['toks'], r['feats'] = featurize(r)
        r['y'] = labels(r, r['toks'])
        ntok += len(r['toks'])
    tf = time.time() - t0
    sets = sorted(set(r['set'] for r in recs), key=lambda s: (len(s), s))
    print('records %d tokens %d featurize %.1fs (%.1f us/token)' % (len(recs), ntok, tf, 1e6 * tf / ntok), flush=True)
    rows = []
    totals = defaultdict(lambda: [0, 0, 0, 0])
    for held in (a.only or sets):
        tr = [(f, y) for r in recs if r['set'] != held for f, y in zip(r['feats'], r['y']) if f is not None]
        w = train(tr, seed=a.seed)
        te = [r for r in recs if r['set'] == held]
        rule_pred = {r['id']: [sp for sp in (r['rules'] or []) if sp['Type'] == 'PERSON'] for r in te}
        row = {'set': held, 'rules': score([(r, rule_pred[r['id']]) for r in te])}
        for thr in thrs:
            mp = {r['id']: predict_spans(w, r['toks'], r['feats'], r['text'], thr) for r in te}
            row['model@%g' % thr] = score([(r, mp[r['id']]) for r in te])
            un = []
            un_extra = {}
            for r in te:
                extra = [p for p in mp[r['id']] if not any(q['Start'] < p['End'] and p['Start'] < q['End'] for q in rule_pred[r['id']])]
                un_extra[r['id']] = extra
                un.append((r, rule_pred[r['id']] + extra))
            row['union@%g' % thr] = score(un)
            # the same, but a model span that overlaps a rule span of another type (an e-mail, a street) is dropped
            un2 = []
            for r in te:
                other = [q for q in (r['rules'] or []) if q['Type'] != 'PERSON']
                extra = [p for p in un_extra[r['id']] if not any(q['Start'] < p['End'] and p['Start'] < q['End'] for q in other)]
                un2.append((r, rule_pred[r['id']] + extra))
            row['unionX@%g' % thr] = score(un2)
            if a.show and thr == 0.3:
                for r, pred in un:
                    bt = r['text'].encode('utf-8')
                    for p in pred[len(rule_pred[r['id']]):]:
                        hit = any(g['type'] == 'PERSON' and g['start'] < p['End'] and p['Start'] < g['end'] for g in r['gold'])
                        gt = [g['type'] for g in r['gold'] if g['start'] < p['End'] and p['Start'] < g['end']]
                        print('  %s %s %.2f %r in %r %s' % ('HIT' if hit else 'FP ', r['id'], p['Score'], bt[p['Start']:p['End']].decode(),
                              bt[max(0, p['Start'] - 30):p['End'] + 20].decode('utf-8', 'replace'), gt))
                # misses left
                for r, pred in un:
                    bt = r['text'].encode('utf-8')
                    for g in r['gold']:
                        if g['type'] == 'PERSON' and not g.get('optional') and not any(p['Start'] < g['end'] and g['start'] < p['End'] for p in pred):
                            print('  MISS %s %r in %r' % (r['id'], bt[g['start']:g['end']].decode(), bt[max(0, g['start'] - 30):g['end'] + 20].decode('utf-8', 'replace')))
        # rules filtered by the model: drop a rule span whose best token scores below f, then add model@0.3
        for f in (0.05, 0.15):
            un = []
            for r in te:
                probs = [(tk, sig(sum(w.get(k, 0.0) for k in ft))) for tk, ft in zip(r['toks'], r['feats']) if ft is not None]
                kept = [q for q in rule_pred[r['id']] if max([pp for tk, pp in probs if tk[1] < q['End'] and q['Start'] < tk[2]] or [1.0]) >= f]
                mp = predict_spans(w, r['toks'], r['feats'], r['text'], 0.3)
                extra = [p for p in mp if not any(q['Start'] < p['End'] and p['Start'] < q['End'] for q in kept)]
                un.append((r, kept + extra))
            row['filt%g+u0.3' % f] = score(un)
        rows.append(row)
        line = '%-28s' % held
        for k, v in row.items():
            if k == 'set': continue
            p, rc = pr(v)
            for i in range(4): totals[k][i] += v[i]
            line += ' %s P%.3f R%.3f' % (k, p, rc)
        print(line, flush=True)
    json.dump(rows, open(os.environ.get('ML17_ROWS', '/tmp/ml17_rows.json'), 'w'))
    print('\nsystem            meanP  meanR   pooledP pooledR  FP  found/gold')
    for k in rows[0]:
        if k == 'set': continue
        ps = [pr(r[k])[0] for r in rows]; rs = [pr(r[k])[1] for r in rows]
        P, R = pr(totals[k])
        print('%-16s %6.3f %6.3f   %6.3f %6.3f %4d  %d/%d' % (k, sum(ps) / len(ps), sum(rs) / len(rs), P, R, totals[k][3], totals[k][1], totals[k][0]))
    if a.nofull:
        return
    # full model size and scoring cost
    tr = [(f, y) for r in recs for f, y in zip(r['feats'], r['y']) if f is not None]
    w = train(tr)
    t0 = time.time()
    for r in recs:
        predict_spans(w, r['toks'], r['feats'], r['text'], 0.5)
    ts = time.time() - t0
    print('\nfull model: %d nonzero weights; scoring %.2f us/token (Python, after featurize)' % (len(w), 1e6 * ts / ntok))
    json.dump(w, open(os.environ.get('ML17_MODEL', '/tmp/ml17_model.json'), 'w'))

if __name__ == '__main__':
    main()
