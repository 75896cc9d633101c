// Quotes grouped by speaker across the batch; each links to its place in
// the reader.

import { appendInChunks, appendPaged, download, el, fold, generation, plural } from '../dom.js';
import { shownQuotesCsv } from '../export.js';
import { clusterHref } from '../model.js';
import { quoteItem } from './entities.js';

const FIRST_QUOTES = 10;
// Below this confidence (calibrated: of the quotes given 0.75, about three in
// four have the right speaker) a quote's speaker is marked uncertain.
const UNCERTAIN = 0.75;

// A speaker set or rejected by a correction is the reader's word, never uncertain.
const uncertain = (quote) => !quote.corrected && typeof quote.confidence === 'number' && quote.confidence < UNCERTAIN;

// One quote; an uncertain speaker is marked, with the confidence.
function item(model, entry) {
  const li = quoteItem(model, entry, false);
  const { confidence } = entry.quote;
  if (uncertain(entry.quote)) {
    li.classList.add('uncertain');
    li.querySelector('.quote-meta')?.prepend(
      el(
        'span',
        { class: 'tag uncertain', title: 'How likely the speaker is right, measured on articles the model never saw' },
        `speaker uncertain · ${Math.round(confidence * 100)}%`,
      ),
      ' ',
    );
  } else if (typeof confidence === 'number') {
    li.title = `Speaker confidence ${Math.round(confidence * 100)}%`;
  }
  return li;
}

// A speaker's quotes: the first few, and a button for the rest.
function quoteList(model, quotes) {
  const list = el(
    'ol',
    { class: 'quote-list' },
    quotes.slice(0, FIRST_QUOTES).map((entry) => item(model, entry)),
  );
  if (quotes.length <= FIRST_QUOTES) return list;
  const more = el(
    'button',
    {
      type: 'button',
      class: 'button small more',
      onclick: () => {
        more.remove();
        appendInChunks(list, quotes.slice(FIRST_QUOTES), (entry) => item(model, entry));
      },
    },
    `Show all ${quotes.length.toLocaleString('en')} quotes`,
  );
  return el('div', {}, list, more);
}

export function renderQuotes(panel, model) {
  const gen = generation();
  const groups = [...model.speakers.values()].sort((a, b) => {
    if (!a.name !== !b.name) return a.name ? -1 : 1; // unattributed last
    return b.quotes.length - a.quotes.length || (a.name ?? '').localeCompare(b.name ?? '');
  });
  const list = el('div', { class: 'speaker-groups' });
  const count = el('p', { class: 'table-count', 'aria-live': 'polite' });
  const search = el('input', {
    type: 'search',
    class: 'filter',
    placeholder: 'Search quotes and speakers',
    'aria-label': 'Search quotes and speakers',
    oninput: draw,
  });

  let shownQuotes = [];
  function draw() {
    const isCurrent = gen.next();
    const q = fold(search.value.trim());
    const shown = groups
      .map((g) => ({
        ...g,
        quotes:
          q && !fold(g.name ?? '').includes(q)
            ? g.quotes.filter(({ quote }) => fold(quote.text).includes(q))
            : g.quotes,
      }))
      .filter((g) => g.quotes.length);
    const total = shown.reduce((n, g) => n + g.quotes.length, 0);
    shownQuotes = shown.flatMap((g) => g.quotes);
    const unsure = shown.reduce((n, g) => n + g.quotes.filter(({ quote }) => uncertain(quote)).length, 0);
    count.textContent =
      `${plural(total, 'quote')} from ${plural(shown.filter((g) => g.name).length, 'speaker')}` +
      (unsure ? `, ${unsure.toLocaleString('en')} with an uncertain speaker` : '');
    list.replaceChildren();
    if (!shown.length) {
      list.append(
        el('p', { class: 'muted' }, model.quoteCount ? 'No quote matches.' : 'No quotes found in these articles.'),
      );
      return;
    }
    appendPaged(
      list,
      shown,
      (group) =>
        el(
          'section',
          { class: 'speaker-group', 'aria-label': group.name ?? 'No speaker found' },
          el(
            'h3',
            { class: 'speaker-name' },
            group.cluster
              ? el('a', { href: clusterHref(group.cluster.id) }, group.name)
              : (group.name ?? 'No speaker found'),
            el('span', { class: 'sub' }, ` · ${plural(group.quotes.length, 'quote')}`),
            group.cluster?.roles?.length ? el('span', { class: 'speaker-role' }, group.cluster.roles[0]) : null,
          ),
          quoteList(model, group.quotes),
        ),
      { chunk: 10, page: 100, isCurrent, noun: 'more speakers' },
    );
  }
  draw();
  const exportView = el(
    'button',
    {
      type: 'button',
      class: 'button small view-export',
      title: 'The quotes as shown here (with the search applied), with their sentence and article, as CSV',
      onclick: () => download('presslens-quotes-view.csv', shownQuotesCsv(model, shownQuotes), 'text/csv'),
    },
    'Export view (CSV)',
  );
  panel.replaceChildren(el('div', { class: 'view-bar' }, search, count, exportView), list);
}
