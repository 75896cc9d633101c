// Notes: everything starred or annotated in the project (identities,
// quotes, articles), each with a box to include it in a report, and the
// report itself: one HTML file that opens offline (report.js).

import { download, el, plural, typeBadge } from '../dom.js';
import { articleRecord, identityRecord, quoteRecord, resolveNotes } from '../findings.js';
import { articleTarget, identityTarget, markControls, quoteTarget } from '../marks.js';
import { clusterHref, docHref } from '../model.js';
import { buildReport } from '../report.js';

const GROUPS = [
  ['identity', 'People, organisations and places'],
  ['quote', 'Quotes'],
  ['article', 'Articles'],
];

// Which notes the user left out of the report (by note key), kept while the page is open.
const excluded = new Set();

function itemBody(model, item) {
  const { note, found } = item;
  if (!found) {
    const what =
      note.on === 'quote'
        ? `“${note.quote ?? ''}” in ${note.document}`
        : note.on === 'article'
          ? (note.title ?? note.document)
          : note.name;
    return [
      el('p', { class: 'note-gone' }, what, el('span', { class: 'sub' }, ' · not in this analysis any more')),
      note.text && el('p', { class: 'note-saved' }, note.text),
    ];
  }
  if (note.on === 'identity') {
    const { cluster } = item;
    return [
      el('h4', {}, el('a', { href: clusterHref(cluster.id) }, cluster.name), ' ', typeBadge(cluster.type)),
      el('p', { class: 'sub' }, `${plural(model.quotesBy(cluster.id).length, 'quote')}, all in the report with it`),
      markControls(identityTarget(cluster)),
    ];
  }
  if (note.on === 'article') {
    const { doc } = item;
    return [
      el('h4', {}, el('a', { href: docHref(doc) }, doc.title || doc.name)),
      el('p', { class: 'sub' }, [doc.date, doc.name].filter(Boolean).join(' · ')),
      markControls(articleTarget(doc)),
    ];
  }
  const { doc, quote } = item;
  const record = quoteRecord(model, doc, quote);
  return [
    el(
      'blockquote',
      { class: 'quote-text' },
      el('a', { href: docHref(doc, quote) }, quote.kind === 'indirect' ? quote.text : `“${quote.text}”`),
    ),
    el('p', { class: 'sub' }, record.speaker ?? 'No speaker found', ' · ', doc.title || doc.name),
    markControls(quoteTarget(doc, quote)),
  ];
}

/** The report of the notes chosen, as the report builder takes it. */
export function chosenReport(model, workspace, items) {
  const chosen = items.filter((item) => !excluded.has(item.key));
  const report = {
    project: workspace.name,
    generated: new Date().toISOString(),
    articles: model.documents.length,
    identities: [],
    quotes: [],
    chosenArticles: [],
    gone: [],
  };
  for (const item of chosen) {
    const text = item.note.text;
    if (!item.found) report.gone.push({ note: item.note });
    else if (item.note.on === 'identity') report.identities.push({ ...identityRecord(model, item.cluster), text });
    else if (item.note.on === 'article') report.chosenArticles.push({ article: articleRecord(item.doc), text });
    else report.quotes.push({ record: quoteRecord(model, item.doc, item.quote), text });
  }
  return report;
}

export function renderNotes(panel, model, params, { workspace }) {
  const items = resolveNotes(model, workspace.notes);
  if (!items.length) {
    panel.replaceChildren(
      el(
        'div',
        { class: 'notes-empty' },
        el('p', {}, 'Nothing starred or noted yet.'),
        el(
          'p',
          { class: 'muted' },
          'Star (☆) a quote, an article or an identity, or add a note to it, where it is shown: it is listed here, ' +
            'saved with the project, and can go into a report of your findings (one HTML file that opens anywhere, offline).',
        ),
      ),
    );
    return;
  }
  const count = el('p', { class: 'table-count', 'aria-live': 'polite' });
  const button = el(
    'button',
    {
      type: 'button',
      class: 'button primary small',
      onclick: () => {
        const html = buildReport(chosenReport(model, workspace, items));
        download(
          `${workspace.name.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'presslens'} - report.html`,
          html,
          'text/html',
        );
      },
    },
    'Download report (HTML)',
  );
  const updateCount = () => {
    const n = items.filter((item) => !excluded.has(item.key)).length;
    count.textContent = `${plural(n, 'finding')} of ${items.length} in the report`;
    button.disabled = n === 0;
  };
  const sections = GROUPS.map(([on, title]) => {
    const group = items.filter((item) => item.note.on === on);
    if (!group.length) return null;
    return el(
      'section',
      { class: 'notes-group', 'aria-label': title },
      el('h3', {}, title, el('span', { class: 'sub' }, ` · ${group.length}`)),
      el(
        'ol',
        { class: 'notes-list' },
        group.map((item) =>
          el(
            'li',
            { class: `notes-item${item.found ? '' : ' gone'}` },
            el(
              'label',
              { class: 'notes-include' },
              el('input', {
                type: 'checkbox',
                checked: !excluded.has(item.key),
                onchange: (event) => {
                  if (event.target.checked) excluded.delete(item.key);
                  else excluded.add(item.key);
                  updateCount();
                },
              }),
              'In the report',
            ),
            el('div', { class: 'notes-body' }, itemBody(model, item)),
          ),
        ),
      ),
    );
  });
  updateCount();
  panel.replaceChildren(el('div', { class: 'view-bar' }, count, button), ...sections.filter(Boolean));
}
