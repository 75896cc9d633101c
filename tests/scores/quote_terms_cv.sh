#!/bin/sh
# The end-to-end cross-validated speaker figure with the quote-or-term model
# held out too: for each fold K of 5, the term table is fitted without fold
# K (train_models quote-terms --leave-out K), the release build rebuilt and
# models/train_speakers.sh run; fold K's articles are taken from that run's
# held-out JSON (there the speaker model did not see them either). The
# shipped table and speakers.bin are restored at the end.
#   usage: tests/scores/quote_terms_cv.sh [SHARED_DIR] [OUT_JSON]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=$(cd "${1:-$root/../shared}" && pwd)
out=${2:-/tmp/quote-terms-cv.json}
case $out in /*) ;; *) out=$(pwd)/$out ;; esac
table=$root/core/src/attribution/term_weights.inc
cd "$root"
work=$(mktemp -d)
cp "$table" "$work/table.inc"
cp "$root/models/speakers.bin" "$work/speakers.bin"
restore() {
  cp "$work/table.inc" "$table"
  cp "$work/speakers.bin" "$root/models/speakers.bin"
}
trap restore EXIT
for k in 0 1 2 3 4; do
  "$root/build/release/tools/train/train_models" quote-terms --data "$shared/data/polnear-train" \
    --truth "$root/models/ner.bin" --leave-out "$k" --out "$table" > "$work/terms-$k.log"
  cmake --build --preset native-release -j2 > "$work/build-$k.log"
  sh "$root/models/train_speakers.sh" "$root/build/release/presslens" "$shared" "$work/held-out-$k.json" \
    2> "$work/train-$k.log"
done
python3 - "$work" "$out" <<'PY'
import json, sys
work, out = sys.argv[1], sys.argv[2]
def fold(name):  # fnv1a of the name without extension, as train-speakers folds
    h = 14695981039346656037
    for b in name.rsplit('.', 1)[0].encode():
        h = ((h ^ b) * 1099511628211) % 2**64
    return h % 5
runs = [json.load(open(f'{work}/held-out-{k}.json')) for k in range(5)]
merged = runs[0]
merged['documents'] = [d for k, run in enumerate(runs) for d in run['documents']
                       if fold(d['name'].split('/')[-1]) == k]
assert all(run['clusters'] == merged['clusters'] for run in runs), 'clusters differ between runs'
json.dump(merged, open(out, 'w'))
PY
restore
trap - EXIT
rm -rf "$work"
cmake --build --preset native-release -j2 > /dev/null
