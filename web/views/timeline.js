// Timeline: articles (by publication date) and dated items (by the date the
// text names) on one time axis, then listed in order.

import { context, el, kwic, plural } from '../dom.js';
import { docHref } from '../model.js';

const ISO = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/;

// The start of the period an ISO value names, in ms, or null ("2011" -> 1 Jan 2011).
function instant(value) {
  const m = ISO.exec(value ?? '');
  if (!m) return null;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
}

function entries(model) {
  const out = [];
  const source = model.timeline;
  const docs = source?.documents ?? model.documents.map((d) => ({ document: d.name, date: d.date }));
  for (const d of docs) {
    const doc = model.byName.get(d.document);
    const at = instant(d.date);
    if (doc && at !== null) out.push({ kind: 'article', at, date: d.date, doc });
  }
  const items = source?.items ?? model.documents.flatMap((doc) => (doc.dates ?? []).filter((x) => x.resolved || ISO.test(x.value)).map((x) => ({ ...x, document: doc.name, date: x.value })));
  for (const item of items) {
    const doc = model.byName.get(item.document);
    const at = instant(item.date);
    if (doc && at !== null) out.push({ kind: 'item', at, date: item.date, doc, item });
  }
  return out.sort((a, b) => a.at - b.at);
}

const SVG = 'http://www.w3.org/2000/svg';
const svg = (tag, attributes = {}) => {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
  return node;
};

function axis(list) {
  const width = 900;
  const height = 90;
  const pad = 40;
  const min = list[0].at;
  const max = list.at(-1).at;
  const span = Math.max(1, max - min);
  const x = (at) => pad + ((at - min) / span) * (width - 2 * pad);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'timeline-axis', role: 'img', 'aria-label': `Time axis from ${list[0].date} to ${list.at(-1).date}` });
  chart.append(svg('line', { x1: pad, x2: width - pad, y1: 50, y2: 50, class: 'axis-line' }));
  const firstYear = new Date(min).getUTCFullYear();
  const lastYear = new Date(max).getUTCFullYear();
  const stepYears = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 10));
  for (let year = firstYear; year <= lastYear + 1; year += stepYears) {
    const at = Date.UTC(year, 0, 1);
    if (at < min - 1 || at > max + 1) continue;
    chart.append(svg('line', { x1: x(at), x2: x(at), y1: 44, y2: 56, class: 'axis-tick' }));
    const label = svg('text', { x: x(at), y: 74, class: 'axis-label' });
    label.textContent = String(year);
    chart.append(label);
  }
  for (const end of [list[0], list.at(-1)]) {
    const label = svg('text', { x: x(end.at), y: 20, class: 'axis-label end' });
    label.textContent = end.date;
    chart.append(label);
  }
  for (const e of list) {
    const dot = svg('circle', { cx: x(e.at), cy: e.kind === 'article' ? 50 : 36, r: e.kind === 'article' ? 6 : 4, class: `dot ${e.kind}` });
    const title = svg('title');
    title.textContent = `${e.date}: ${e.kind === 'article' ? e.doc.title || e.doc.name : e.item.text}`;
    dot.append(title);
    chart.append(dot);
  }
  return chart;
}

export function renderTimeline(panel, model) {
  const list = entries(model);
  if (!list.length) {
    return panel.replaceChildren(el('p', { class: 'muted' }, 'No article or passage in this batch carries a date that can be placed on a calendar.'));
  }
  const articles = list.filter((e) => e.kind === 'article').length;
  panel.replaceChildren(
    el('p', { class: 'note' }, `${plural(articles, 'dated article')} and ${plural(list.length - articles, 'dated passage')}. Large dots are articles, small ones dates named in the text; relative dates such as “Tuesday” are not placed.`),
    axis(list),
    el('ol', { class: 'timeline-list' }, list.map((e) =>
      el('li', { class: `timeline-entry ${e.kind}` },
        el('span', { class: 'timeline-date' }, e.date),
        e.kind === 'article'
          ? el('span', {}, 'Article published: ', el('a', { href: docHref(e.doc) }, e.doc.title || e.doc.name))
          : el('span', {},
              kwic(e.item.sentence && e.item.sentence.end > e.item.sentence.start
                ? { before: e.doc.text.slice(e.item.sentence.start, e.item.start), match: e.doc.text.slice(e.item.start, e.item.end), after: e.doc.text.slice(e.item.end, e.item.sentence.end) }
                : context(e.doc.text, e.item.start, e.item.end), docHref(e.doc, e.item)),
              el('span', { class: 'sub' }, ' — ', e.doc.title || e.doc.name))))),
  );
}
