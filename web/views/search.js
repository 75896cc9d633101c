// Search: keyword in context over the whole batch, accent- and
// case-insensitive, words matched by their stems ("email" finds "emails"),
// a quoted phrase as written (the core's search, run in the worker on the
// batch it analysed); each hit links into the reader. Facets beside the hits
// (kind of name, outlet, day, article) narrow them: a chosen value becomes a
// filter of the query (type:person, outlet:"...", date:..., article:...),
// so the URL names the whole search.

import { download, el, kwic, plural, TYPE_NAMES } from '../dom.js';
import { searchHitsCsv } from '../export.js';
import { docHref } from '../model.js';

let lastQuery = '';

const FILTER = /(?:^|\s)(type|article|outlet|date):("[^"]*"|\S+)/g;
const FACETS = [
  { field: 'type', label: 'Kind', name: (v) => (v === 'text' ? 'Not in a name' : (TYPE_NAMES[v] ?? v)) },
  { field: 'outlet', label: 'Outlet', name: (v) => v || 'Outlet unknown' },
  { field: 'date', label: 'Date', name: (v) => v || 'Undated' },
  { field: 'article', label: 'Article', name: (v, model) => model.byName.get(v)?.title || v },
];
const FIRST_VALUES = 8;
const MAX_DAYS = 12; // more days than this are counted by month

// Days, or months when there are many days (date:2016-09 filters a month).
function byMonth(days) {
  if (days.length <= MAX_DAYS) return days;
  const months = new Map();
  for (const { value, count } of days) {
    const month = value.slice(0, 7);
    months.set(month, (months.get(month) ?? 0) + count);
  }
  return [...months].map(([value, count]) => ({ value, count }));
}

/** {words, filters: [{field, value}]} of a query string (the core parses it the same way). */
export function splitQuery(query) {
  const filters = [];
  const words = query
    .replace(FILTER, (_, field, raw) => {
      filters.push({ field, value: raw.startsWith('"') ? raw.slice(1, -1) : raw });
      return ' ';
    })
    .replace(/\s+/g, ' ')
    .trim();
  return { words, filters };
}

const filterToken = ({ field, value }) =>
  `${field}:${/[\s"]/.test(value) || value === '' ? `"${value.replace(/"/g, '')}"` : value}`;

export function joinQuery(words, filters) {
  return [words.trim(), ...filters.map(filterToken)].filter(Boolean).join(' ');
}

// What a type value is called in the query (the core accepts these words).
const TYPE_WORDS = { PER: 'person', ORG: 'organisation', LOC: 'place', MISC: 'other', text: 'text' };
const TYPE_CODES = Object.fromEntries(Object.entries(TYPE_WORDS).map(([code, word]) => [word, code]));

