#!/usr/bin/env python3
"""Leave-one-set-out measure of the same-fact decision's evidence, as `align::decision` fits it.

For every annotated set (the real clusters of ../shared/dev-sets and our tests/sets with
tests/golds), runs `examples/pair_evidence --order` on the gold's files, labels each candidate
pair with the gold (two passages covering mentions of one claim, as ../shared/dev-sets/score.py
counts them), fits a logistic regression (L2, C = 1, standardised values; our sets each weigh
the same in total, each real cluster four times as much) on all sets but one, and scores the
held-out set at pair level: precision = right pairs kept / pairs kept, recall = gold pairs found /
gold pairs. Groups are not formed, so the numbers run a little below `score.py` on the real
output; use it to compare evidence, then check the chosen weights end to end with score.py.

With --second, the held-out probabilities are the decision's second pass (`coherence`): the
evidence refitted beside the support of the pair's neighbours, the support computed from the
first pass of the same fold.

Two measures of what the decision is not (Dec 2026, both no better than the logistic model):
--trees fits gradient-boosted trees instead (can a non-linear judge read more from the same
evidence?), and --expected-f1 cuts each held-out set where its own expected F1 peaks instead of
at one threshold (can the cut adapt to a set's density of true pairs?).

With --rust FILE [--without SET], fits both passes on every set but SET (all sets without it) and
writes the weights into FILE (a copy of src/align/decision.rs): build that copy and score SET
end to end with score.py, and no set is judged by weights fitted on it. Evidence named with
--drop then weighs 0. --real NAME ... weighs those of our sets as real clusters (the seeds
are real news).

usage: cargo build --release --example pair_evidence
       python3 examples/fit_decision.py [--threshold T ...] [--drop NAME ...] [--second]
       python3 examples/fit_decision.py --rust DECISION_RS [--without SET]
needs numpy and scikit-learn. The dev sets' texts are read where they are, never copied.
"""
import argparse, itertools, json, os, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(HERE, '..', 'shared', 'dev-sets')
EXAMPLE = os.path.join(HERE, 'target', 'release', 'examples', 'pair_evidence')


def annotated_sets():
    for d in sorted(os.listdir(DEV)):
        if os.path.exists(os.path.join(DEV, d, 'gold.json')):
            yield d, os.path.join(DEV, d, 'gold.json'), os.path.join(DEV, d), True
    for d in sorted(os.listdir(os.path.join(HERE, 'tests', 'sets'))):
        yield d, os.path.join(HERE, 'tests', 'golds', d + '.json'), os.path.join(HERE, 'tests', 'sets', d), False
    yield 'seeds', os.path.join(HERE, 'tests', 'golds', 'seeds.json'), os.path.join(HERE, 'seeds'), False


def labelled(gold_path, folder, score):
    gold = json.load(open(gold_path))
    texts = score.load_articles(gold, folder)
    files = [os.path.join(folder, f) for f in gold['articles'].values()]
    out = subprocess.run([EXAMPLE, '--order'] + files, capture_output=True, text=True, check=True).stdout
    lines = out.rstrip('\n').split('\n')
    names = lines[0].split('\t')[6:-2]
    mentions = [(c['id'], m['article'], score.span_of(texts, m['article'], m['quote']))
                for c in gold['claims'] for m in c['mentions']]
    gold_pairs = {}
    for i, j in itertools.combinations(range(len(mentions)), 2):
        if mentions[i][0] == mentions[j][0] and mentions[i][1] != mentions[j][1]:
            gold_pairs[(i, j)] = len(gold_pairs)
    rows = []
    for line in lines[1:]:
        f = line.split('\t')
        a = (score.short_id(gold, f[0]), (int(f[1]), int(f[2])))
        b = (score.short_id(gold, f[3]), (int(f[4]), int(f[5])))
        ma = [i for i, m in enumerate(mentions) if m[1] == a[0] and score.covers(a[1], m[2])]
        mb = [i for i, m in enumerate(mentions) if m[1] == b[0] and score.covers(b[1], m[2])]
        finds = {gold_pairs[(min(i, j), max(i, j))] for i in ma for j in mb if (min(i, j), max(i, j)) in gold_pairs}
        right = any(mentions[i][0] == mentions[j][0] for i in ma for j in mb)
        rows.append(([float(x) for x in f[6:-2]], int(right), finds, (f[0], int(f[-2]), f[3], int(f[-1]))))
    return names, rows, len(gold_pairs)


