// A sortable, filterable table rendered in chunks. Columns:
// {key, label, value(row) for sorting, cell(row) -> Node|string, numeric}.
// Sorting is by clicking a header button (aria-sort on the header cell).
// On a phone each row is a card (style.css: every cell labelled by its
// column); columns with `phone: false` are left out there.

import { appendInChunks, appendPaged, el, fold, generation, plural } from '../dom.js';

export function sortableTable({
  columns,
  rows,
  sort,
  filterText,
  filterLabel,
  caption,
  emptyText,
  rowClass,
  page = 200,
}) {
  const gen = generation();
  let sortKey = sort.key;
  let descending = sort.descending;
  let query = '';
  let shownRows = rows;

  const count = el('p', { class: 'table-count', 'aria-live': 'polite' });
  const search = el('input', {
    type: 'search',
    class: 'filter',
    placeholder: filterLabel,
    'aria-label': filterLabel,
    oninput: () => {
      query = fold(search.value.trim());
      draw();
    },
  });
  const headRow = el('tr');
  const tbody = el('tbody');
  const table = el(
    'table',
    { class: 'data-table' },
    caption && el('caption', { class: 'visually-hidden' }, caption),
    el('thead', {}, headRow),
    tbody,
  );

  function drawHead() {
    headRow.replaceChildren(
      ...columns.map((column) => {
        const active = column.key === sortKey;
        const th = el('th', {
          scope: 'col',
          class: [column.numeric && 'num', column.phone === false && 'phone-hide'].filter(Boolean).join(' '),
        });
        if (column.value) {
          th.setAttribute('aria-sort', active ? (descending ? 'descending' : 'ascending') : 'none');
          th.append(
            el(
              'button',
              {
                type: 'button',
                class: 'sort',
                onclick: () => {
                  if (sortKey === column.key) descending = !descending;
                  else {
                    sortKey = column.key;
                    descending = Boolean(column.numeric);
                  }
                  ordered = null;
                  drawHead();
                  draw();
                },
              },
              column.label,
              el('span', { class: 'sort-mark', 'aria-hidden': 'true' }, active ? (descending ? ' ▼' : ' ▲') : ''),
            ),
          );
        } else {
          th.append(column.label);
        }
        return th;
      }),
    );
  }

  // Each row's folded filter text, and the rows in the current order, are
  // computed once: a keystroke in the filter only scans strings (folding
  // and sorting a thousand rows on every key took 50-160 ms).
  let folded = null;
  let ordered = null;
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

  function order() {
    const column = columns.find((c) => c.key === sortKey);
    if (!column?.value) return rows.slice();
    const keyed = rows.map((row, index) => ({ row, index, key: column.value(row) }));
    const direction = descending ? -1 : 1;
    const blank = (x) => x === null || x === undefined || x === '';
    keyed.sort((a, b) => {
      const x = a.key;
      const y = b.key;
      if (x === y) return a.index - b.index;
      if (blank(x)) return 1; // blanks last
      if (blank(y)) return -1;
      return (typeof x === 'string' ? collator.compare(x, y) : x < y ? -1 : 1) * direction || a.index - b.index;
    });
    return keyed.map((k) => k.row);
  }

  function draw() {
    const isCurrent = gen.next();
    ordered ??= order();
    if (query && !folded) folded = new Map(rows.map((row) => [row, fold(filterText(row))]));
    const shown = query ? ordered.filter((row) => folded.get(row).includes(query)) : ordered;
    shownRows = shown;
    count.textContent = query
      ? `${plural(shown.length, 'match', 'matches')} of ${rows.length.toLocaleString('en')}`
      : '';
    tbody.replaceChildren();
    if (shown.length === 0) {
      tbody.append(
        el(
          'tr',
          {},
          el('td', { colspan: columns.length, class: 'empty-cell' }, query ? 'Nothing matches the filter.' : emptyText),
        ),
      );
      return;
    }
    appendPaged(
      tbody,
      shown,
      (row) =>
        el(
          'tr',
          { class: rowClass?.(row) },
          ...columns.map((c) =>
            el(
              'td',
              {
                class: [c.numeric ? 'num' : c.className, c.phone === false && 'phone-hide'].filter(Boolean).join(' '),
                'data-label': c.label,
              },
              c.cell(row),
            ),
          ),
        ),
      { isCurrent, page, chunk: 50, noun: 'more rows' },
    );
  }

  drawHead();
  draw();
  return {
    table,
    search,
    count,
    redraw: draw,
    /** The rows as shown: filtered and sorted (all of them, not only the page on screen). */
    shown: () => shownRows,
    setQuery(text) {
      search.value = text;
      query = fold(text);
      draw();
    },
  };
}
