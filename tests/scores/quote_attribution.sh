#!/bin/sh
# Score guard for quote attribution: analyses the PolNeAR-dev articles and
# fails when the share of direct quotes with a named source that come out
# with the right speaker falls below the floor (set just under the figure
# reached, so that a regression fails).
# usage: tests/scores/quote_attribution.sh PRESSLENS SHARED_DIR [MIN_RECALL]
set -eu
presslens=$1 shared=$2 min_recall=${3:-0.88}
data=$shared/data/polnear-dev
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$presslens" analyze "$data"/text/*.txt > "$out"
python3 "$shared/tools/quote_attribution.py" "$data/attributions.jsonl" "$out" "$min_recall" ||
  { echo "quote_attribution: speaker-right recall is below the floor $min_recall"; exit 1; }
