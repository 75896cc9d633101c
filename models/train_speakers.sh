#!/bin/sh
# Trains models/speakers.bin exactly as committed (see models/README.md).
#   usage: models/train_speakers.sh [PRESSLENS] [SHARED_DIR] [HELD_OUT_JSON]
# PRESSLENS must have models/ner.bin beside it (a native-release build does).
# HELD_OUT_JSON, when given, receives the analyze JSON of the training
# articles, each attributed by the model trained without its fold.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
presslens=${1:-$root/build/release/presslens}
shared=${2:-$root/../shared}
held_out=${3:-}
"$presslens" train-speakers --data "$shared/data/polnear-train" --out "$root/models/speakers.bin" \
  --folds 5 --epochs 10 --learning-rate 0.05 --l2 1e-5 --seed 1 --runs 3 --min-weight 0.01 \
  ${held_out:+--held-out "$held_out"}
