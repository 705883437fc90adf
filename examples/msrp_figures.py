#!/usr/bin/env python3
"""False conflicts on real news sentences: every MSRP pair (../shared/dev-sets/paraphrase) whose
two sentences both hold a number is read as two one-sentence articles by `crossread figures
--json`, and the comparisons are counted by the pair's label. A pair labelled 1 says the same
thing, so a conflict flagged there is most often a misreading (a move read as a level, a price
per share as a total, a rounded sum as another value); one labelled 0 may hold a real
difference. Prints the counts, and with --list the conflicts flagged on pairs labelled 1, to read.

The sentences are read where they are, never copied. Skips cleanly, saying so, without
../shared (a user's clone has none).

usage: cargo build --release
       python3 examples/msrp_figures.py [--bin PATH] [--list]
"""
import argparse, collections, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAIRS = os.path.join(HERE, '..', 'shared', 'dev-sets', 'paraphrase', 'msr_paraphrase_train.txt')
NUMBER = re.compile(r'\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|'
                    r'thousand|million|billion)s?\b', re.I)


def pairs():
    with open(PAIRS, encoding='utf-8-sig') as f:
        next(f)
        for line in f:
            p = line.rstrip('\n').split('\t')
            if len(p) == 5 and NUMBER.search(p[3]) and NUMBER.search(p[4]):
                yield p[0], p[3], p[4]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bin', default=os.path.join(HERE, 'target', 'release', 'crossread'))
    ap.add_argument('--list', action='store_true')
    args = ap.parse_args()
    if not os.path.exists(PAIRS):
        print(f'no MSRP pairs at {os.path.normpath(PAIRS)}: nothing to measure')
        return
    if not os.path.exists(args.bin):
        sys.exit(f'{args.bin} not found: run cargo build --release first')
    counts = collections.Counter()
    flagged = []
    with tempfile.TemporaryDirectory() as tmp:
        a, b = os.path.join(tmp, 'a.txt'), os.path.join(tmp, 'b.txt')
        for label, first, second in pairs():
            open(a, 'w').write(first + '\n')
            open(b, 'w').write(second + '\n')
            out = subprocess.run([args.bin, 'figures', '--json', a, b], capture_output=True,
                                 text=True, check=True).stdout
            doc = json.loads(out)
            for c in doc['comparisons']:
                counts[(label, c['verdict'])] += 1
                if label == '1' and c['conflict']:
                    texts = [doc['figures'][i]['text'] for i in c['figures']]
                    flagged.append((c['counts'], c['unit'], c['scope'], texts, first, second))
    for label in ('1', '0'):
        row = {v: n for (l, v), n in counts.items() if l == label}
        total = sum(row.values())
        print(f'label {label}: {total} comparisons, ' +
              ', '.join(f'{v} {n}' for v, n in sorted(row.items())))
    if args.list:
        for counted, unit, scope, texts, first, second in flagged:
            print(f'\n{counted} ({unit}) [{scope}]: {" · ".join(texts)}\n  A: {first}\n  B: {second}')


if __name__ == '__main__':
    main()
