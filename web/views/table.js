// A sortable, filterable table rendered in chunks. Columns:
// {key, label, value(row) for sorting, cell(row) -> Node|string, numeric}.
// Sorting is by clicking a header button (aria-sort on the header cell).

import { appendInChunks, appendPaged, el, fold, generation, plural } from '../dom.js';

export function sortableTable({ columns, rows, sort, filterText, filterLabel, caption, emptyText, rowClass }) {
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
        const th = el('th', { scope: 'col', class: column.numeric ? 'num' : '' });
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

  function draw() {
    const isCurrent = gen.next();
    const column = columns.find((c) => c.key === sortKey);
    let shown = query ? rows.filter((row) => fold(filterText(row)).includes(query)) : rows.slice();
    if (column?.value) {
      const direction = descending ? -1 : 1;
      shown.sort((a, b) => {
        const x = column.value(a);
        const y = column.value(b);
        if (x === y) return 0;
        if (x === null || x === undefined || x === '') return 1; // blanks last
        if (y === null || y === undefined || y === '') return -1;
        return (typeof x === 'string' ? x.localeCompare(y) : x < y ? -1 : 1) * direction;
      });
    }
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
          ...columns.map((c) => el('td', { class: c.numeric ? 'num' : c.className }, c.cell(row))),
        ),
      { isCurrent, page: 200, chunk: 50, noun: 'more rows' },
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
