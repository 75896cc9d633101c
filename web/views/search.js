// Search: keyword in context over the whole batch, accent- and
// case-insensitive (the core's search, run in the worker on the batch it
// analysed); each hit links into the reader.

import { download, el, kwic, plural } from '../dom.js';
import { searchHitsCsv } from '../export.js';
import { docHref } from '../model.js';

let lastQuery = '';

export function renderSearch(panel, model, params, { analyser }) {
  const initial = params[0] !== undefined ? decodeURIComponent(params[0]) : lastQuery;
  const input = el('input', {
    type: 'search',
    class: 'filter wide',
    value: initial,
    placeholder: 'A word, a "phrase", or a name',
    'aria-label': 'Search the articles',
  });
  const results = el('div', { class: 'search-results', 'aria-live': 'polite' });
  let token = 0;
  let timer = 0;

  async function run(query) {
    const mine = ++token;
    lastQuery = query;
    if (!query.trim()) {
      results.removeAttribute('aria-busy');
      return results.replaceChildren(
        el('p', { class: 'muted' }, 'Type to search every article, ignoring case and accents.'),
      );
    }
    results.setAttribute('aria-busy', 'true');
    try {
      const { total, hits } = await analyser.search(query);
      if (mine !== token) return;
      results.replaceChildren(
        el(
          'div',
          { class: 'view-bar' },
          el(
            'p',
            { class: 'table-count' },
            `${plural(total, 'hit')}${hits.length < total ? ` (first ${hits.length} shown)` : ''}`,
          ),
          hits.length > 0 &&
            el(
              'button',
              {
                type: 'button',
                class: 'button small view-export',
                title: 'The hits shown, with the words around them and their article, as CSV',
                onclick: () => download('presslens-search.csv', searchHitsCsv(model, query, hits), 'text/csv'),
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
      if (mine === token) results.replaceChildren(el('p', { class: 'doc-error' }, `Search failed: ${error.message}`));
    } finally {
      if (mine === token) results.removeAttribute('aria-busy');
    }
  }
  const form = el(
    'form',
    {
      class: 'view-bar',
      role: 'search',
      onsubmit: (e) => {
        e.preventDefault();
        history.replaceState(null, '', `#search/${encodeURIComponent(input.value)}`);
        run(input.value);
      },
    },
    input,
    el('button', { type: 'submit', class: 'button small' }, 'Search'),
  );
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(input.value), 200);
  });
  panel.replaceChildren(form, results);
  run(initial);
}
