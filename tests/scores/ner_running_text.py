#!/usr/bin/env python3
"""Entity F1 on running text: CoNLL-2003 documents detokenised into plain
text files (a sentence that ends with . ! ? runs on in its paragraph, any
other ends its line), analysed with `presslens analyze`, and scored by exact
character span and type against the gold entities. Unlike `tag --conll`
(gold tokens and sentences), this exercises the tokenizer and the sentence
splitter. Gold entities outside the paragraphs the cleaner kept (removed
blocks, headings) are not counted.
usage: ner_running_text.py PRESSLENS CONLL_FILE WORKDIR"""
import json, os, subprocess, sys

NO_SPACE_BEFORE = {',', '.', ';', ':', '!', '?', ')', ']', '}', "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m", '%'}
NO_SPACE_AFTER = {'(', '[', '{', '$'}

def documents(path):
    doc, sent = [], []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('-DOCSTART-'):
            if sent: doc.append(sent); sent = []
            if doc: yield doc
            doc = []
        elif not line.strip():
            if sent: doc.append(sent); sent = []
        else:
            parts = line.split()
            sent.append((parts[0], parts[-1]))
    if sent: doc.append(sent)
    if doc: yield doc

def detokenize(doc):
    text, spans, gold = '', [], []
    for sent in doc:
        quote_open = False
        starts = []
        for k, (tok, tag) in enumerate(sent):
            space = bool(text) and text[-1] not in ' \n'
            if tok in NO_SPACE_BEFORE or (tok == '"' and quote_open): space = False
            if k > 0 and (sent[k-1][0] in NO_SPACE_AFTER or (sent[k-1][0] == '"' and quote_open and sent[k-1][0] != tok)):
                space = False
            if tok == '"': quote_open = not quote_open
            if space: text += ' '
            starts.append((len(text), len(text) + len(tok)))
            text += tok
        # entities (IOB1 or IOB2)
        cur = None
        for k, (tok, tag) in enumerate(sent):
            if tag == 'O':
                if cur: gold.append(cur); cur = None
                continue
            bio, typ = tag.split('-')
            if cur and (bio == 'B' or typ != cur[2]):
                gold.append(cur); cur = None
            if cur: cur = (cur[0], starts[k][1], typ)
            else: cur = (starts[k][0], starts[k][1], typ)
        if cur: gold.append(cur)
        last = sent[-1][0]
        text += ' ' if last in ('.', '!', '?', '"') else '\n'
    return text.rstrip() + '\n', gold

def main(presslens, conll, work):
    os.makedirs(work, exist_ok=True)
    docs = list(documents(conll))
    names, golds, texts = [], [], []
    for i, doc in enumerate(docs):
        text, gold = detokenize(doc)
        name = f'doc{i:04d}.txt'
        open(os.path.join(work, name), 'w', encoding='utf-8').write(text)
        names.append(name); golds.append(gold); texts.append(text)
    out = subprocess.run([presslens, 'analyze'] + [os.path.join(work, n) for n in names],
                         capture_output=True, text=True).stdout
    result = json.loads(out)
    correct = predicted = gold_count = 0
    by_type = {}
    for d, source, gold in zip(result['documents'], texts, golds):
        body = d['text']
        # each paragraph of the body is a line of the source: map offsets
        offset_map = []  # (body_start, source_start, length)
        at, pos = 0, 0
        for para in body.split('\n\n'):
            found = source.find(para, pos)
            if found < 0: raise SystemExit(f'paragraph not found in {d["name"]}')
            offset_map.append((at, found, len(para)))
            pos = found + len(para); at += len(para) + 2
        def to_source(o):
            for b, s, n in offset_map:
                if b <= o <= b + n: return s + (o - b)
            return None
        pred = set()
        for e in d['entities']:
            s, t = to_source(e['start']), to_source(e['end'])
            pred.add((s, t, e['type']))
        # entities are not looked for in headings (nlp/entities.cpp): count paragraphs only
        kept = [(to_source(b['start']), to_source(b['end'])) for b in d['blocks']
                if b['kind'] == 'paragraph' and b['start'] is not None]
        gold_kept = {g for g in gold if any(a <= g[0] and g[1] <= b for a, b in kept)}
        correct += len(pred & gold_kept); predicted += len(pred); gold_count += len(gold_kept)
        for g in gold_kept:
            t = by_type.setdefault(g[2], [0, 0, 0]); t[1] += 1; t[0] += g in pred
        for p in pred:
            by_type.setdefault(p[2], [0, 0, 0])[2] += 1
    p = correct / max(predicted, 1); r = correct / max(gold_count, 1)
    f = 2 * p * r / max(p + r, 1e-9)
    for t, (c, g, pr) in sorted(by_type.items()):
        tp, tr = c / max(pr, 1), c / max(g, 1)
        print(f'{t:5s} P {100*tp:.1f} R {100*tr:.1f} F1 {200*tp*tr/max(tp+tr,1e-9):.1f} (gold {g})')
    print(f'running-text entities: gold {gold_count} predicted {predicted} correct {correct}  '
          f'P {100*p:.2f} R {100*r:.2f} F1 {100*f:.2f}')

if __name__ == '__main__':
    main(*sys.argv[1:4])
