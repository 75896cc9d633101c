// Articles: one row per file (or record), sortable and filterable.

import { download, el, formatBytes, plural } from '../dom.js';
import { articlesCsv } from '../export.js';
import { docHref } from '../model.js';
import { sortableTable } from './table.js';

export function renderArticles(panel, model) {
  const columns = [
    {
      key: 'title',
      label: 'Article',
      value: (d) => (d.title || d.name).toLowerCase(),
      cell: (d) => [
        el(
          'a',
          { class: `doc-title${d.title ? '' : ' untitled'}`, href: docHref(d) },
          d.title || (d.error ? d.name : 'Untitled'),
        ),
        el('span', { class: 'doc-name' }, d.name),
        d.error && el('span', { class: 'doc-error' }, `Could not analyse this file: ${d.error}`),
        d.warnings?.length ? el('span', { class: 'doc-warning' }, d.warnings.join('; ')) : null,
      ],
    },
    { key: 'credit', label: 'Credit', value: (d) => d.credit ?? '', cell: (d) => d.credit ?? '' },
    { key: 'date', label: 'Date', value: (d) => d.date ?? '', cell: (d) => d.date ?? '', className: 'nowrap' },
    {
      key: 'bytes',
      label: 'Size',
      numeric: true,
      value: (d) => d.bytes ?? 0,
      cell: (d) => (d.error ? '' : formatBytes(d.bytes)),
    },
    {
      key: 'removed',
      label: 'Removed',
      numeric: true,
      value: (d) => d.stats.share,
      cell: (d) =>
        d.stats.blocks
          ? el(
              'span',
              { title: `${d.stats.removed} of ${plural(d.stats.blocks, 'block')} removed as page furniture` },
              `${Math.round(d.stats.share * 100)}%`,
              el('span', { class: 'sub' }, ` ${d.stats.removed}/${d.stats.blocks}`),
            )
          : '',
    },
    {
      key: 'entities',
      label: 'Entities',
      numeric: true,
      value: (d) => d.entities?.length ?? 0,
      cell: (d) => String(d.entities?.length ?? 0),
    },
    {
      key: 'quotes',
      label: 'Quotes',
      numeric: true,
      value: (d) => d.quotes?.length ?? 0,
      cell: (d) => String(d.quotes?.length ?? 0),
    },
  ];
  const table = sortableTable({
    columns,
    rows: model.documents,
    sort: { key: 'index', descending: false },
    filterText: (d) => [d.title, d.name, d.credit, d.date, d.dateline, d.error].filter(Boolean).join(' '),
    filterLabel: 'Filter articles by title, file, credit or date',
    caption: 'Articles',
    emptyText: 'No articles.',
    rowClass: (d) => (d.error ? 'failed' : ''),
  });
  const exportView = el(
    'button',
    {
      type: 'button',
      class: 'button small view-export',
      title: 'The articles as shown here (filtered and sorted), as CSV',
      onclick: () => download('presslens-articles.csv', articlesCsv(table.shown()), 'text/csv'),
    },
    'Export view (CSV)',
  );
  panel.replaceChildren(
    el('div', { class: 'view-bar' }, table.search, table.count, exportView),
    el('div', { class: 'table-wrap' }, table.table),
  );
}
