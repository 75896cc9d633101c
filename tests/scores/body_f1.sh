#!/bin/sh
# Score guard for the cleaner: cleans the aeb-dev pages and fails when the
# body F1 or recall falls below the floors (set just under the figures reached,
# so that a regression fails CI). The cleaner's line models are fitted on
# aeb-dev, WCXB txt and PolNeAR together (docs/cleaning.md): 0.944 here.
# usage: tests/scores/body_f1.sh BUILD_DIR|PRESSLENS_BINARY [SHARED_DIR]
set -eu
MIN_F1=0.920
MIN_RECALL=0.930

here=$(cd "$(dirname "$0")" && pwd)
target=${1:?usage: body_f1.sh BUILD_DIR|PRESSLENS_BINARY [SHARED_DIR]}
shared=${2:-$here/../../../shared}
if [ -d "$target" ]; then tool=$target/presslens; else tool=$target; fi
data=$shared/data/aeb-dev
prediction=$(mktemp)
trap 'rm -f "$prediction"' EXIT

"$tool" clean --json "$data"/txt/*.txt > "$prediction"
summary=$(python3 "$shared/tools/body_f1.py" "$data/ground-truth.json" "$prediction" --worst 5)
echo "$summary"
echo "$summary" | tail -n 1 | awk -v f1="$MIN_F1" -v r="$MIN_RECALL" '
  { for (i = 1; i < NF; i++) { if ($i == "F1") F = $(i + 1); if ($i == "R") R = $(i + 1) } }
  END {
    if (F == "" || R == "") { print "body_f1: no score in the scorer output"; exit 1 }
    if (F + 0 < f1 + 0) { printf "body_f1: F1 %s is below the floor %s\n", F, f1; exit 1 }
    if (R + 0 < r + 0) { printf "body_f1: recall %s is below the floor %s\n", R, r; exit 1 }
    printf "body_f1: F1 %s >= %s and R %s >= %s\n", F, f1, R, r
  }'
