// Figures side by side: numbers that count the same thing across articles,
// flagged when they disagree; and shared passages (text that recurs within
// or across articles).

import { appendInChunks, appendPaged, context, el, kwic, plural } from '../dom.js';
import { docHref } from '../model.js';

const formatValue = (v) => (typeof v === 'number' ? v.toLocaleString('en', { maximumFractionDigits: 3 }) : (v ?? ''));

function claimRow(model, claim) {
  const doc = model.byName.get(claim.document);
  if (!doc) return null;
  const sentence = claim.sentence && claim.sentence.end > claim.sentence.start ? claim.sentence : claim;
  const text = doc.text.slice(sentence.start, sentence.end);
  const at = claim.start - sentence.start;
  return el(
    'li',
    { class: 'claim' },
    el(
      'p',
      { class: 'claim-value' },
      el('strong', {}, claim.text),
      ' ',
      el(
        'span',
        { class: 'sub' },
        `= ${formatValue(claim.value)}${claim.qualifier ? ` (${claim.qualifier})` : ''}${claim.subject ? ` · ${claim.subject}` : ''}`,
      ),
    ),
    el(
      'p',
      { class: 'claim-sentence' },
      at >= 0 && at < text.length
        ? kwic(
            {
              before: text.slice(0, at),
              match: text.slice(at, at + claim.end - claim.start),
              after: text.slice(at + claim.end - claim.start),
            },
            docHref(doc, claim),
          )
        : kwic(context(doc.text, claim.start, claim.end), docHref(doc, claim)),
    ),
    el('p', { class: 'claim-doc' }, el('a', { href: docHref(doc) }, doc.title || doc.name)),
  );
}

const MAX_CLAIMS = 24;

export function renderFigures(panel, model) {
  const groups = [...model.figures];
  groups.sort((a, b) => (b.agree === false) - (a.agree === false) || b.claims.length - a.claims.length);
  if (!groups.length) {
    return panel.replaceChildren(
      el('p', { class: 'muted' }, 'No figure is given by more than one passage in these articles.'),
    );
  }
  const list = el('ol', { class: 'claim-groups' });
  panel.replaceChildren(
    el(
      'p',
      { class: 'note' },
      `${plural(groups.length, 'figure')} given more than once; those that disagree come first.`,
    ),
    list,
  );
  appendPaged(
    list,
    groups,
    (group) =>
      el(
        'li',
        { class: `claim-group ${group.agree === false ? 'disagree' : group.agree ? 'agree' : ''}` },
        el(
          'h3',
          {},
          group.counted ?? 'figure',
          ' ',
          el(
            'span',
            { class: `tag ${group.agree === false ? 'reason' : 'kind'}` },
            group.agree === false ? 'figures differ' : group.agree ? 'figures agree' : 'not comparable',
          ),
          group.claims.length > MAX_CLAIMS
            ? el('span', { class: 'sub' }, ` · first ${MAX_CLAIMS} of ${group.claims.length}`)
            : null,
        ),
        el(
          'ul',
          { class: 'claims' },
          group.claims.slice(0, MAX_CLAIMS).map((c) => claimRow(model, c)),
        ),
      ),
    { chunk: 10, page: 60, noun: 'more figures' },
  );
}

function side(model, s) {
  const doc = model.byName.get(s.document);
  if (!doc) return el('div', { class: 'passage-side' }, s.document);
  const block = s.block !== null && s.block !== undefined ? doc.blocks?.[s.block] : null;
  const text = typeof s.start === 'number' ? doc.text.slice(s.start, s.end) : (block?.text ?? '');
  return el(
    'div',
    { class: 'passage-side' },
    el(
      'p',
      { class: 'passage-doc' },
      el('a', { href: docHref(doc, typeof s.start === 'number' ? s : null) }, doc.title || doc.name),
      block && !block.kept
        ? el('span', { class: 'tag reason' }, block.reason ? `removed: ${block.reason}` : 'removed')
        : null,
    ),
    el('blockquote', { class: 'passage-text' }, text),
  );
}

export function renderPassages(panel, model) {
  const passages = model.passages;
  if (!passages.length) {
    return panel.replaceChildren(
      el('p', { class: 'muted' }, 'No passage is shared between or repeated within these articles.'),
    );
  }
  const list = el('ol', { class: 'passages' });
  panel.replaceChildren(
    el(
      'p',
      { class: 'note' },
      `${plural(passages.length, 'passage')} ${passages.length === 1 ? 'appears' : 'appear'} more than once.`,
    ),
    list,
  );
  appendPaged(
    list,
    passages,
    (p) =>
      el(
        'li',
        { class: 'passage' },
        el(
          'p',
          { class: 'passage-kind' },
          el(
            'span',
            { class: 'tag kind' },
            p.a?.document === p.b?.document ? `${p.kind} within one article` : `${p.kind} across articles`,
          ),
          ` ${Math.round((p.similarity ?? 0) * 100)}% similar`,
        ),
        el('div', { class: 'passage-pair' }, side(model, p.a), side(model, p.b)),
      ),
    { chunk: 20, page: 100, noun: 'more passages' },
  );
}