export function renderSearch(panel, model, params, { analyser }) {
  const initial = params[0] !== undefined ? decodeURIComponent(params[0]) : lastQuery;
  let { words, filters } = splitQuery(initial);
  const input = el('input', {
    type: 'search',
    class: 'filter wide',
    value: words,
    placeholder: 'A word, a "phrase", or entity:a name',
    'aria-label': 'Search the articles',
  });
  const chosen = el('div', { class: 'chips search-filters', 'aria-label': 'Filters' });
  const facets = el('aside', { class: 'search-facets', 'aria-label': 'Narrow the hits' });
  const results = el('div', { class: 'search-results', 'aria-live': 'polite' });
  let token = 0;
  let timer = 0;

  const query = () => joinQuery(input.value, filters);

  function setFilters(next) {
    filters = next;
    submit();
  }

  function drawChosen() {
    chosen.replaceChildren(
      ...filters.map((f, i) =>
        el(
          'button',
          {
            type: 'button',
            class: 'chip chosen',
            'aria-label': `Remove the filter ${f.field}: ${f.value || 'none'}`,
            onclick: () => setFilters(filters.filter((_, j) => j !== i)),
          },
          `${FACETS.find((x) => x.field === f.field)?.label}: `,
          FACETS.find((x) => x.field === f.field)?.name(
            f.field === 'type' ? (TYPE_CODES[f.value] ?? f.value) : f.value,
            model,
          ) ?? f.value,
          el('span', { 'aria-hidden': 'true' }, ' ×'),
        ),
      ),
    );
  }

  function facetGroup(facet, values) {
    if (!values?.length || (values.length === 1 && !filters.some((f) => f.field === facet.field))) return null;
    const isOn = (value) =>
      filters.some(
        (f) =>
          f.field === facet.field &&
          (facet.field === 'type' ? (TYPE_CODES[f.value] ?? f.value) === value : f.value === value),
      );
    const item = ({ value, count }) =>
      // "Outlet unknown" and "Undated" are counted, not chosen (a filter needs a value).
      value === ''
        ? el(
            'li',
            {},
            el(
              'span',
              { class: 'facet-value static' },
              el('span', { class: 'facet-name' }, facet.name(value, model)),
              el('span', { class: 'sub' }, count.toLocaleString('en')),
            ),
          )
        : el(
            'li',
            {},
            el(
              'button',
              {
                type: 'button',
                class: 'facet-value',
                'aria-pressed': String(isOn(value)),
                onclick: () =>
                  setFilters(
                    isOn(value)
                      ? filters.filter((f) => !(f.field === facet.field && splitValue(facet, f.value) === value))
                      : [...filters, { field: facet.field, value: facet.field === 'type' ? TYPE_WORDS[value] : value }],
                  ),
              },
              el('span', { class: 'facet-name' }, facet.name(value, model)),
              el('span', { class: 'sub' }, count.toLocaleString('en')),
            ),
          );
    const list = el('ul', { class: 'facet-list' }, values.slice(0, FIRST_VALUES).map(item));
    const more =
      values.length > FIRST_VALUES
        ? el(
            'button',
            {
              type: 'button',
              class: 'button small more',
              onclick: () => {
                more.remove();
                list.append(...values.slice(FIRST_VALUES).map(item));
              },
            },
            `${values.length - FIRST_VALUES} more`,
          )
        : null;
    return el('section', { class: 'facet' }, el('h4', {}, facet.label), list, more);
  }

  const splitValue = (facet, value) => (facet.field === 'type' ? (TYPE_CODES[value] ?? value) : value);

  async function run() {
    const mine = ++token;
    const text = query();
    lastQuery = text;
    drawChosen();
    if (!input.value.trim()) {
      results.removeAttribute('aria-busy');
      facets.replaceChildren();
      return results.replaceChildren(
        el(
          'p',
          { class: 'muted' },
          'Type to search every article, ignoring case and accents; "email" also finds "emails" and "emailed", a "quoted phrase" only those words.',
        ),
      );
    }
    results.setAttribute('aria-busy', 'true');
    try {
      const { total, matched, hits, facets: counts } = await analyser.search(text);
      if (mine !== token) return;
      const values = { ...counts, date: byMonth(counts?.date ?? []) };
      facets.replaceChildren(...FACETS.map((facet) => facetGroup(facet, values[facet.field])).filter(Boolean));
      results.replaceChildren(
        el(
          'div',
          { class: 'view-bar' },
          el(
            'p',
            { class: 'table-count' },
            `${plural(total, 'hit')}` +
              (matched !== undefined && matched !== total
                ? ` of ${matched.toLocaleString('en')} before the filters`
                : '') +
              (hits.length < total ? ` (first ${hits.length} shown)` : ''),
          ),
          hits.length > 0 &&
            el(
              'button',
              {
                type: 'button',
                class: 'button small view-export',
                title: 'The hits shown, with the words around them and their article, as CSV',
                onclick: () => download('presslens-search.csv', searchHitsCsv(model, text, hits), 'text/csv'),
              },
              'Export view (CSV)',
            ),
        ),
        el(
          'ol',
          { class: 'kwic-list search-hits' },
          hits.map((hit) => {
            const doc = model.byName.get(hit.document);
            return el(
              'li',
              {},
              kwic(
                {
                  before: hit.before.replace(/\s+/g, ' '),
                  match: hit.match,
                  after: hit.after.replace(/\s+/g, ' '),
                },
                doc ? docHref(doc, hit) : undefined,
              ),
              el('span', { class: 'sub hit-doc' }, doc?.title || hit.document),
            );
          }),
        ),
      );
    } catch (error) {
      if (mine !== token) return;
      facets.replaceChildren();
      results.replaceChildren(el('p', { class: 'doc-error' }, `Search failed: ${error.message}`));
    } finally {
      if (mine === token) results.removeAttribute('aria-busy');
    }
  }

  function submit() {
    history.replaceState(null, '', `#search/${encodeURIComponent(query())}`);
    // The panel keeps its route: the view is not rendered again for its own change.
    panel.dataset.route = location.hash;
    run();
  }

  const form = el(
    'form',
    {
      class: 'view-bar',
      role: 'search',
      onsubmit: (e) => {
        e.preventDefault();
        clearTimeout(timer);
        submit();
      },
    },
    input,
    el('button', { type: 'submit', class: 'button small' }, 'Search'),
  );
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 200);
  });
  panel.replaceChildren(form, chosen, el('div', { class: 'search-layout' }, results, facets));
  run();
}