# How far on, or back, in both articles a supporting pair may lie (`coherence::WINDOW`).
WINDOW = 3


def support(places, first):
    """For each pair (article, place, article, place), the best first-pass probability among the
    pairs up to WINDOW sentences on in both articles or back in both, as `coherence::support`."""
    at = {key: k for k, key in enumerate(places)}
    out = []
    for (a, i, b, j) in places:
        best = 0.0
        for di in range(1, WINDOW + 1):
            for dj in range(1, WINDOW + 1):
                for sign in (1, -1):
                    k = at.get((a, i + sign * di, b, j + sign * dj))
                    if k is not None:
                        best = max(best, first[k])
        out.append(best)
    return out


TREES = False


def fit(X, y, w):
    if TREES:
        from sklearn.ensemble import HistGradientBoostingClassifier
        model = HistGradientBoostingClassifier(max_iter=100, learning_rate=0.05, max_leaf_nodes=15,
                                               min_samples_leaf=40, l2_regularization=1.0)
        return model.fit(X, y, sample_weight=w * len(w))
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    model = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=3000))
    model.fit(X, y, logisticregression__sample_weight=w)
    return model


def raw_weights(model):
    """The pipeline's standardised weights as weights and intercept on the raw values."""
    scaler, lr = model[0], model[-1]
    coef = lr.coef_[0] / scaler.scale_
    return coef, float(lr.intercept_[0] - (coef * scaler.mean_).sum())


def two_passes(data, X, train):
    """Both passes fitted on `train`; returns the models and each set's evidence with its
    support. A set's support comes from a first pass fitted without it (as it will be on sets
    never seen), so the second pass does not learn to trust an in-sample support."""
    import numpy as np
    y = {n: np.array([r[1] for r in data[n][1]]) for n in data}

    def first_pass(sets):
        w = np.concatenate([np.full(len(y[n]), (4.0 if data[n][0] else 1.0) / max(len(y[n]), 1)) for n in sets])
        return fit(np.vstack([X[n] for n in sets]), np.concatenate([y[n] for n in sets]), w), w

    first, w = first_pass(train)
    sup = {}
    for n in data:
        model = first if n not in train else first_pass([m for m in train if m != n])[0]
        sup[n] = np.array(support([r[3] for r in data[n][1]], model.predict_proba(X[n])[:, 1]))
    XS = {n: np.column_stack([X[n], sup[n]]) for n in data}
    second = fit(np.vstack([XS[n] for n in train]), np.concatenate([y[n] for n in train]), w)
    return first, second, XS


def write_rust(path, names, first, second, keep):
    """Writes both passes' weights into `path` (a copy of src/align/decision.rs), keeping its
    comments: each weight line `    0.1234,  // name` in the order of `names`. Evidence left out
    of the fit (not in `keep`, the fitted columns) weighs 0."""
    import re
    text = open(path).read()

    def full(weights):
        out = [0.0] * len(names)
        for k, w in zip(keep, weights):
            out[k] = w
        return out

    w1, b1 = raw_weights(first)
    w2, b2 = raw_weights(second)
    w1, w2 = full(w1), full(w2[:-1]) + [w2[-1]]

    def fill(text, const, weights):
        start = text.index(f'const {const}: [f32; COUNT] = [')
        end = text.index('];', start)
        body = text[start:end].split('\n')
        k = 0
        for i, line in enumerate(body):
            m = re.match(r'(\s*)-?[0-9.]+,(\s*//.*)', line)
            if m:
                body[i] = f'{m.group(1)}{weights[k]:.4f},{m.group(2)}'
                k += 1
        assert k == len(names), (const, k)
        return text[:start] + '\n'.join(body) + text[end:]

    text = fill(text, 'WEIGHTS', w1)
    text = fill(text, 'SECOND_WEIGHTS', w2[:-1])
    for const, value in (('INTERCEPT', b1), ('SUPPORT', w2[-1]), ('SECOND_INTERCEPT', b2)):
        text, n = re.subn(rf'const {const}: f32 = -?[0-9.]+;', f'const {const}: f32 = {value:.4f};', text)
        assert n == 1, const
    open(path, 'w').write(text)


