#!/usr/bin/env python3
"""Sort the quotes quote_attribution.py counts wrong into kinds of miss (docs/attribution.md).
Reads the same gold and analyze JSON as the scorer and matches quotes as it does (the first
predicted quote sharing 60% of the words). Kinds: A not found (A1 read as a term, A3 otherwise);
B the right identity is named only outside the candidate window (two paragraphs before, the
quote's paragraph); C no identity of the article carries a gold name word; D the gold source is a
description no identity carries; E the right identity is named in the window but another
candidate won (E1 uncredited, E2 a pronoun resolved to nobody, E3 an unnamed description, E4
another identity); F scorer artefacts (F1 the gold name with a possessive, F2 the gold words name
the predicted identity by other words, F3 the scorer took an earlier quote with the same words
whose speaker differs, a later one is right). The window and the gold-source location are read
from the JSON, so B/E are approximate (the model's own labels are in `train-speakers`' report).
usage: quote_misses.py ATTRIBUTIONS.jsonl ANALYZE.json [EXAMPLES_PER_KIND]"""
import json, re, sys
from collections import defaultdict, Counter
W = re.compile(r"[\w'’-]+", re.U)
SEG = re.compile(r'[“"]([^”"]{3,})[”"]')
SKIP = {'he','she','they','it','we','i','the','a','an','his','her','their','its','this','that','mr','mrs','ms'}
PRON = {'he','she','they','it','we','i','you'}
def words(s): return [w.lower().strip("'’") for w in W.findall(s or '')]
gold_path, pred_path = sys.argv[1], sys.argv[2]
verbose = len(sys.argv) > 3
pred = json.load(open(pred_path))
clusters = {c['id']: c for c in pred.get('clusters', [])}
docs = {}
for d in pred['documents']:
    art = d['name'].split('/')[-1].rsplit('.',1)[0]
    t = d['text']
    # utf16 -> cp map
    m = []; 
    for i,ch in enumerate(t):
        m.append(i)
        if ord(ch) > 0xFFFF: m.append(i)
    m.append(len(t))
    docs[art] = (d, t, m)
cats = Counter(); ex = defaultdict(list)
gold=right=0
for line in open(gold_path, encoding='utf-8'):
    a = json.loads(line)
    if not a.get('direct') or not a.get('source') or not a.get('content'): continue
    caps = [w for w in W.findall(a['source']['text']) if w[:1].isupper() and w.lower() not in SKIP and len(w) > 2]
    segs = SEG.findall(a['content']['text'])
    if not caps or not segs: continue
    seg = set(words(max(segs, key=len)))
    if len(seg) < 2: continue
    gold += 1
    d, t, m = docs[a['article']]
    q = None
    for qq in d['quotes']:
        if len(seg & set(words(qq['text']))) >= 0.6*len(seg): q = qq; break
    if q is None:
        terms = [tt for tt in d.get('terms', []) if len(seg & set(words(tt['text']))) >= 0.6*len(seg)]
        body = set(words(t))
        if terms: k = 'A1 not found: read as a term (short phrase nobody is credited with)'
        elif len(seg & body) < 0.6*len(seg): k = 'A2 not found: words not in the cleaned text'
        else: k = 'A3 not found: in the text, no quote segment (marks/split)'
        cats[k] += 1; ex[k].append((a['article'], a['content']['text'][:80])); continue
    names = [q.get('speaker') or '']
    c = clusters.get(q.get('speaker_cluster'))
    if c: names += [c['name']] + c.get('aliases', [])
    nm = ' '.join(names).lower()
    if any(x.lower() in nm for x in caps): right += 1; continue
    qs, qe = m[q['start']], m[q['end']]
    # acceptable clusters
    ok = {cid for cid, cl in clusters.items() if a['article']+'.txt' in cl['documents'] and any(x.lower() in (' '.join([cl['name']]+cl.get('aliases',[]))).lower() for x in caps)}
    # window: start of 2nd paragraph before .. end of paragraph
    pstart = qs
    for _ in range(3):
        k = t.rfind('\n\n', 0, pstart)
        if k < 0: pstart = 0; break
        pstart = k if _ < 2 else k+2
    pend = t.find('\n\n', qe); pend = len(t) if pend < 0 else pend
    win = [e for e in d['entities'] if e['cluster'] in ok and pstart <= m[e['start']] < pend]
    near = [e for e in d['entities'] if e['cluster'] in ok]
    src = a['source']['text']
    srcl = src.lower()
    pw = q.get('speaker') or '<none>'
    # gold source is a nominal (no entity word) ?
    info = (a['article'], f"gold='{src}' pred='{pw}' conf={q.get('confidence')} q='{q['text'][:60]}'")
    stripped = [re.sub(r"(['’]s?)$", '', x) for x in caps]
    # gold span in cleaned text nearest the quote
    gpos = [mm.start() for mm in re.finditer(re.escape(src), t)]
    gspan = None
    if gpos:
        p0 = min(gpos, key=lambda p: abs(p-qs)); gspan = (p0, p0+len(src))
    def overl(e): return gspan and m[e['start']] < gspan[1] and gspan[0] < m[e['end']]
    predc = q.get('speaker_cluster')
    others = [qq for qq in d['quotes'] if qq is not q and len(seg & set(words(qq['text']))) >= 0.6*len(seg)]
    def qnames(qq):
        c2 = clusters.get(qq.get('speaker_cluster')); n2 = [qq.get('speaker') or '']
        if c2: n2 += [c2['name']] + c2.get('aliases', [])
        return ' '.join(n2).lower()
    if any(any(x.lower() in qnames(qq) for x in caps) for qq in others):
        k = 'F3 scorer: first of several matching quotes taken; a later one has the right speaker'
    elif any(x.lower() in nm for x in stripped if len(x) > 2):
        k = 'F1 scorer: possessive in the gold source ("Rubio’s") - right speaker'
    elif predc and gspan and any(overl(e) and e['cluster']==predc for e in d['entities']+d.get('nominals',[])):
        k = 'F2 scorer: gold source names the predicted identity by other words ("The Florida senator")'
    elif not ok:
        # does the gold source span name an entity at all?
        if re.match(r'(the|a|an)\b', srcl) or srcl.split()[0] in ('his','her','their'):
            k = 'D scorer/nominal: gold source is a description, no identity carries its words'
        else:
            k = 'C no identity in article carries the gold name (tagger miss / garbled / org-name words)'
    elif not win:
        k = 'B right identity named only outside the window (far back)'
    else:
        # candidate present; predicted kind
        if q.get('speaker') is None: k = 'E1 candidate present, quote left uncredited'
        elif q.get('speaker_cluster') is None and (pw.lower() in PRON): k = 'E2 candidate present, pronoun chosen resolved to nobody'
        elif q.get('speaker_cluster') is None: k = 'E3 candidate present, unnamed description chosen'
        else: k = 'E4 candidate present, another identity chosen'
        # is gold source a pronoun or description? then same-person check
    cats[k] += 1; ex[k].append(info)
print(f'counted {gold}, right {right}, misses {gold-right}')
for k in sorted(cats): print(f'{cats[k]:5d}  {k}')
if verbose:
    for k in sorted(ex):
        print('==', k)
        for e in ex[k][:int(sys.argv[3])]: print('  ', e)
