// Rendering results and status. Article text is untrusted: it only ever
// reaches the page through textContent, never as HTML.

const $ = (selector) => document.querySelector(selector);

export const plural = (n, one, many = one + 's') => `${n} ${n === 1 ? one : many}`;

export const formatDuration = (ms) => (ms < 1000 ? `${Math.max(1, Math.round(ms))} ms` : `${(ms / 1000).toFixed(1)} s`);

// Long lists are cut short: "a.txt, b.txt, c.txt and 4 more".
export function listNames(names, max = 3) {
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

export function setStatus(text, { busy = false, error = false, warning = false } = {}) {
  // The live region stays in the page (screen readers ignore regions that
  // appear later); when there is nothing to say it collapses to nothing.
  const status = $('#status');
  status.classList.toggle('empty', !text);
  status.classList.toggle('busy', busy);
  status.classList.toggle('error', error);
  status.classList.toggle('warning', warning);
  $('#status-text').textContent = text;
}

function renderBlock(block) {
  const li = document.createElement('li');
  li.className = block.kept ? 'block kept' : 'block removed';
  const text = document.createElement(block.kept ? 'span' : 's');
  text.className = 'block-text';
  text.textContent = block.text;
  const tags = document.createElement('span');
  tags.className = 'block-tags';
  if (block.kind) tags.append(tag(block.kind, 'kind'));
  if (!block.kept) tags.append(tag(block.reason ? `removed: ${block.reason}` : 'removed', 'reason'));
  li.append(text, tags);
  return li;
}

function tag(text, className) {
  const span = document.createElement('span');
  span.className = `tag ${className}`;
  span.textContent = text;
  return span;
}

// Small batches show every block; larger ones start folded to stay scannable.
const OPEN_BLOCKS_UP_TO = 10;

function renderDocument(doc, openBlocks) {
  const node = $('#document-template').content.firstElementChild.cloneNode(true);
  const title = node.querySelector('.document-title');
  // A file that failed is best named by its file name.
  title.textContent = doc.title || (doc.error ? doc.name : 'Untitled');
  title.classList.toggle('untitled', !doc.title && !doc.error);
  const name = node.querySelector('.document-name');
  name.textContent = doc.name;
  name.hidden = title.textContent === doc.name;

  const blocks = doc.blocks ?? [];
  const kept = blocks.filter((b) => b.kept).length;
  const stats = [
    doc.date,
    doc.dateline,
    doc.credit && `credit: ${doc.credit}`,
    doc.encoding,
    blocks.length ? `${kept} of ${plural(blocks.length, 'block')} kept` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  node.querySelector('.document-stats').textContent = stats;

  if (doc.error) {
    node.classList.add('failed');
    const error = node.querySelector('.document-error');
    error.hidden = false;
    error.textContent = `Could not analyse this file: ${doc.error}`;
  }
  const details = node.querySelector('.blocks-details');
  if (blocks.length === 0) {
    details.remove();
  } else {
    details.open = openBlocks;
    details.querySelector('summary').textContent = `Blocks (${blocks.length})`;
    details.querySelector('.blocks').append(...blocks.map(renderBlock));
  }
  return node;
}

export function renderResults(batch) {
  const documents = batch.documents ?? [];
  const failed = documents.filter((d) => d.error).map((d) => d.name);
  $('#results-heading').textContent =
    plural(documents.length - failed.length, 'article') +
    (failed.length ? ` · ${plural(failed.length, 'file')} could not be analysed` : '');
  const openBlocks = documents.length <= OPEN_BLOCKS_UP_TO;
  $('#documents').replaceChildren(...documents.map((doc) => renderDocument(doc, openBlocks)));
  $('#results').hidden = false;
  $('#empty-hint').hidden = true;
  return { count: documents.length, failed };
}
