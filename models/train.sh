#!/bin/sh
# Trains models/ner.bin exactly as committed (see models/README.md).
#   usage: models/train.sh [PRESSLENS] [SHARED_DIR]
# Needs Debian's iso-codes and wordnet-base, and npm (the lists: models/lists.sh).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
presslens=${1:-$root/build/release/presslens}
shared=${2:-$root/../shared}
lists=$(mktemp -d)
trap 'rm -rf "$lists"' EXIT
"$root/models/lists.sh" "$lists" > /dev/null
# Word classes: the 100,000 most frequent words' vectors in 1000 classes,
# nested in 200 and 40.
"$presslens" word-classes --vectors "$lists/word-vectors.json" --words 100000 \
  --levels 1000,200,40 --out "$lists/word-classes.txt"
D=$shared/data/conll2003 I=/usr/share/iso-codes/json
# Choices and epochs are made on the first 108 documents of eng.testa
# (testa-A); its last 108 (testa-B) are held out for the reported score.
awk -v a="$lists/testa-A" -v b="$lists/testa-B" \
  '/^-DOCSTART-/ { n++ } { print > (n <= 108 ? a : b) }' "$D/eng.testa"
"$presslens" train --train "$D/eng.train" --dev "$lists/testa-A" --out "$root/models/ner.bin" \
  --classes "$lists/word-classes.txt" --epochs 12 --runs 8 --seed 1 --min-weight 0.5 --weight-levels 1023 \
  --list country=$I/iso_3166-1.json --list region=$I/iso_3166-2.json \
  --list former-country=$I/iso_3166-3.json --list language=$I/iso_639-2.json \
  --list currency=$I/iso_4217.json --list city="$lists/cities.txt" \
  --list first-name="$lists/first-names.txt" --list name-part="$lists/name-parts.txt" \
  --list wordnet-group="$lists/wordnet-group.txt" \
  --list wordnet-location="$lists/wordnet-location.txt" \
  --list wordnet-person="$lists/wordnet-person.txt" \
  --list known-ORG="$root/models/known/organisations.txt" \
  --list known-MISC="$root/models/known/events.txt"
