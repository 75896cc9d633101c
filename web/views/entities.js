// People, organisations and places: the clusters table (filter by type,
// search, sort) and a cluster's own page: every mention in context across
// the articles and every quote by that speaker.

import {
  appendPaged,
  context,
  download,
  el,
  fold,
  kwic,
  plural,
  setChildren,
  TYPE_NAMES,
  typeBadge,
  typeLegend,
} from '../dom.js';
import { clustersCsv, exportIdentity } from '../export.js';
import { aliasFix, identityFixes, mentionFix, quoteFixes, selectionFixes } from '../fixes.js';
import { identityTarget, markControls, quoteTarget } from '../marks.js';
import { clusterHref, docHref } from '../model.js';
import { sortableTable } from './table.js';

const TYPE_FILTERS = [
  ['', 'All'],
  ['PER', 'People'],
  ['ORG', 'Organisations'],
  ['LOC', 'Places'],
  ['MISC', 'Other'],
];

let typeFilter = '';
// Names mentioned once are most of a big batch's list (701 of 1,042 in 50
// articles) and mostly noise: hidden until asked for.
let showSingletons = false;
const mentionedOnce = (c) => (c.mentions ?? 0) <= 1;
let lastQuery = ''; // kept when the list is drawn again (after a correction)
const selected = new Set(); // ids of the identities ticked, for a correction of them all

export function renderClusters(panel, model) {
  const rows = () =>
    model.clusters.filter((c) => (!typeFilter || c.type === typeFilter) && (showSingletons || !mentionedOnce(c)));
  for (const id of selected) if (!model.clusterById.has(id)) selected.delete(id);
  const clear = () => {
    selected.clear();
    for (const box of panel.querySelectorAll('.select-identity')) box.checked = false;
    fixes?.update();
  };
  const fixes = selectionFixes(model, selected, clear);
  const columns = [
    {
      key: 'select',
      label: el('span', { class: 'visually-hidden' }, 'Select'),
      className: 'select',
      cell: (c) =>
        el('input', {
          type: 'checkbox',
          class: 'select-identity',
          'aria-label': `Select ${c.name}`,
          checked: selected.has(c.id),
          onchange: (event) => {
            if (event.target.checked) selected.add(c.id);
            else selected.delete(c.id);
            fixes?.update();
          },
        }),
    },
    {
      key: 'name',
      label: 'Name',
      value: (c) => c.name.toLowerCase(),
      cell: (c) => el('a', { class: 'cluster-link', href: clusterHref(c.id) }, c.name),
    },
    { key: 'type', label: 'Type', value: (c) => c.type, cell: (c) => typeBadge(c.type) },
    {
      key: 'aliases',
      label: 'Also called',
      cell: (c) => (c.aliases ?? []).filter((a) => a !== c.name).join(' · '),
      className: 'aliases',
      phone: false,
    },
    { key: 'roles', label: 'Roles', cell: (c) => (c.roles ?? []).join(' · '), className: 'roles', phone: false },
    {
      key: 'articles',
      label: 'Articles',
      numeric: true,
      value: (c) => c.documents?.length ?? 0,
      cell: (c) => String(c.documents?.length ?? 0),
    },
    {
      key: 'mentions',
      label: 'Mentions',
      numeric: true,
      value: (c) => c.mentions ?? 0,
      cell: (c) => String(c.mentions ?? 0),
    },
    {
      key: 'quotes',
      label: 'Quotes',
      numeric: true,
      value: (c) => model.quotesBy(c.id).length,
      cell: (c) => String(model.quotesBy(c.id).length || ''),
    },
  ];
  const make = () =>
    sortableTable({
      columns,
      rows: rows(),
      sort: { key: 'mentions', descending: true },
      filterText: (c) => [c.name, ...(c.aliases ?? []), ...(c.roles ?? [])].join(' '),
      filterLabel: 'Search names, aliases and roles',
      caption: 'People, organisations and places',
      emptyText: 'No names found in these articles.',
    });
  let table = make();
  table.setQuery(lastQuery);
  table.search.addEventListener('input', () => (lastQuery = table.search.value));
  const rebuild = () => {
    const query = table.search.value;
    table = make();
    if (query) table.setQuery(query);
    table.search.addEventListener('input', () => (lastQuery = table.search.value));
    bar.replaceChildren(chips, table.search, singles, table.count, exportView);
    wrap.replaceChildren(table.table);
  };
  const shownCount = (c) => showSingletons || !mentionedOnce(c);
  const chips = el(
    'div',
    { class: 'chips', role: 'radiogroup', 'aria-label': 'Type' },
    TYPE_FILTERS.map(([value, label]) => {
      const count = el('span', { class: 'sub type-count', 'data-type': value });
      const input = el('input', {
        type: 'radio',
        name: 'cluster-type',
        value,
        checked: typeFilter === value,
        onchange: () => {
          typeFilter = value;
          rebuild();
        },
      });
      return el('label', { class: `chip${value ? ` t-${value}` : ''}` }, input, `${label} `, count);
    }),
  );
  const updateCounts = () => {
    for (const span of chips.querySelectorAll('.type-count')) {
      const type = span.dataset.type;
      span.textContent = model.clusters
        .filter((c) => (!type || c.type === type) && shownCount(c))
        .length.toLocaleString('en');
    }
  };
  const once = model.clusters.filter(mentionedOnce).length;
  const singles = el(
    'label',
    { class: 'toggle' },
    el('input', {
      type: 'checkbox',
      checked: showSingletons,
      onchange: (e) => {
        showSingletons = e.target.checked;
        updateCounts();
        rebuild();
      },
    }),
    ` Show names mentioned once (${once.toLocaleString('en')})`,
  );
  const hiddenNote = el('p', { class: 'table-count singles-note', 'aria-live': 'polite' });
  const note = () =>
    (hiddenNote.textContent =
      !showSingletons && once
        ? `${plural(once, 'name')} mentioned only once ${once === 1 ? 'is' : 'are'} hidden.`
        : '');
  singles.querySelector('input').addEventListener('change', note);
  updateCounts();
  note();
  const exportView = el(
    'button',
    {
      type: 'button',
      class: 'button small view-export',
      title: 'The identities as shown here (kind, filter and order), as CSV',
      onclick: () => download('presslens-identities.csv', clustersCsv(model, table.shown()), 'text/csv'),
    },
    'Export view (CSV)',
  );
  const bar = el('div', { class: 'view-bar' }, chips, table.search, singles, table.count, exportView);
  const wrap = el('div', { class: 'table-wrap' }, table.table);
  panel.replaceChildren(bar, el('div', { class: 'legend-row' }, typeLegend(), hiddenNote), fixes ?? '', wrap);
}

