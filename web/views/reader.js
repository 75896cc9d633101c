// Reader: one article's cleaned text, with entity mentions (links to their
// cluster), quotes (with their speaker), numbers and dates marked; the
// removed furniture on demand, struck through with its reason; the raw
// blocks one click away. Offsets are UTF-16 (text.slice(start, end)).

import { el, formatBytes, plural, TYPE_NAMES } from '../dom.js';
import { articleTarget, markControls } from '../marks.js';
import { blockFix } from '../fixes.js';
import { clusterHref, docHref } from '../model.js';

const MODES = [
  ['clean', 'Article'],
  ['removed', 'With removed text'],
  ['raw', 'Raw blocks'],
];
const LAYERS = [
  ['PER', 'People'],
  ['ORG', 'Organisations'],
  ['LOC', 'Places'],
  ['MISC', 'Other names'],
  ['quotes', 'Quotes'],
  ['facts', 'Numbers & dates'],
];

let mode = 'clean';
const hiddenLayers = new Set();

// Paragraph ranges [start, end) of the text: from the blocks when they say
// where they sit, else the text split at blank lines.
function paragraphs(doc) {
  const blocks = doc.blocks ?? [];
  if (blocks.some((b) => typeof b.start === 'number')) {
    return blocks.map((block, index) => ({ block, index, start: block.start, end: block.end }));
  }
  const out = [];
  const re = /\n\s*\n/g;
  let from = 0;
  for (let m; (m = re.exec(doc.text)); from = m.index + m[0].length) out.push({ start: from, end: m.index });
  out.push({ start: from, end: doc.text.length });
  return out.filter((p) => p.end > p.start);
}

function annotations(doc, model, target) {
  const list = [];
  if (target)
    list.push({
      start: target.start,
      end: target.end,
      layer: 0,
      make: () => el('span', { class: 'target', id: 'reader-target' }),
    });
  for (const quote of doc.quotes ?? []) {
    list.push({
      start: quote.start,
      end: quote.end,
      layer: 1,
      make: (first) => {
        const node = el('span', {
          class: `quote ${quote.kind ?? ''}`,
          title: quote.speaker
            ? `${quote.kind === 'indirect' ? 'Reported speech' : 'Quote'} — ${quote.speaker}`
            : 'Quote (no speaker found)',
        });
        if (first) node.append(speakerChip(quote, model));
        return node;
      },
    });
  }
  for (const entity of doc.entities ?? []) {
    const cluster = model.clusterById.get(entity.cluster);
    list.push({
      start: entity.start,
      end: entity.end,
      layer: 2,
      make: () =>
        el('a', {
          class: `ent t-${entity.type}`,
          href: entity.cluster ? clusterHref(entity.cluster) : undefined,
          'data-type': entity.type,
          title: `${TYPE_NAMES[entity.type] ?? entity.type}${cluster ? ` — ${cluster.name}` : ''}`,
        }),
    });
  }
  for (const [kind, items] of [
    ['number', doc.numbers],
    ['date', doc.dates],
  ]) {
    for (const item of items ?? []) {
      list.push({
        start: item.start,
        end: item.end,
        layer: 3,
        make: () =>
          el('span', {
            class: `fact ${kind}`,
            title: `${kind}: ${item.value ?? ''}${item.unit ? ` ${item.unit}` : ''}`,
          }),
      });
    }
  }
  return list.sort((a, b) => a.start - b.start || a.layer - b.layer);
}

function speakerChip(quote, model) {
  const who = quote.speaker_cluster
    ? el(
        'a',
        { href: clusterHref(quote.speaker_cluster) },
        model.clusterById.get(quote.speaker_cluster)?.name ?? quote.speaker,
      )
    : el('span', {}, quote.speaker ?? 'unattributed');
  return el(
    'span',
    { class: 'speaker-chip', 'aria-label': `quote by ${quote.speaker ?? 'nobody named'}` },
    who,
    quote.cue ? ` ${quote.cue}` : '',
  );
}

// Text from start to end, with every annotation overlapping it nested by
// layer (target, quote, entity, fact); one crossing a boundary is split.
function annotated(text, start, end, list) {
  const inside = list.filter((a) => a.start < end && a.end > start);
  const cuts = new Set([start, end]);
  for (const a of inside) {
    cuts.add(Math.max(start, a.start));
    cuts.add(Math.min(end, a.end));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const root = document.createDocumentFragment();
  let stack = []; // [{annotation, node}]
  const opened = new Set();
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const active = inside.filter((x) => x.start <= a && x.end >= b).sort((x, y) => x.layer - y.layer);
    let keep = 0;
    while (keep < stack.length && keep < active.length && stack[keep].annotation === active[keep]) keep++;
    stack = stack.slice(0, keep);
    for (const annotation of active.slice(keep)) {
      const node = annotation.make(!opened.has(annotation));
      opened.add(annotation);
      (stack.at(-1)?.node ?? root).append(node);
      stack.push({ annotation, node });
    }
    (stack.at(-1)?.node ?? root).append(document.createTextNode(text.slice(a, b)));
  }
  return root;
}

