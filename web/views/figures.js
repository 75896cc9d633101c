// Figures side by side: numbers that measure the same thing (the same
// measure, unit, subject and time), each group with the reason it was made,
// flagged when they disagree; and shared passages (text that recurs within
// or across articles).

import { appendInChunks, appendPaged, context, el, kwic, plural, setChildren } from '../dom.js';
import { textDiff } from '../diff.js';
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
      `${plural(groups.length, 'figure')} given more than once. Figures are side by side only when they measure ` +
        'the same thing (measure, unit, subject and time); those that disagree come first.',
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
          group.measure ? `${group.measure}${group.subject ? ` · ${group.subject}` : ''}` : (group.counted ?? 'figure'),
          ' ',
          el(
            'span',
            { class: `tag ${group.agree === false ? 'reason' : 'kind'}` },
            group.agree === false ? 'figures differ' : group.agree ? 'figures agree' : 'not compared',
          ),
          group.claims.length > MAX_CLAIMS
            ? el('span', { class: 'sub' }, ` · first ${MAX_CLAIMS} of ${group.claims.length}`)
            : null,
        ),
        group.why ? el('p', { class: 'claim-why sub' }, `Grouped: ${group.why}.`) : null,
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

function wordCount(text) {
  return (text.match(/\S+/g) ?? []).length;
}

// A changed paragraph: only the changes, with a few words of context.
const CONTEXT_WORDS = 8;

function changedParagraph(parts) {
  const out = [];
  parts.forEach((part, i) => {
    if (part.kind === 'removed') out.push(el('del', { class: 'diff-removed' }, part.text));
    else if (part.kind === 'added') out.push(el('ins', { class: 'diff-added' }, part.text));
    else {
      const words = part.text.split(/(\s+)/);
      const first = i === 0;
      const last = i === parts.length - 1;
      const keep = CONTEXT_WORDS * 2; // words and the spaces between them
      if (words.length <= keep * 2 + 1) out.push(part.text);
      else {
        if (!first) out.push(words.slice(0, keep).join(''));
        out.push(el('span', { class: 'diff-gap' }, ' … '));
        if (!last) out.push(words.slice(-keep).join(''));
      }
    }
  });
  return el('p', { class: 'diff-para' }, out);
}

function copyDifferences(base, doc) {
  const { changes, same } = textDiff(base.text, doc.text);
  if (!changes.length) return el('p', { class: 'sub' }, 'The same text, word for word.');
  return el(
    'div',
    { class: 'diff' },
    el('p', { class: 'sub' }, `${plural(changes.length, 'paragraph')} differ; ${plural(same, 'paragraph')} the same.`),
    changes.map((change) =>
      change.kind === 'changed'
        ? changedParagraph(change.parts)
        : el(
            'p',
            { class: 'diff-para' },
            el('span', { class: 'tag kind' }, change.kind === 'added' ? 'only in this copy' : 'not in this copy'),
            ' ',
            el(change.kind === 'added' ? 'ins' : 'del', { class: `diff-${change.kind}` }, change.text),
          ),
    ),
  );
}

function storyCard(model, story) {
  const members = story.documents
    .map((m) => ({ doc: model.byName.get(m.document), shared: m.shared }))
    .filter((m) => m.doc);
  const base = members[0]?.doc;
  if (!base) return null;
  const details = el('div', { class: 'story-diffs' });
  const toggle = el(
    'button',
    {
      type: 'button',
      class: 'button small',
      'aria-expanded': 'false',
      onclick: () => {
        const open = toggle.getAttribute('aria-expanded') !== 'true';
        toggle.setAttribute('aria-expanded', String(open));
        toggle.textContent = open ? 'Hide the differences' : 'Show what differs';
        if (open && !details.childElementCount) {
          details.append(
            ...members
              .slice(1)
              .map(({ doc }) =>
                el(
                  'section',
                  { class: 'story-copy' },
                  el(
                    'h4',
                    {},
                    el('a', { href: docHref(doc) }, doc.title || doc.name),
                    el('span', { class: 'sub' }, ' compared with the first copy'),
                  ),
                  copyDifferences(base, doc),
                ),
              ),
          );
        }
        details.hidden = !open;
      },
    },
    'Show what differs',
  );
  return el(
    'li',
    { class: 'story' },
    el(
      'h3',
      {},
      base.title || base.name,
      el('span', { class: 'sub' }, ` · ${plural(members.length, 'copy', 'copies')}`),
    ),
    el(
      'table',
      { class: 'data-table story-members' },
      el('caption', { class: 'visually-hidden' }, 'The copies'),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ['Copy', 'Outlet', 'Date', 'Words', 'Shared'].map((h) =>
            el('th', { scope: 'col', class: h === 'Words' || h === 'Shared' ? 'num' : '' }, h),
          ),
        ),
      ),
      el(
        'tbody',
        {},
        members.map(({ doc, shared }) =>
          el(
            'tr',
            {},
            el(
              'td',
              { 'data-label': 'Copy' },
              el('a', { href: docHref(doc) }, doc.title || doc.name),
              el('span', { class: 'doc-name' }, doc.name),
            ),
            el('td', { 'data-label': 'Outlet' }, doc.source || doc.credit || ''),
            el('td', { 'data-label': 'Date', class: 'nowrap' }, doc.date ?? ''),
            el('td', { 'data-label': 'Words', class: 'num' }, wordCount(doc.text).toLocaleString('en')),
            el(
              'td',
              { 'data-label': 'Shared', class: 'num', title: 'Share of its text found in the other copies' },
              `${Math.round(shared * 100)}%`,
            ),
          ),
        ),
      ),
    ),
    toggle,
    details,
  );
}

export function renderPassages(panel, model) {
  const passages = model.passages;
  const stories = model.stories;
  if (!passages.length && !stories.length) {
    return panel.replaceChildren(
      el('p', { class: 'muted' }, 'No passage is shared between or repeated within these articles.'),
    );
  }
  const storyList = el('ol', { class: 'stories' });
  const list = el('ol', { class: 'passages' });
  const copies = stories.reduce((n, s) => n + s.documents.length, 0);
  setChildren(
    panel,
    stories.length > 0 &&
      el(
        'section',
        { 'aria-label': 'Syndicated copies' },
        el('h3', { class: 'section-heading' }, 'Copies of one story'),
        el(
          'p',
          { class: 'note' },
          `${plural(copies, 'article')} ${copies === 1 ? 'is a copy' : 'are copies'} of ${plural(stories.length, 'story', 'stories')} (most of their text the same passages); each story is listed once, its copies compared with the first.`,
        ),
        storyList,
      ),
    el(
      'section',
      { 'aria-label': 'Shared passages' },
      stories.length > 0 && el('h3', { class: 'section-heading' }, 'Other shared passages'),
      el(
        'p',
        { class: 'note' },
        passages.length
          ? `${plural(passages.length, 'passage')} ${passages.length === 1 ? 'appears' : 'appear'} more than once.`
          : 'No other passage is shared.',
      ),
      list,
    ),
  );
  appendPaged(storyList, stories, (story) => storyCard(model, story) ?? el('li'), {
    chunk: 10,
    page: 50,
    noun: 'more stories',
  });
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
