#!/bin/sh
# Score guard for figures side by side: analyses the seeds and PolNeAR-dev
# and fails when a group is flagged "figures differ" without its figures
# measuring one thing of the hand-made gold (tests/data/figure-groups.json).
# usage: tests/scores/figure_groups.sh PRESSLENS SHARED_DIR
set -eu
presslens=$1 shared=$2
here=$(cd "$(dirname "$0")" && pwd)
seeds=$(mktemp) dev=$(mktemp)
trap 'rm -f "$seeds" "$dev"' EXIT
"$presslens" analyze "$shared"/seeds/*.txt > "$seeds"
"$presslens" analyze "$shared"/data/polnear-dev/text/*.txt > "$dev"
python3 "$here/figure_groups.py" "$here/../data/figure-groups.json" "$seeds" "$dev" \
  --max-wrong-differ 0 ||
  { echo "figure_groups: a \"figures differ\" flag without a shared measured thing"; exit 1; }
