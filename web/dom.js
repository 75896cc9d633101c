// Small DOM helpers. Article text is untrusted: everything here builds
// elements and text nodes; nothing ever parses a string as HTML.

/**
 * el('a', {href: '#x', class: 'link'}, 'text', child) — attributes set with
 * setAttribute (or as properties for `on*` handlers and `hidden`); strings
 * become text nodes.
 */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (name === 'class') node.className = value;
    else if (name === 'hidden') node.hidden = Boolean(value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/**
 * Replaces node's children, by el()'s rules: `cond && child` leaves nothing
 * when cond is false (the DOM's own replaceChildren would show "false").
 */
export function setChildren(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

export const plural = (n, one, many = one + 's') => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export const formatDuration = (ms) => (ms < 1000 ? `${Math.max(1, Math.round(ms))} ms` : `${(ms / 1000).toFixed(1)} s`);

export function formatBytes(n) {
  if (n === undefined || n === null) return '';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10240 ? 1 : 0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

// Long lists are cut short: "a.txt, b.txt, c.txt and 4 more".
export function listNames(names, max = 3) {
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

/** Yields to the event loop, so that input and painting are not held up. */
export const nextTask = () =>
  globalThis.scheduler?.yield ? globalThis.scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));

// Lists still being appended to: aria-busy while more is coming (screen
// readers wait for the whole list; so do the browser tests).
const appending = new WeakMap(); // parent -> appends under way

function markBusy(parent, delta) {
  const count = (appending.get(parent) ?? 0) + delta;
  appending.set(parent, count);
  if (count > 0) parent.setAttribute('aria-busy', 'true');
  else parent.removeAttribute('aria-busy');
}

/**
 * Appends renderItem(item) for every item, `chunk` at a time with a yield
 * between chunks (long lists never block the main thread). Stops when
 * isCurrent() turns false (a newer render replaced this one).
 */
export async function appendInChunks(parent, items, renderItem, { chunk = 100, isCurrent = () => true } = {}) {
  const chunked = items.length > chunk;
  if (chunked) markBusy(parent, +1);
  try {
    for (let i = 0; i < items.length; i += chunk) {
      if (!isCurrent()) return false;
      const fragment = document.createDocumentFragment();
      for (const item of items.slice(i, i + chunk)) fragment.append(renderItem(item));
      parent.append(fragment);
      if (i + chunk < items.length) await nextTask();
    }
    return isCurrent();
  } finally {
    if (chunked) markBusy(parent, -1);
  }
}

/**
 * Like appendInChunks, but stops after `page` items and appends a button
 * (made by `more(button)`, or a plain one) that shows the next page. Layout
 * work grows with what is on the page: thousands of cards would make every
 * later frame slow, so only what someone asks for is shown.
 */
export async function appendPaged(
  parent,
  items,
  renderItem,
  { page = 200, chunk = 50, isCurrent = () => true, noun = 'more' } = {},
) {
  const shown = await appendInChunks(parent, items.slice(0, page), renderItem, { chunk, isCurrent });
  if (!shown || items.length <= page) return;
  const rest = items.slice(page);
  const button = el(
    'button',
    {
      type: 'button',
      class: 'button small more',
      onclick: () => {
        holder.remove();
        appendPaged(parent, rest, renderItem, { page, chunk, isCurrent, noun });
      },
    },
    `Show ${Math.min(page, rest.length).toLocaleString('en')} ${noun} (${rest.length.toLocaleString('en')} not shown)`,
  );
  const holder =
    parent.tagName === 'TBODY' || parent.tagName === 'OL' || parent.tagName === 'UL'
      ? el(
          parent.tagName === 'TBODY' ? 'tr' : 'li',
          { class: 'more-row' },
          parent.tagName === 'TBODY' ? el('td', { colspan: 99 }, button) : button,
        )
      : el('div', { class: 'more-row' }, button);
  parent.append(holder);
}

/** A counter whose isCurrent() is true only for the latest call of next(). */
export function generation() {
  let current = 0;
  return {
    next() {
      const mine = ++current;
      return () => mine === current;
    },
  };
}

/** Case- and accent-insensitive form for filtering. */
export const fold = (text) => (text ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export const TYPE_NAMES = { PER: 'Person', ORG: 'Organisation', LOC: 'Place', MISC: 'Other' };

export function typeBadge(type) {
  return el('span', { class: `type-badge t-${type}`, title: TYPE_NAMES[type] ?? type }, type);
}

/** Text around [start, end) in `text`, cut at word boundaries. */
export function context(text, start, end, width = 70) {
  let from = Math.max(0, start - width);
  let to = Math.min(text.length, end + width);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  const clean = (s) => s.replace(/\s*\n+\s*/g, ' ');
  return {
    before: (from > 0 ? '…' : '') + clean(text.slice(from, start)),
    match: clean(text.slice(start, end)),
    after: clean(text.slice(end, to)) + (to < text.length ? '…' : ''),
  };
}

/** A keyword-in-context line: before, the match in <mark>, after. */
export function kwic({ before, match, after }, href) {
  const line = el(
    'span',
    { class: 'kwic' },
    el('span', { class: 'kwic-before' }, before),
    el('mark', { class: 'kwic-match' }, match),
    el('span', { class: 'kwic-after' }, after),
  );
  return href ? el('a', { class: 'kwic-link', href }, line) : line;
}

/** Offers `text` as a file download (nothing leaves the machine). */
export function download(name, text, type) {
  downloadBlob(name, new Blob([text], { type }));
}

export function downloadBlob(name, blob) {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
