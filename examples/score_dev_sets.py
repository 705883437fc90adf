#!/usr/bin/env python3
"""Scores crossread on every annotated set, as it is judged: `crossread align --json` (or
`figures --json`) on the set's files, then ../shared/dev-sets/score.py on the output.

The real clusters of ../shared/dev-sets are read where they are, never copied; with --own, our
sets (tests/sets with tests/golds, and the seeds) are scored instead. Prints one line per set
and the mean pair F1 (align) or the value recall and conflicts (figures). Skips cleanly, saying
so, when ../shared/dev-sets is absent (a user's clone has no ../shared).

usage: cargo build --release
       python3 examples/score_dev_sets.py [--bin PATH] [--strictness lenient|balanced|strict]
                                          [--figures] [--own]
"""
import argparse, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(HERE, '..', 'shared', 'dev-sets')


def real_sets():
    for d in sorted(os.listdir(DEV)):
        folder = os.path.join(DEV, d)
        if os.path.exists(os.path.join(folder, 'gold.json')):
            yield d, os.path.join(folder, 'gold.json'), folder


def own_sets(figures):
    suffix = '-figures.json' if figures else '.json'
    for name in sorted(os.listdir(os.path.join(HERE, 'tests', 'golds'))):
        if not name.endswith(suffix) or (not figures and name.endswith('-figures.json')):
            continue
        d = name[:-len(suffix)]
        folder = os.path.join(HERE, 'seeds') if d == 'seeds' else os.path.join(HERE, 'tests', 'sets', d)
        yield d, os.path.join(HERE, 'tests', 'golds', name), folder


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bin', default=os.path.join(HERE, 'target', 'release', 'crossread'))
    ap.add_argument('--strictness')
    ap.add_argument('--figures', action='store_true')
    ap.add_argument('--own', action='store_true')
    args = ap.parse_args()
    if not os.path.exists(os.path.join(DEV, 'score.py')):
        print(f'no dev sets at {os.path.normpath(DEV)}: nothing to score')
        return
    if not os.path.exists(args.bin):
        sys.exit(f'{args.bin} not found: run cargo build --release first')
    command = 'figures' if args.figures else 'align'
    options = ['--strictness', args.strictness] if args.strictness and not args.figures else []
    sets = own_sets(args.figures) if args.own else real_sets()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        out_path = os.path.join(tmp, 'out.json')
        for name, gold_path, folder in sets:
            gold = json.load(open(gold_path))
            files = [os.path.join(folder, f) for f in gold['articles'].values()]
            with open(out_path, 'w') as out:
                subprocess.run([args.bin, command, *options, '--json', *files], stdout=out, check=True)
            line = subprocess.run([sys.executable, os.path.join(DEV, 'score.py'), command, gold_path,
                                   folder, out_path], capture_output=True, text=True, check=True).stdout
            result = json.loads(line)
            results.append(result)
            if args.figures:
                print(f'{name:40} values {result["values_found"]}/{result["gold_values"]}  conflicts found '
                      f'{result["conflicts_found"]}/{result["gold_conflicts"]}  flagged right '
                      f'{result["flagged_correct"]}/{result["flagged_conflicts"]}')
            else:
                print(f'{name:40} P {result["precision"]:.3f}  R {result["recall"]:.3f}  F1 {result["f1"]:.3f}')
    total = lambda key: sum(r[key] for r in results)
    if results and args.figures:
        print(f'{"all":40} values {total("values_found")}/{total("gold_values")}  conflicts found '
              f'{total("conflicts_found")}/{total("gold_conflicts")}  flagged right '
              f'{total("flagged_correct")}/{total("flagged_conflicts")}')
    elif results:
        print(f'{"mean":40} F1 {total("f1") / len(results):.4f} over {len(results)} sets')


if __name__ == '__main__':
    main()
