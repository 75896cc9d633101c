// Timeline: how many articles came out each day (their publication dates),
// as bars on a time axis that zooms (wheel, buttons, keys) and pans (drag,
// arrow keys); a click on a bar lists that day's articles. Dates the text
// names ("in 2011", "on Tuesday" in a dated article) are a second row, on
// request. A date read from the article's words, or guessed from its file
// name, is marked as such.

import { appendPaged, context, el, kwic, plural } from '../dom.js';
import { docHref } from '../model.js';

const DAY = 86_400_000;
const ISO = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/;

// The start of the period an ISO value names, in ms, or null ("2011" -> 1 Jan 2011).
function instant(value) {
  const m = ISO.exec(value ?? '');
  if (!m) return null;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
}

// Where a publication date came from (the core's date_source), when a reader should know.
const SOURCE_NOTES = {
  text: 'date read from the article text',
  file_name: 'date guessed from the file name',
  address: 'date read from the page address',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dayLabel = (at) => {
  const d = new Date(at);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};

// Bins: a day when the window is short, then a week, a month, a year.
const UNITS = [
  { name: 'day', span: DAY, max: 120 * DAY },
  { name: 'week', span: 7 * DAY, max: 3 * 365 * DAY },
  { name: 'month', span: 30 * DAY, max: 40 * 365 * DAY },
  { name: 'year', span: 365 * DAY, max: Infinity },
];

function binStart(at, unit) {
  const d = new Date(at);
  if (unit === 'day') return at - (at % DAY);
  if (unit === 'week') {
    const day = at - (at % DAY);
    return day - ((d.getUTCDay() + 6) % 7) * DAY; // Mondays
  }
  if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  return Date.UTC(d.getUTCFullYear(), 0, 1);
}

function binEnd(start, unit) {
  const d = new Date(start);
  if (unit === 'day') return start + DAY;
  if (unit === 'week') return start + 7 * DAY;
  if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  return Date.UTC(d.getUTCFullYear() + 1, 0, 1);
}

function binLabel(start, unit) {
  const d = new Date(start);
  if (unit === 'day') return dayLabel(start);
  if (unit === 'week') return `week of ${dayLabel(start)}`;
  if (unit === 'month') return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return String(d.getUTCFullYear());
}

// Ticks: one per 120 units of width or so, at whole days, months or years.
function ticks(from, to) {
  const count = Math.max(3, Math.round(WIDTH / 120));
  const span = to - from;
  const out = [];
  if (span <= 20 * DAY) {
    const step = Math.max(1, Math.ceil(span / DAY / count));
    for (let at = binStart(from, 'day'); at <= to; at += step * DAY) out.push({ at, label: dayLabel(at) });
  } else if (span <= 3 * 365 * DAY) {
    const months = Math.max(1, Math.ceil(span / (30 * DAY) / count));
    const first = new Date(from);
    for (let y = first.getUTCFullYear(), m = first.getUTCMonth(); ; m += months) {
      const at = Date.UTC(y, m, 1);
      if (at > to) break;
      if (at < from) continue;
      const d = new Date(at);
      out.push({
        at,
        label:
          d.getUTCMonth() === 0 || out.length === 0
            ? `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
            : MONTHS[d.getUTCMonth()],
      });
    }
  } else {
    const years = Math.max(1, Math.ceil(span / (365 * DAY) / count));
    for (let y = new Date(from).getUTCFullYear(); Date.UTC(y, 0, 1) <= to; y += years)
      out.push({ at: Date.UTC(y, 0, 1), label: String(y) });
  }
  return out.filter((t) => t.at >= from);
}

/** The batch's dated articles and dated passages, each with its instant. */
export function timelineEntries(model) {
  const articles = [];
  for (const d of model.timeline.documents) {
    const doc = model.byName.get(d.document);
    const at = instant(d.date);
    if (doc && at !== null) articles.push({ at, date: d.date, doc });
  }
  const items = [];
  for (const item of model.timeline.items) {
    const doc = model.byName.get(item.document);
    const at = instant(item.date);
    if (doc && at !== null) items.push({ at, date: item.date, doc, item });
  }
  return { articles, items };
}

const SVG = 'http://www.w3.org/2000/svg';
const svg = (tag, attributes = {}) => {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
  return node;
};

let WIDTH = 1000; // the chart's width in its own units: the panel's, so that text keeps its size
const PAD = 36;
const MIN_WINDOW = 3 * DAY;

function bins(list, unit, from, to) {
  const out = new Map();
  for (const entry of list) {
    if (entry.at < from || entry.at >= to) continue;
    const start = binStart(entry.at, unit);
    let bin = out.get(start);
    if (!bin) out.set(start, (bin = { start, end: binEnd(start, unit), entries: [] }));
    bin.entries.push(entry);
  }
  return [...out.values()];
}

function articleLine(e) {
  const note = SOURCE_NOTES[e.doc.date_source];
  return el(
    'li',
    { class: 'timeline-entry article' },
    el('span', { class: 'timeline-date' }, e.date),
    el(
      'span',
      {},
      el('a', { href: docHref(e.doc) }, e.doc.title || e.doc.name),
      e.doc.source || e.doc.credit ? el('span', { class: 'sub' }, ` · ${e.doc.source || e.doc.credit}`) : null,
      note ? el('span', { class: 'tag date-note', title: note }, note) : null,
    ),
  );
}

function itemLine(e) {
  const sentence = e.item.sentence;
  return el(
    'li',
    { class: 'timeline-entry item' },
    el('span', { class: 'timeline-date' }, e.date),
    el(
      'span',
      {},
      kwic(
        sentence && sentence.end > sentence.start
          ? {
              before: e.doc.text.slice(sentence.start, e.item.start),
              match: e.doc.text.slice(e.item.start, e.item.end),
              after: e.doc.text.slice(e.item.end, sentence.end),
            }
          : context(e.doc.text, e.item.start, e.item.end),
        docHref(e.doc, e.item),
      ),
      el('span', { class: 'sub' }, ' — ', e.doc.title || e.doc.name),
    ),
  );
}

export function renderTimeline(panel, model) {
  const { articles, items } = timelineEntries(model);
  const undated = model.documents.filter((d) => !d.error).length - articles.length;
  if (!articles.length && !items.length) {
    return panel.replaceChildren(
      el(
        'p',
        { class: 'muted' },
        'No article in this batch carries a publication date, and the text names no date that can be placed on a calendar.',
      ),
    );
  }
  WIDTH = Math.max(320, Math.min(1000, Math.round(panel.clientWidth || 1000)));
  let showItems = articles.length === 0; // without article dates, the dates in the text are all there is
  const all = () => (showItems ? [...articles, ...items] : articles);
  const extent = (list) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const e of list) {
      lo = Math.min(lo, e.at);
      hi = Math.max(hi, e.at);
    }
    return [binStart(lo, 'day'), binStart(hi, 'day') + DAY];
  };
  let full = extent(all());
  let view = padded(full);
  let selected = null; // {start, end, unit} of the bin listed

  function padded([lo, hi]) {
    const span = Math.max(hi - lo, MIN_WINDOW);
    const margin = span * 0.04;
    return [lo - margin - (span - (hi - lo)) / 2, hi + margin + (span - (hi - lo)) / 2];
  }

  const chart = svg('svg', {
    viewBox: `0 0 ${WIDTH} 190`,
    class: 'timeline-axis',
    role: 'group',
    tabindex: '0',
    'aria-label': 'Articles per day. Arrow keys move in time, plus and minus zoom, Enter lists the bar in focus.',
  });
  const summary = el('p', { class: 'note timeline-summary' });
  const listing = el('section', { class: 'timeline-day', 'aria-live': 'polite' });
  const range = el('p', { class: 'table-count timeline-range' });

  const x = (at) => PAD + ((at - view[0]) / (view[1] - view[0])) * (WIDTH - 2 * PAD);
  const at = (px) => view[0] + ((px - PAD) / (WIDTH - 2 * PAD)) * (view[1] - view[0]);
  const unitFor = () => UNITS.find((u) => view[1] - view[0] <= u.max);

  function draw() {
    const unit = unitFor();
    const articleBins = bins(articles, unit.name, view[0], view[1]);
    const itemBins = showItems ? bins(items, unit.name, view[0], view[1]) : [];
    const baseline = 150;
    const height = showItems && articles.length ? 60 : 120;
    chart.replaceChildren();
    chart.append(svg('line', { x1: PAD, x2: WIDTH - PAD, y1: baseline, y2: baseline, class: 'axis-line' }));
    for (const tick of ticks(view[0], view[1])) {
      chart.append(svg('line', { x1: x(tick.at), x2: x(tick.at), y1: baseline, y2: baseline + 5, class: 'axis-tick' }));
      const label = svg('text', { x: x(tick.at), y: baseline + 22, class: 'axis-label' });
      label.textContent = tick.label;
      chart.append(label);
    }
    const rows = [];
    if (articles.length) rows.push({ list: articleBins, kind: 'article', top: baseline });
    if (showItems)
      rows.push({ list: itemBins, kind: 'item', top: articles.length ? baseline - height - 10 : baseline });
    for (const { list, kind, top } of rows) {
      const tallest = Math.max(1, ...list.map((b) => b.entries.length));
      for (const bin of list) {
        const x1 = Math.max(PAD, x(bin.start));
        const x2 = Math.min(WIDTH - PAD, x(bin.end));
        const w = Math.max(3, x2 - x1 - 1);
        const h = Math.max(3, (bin.entries.length / tallest) * height);
        const isSelected = selected && selected.start === bin.start && selected.kind === kind;
        const bar = svg('rect', {
          x: x1,
          y: top - h,
          width: w,
          height: h,
          class: `bar ${kind}${isSelected ? ' selected' : ''}`,
          'data-start': bin.start,
          'data-kind': kind,
        });
        const title = svg('title');
        title.textContent = `${binLabel(bin.start, unit.name)}: ${plural(bin.entries.length, kind === 'article' ? 'article' : 'date named in the text', kind === 'article' ? 'articles' : 'dates named in the text')}`;
        bar.append(title);
        chart.append(bar);
      }
    }
    range.textContent = `Showing ${dayLabel(Math.max(view[0], full[0]))} to ${dayLabel(Math.min(view[1], full[1]) - 1)}, one bar per ${unit.name}.`;
    chart.dataset.unit = unit.name;
  }

  function list(start, kind) {
    const unit = unitFor();
    const end = binEnd(start, unit.name);
    selected = { start, end, kind };
    const source = kind === 'article' ? articles : items;
    const entries = source.filter((e) => e.at >= start && e.at < end).sort((a, b) => a.at - b.at);
    const heading = el(
      'h3',
      {},
      `${binLabel(start, unit.name)}: ${plural(entries.length, kind === 'article' ? 'article' : 'date named in the text', kind === 'article' ? 'articles' : 'dates named in the text')}`,
    );
    const ol = el('ol', { class: 'timeline-list' });
    listing.replaceChildren(heading, ol);
    appendPaged(ol, entries, kind === 'article' ? articleLine : itemLine, { page: 100, chunk: 50, noun: 'more' });
    draw();
  }

  function zoom(factor, centre = (view[0] + view[1]) / 2) {
    const span = Math.max(MIN_WINDOW, (view[1] - view[0]) * factor);
    const fullPadded = padded(full);
    const maxSpan = fullPadded[1] - fullPadded[0];
    const clamped = Math.min(span, maxSpan);
    const ratio = (centre - view[0]) / (view[1] - view[0]);
    view = [centre - ratio * clamped, centre + (1 - ratio) * clamped];
    pan(0);
  }

  function pan(ms) {
    const fullPadded = padded(full);
    const span = view[1] - view[0];
    let lo = view[0] + ms;
    lo = Math.max(fullPadded[0], Math.min(lo, fullPadded[1] - span));
    view = [lo, lo + span];
    draw();
  }

  chart.addEventListener('click', (event) => {
    const bar = event.target.closest?.('rect.bar');
    if (bar) list(Number(bar.dataset.start), bar.dataset.kind);
  });
  chart.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      const box = chart.getBoundingClientRect();
      const px = ((event.clientX - box.left) / box.width) * WIDTH;
      zoom(event.deltaY > 0 ? 1.25 : 0.8, at(px));
    },
    { passive: false },
  );
  let dragging = null;
  chart.addEventListener('pointerdown', (event) => {
    if (event.target.closest?.('rect.bar')) return;
    dragging = { x: event.clientX, view: [...view] };
    chart.setPointerCapture(event.pointerId);
  });
  chart.addEventListener('pointermove', (event) => {
    if (!dragging) return;
    const box = chart.getBoundingClientRect();
    const ms = ((dragging.x - event.clientX) / box.width) * WIDTH * ((view[1] - view[0]) / (WIDTH - 2 * PAD));
    view = [...dragging.view];
    pan(ms);
  });
  chart.addEventListener('pointerup', () => (dragging = null));
  // The keyboard: arrows move a tenth of the window, + and - zoom, Enter lists the bin at the centre.
  chart.addEventListener('keydown', (event) => {
    const span = view[1] - view[0];
    const actions = {
      ArrowLeft: () => pan(-span / 10),
      ArrowRight: () => pan(span / 10),
      '+': () => zoom(0.5),
      '=': () => zoom(0.5),
      '-': () => zoom(2),
      0: () => reset(),
      Enter: () => {
        const unit = unitFor();
        const centre = binStart((view[0] + view[1]) / 2, unit.name);
        const source = showItems && !articles.length ? items : articles;
        const near = source
          .map((e) => binStart(e.at, unit.name))
          .reduce((best, s) => (best === null || Math.abs(s - centre) < Math.abs(best - centre) ? s : best), null);
        if (near !== null) list(near, showItems && !articles.length ? 'item' : 'article');
      },
    };
    if (actions[event.key]) {
      event.preventDefault();
      actions[event.key]();
    }
  });

  function reset() {
    full = extent(all());
    view = padded(full);
    draw();
  }

  const itemsToggle =
    articles.length && items.length
      ? el(
          'label',
          { class: 'toggle' },
          el('input', {
            type: 'checkbox',
            checked: showItems,
            onchange: (e) => {
              showItems = e.target.checked;
              reset();
            },
          }),
          ` Also the dates named in the text (${items.length.toLocaleString('en')})`,
        )
      : null;
  const controls = el(
    'div',
    { class: 'view-bar timeline-bar' },
    el(
      'div',
      { class: 'segmented-buttons', role: 'group', 'aria-label': 'Zoom' },
      el('button', { type: 'button', class: 'button small', onclick: () => zoom(0.5), 'aria-label': 'Zoom in' }, '+'),
      el('button', { type: 'button', class: 'button small', onclick: () => zoom(2), 'aria-label': 'Zoom out' }, '−'),
      el('button', { type: 'button', class: 'button small', onclick: reset }, 'Whole period'),
    ),
    itemsToggle,
    range,
  );

  const marked = articles.filter((e) => SOURCE_NOTES[e.doc.date_source]).length;
  summary.textContent =
    (articles.length
      ? `${plural(articles.length, 'dated article')} from ${dayLabel(full[0])} to ${dayLabel(full[1] - 1)}`
      : 'No article carries a publication date; the bars count the dates named in the text') +
    (undated > 0 && articles.length ? `; ${plural(undated, 'article')} without a date` : '') +
    (marked ? `; ${plural(marked, 'date')} read from the text or file name rather than given, marked as such` : '') +
    '. Click a bar to list its articles; scroll or use + and − to zoom, drag to move.';
  listing.append(
    el(
      'p',
      { class: 'muted' },
      articles.length ? 'Click a bar to list the articles of that day.' : 'Click a bar to list its dates.',
    ),
  );
  panel.replaceChildren(summary, controls, el('div', { class: 'timeline-chart' }, chart), listing);
  draw();
}
