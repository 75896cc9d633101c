// Numbers & dates: every figure and date the core found, in context, with
// its value; sortable and filterable.

import { context, download, el, kwic } from '../dom.js';
import { factsCsv } from '../export.js';
import { docHref } from '../model.js';
import { sortableTable } from './table.js';

const formatValue = (v) => (typeof v === 'number' ? v.toLocaleString('en', { maximumFractionDigits: 3 }) : (v ?? ''));

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const UNITS = { Y: 'year', M: 'month', W: 'week', D: 'day' };

// The core's date values (ISO 8601, or TIMEX-like codes for what the text
// leaves open) in words: "XXXX-WXX-3" is "a Wednesday", "DCT+P1W" is
// "1 week after the article's date".
export function describeDate(value) {
  if (typeof value !== 'string') return '';
  let m;
  if ((m = /^XXXX-WXX-(\d)$/.exec(value))) return `a ${WEEKDAYS[Number(m[1]) - 1] ?? value}`;
  if ((m = /^XXXX-(\d\d)$/.exec(value))) return `${MONTHS[Number(m[1]) - 1] ?? value}, year not given`;
  if ((m = /^DCT([+-])P(\d+)([YMWD])$/.exec(value))) {
    const n = Number(m[2]);
    const unit = UNITS[m[3]];
    if (n === 0) return `the article's ${unit}`;
    return `${n} ${unit}${n === 1 ? '' : 's'} ${m[1] === '+' ? 'after' : 'before'} the article's date`;
  }
  return value;
}

function factRows(model, key) {
  const rows = [];
  for (const doc of model.documents) for (const item of doc[key] ?? []) rows.push({ doc, item });
  return rows;
}

function table(rows, extra, label) {
  return sortableTable({
    columns: [
      {
        key: 'text',
        label: 'In context',
        value: (r) => r.item.text.toLowerCase(),
        cell: (r) => kwic(context(r.doc.text, r.item.start, r.item.end, 50), docHref(r.doc, r.item)),
        className: 'context-cell',
      },
      {
        key: 'value',
        label: 'Value',
        value: (r) => r.item.value ?? '',
        cell: (r) =>
          typeof r.item.value === 'string'
            ? el('span', { title: r.item.value }, describeDate(r.item.value))
            : formatValue(r.item.value),
        numeric: typeof rows[0]?.item.value === 'number',
      },
      ...extra,
      {
        key: 'doc',
        label: 'Article',
        value: (r) => r.doc.index,
        cell: (r) => el('a', { href: docHref(r.doc) }, r.doc.title || r.doc.name),
      },
    ],
    rows,
    sort: { key: 'doc', descending: false },
    filterText: (r) => `${r.item.text} ${r.item.value ?? ''} ${r.item.unit ?? ''} ${r.doc.title ?? ''}`,
    filterLabel: `Filter ${label}`,
    caption: label,
    emptyText: `No ${label} found.`,
  });
}

export function renderFacts(panel, model) {
  const numbers = table(
    factRows(model, 'numbers'),
    [
      {
        key: 'kind',
        label: 'Kind',
        value: (r) => r.item.kind ?? '',
        cell: (r) =>
          [r.item.kind, r.item.unit && ` · ${r.item.unit}`, r.item.qualifier && ` · ${r.item.qualifier}`]
            .filter(Boolean)
            .join(''),
      },
    ],
    'numbers',
  );
  const dates = table(
    factRows(model, 'dates'),
    [
      {
        key: 'resolved',
        label: 'Placed',
        value: (r) => (r.item.resolved ? 1 : 0),
        cell: (r) => (r.item.resolved ? 'yes' : r.item.modifier ? `relative (${r.item.modifier})` : 'relative'),
      },
    ],
    'dates',
  );
  const exportButton = (which, kind) =>
    el(
      'button',
      {
        type: 'button',
        class: 'button small view-export',
        title: `The ${kind} as shown here (filtered and sorted), each with its paragraph, as CSV`,
        onclick: () => download(`presslens-${kind}.csv`, factsCsv(which.shown(), kind), 'text/csv'),
      },
      'Export view (CSV)',
    );
  panel.replaceChildren(
    el(
      'section',
      { class: 'facts-section', 'aria-label': 'Numbers' },
      el('h3', {}, 'Numbers'),
      el('div', { class: 'view-bar' }, numbers.search, numbers.count, exportButton(numbers, 'numbers')),
      el('div', { class: 'table-wrap' }, numbers.table),
    ),
    el(
      'section',
      { class: 'facts-section', 'aria-label': 'Dates' },
      el('h3', {}, 'Dates'),
      el('div', { class: 'view-bar' }, dates.search, dates.count, exportButton(dates, 'dates')),
      el('div', { class: 'table-wrap' }, dates.table),
    ),
  );
}
