#!/bin/sh
# Guards entity identities on PolNeAR articles: analyses them as one batch,
# then scores the identities against a gold list (tests/scores/identities.py).
#   usage: identities.sh PRESSLENS SHARED_DIR SPLIT GOLD LIST [SCORER OPTIONS...]
# SPLIT is polnear-dev or polnear-train; LIST is a file naming the articles to
# read, or - for all of them. Skips (exit 0, with a message) when the shared
# data is absent.
set -eu
presslens=$1 shared=$2 split=$3 gold=$4 list=$5
shift 5
dir=$shared/data/$split/text
if [ ! -d "$dir" ]; then
  echo "skipped: $dir is not there"
  exit 0
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
if [ "$list" = - ]; then
  files=$(ls "$dir"/*.txt)
else
  files=$(sed "s|^|$dir/|" "$list")
fi
# shellcheck disable=SC2086 # one article a word
"$presslens" analyze $files > "$out"
python3 "$(dirname "$0")/identities.py" "$gold" "$out" "$@"
