#!/usr/bin/env python3
"""A calibration table of quote confidence on PolNeAR-style data: the direct quotes with a
named source that ../shared/tools/quote_attribution.py counts, matched the same way, binned
by the `confidence` of the predicted quote, with the share found with the right speaker.
usage: calibration.py ATTRIBUTIONS.jsonl ANALYZE.json"""
import json
import re
import sys
from collections import defaultdict

W = re.compile(r"[\w'’-]+", re.U)
SEG = re.compile(r'[“"]([^”"]{3,})[”"]')
SKIP = {'he', 'she', 'they', 'it', 'we', 'i', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'this',
        'that', 'mr', 'mrs', 'ms'}
EDGES = [0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001]


def words(s):
    return [w.lower().strip("'’") for w in W.findall(s or '')]


def main(gold_path, pred_path):
    pred = json.load(open(pred_path))
    clusters = {c['id']: c for c in pred.get('clusters', [])}
    quotes = defaultdict(list)
    for d in pred['documents']:
        art = d['name'].split('/')[-1].rsplit('.', 1)[0]
        for q in d['quotes']:
            names = [q.get('speaker') or '']
            c = clusters.get(q.get('speaker_cluster'))
            if c:
                names += [c.get('name', '')] + c.get('aliases', [])
            quotes[art].append((set(words(q['text'])), ' '.join(names).lower(), q))
    bins = [[0, 0, 0.0] for _ in EDGES[:-1]]
    for line in open(gold_path, encoding='utf-8'):
        a = json.loads(line)
        if not a.get('direct') or not a.get('source') or not a.get('content'):
            continue
        caps = [w for w in W.findall(a['source']['text'])
                if w[:1].isupper() and w.lower() not in SKIP and len(w) > 2]
        segs = SEG.findall(a['content']['text'])
        if not caps or not segs:
            continue
        seg = set(words(max(segs, key=len)))
        if len(seg) < 2:
            continue
        for qw, names, q in quotes.get(a['article'], []):
            if len(seg & qw) >= 0.6 * len(seg):
                c = q.get('confidence')
                if c is None:
                    break
                b = next(i for i in range(len(EDGES) - 1) if EDGES[i] <= c < EDGES[i + 1])
                bins[b][0] += 1
                bins[b][1] += any(w.lower() in names for w in caps)
                bins[b][2] += c
                break
    print('  confidence    quotes   mean   right')
    for i, (n, right, total) in enumerate(bins):
        mean = total / n if n else 0
        share = right / n if n else 0
        print(f'  {EDGES[i]:4.2f}-{min(EDGES[i + 1], 1):4.2f}  {n:8d}  {mean:5.3f}  {share:6.3f}')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