function renderText(doc, model, target, withRemoved) {
  const list = annotations(doc, model, target);
  const out = el('div', { class: 'article-text' });
  for (const p of paragraphs(doc)) {
    const block = p.block;
    if (block && typeof p.start !== 'number') {
      if (!withRemoved || block.kept) continue; // title, dateline, credit: shown in the header
      out.append(
        el(
          'p',
          { class: 'removed-block', 'data-block': p.index },
          el('s', {}, block.text),
          ' ',
          el('span', { class: 'tag reason' }, block.reason ? `removed: ${block.reason}` : `removed (${block.kind})`),
          ' ',
          correctedTag(block),
          blockFix(doc, p.index, block),
        ),
      );
      continue;
    }
    const tag = block?.kind === 'heading' ? 'h4' : 'p';
    out.append(
      el(
        tag,
        { class: 'para', 'data-block': p.index },
        annotated(doc.text, p.start, p.end, list),
        withRemoved && block && [' ', correctedTag(block), blockFix(doc, p.index, block)],
      ),
    );
  }
  if (!out.firstChild) out.append(el('p', { class: 'muted' }, doc.error ? '' : 'This file has no article text.'));
  return out;
}

// A block a correction kept or removed says so, and what the cleaner had decided.
function correctedTag(block) {
  if (!block.corrected) return null;
  const cleaner = block.corrected.kept
    ? `the cleaner kept it (${block.corrected.kind})`
    : `the cleaner removed it${block.corrected.reason ? `: ${block.corrected.reason}` : ''}`;
  return el(
    'span',
    { class: 'tag corrected', title: `By a correction; ${cleaner}` },
    block.kept ? 'restored by you' : 'removed by you',
  );
}

function renderRaw(doc) {
  const blocks = doc.blocks ?? [];
  if (!blocks.length) return el('p', { class: 'muted' }, 'No blocks.');
  return el(
    'ol',
    { class: 'blocks' },
    blocks.map((block, index) =>
      el(
        'li',
        { class: block.kept ? 'block kept' : 'block removed', 'data-block': index },
        el(block.kept ? 'span' : 's', { class: 'block-text' }, block.text),
        el(
          'span',
          { class: 'block-tags' },
          block.kind && el('span', { class: 'tag kind' }, block.kind),
          !block.kept && el('span', { class: 'tag reason' }, block.reason ? `removed: ${block.reason}` : 'removed'),
          correctedTag(block),
          blockFix(doc, index, block),
        ),
      ),
    ),
  );
}

// The names in this article, by type and then by how often they appear.
function namesAside(doc, model) {
  const counts = new Map();
  for (const entity of doc.entities ?? []) {
    const cluster = model.clusterById.get(entity.cluster);
    if (!cluster) continue;
    counts.set(cluster, (counts.get(cluster) ?? 0) + 1);
  }
  const speakers = new Map();
  for (const quote of doc.quotes ?? []) {
    const name = quote.speaker_cluster
      ? (model.clusterById.get(quote.speaker_cluster)?.name ?? quote.speaker)
      : (quote.speaker ?? 'No speaker found');
    const key = quote.speaker_cluster ?? name;
    const entry = speakers.get(key) ?? { name, id: quote.speaker_cluster, count: 0, first: quote };
    entry.count++;
    speakers.set(key, entry);
  }
  const sections = LAYERS.slice(0, 4).map(([type, label]) => {
    const list = [...counts]
      .filter(([c]) => c.type === type)
      .sort((a, b) => b[1] - a[1] || a[0].name.localeCompare(b[0].name));
    return (
      list.length > 0 &&
      el(
        'section',
        { class: `aside-section t-${type}` },
        el('h4', {}, label),
        el(
          'ul',
          {},
          list.map(([c, n]) =>
            el(
              'li',
              {},
              el('a', { class: 'aside-name', href: clusterHref(c.id) }, c.name),
              el('span', { class: 'sub' }, ` ${n}`),
            ),
          ),
        ),
      )
    );
  });
  return el(
    'aside',
    { class: 'reader-aside', 'aria-label': 'In this article' },
    speakers.size > 0 &&
      el(
        'section',
        { class: 'aside-section' },
        el('h4', {}, 'Quoted'),
        el(
          'ul',
          {},
          [...speakers.values()].map((s) =>
            el(
              'li',
              {},
              s.id ? el('a', { class: 'aside-name', href: clusterHref(s.id) }, s.name) : el('span', {}, s.name),
              el('span', { class: 'sub' }, ' '),
              el('a', { class: 'sub', href: docHref(doc, s.first), title: 'Go to the first quote' }, `${s.count} ×`),
            ),
          ),
        ),
      ),
    sections,
  );
}

