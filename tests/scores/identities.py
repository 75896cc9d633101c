#!/usr/bin/env python3
"""Scores entity identities against a gold list of people and organisations.

usage: identities.py GOLD ANALYZE_JSON [--min-share=S] [--min-each=E] [--max-wrong-types=N]

GOLD has one entity a line: TYPE<TAB>NAME<TAB>FORM|FORM|... where each FORM
is a mention text that, in these articles, names only this entity ("Trump",
"Donald J. Trump"). Every entity mention of the analysis whose text (without
a final 's) is one of an entity's forms counts as a mention of it. For each
entity: the share of its mentions in its main identity (the cluster holding
most of them), and whether that identity's type and its mentions' types are
the gold type. An identity holding mentions of two gold entities mixes them.

Prints one line per entity, then the totals; exits 1 when the overall share
is below S (default 0.97), any entity's share is below E (default 0.90), more
than N entities (default 0) have the wrong type, or an identity mixes two
entities."""
import json
import sys
from collections import Counter, defaultdict


def read_gold(path):
    entities = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        kind, name, forms = line.split("\t")
        entities.append((kind, name, forms.split("|")))
    return entities


def bare(text):
    for tail in ("'s", "\u2019s"):
        if text.endswith(tail) and len(text) > len(tail) + 1:
            return text[: -len(tail)]
    return text


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    options = dict(a[2:].split("=") for a in argv[1:] if a.startswith("--"))
    min_share = float(options.get("min-share", 0.97))
    min_each = float(options.get("min-each", 0.90))
    max_wrong_types = int(options.get("max-wrong-types", 0))
    wrong_types = 0
    gold = read_gold(args[0])
    batch = json.load(open(args[1], encoding="utf-8"))
    clusters = {c["id"]: c for c in batch["clusters"]}
    owner = {}
    for index, (_, _, forms) in enumerate(gold):
        for form in forms:
            if form in owner:
                sys.exit(f"{args[0]}: the form {form!r} is listed twice")
            owner[form] = index
    mentions = defaultdict(list)  # gold entity -> [(cluster, mention type)]
    for document in batch["documents"]:
        for e in document.get("entities") or []:
            index = owner.get(bare(e["text"]))
            if index is not None:
                mentions[index].append((e["cluster"], e["type"]))
    holders = defaultdict(set)  # cluster -> gold entities with mentions in it
    for index, found in mentions.items():
        for cluster, _ in found:
            holders[cluster].add(index)
    failures = []
    total = in_main = 0
    for index, (kind, name, _) in enumerate(gold):
        found = mentions.get(index, [])
        if not found:
            print(f"{kind} {name}: no mention found")
            continue
        by_cluster = Counter(cluster for cluster, _ in found)
        main_cluster, count = by_cluster.most_common(1)[0]
        share = count / len(found)
        total += len(found)
        in_main += count
        wrong_type = [t for c, t in found if c == main_cluster and t != kind]
        cluster_type = clusters[main_cluster]["type"]
        mixed = sorted(gold[i][1] for i in holders[main_cluster] if i != index)
        note = []
        if cluster_type != kind or wrong_type:
            note.append(f"type {cluster_type}, {len(wrong_type)} mentions of another type")
            wrong_types += 1
        if mixed:
            note.append("mixed with " + ", ".join(mixed))
            failures.append(f"{name}: its identity mixes it with " + ", ".join(mixed))
        print(f"{kind} {name}: {count}/{len(found)} in one identity ({100 * share:.1f}%), "
              f"{len(by_cluster)} identities" + ("; " + "; ".join(note) if note else ""))
        if share < min_each:
            failures.append(f"{name}: {100 * share:.1f}% in one identity")
    overall = in_main / total if total else 0.0
    print(f"overall: {in_main}/{total} mentions in their entity's main identity "
          f"({100 * overall:.1f}%), {len(gold)} entities, {wrong_types} of the wrong type")
    if wrong_types > max_wrong_types:
        failures.append(f"{wrong_types} entities of the wrong type (at most {max_wrong_types})")
    if overall < min_share:
        failures.append(f"overall share {100 * overall:.1f}% is below {100 * min_share:.0f}%")
    for f in failures:
        print("FAIL " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
