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
D=$shared/data/conll2003 I=/usr/share/iso-codes/json
"$presslens" train --train "$D/eng.train" --dev "$D/eng.testa" --out "$root/models/ner.bin" \
  --epochs 12 --runs 8 --seed 1 --min-weight 0.5 \
  --list country=$I/iso_3166-1.json --list region=$I/iso_3166-2.json \
  --list former-country=$I/iso_3166-3.json --list language=$I/iso_639-2.json \
  --list currency=$I/iso_4217.json --list city="$lists/cities.txt" \
  --list first-name="$lists/first-names.txt" --list name-part="$lists/name-parts.txt" \
  --list wordnet-group="$lists/wordnet-group.txt" \
  --list wordnet-location="$lists/wordnet-location.txt" \
  --list wordnet-person="$lists/wordnet-person.txt" \
  --list known-ORG="$root/models/known/organisations.txt" \
  --list known-MISC="$root/models/known/events.txt"