function header(doc, model) {
  const meta = [
    doc.date,
    doc.dateline,
    doc.credit && `credit: ${doc.credit}`,
    doc.encoding,
    doc.bytes !== undefined && formatBytes(doc.bytes),
    doc.stats.blocks && `${doc.stats.removed} of ${plural(doc.stats.blocks, 'block')} removed`,
    plural(doc.entities?.length ?? 0, 'entity mention', 'entity mentions'),
    plural(doc.quotes?.length ?? 0, 'quote'),
  ].filter(Boolean);
  // What a news database or a newsletter says of the article (docs/formats.md).
  const origin = [
    doc.source,
    doc.byline && `by ${doc.byline}`,
    doc.section && `section: ${doc.section}`,
    doc.length && `${doc.length} words`,
    doc.language,
    doc.database && [doc.database, doc.database_id].filter(Boolean).join(' '),
  ].filter(Boolean);
  const phrases = model.keyphrases.documents.find((k) => k.document === doc.name)?.phrases ?? [];
  return el(
    'header',
    { class: 'reader-header' },
    el(
      'h3',
      { class: `reader-title${doc.title ? '' : ' untitled'}` },
      doc.title || (doc.error ? doc.name : 'Untitled'),
    ),
    markControls(articleTarget(doc)),
    el('p', { class: 'reader-meta' }, el('span', { class: 'doc-name' }, doc.name), ' · ', meta.join(' · ')),
    origin.length > 0 && el('p', { class: 'reader-meta reader-origin' }, origin.join(' · ')),
    doc.url && el('p', { class: 'reader-meta' }, 'Source: ', el('span', { class: 'doc-name' }, doc.url)),
    phrases.length > 0 &&
      el(
        'p',
        { class: 'reader-meta keyphrases' },
        'Key phrases: ',
        phrases
          .slice(0, 8)
          .map((p) => p.text)
          .join(' · '),
      ),
    doc.error && el('p', { class: 'doc-error' }, `Could not analyse this file: ${doc.error}`),
    doc.warnings?.length > 0 && el('p', { class: 'doc-warning' }, doc.warnings.join('; ')),
  );
}

function toolbar(panel, model, doc, rerender) {
  const select = el(
    'select',
    {
      class: 'doc-select',
      'aria-label': 'Article',
      onchange: () => (location.hash = docHref(model.documents[Number(select.value)])),
    },
    model.documents.map((d) =>
      el('option', { value: d.index, selected: d === doc }, d.title ? `${d.title} (${d.name})` : d.name),
    ),
  );
  const step = (delta, label) => {
    const other = model.documents[doc.index + delta];
    return other
      ? el(
          'a',
          { class: 'button small', href: docHref(other), 'aria-label': label },
          delta < 0 ? '← Previous' : 'Next →',
        )
      : el('span', { class: 'button small disabled', 'aria-disabled': 'true' }, delta < 0 ? '← Previous' : 'Next →');
  };
  const modes = el(
    'div',
    { class: 'segmented', role: 'radiogroup', 'aria-label': 'What to show' },
    MODES.map(([value, label]) =>
      el(
        'label',
        {},
        el('input', {
          type: 'radio',
          name: 'reader-mode',
          value,
          checked: mode === value,
          onchange: () => {
            mode = value;
            rerender();
          },
        }),
        label,
      ),
    ),
  );
  const legend = el(
    'div',
    { class: 'legend', role: 'group', 'aria-label': 'Highlight' },
    LAYERS.map(([key, label]) =>
      el(
        'label',
        { class: `legend-item l-${key}` },
        el('input', {
          type: 'checkbox',
          checked: !hiddenLayers.has(key),
          onchange: (e) => {
            if (e.target.checked) hiddenLayers.delete(key);
            else hiddenLayers.add(key);
            panel.querySelector('.article-text')?.classList.toggle(`hide-${key}`, !e.target.checked);
          },
        }),
        el('span', { class: 'swatch', 'aria-hidden': 'true' }),
        label,
      ),
    ),
  );
  return el(
    'div',
    { class: 'reader-bar' },
    el('div', { class: 'reader-nav' }, step(-1, 'Previous article'), select, step(1, 'Next article')),
    modes,
    legend,
  );
}

export function renderReader(panel, model, params) {
  const name = params[0] !== undefined ? decodeURIComponent(params[0]) : model.documents[0]?.name;
  const doc = model.byName.get(name) ?? model.documents[0];
  if (!doc) return panel.replaceChildren(el('p', { class: 'muted' }, 'No article.'));
  const [s, e] = (params[1] ?? '').split('-').map(Number);
  const target = Number.isFinite(s) && Number.isFinite(e) && e > s ? { start: s, end: e } : null;

  const draw = () => {
    const body = mode === 'raw' ? renderRaw(doc) : renderText(doc, model, target, mode === 'removed');
    for (const key of hiddenLayers) body.classList.add(`hide-${key}`);
    panel.replaceChildren(
      toolbar(panel, model, doc, draw),
      el(
        'div',
        { class: 'reader-layout' },
        el('article', { class: 'reader', 'aria-label': doc.title || doc.name }, header(doc, model), body),
        namesAside(doc, model),
      ),
    );
  };
  draw();
  const targetNode = panel.querySelector('#reader-target');
  if (targetNode) {
    requestAnimationFrame(() => targetNode.scrollIntoView({ block: 'center' }));
  }
}
