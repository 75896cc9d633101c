#!/usr/bin/env python3
"""Scores the figure groups (`claims`) of `presslens analyze` JSON against a hand-made
gold of figures that measure the same thing (tests/data/figure-groups.json).

A group of the output spans two or more articles. Its "differ" flag (agree false) is
right when all its figures are of one gold thing whose figures disagree; its "agree"
flag is right when all are of one gold thing. A figure the gold does not list makes
a flag wrong: the gold lists every figure of those articles that another article
also gives for the same thing, as far as it was read.
usage: figure_groups.py GOLD.json ANALYZE.json... [--max-wrong-differ N]"""
import json
import sys


def claim_keys(documents):
    """(document, text, occurrence) of every number, in text order."""
    keys = {}
    for d in documents:
        seen = {}
        for n in d.get('numbers', []):
            seen[n['text']] = seen.get(n['text'], 0) + 1
            keys[(d['name'], n['start'])] = (d['name'], n['text'], seen[n['text']])
    return keys


def main(argv):
    max_wrong = None
    if '--max-wrong-differ' in argv:
        i = argv.index('--max-wrong-differ')
        max_wrong = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    gold = json.load(open(argv[0]))
    thing_of, agree_of, size = {}, {}, {}
    for t in gold['things']:
        agree_of[t['id']] = t['agree']
        size[t['id']] = len({c['document'] for c in t['claims']})
        for c in t['claims']:
            thing_of[(c['document'], c['text'], c.get('occurrence', 1))] = t['id']
    flags = {'differ': [0, 0], 'agree': [0, 0]}
    grouped = set()
    wrong = []
    for path in argv[1:]:
        out = json.load(open(path))
        keys = claim_keys(out['documents'])
        for g in out.get('claims', []):
            docs = {c['document'] for c in g['claims']}
            ids = [thing_of.get(keys.get((c['document'], c['start']))) for c in g['claims']]
            one = ids[0] if ids and all(i == ids[0] for i in ids) and ids[0] else None
            if len(docs) > 1 and one:
                grouped.add(one)
            if g.get('agree') is None or len(docs) < 2:
                continue
            kind = 'agree' if g['agree'] else 'differ'
            right = one is not None and (kind == 'agree' or agree_of[one] is False)
            flags[kind][0] += 1
            flags[kind][1] += right
            if not right:
                wrong.append((kind, g.get('why') or g.get('counted'), [c['text'] for c in g['claims']]))
    for kind, (n, right) in flags.items():
        share = f'{100 * right / n:.0f}%' if n else 'none flagged'
        print(f'"{kind}" flags: {n}, right {right} ({share})')
    print(f'gold things grouped across articles: {len(grouped)} of {len(agree_of)}'
          + (f' ({", ".join(sorted(grouped))})' if grouped else ''))
    for kind, why, texts in wrong:
        print(f'  wrong "{kind}": {why}: {texts}')
    bad = flags['differ'][0] - flags['differ'][1]
    return 0 if max_wrong is None or bad <= max_wrong else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
