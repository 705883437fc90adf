#!/usr/bin/env bash
# End-to-end leave-one-set-out on the real clusters of ../shared/dev-sets: for each cluster,
# fits both passes of the decision on every other annotated set (examples/fit_decision.py
# --rust), builds crossread with those weights in a scratch worktree of HEAD, and scores the
# left-out cluster with score.py as crossread is judged. No cluster is judged by weights
# fitted on it: these are the numbers to expect on clusters never seen.
#
# usage: examples/loso_end_to_end.sh [STRICTNESS ...]   (default: balanced)
#        FIT_ARGS="--drop NAME ..." examples/loso_end_to_end.sh   measures the fit without them
# Measures the committed code (HEAD); needs numpy and scikit-learn for $PYTHON (python3).
# Takes a release build per cluster (minutes). Skips cleanly without ../shared/dev-sets.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
dev="$repo/../shared/dev-sets"
python=${PYTHON:-python3}
if [ ! -f "$dev/score.py" ]; then
  echo "no dev sets at $dev: nothing to measure"
  exit 0
fi
strictness=("${@:-balanced}")
work=$(mktemp -d)
cleanup() {
  git -C "$repo" worktree remove --force "$work/tree" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
git -C "$repo" worktree add -q --detach "$work/tree" HEAD
# fit_decision.py reads the evidence through the repository's own build of the example.
(cd "$repo" && cargo build --release -q --example pair_evidence)
for folder in "$dev"/*/; do
  set_name=$(basename "$folder")
  [ -f "$folder/gold.json" ] || continue
  git -C "$work/tree" checkout -q src/align/decision.rs
  "$python" "$repo/examples/fit_decision.py" --rust "$work/tree/src/align/decision.rs" \
    --without "$set_name" ${FIT_ARGS:-}
  (cd "$work/tree" && CARGO_TARGET_DIR="$work/target" cargo build --release -q)
  for level in "${strictness[@]}"; do
    "$work/target/release/crossread" align --strictness "$level" --json "$folder"/0*.txt \
      >"$work/out.json"
    echo "$set_name $level $("$python" "$dev/score.py" align "$folder/gold.json" "$folder" \
      "$work/out.json")"
  done
done
