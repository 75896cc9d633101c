#!/bin/sh
# Guards the NER dev score: tags CoNLL-2003 eng.testa and fails when the
# entity F1 falls below MIN_F1.  usage: conll_f1.sh PRESSLENS SHARED_DIR MIN_F1
set -eu
presslens=$1 shared=$2 min_f1=$3
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$presslens" tag --conll "$shared/data/conll2003/eng.testa" > "$out"
report=$(python3 "$shared/tools/conll_f1.py" "$out")
echo "$report"
f1=$(echo "$report" | sed -n 's/^overall .*F1 \([0-9.]*\)$/\1/p')
python3 -c "import sys; sys.exit(0 if float('$f1') >= float('$min_f1') else 1)" ||
  { echo "dev F1 $f1 is below $min_f1"; exit 1; }