function quoteItem(model, { doc, quote }, showSpeaker) {
  return el(
    'li',
    { class: `quote-item ${quote.kind ?? ''}` },
    el(
      'blockquote',
      { class: 'quote-text' },
      el('a', { href: docHref(doc, quote) }, quote.kind === 'indirect' ? quote.text : `“${quote.text}”`),
    ),
    el(
      'p',
      { class: 'quote-meta' },
      showSpeaker &&
        (quote.speaker_cluster
          ? el(
              'a',
              { href: clusterHref(quote.speaker_cluster) },
              model.clusterById.get(quote.speaker_cluster)?.name ?? quote.speaker,
            )
          : el('span', {}, quote.speaker ?? 'No speaker found')),
      showSpeaker && ' · ',
      quote.cue && el('span', { class: 'cue' }, quote.cue),
      quote.kind && el('span', { class: 'tag kind' }, quote.kind),
      ' in ',
      el('a', { href: docHref(doc, quote) }, doc.title || doc.name),
    ),
    quoteFixes(doc, quote),
    markControls(quoteTarget(doc, quote)),
  );
}
export { quoteItem };

export function renderCluster(panel, model, params) {
  const id = decodeURIComponent(params[0] ?? '');
  const cluster = model.clusterById.get(id);
  const back = el('a', { class: 'back', href: '#entities' }, '← All people, organisations and places');
  if (!cluster) return panel.replaceChildren(back, el('p', { class: 'muted' }, `No entity “${id}” in this batch.`));

  const mentions = model.mentions.get(id) ?? [];
  const quotes = model.quotesBy(id);
  const neighbours = model.neighbours(id).slice(0, 12);
  const aliases = (cluster.aliases ?? []).filter((a) => a !== cluster.name);

  const byDoc = new Map();
  for (const m of mentions) {
    if (!byDoc.has(m.doc)) byDoc.set(m.doc, []);
    byDoc.get(m.doc).push(m);
  }
  const mentionList = el('ol', { class: 'mention-groups' });
  appendPaged(
    mentionList,
    [...byDoc],
    ([doc, list]) =>
      el(
        'li',
        {},
        el(
          'h4',
          { class: 'mention-doc' },
          el('a', { href: docHref(doc) }, doc.title || doc.name),
          el('span', { class: 'sub' }, ` · ${plural(list.length, 'mention')}`),
        ),
        el(
          'ul',
          { class: 'kwic-list' },
          list.map(({ entity }) =>
            el(
              'li',
              {},
              kwic(context(doc.text, entity.start, entity.end), docHref(doc, entity)),
              mentionFix(doc, entity),
            ),
          ),
        ),
      ),
    { chunk: 20, page: 100, noun: 'more articles' },
  );

  setChildren(
    panel,
    back,
    el(
      'header',
      { class: 'cluster-header' },
      el('h3', {}, cluster.name, ' ', typeBadge(cluster.type)),
      markControls(identityTarget(cluster)),
      el(
        'p',
        { class: 'cluster-exports', role: 'group', 'aria-label': `Export ${cluster.name}` },
        el('span', { class: 'label' }, 'Export: '),
        quotes.length > 0 &&
          el(
            'button',
            { type: 'button', class: 'button small', onclick: () => exportIdentity(model, cluster, 'quotes') },
            'Quotes (CSV)',
          ),
        el(
          'button',
          { type: 'button', class: 'button small', onclick: () => exportIdentity(model, cluster, 'csv') },
          'This page (CSV)',
        ),
        el(
          'button',
          { type: 'button', class: 'button small', onclick: () => exportIdentity(model, cluster, 'json') },
          'This page (JSON)',
        ),
      ),
      el(
        'p',
        { class: 'cluster-facts' },
        `${TYPE_NAMES[cluster.type] ?? cluster.type} · ${plural(cluster.mentions ?? mentions.length, 'mention')} in ${plural(cluster.documents?.length ?? byDoc.size, 'article')}` +
          (quotes.length ? ` · ${plural(quotes.length, 'quote')}` : ''),
      ),
      identityFixes(model, cluster),
      cluster.corrected && el('p', { class: 'note' }, 'Corrected: this identity is as your corrections made it.'),
      aliases.length > 0 &&
        el(
          'p',
          { class: 'cluster-aliases' },
          el('span', { class: 'label' }, 'Also called: '),
          aliases.map((alias, i) => [i ? ' · ' : '', alias, ' ', aliasFix(alias)]),
        ),
      cluster.roles?.length > 0 &&
        el('p', { class: 'cluster-roles' }, el('span', { class: 'label' }, 'Roles: '), cluster.roles.join(' · ')),
      neighbours.length > 0 &&
        el(
          'p',
          { class: 'cluster-neighbours' },
          el('span', { class: 'label' }, 'Appears with: '),
          neighbours.map(({ cluster: other, edge }, i) => [
            i ? ' · ' : '',
            el('a', { href: clusterHref(other.id) }, other.name),
            el('span', { class: 'sub' }, ` (${edge.sentences})`),
          ]),
        ),
    ),
    quotes.length > 0 &&
      el(
        'section',
        { class: 'cluster-section', 'aria-label': `Quotes by ${cluster.name}` },
        el('h4', {}, `Quotes by ${cluster.name}`),
        el(
          'ol',
          { class: 'quote-list' },
          quotes.map((q) => quoteItem(model, q, false)),
        ),
      ),
    el(
      'section',
      { class: 'cluster-section', 'aria-label': 'Mentions' },
      el('h4', {}, `Mentions in context`),
      mentions.length ? mentionList : el('p', { class: 'muted' }, 'No mentions.'),
    ),
  );
}

export function clusterMatches(cluster, query) {
  const q = fold(query);
  return [cluster.name, ...(cluster.aliases ?? [])].some((n) => fold(n).includes(q));
}
