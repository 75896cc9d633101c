#!/usr/bin/env python3
"""Entity types as the whole pipeline gives them, scored on CoNLL-2003.

`presslens tag --conll` scores the tagger alone. `analyze` types each
mention with its identity's type, voted by every mention of the batch
(docs/attribution.md): this measures that on labelled text. Each document
of a CoNLL file is written as a text file (one sentence a line, tokens
joined by spaces); `analyze` reads them as one batch; each gold entity whose
line the cleaner kept, and whose exact span `analyze` found, is scored on
its type (spans the cleaner or the reader changed are counted apart, not as
errors: results tables and datelines).

usage: conll_types.py write CONLL_FILE OUT_DIR
         OUT_DIR gets d000.txt ... and gold.json; then
         presslens analyze OUT_DIR/*.txt > out.json
       conll_types.py score OUT_DIR/gold.json out.json
Split eng.testa first (docs/ner.md, Measuring): testa-A for choices,
testa-B held out.
"""
import collections
import json
import os
import sys


def read_documents(path):
    """Each document: a list of sentences, each a list of (token, IOB1 tag)."""
    documents, sentence = [], []
    for line in open(path, encoding='utf-8'):
        parts = line.split()
        if not parts or parts[0] == '-DOCSTART-':
            if sentence and documents:
                documents[-1].append(sentence)
            sentence = []
            if parts:
                documents.append([])
            continue
        sentence.append((parts[0], parts[-1]))
    if sentence and documents:
        documents[-1].append(sentence)
    return documents


def write(conll, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    gold = {}
    for index, document in enumerate(read_documents(conll)):
        name = f'd{index:03d}'
        lines, entities = [], []
        for sentence in document:
            tokens = [t for t, _ in sentence]
            tags = [g for _, g in sentence]
            starts, at = [], 0
            for t in tokens:
                starts.append(at)
                at += len(t) + 1
            i = 0
            while i < len(tags):
                if tags[i] == 'O':
                    i += 1
                    continue
                kind, j = tags[i][2:], i + 1
                while j < len(tags) and tags[j] == 'I-' + kind:
                    j += 1
                entities.append((len(lines), starts[i], starts[j - 1] + len(tokens[j - 1]), kind))
                i = j
            lines.append(' '.join(tokens))
        with open(os.path.join(out_dir, name + '.txt'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(lines) + '\n')
        gold[name] = {'lines': lines, 'entities': entities}
    with open(os.path.join(out_dir, 'gold.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f)
    print(f'{len(gold)} documents written to {out_dir}')


def score(gold_path, analysis_path):
    gold = json.load(open(gold_path, encoding='utf-8'))
    analysis = json.load(open(analysis_path, encoding='utf-8'))
    right = scored = unmatched = 0
    confusions = collections.Counter()
    for document in analysis['documents']:
        name = os.path.basename(document['name']).rsplit('.', 1)[0]
        if name not in gold:
            continue
        text, g = document['text'], gold[name]
        # Where each kept line begins in the analysed text.
        line_at, at = {}, 0
        for i, line in enumerate(g['lines']):
            found = text.find(line, at)
            if found >= 0:
                line_at[i] = found
                at = found + len(line)
        found_types = {(e['start'], e['end']): e['type'] for e in document['entities']}
        for line, start, end, kind in g['entities']:
            key = (line_at[line] + start, line_at[line] + end) if line in line_at else None
            if key not in found_types:
                unmatched += 1
                continue
            scored += 1
            if found_types[key] == kind:
                right += 1
            else:
                confusions[(kind, found_types[key])] += 1
    share = 100.0 * right / scored if scored else 0.0
    print(f'gold entities found with their exact span: {scored} ({unmatched} others not scored)')
    print(f'type right: {right} of {scored} ({share:.1f}%)')
    for (kind, found), n in confusions.most_common(8):
        print(f'  {kind} typed {found}: {n}')


if __name__ == '__main__':
    if len(sys.argv) == 4 and sys.argv[1] == 'write':
        write(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 4 and sys.argv[1] == 'score':
        score(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