def main():
    import numpy as np
    ap = argparse.ArgumentParser()
    ap.add_argument('--threshold', type=float, nargs='*', default=[0.25, 0.3, 0.37, 0.45])
    ap.add_argument('--drop', nargs='*', default=[])
    ap.add_argument('--second', action='store_true')
    ap.add_argument('--rust')
    ap.add_argument('--without')
    ap.add_argument('--real', nargs='*', default=[])
    ap.add_argument('--trees', action='store_true')
    ap.add_argument('--expected-f1', action='store_true')
    args = ap.parse_args()
    global TREES
    TREES = args.trees
    sys.path.insert(0, DEV)
    import score
    data = {}
    for name, gold, folder, real in annotated_sets():
        real = real or name in args.real
        names, rows, gold_pairs = labelled(gold, folder, score)
        data[name] = (real, rows, gold_pairs)
    keep = [k for k, n in enumerate(names) if n not in args.drop]
    X = {n: np.array([r[0] for r in d[1]])[:, keep] for n, d in data.items()}
    y = {n: np.array([r[1] for r in d[1]]) for n, d in data.items()}
    if args.rust:
        assert args.without in (None, *data), f'no set {args.without}'
        first, second, _ = two_passes(data, X, [n for n in data if n != args.without])
        write_rust(args.rust, names, first, second, keep)
        return
    held = {}
    for out in data:
        train = [n for n in data if n != out]
        if args.second:
            _, second, XS = two_passes(data, X, train)
            held[out] = second.predict_proba(XS[out])[:, 1]
            continue
        w = np.concatenate([np.full(len(y[n]), (4.0 if data[n][0] else 1.0) / max(len(y[n]), 1)) for n in train])
        model = fit(np.vstack([X[n] for n in train]), np.concatenate([y[n] for n in train]), w)
        held[out] = model.predict_proba(X[out])[:, 1]
    if args.expected_f1:
        print_expected_f1_cut(data, held)
    for t in args.threshold:
        scores = {}
        for n, (real, rows, gold_pairs) in data.items():
            kept = [r for r, p in zip(rows, held[n]) if p >= t]
            p = sum(r[1] for r in kept) / len(kept) if kept else 0.0
            r = len(set().union(*[r[2] for r in kept])) / gold_pairs if kept and gold_pairs else 0.0
            scores[n] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
        real = [n for n in data if data[n][0]]
        own = [n for n in data if not data[n][0]]
        mean = lambda ns: sum(scores[n][2] for n in ns) / len(ns)
        print(f'p >= {t:.2f}: real clusters mean F1 {mean(real):.3f}, our sets {mean(own):.3f} | ' +
              ' '.join(f'{n[:10]} {scores[n][0]:.2f}/{scores[n][1]:.2f}/{scores[n][2]:.2f}' for n in real))


def expected_f1_cut(p):
    """The probability at which the set's expected F1 peaks: keeping its k likeliest pairs is
    expected to find sum(top k) true pairs of sum(all) (Jansche 2007's plug-in rule)."""
    import numpy as np
    top = np.sort(p)[::-1]
    kept = np.cumsum(top)
    k = int(np.argmax(2 * kept / (np.arange(1, len(top) + 1) + kept[-1])))
    return top[k]


def print_expected_f1_cut(data, held):
    scores = {}
    for n, (real, rows, gold_pairs) in data.items():
        cut = expected_f1_cut(held[n])
        kept = [r for r, p in zip(rows, held[n]) if p >= cut]
        p = sum(r[1] for r in kept) / len(kept)
        r = len(set().union(*[r[2] for r in kept])) / gold_pairs if gold_pairs else 0.0
        scores[n] = (p, r, 2 * p * r / (p + r) if p + r else 0.0, cut)
    real = [n for n in data if data[n][0]]
    own = [n for n in data if not data[n][0]]
    mean = lambda ns: sum(scores[n][2] for n in ns) / len(ns)
    print(f'expected-F1 cut: real clusters mean F1 {mean(real):.3f}, our sets {mean(own):.3f} | ' +
          ' '.join(f'{n[:10]} {s[0]:.2f}/{s[1]:.2f}/{s[2]:.2f} at {s[3]:.2f}' for n, s in scores.items() if n in real))


if __name__ == '__main__':
    main()
