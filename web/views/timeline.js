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
  for (const d of model.timeline.documents) {
    const doc = model.byName.get(d.document);
    const at = instant(d.date);
    if (doc && at !== null) out.push({ kind: 'article', at, date: d.date, doc });
  }
  for (const item of model.timeline.items) {
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

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// Ticks at whole years, or at months when the entries span two years or less.
function ticks(from, to) {
  const out = [];
  const first = new Date(from);
  const years = new Date(to).getUTCFullYear() - first.getUTCFullYear();
  if (years <= 2) {
    const step = years < 1 ? 1 : 3;
    for (let y = first.getUTCFullYear(), m = 0; Date.UTC(y, m, 1) <= to; m += step) {
      const at = Date.UTC(y, m, 1);
      if (at >= from)
        out.push({
          at,
          label: m % 12 === 0 ? String(new Date(at).getUTCFullYear()) : MONTHS[new Date(at).getUTCMonth()],
        });
    }
  } else {
    const step = Math.max(1, Math.ceil(years / 12));
    for (let y = first.getUTCFullYear(); Date.UTC(y, 0, 1) <= to; y += step)
      out.push({ at: Date.UTC(y, 0, 1), label: String(y) });
  }
  return out;
}

function axis(list) {
  const width = 1000;
  const pad = 30;
  // Whole years from the first entry's to the one after the last entry's.
  const from = Date.UTC(new Date(list[0].at).getUTCFullYear(), 0, 1);
  const to = Date.UTC(new Date(list.at(-1).at).getUTCFullYear() + 1, 0, 1);
  const x = (at) => pad + ((at - from) / (to - from)) * (width - 2 * pad);
  // Entries on the same spot stack upwards.
  const stacks = new Map();
  const placed = list.map((e) => {
    const key = Math.round(x(e.at) / 8);
    const level = stacks.get(key) ?? 0;
    stacks.set(key, level + 1);
    return { e, level };
  });
  const tallest = Math.min(12, Math.max(...placed.map((p) => p.level)) + 1);
  const baseline = 20 + tallest * 12;
  const height = baseline + 32;
  const chart = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: 'timeline-axis',
    role: 'img',
    'aria-label': `Time axis from ${list[0].date} to ${list.at(-1).date}`,
  });
  chart.append(svg('line', { x1: pad, x2: width - pad, y1: baseline, y2: baseline, class: 'axis-line' }));
  for (const tick of ticks(from, to)) {
    chart.append(
      svg('line', { x1: x(tick.at), x2: x(tick.at), y1: baseline - 4, y2: baseline + 4, class: 'axis-tick' }),
    );
    const label = svg('text', { x: x(tick.at), y: baseline + 22, class: 'axis-label' });
    label.textContent = tick.label;
    chart.append(label);
  }
  for (const { e, level } of placed) {
    if (level >= 12) continue;
    const dot = svg('circle', {
      cx: x(e.at),
      cy: baseline - 10 - level * 12,
      r: e.kind === 'article' ? 6 : 4.5,
      class: `dot ${e.kind}`,
    });
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
    return panel.replaceChildren(
      el(
        'p',
        { class: 'muted' },
        'No article or passage in this batch carries a date that can be placed on a calendar.',
      ),
    );
  }
  const articles = list.filter((e) => e.kind === 'article').length;
  panel.replaceChildren(
    el(
      'p',
      { class: 'note' },
      `${plural(articles, 'dated article')} and ${plural(list.length - articles, 'dated passage')}. Large dots are articles, small ones dates named in the text; relative dates such as “Tuesday” are not placed.`,
    ),
    axis(list),
    el(
      'ol',
      { class: 'timeline-list' },
      list.map((e) =>
        el(
          'li',
          { class: `timeline-entry ${e.kind}` },
          el('span', { class: 'timeline-date' }, e.date),
          e.kind === 'article'
            ? el('span', {}, 'Article published: ', el('a', { href: docHref(e.doc) }, e.doc.title || e.doc.name))
            : el(
                'span',
                {},
                kwic(
                  e.item.sentence && e.item.sentence.end > e.item.sentence.start
                    ? {
                        before: e.doc.text.slice(e.item.sentence.start, e.item.start),
                        match: e.doc.text.slice(e.item.start, e.item.end),
                        after: e.doc.text.slice(e.item.end, e.item.sentence.end),
                      }
                    : context(e.doc.text, e.item.start, e.item.end),
                  docHref(e.doc, e.item),
                ),
                el('span', { class: 'sub' }, ' — ', e.doc.title || e.doc.name),
              ),
        ),
      ),
    ),
  );
}
