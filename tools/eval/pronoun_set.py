#!/usr/bin/env python3
"""A test set for "he" and "she", made from PolNeAR's named speakers.

PolNeAR's annotations give each quote's source; a source that is a name
written as the subject of its cue ("Collins said", "Bolton told") is
replaced in the article by the pronoun the article uses for that name
("he said"), so that the speaker has to be found through the pronoun.
The quote's gold stays as it was: `quote_attribution.py` then scores how
often the pronoun was resolved to the right person.

usage: pronoun_set.py POLNEAR_DIR OUT_DIR
  POLNEAR_DIR: ../shared/data/polnear-train (attributions.jsonl, text/)
  OUT_DIR gets text/*.txt (the articles changed) and gold.jsonl (the
  replaced quotes' annotations). Then:
  presslens analyze OUT_DIR/text/*.txt > out.json
  python3 ../shared/tools/quote_attribution.py OUT_DIR/gold.jsonl out.json
"""
import collections
import json
import os
import re
import sys

NAME = re.compile(r"(?:[A-Z][\w'’.-]+ ){0,2}[A-Z][\w'’-]+")


def pronoun_for(text, name):
    """'he' or 'she' as the article writes them after the name's last word; None if even."""
    last = re.escape(name.split()[-1])
    after = ' '.join(text[m.end():m.end() + 120] for m in re.finditer(last, text))
    he = len(re.findall(r'\b(he|his|him)\b', after, re.I))
    she = len(re.findall(r'\b(she|her|hers)\b', after, re.I))
    return None if he == she else ('he' if he > she else 'she')


def main(polnear, out):
    by_article = collections.defaultdict(list)
    for line in open(os.path.join(polnear, 'attributions.jsonl'), encoding='utf-8'):
        a = json.loads(line)
        if not a.get('direct') or not a.get('source') or not a.get('cue'):
            continue
        src, cue = a['source'], a['cue']
        if len(src['segments']) != 1 or len(cue['segments']) != 1:
            continue
        start, end = src['segments'][0]
        if cue['segments'][0][0] != end + 1 or not NAME.fullmatch(src['text']):
            continue
        by_article[a['article']].append((start, end, src['text'], line))
    os.makedirs(os.path.join(out, 'text'), exist_ok=True)
    gold = open(os.path.join(out, 'gold.jsonl'), 'w', encoding='utf-8')
    quotes = 0
    for article, sources in sorted(by_article.items()):
        text = open(os.path.join(polnear, 'text', article + '.txt'), encoding='utf-8').read()
        replaced = {}
        # From the end, so that earlier offsets stay right.
        for start, end, name, line in sorted(sources, key=lambda s: -s[0]):
            if text[start:end] != name:
                continue
            if start not in replaced:
                pronoun = pronoun_for(text, name)
                if not pronoun:
                    continue
                j = start - 1
                while j >= 0 and text[j] in ' \t':
                    j -= 1
                opens = j < 0 or text[j] in '.!?\n'
                text = text[:start] + (pronoun.capitalize() if opens else pronoun) + text[end:]
                replaced[start] = True
            gold.write(line)
            quotes += 1
        if replaced:
            with open(os.path.join(out, 'text', article + '.txt'), 'w', encoding='utf-8') as f:
                f.write(text)
    print(f'{quotes} annotations of replaced sources in {len(os.listdir(os.path.join(out, "text")))} articles')


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
