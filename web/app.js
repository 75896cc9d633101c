// The Presslens explorer page. The main thread only gathers files and
// renders results; the analysis runs in worker.js. Article text is untrusted:
// it is only ever inserted with textContent, never as HTML.

const $ = (selector) => document.querySelector(selector);

// ---------------------------------------------------------------------------
// The worker: one request at a time per id, answered by {id, ok, ...}.

// Under the page's Trusted Types policy the Worker constructor needs a
// TrustedScriptURL; this policy only vouches for our own worker script.
const workerUrl = new URL('./worker.js', import.meta.url);
const scriptUrls = window.trustedTypes?.createPolicy('presslens', {
  createScriptURL: (url) => {
    if (url !== workerUrl.href) throw new TypeError(`refusing script URL ${url}`);
    return url;
  },
});

class Analyser {
  #worker = null;
  #pending = new Map();
  #nextId = 1;

  #start() {
    const url = scriptUrls ? scriptUrls.createScriptURL(workerUrl.href) : workerUrl;
    this.#worker = new Worker(url, { type: 'module', name: 'presslens' });
    this.#worker.addEventListener('message', ({ data }) => this.#settle(data));
    // A module worker that fails to load (missing file, syntax error) only
    // reports an 'error' event: fail everything pending and start afresh next time.
    this.#worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.#worker.terminate();
      this.#worker = null;
      const error = { name: 'Error', code: 'worker', message: 'The analyser could not be loaded.' };
      for (const id of [...this.#pending.keys()]) this.#settle({ id, ok: false, error });
    });
  }

  #settle({ id, ...reply }) {
    const pending = this.#pending.get(id);
    if (!pending) return;
    this.#pending.delete(id);
    if (reply.ok) return pending.resolve(reply);
    const { name, code, message } = reply.error;
    pending.reject(Object.assign(new Error(message), { name, code }));
  }

  request(message, transfer = []) {
    if (!this.#worker) this.#start();
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ id, ...message }, transfer);
    });
  }

  /** files: [{name, bytes: ArrayBuffer}]; the buffers are transferred. */
  async analyze(files) {
    const reply = await this.request({ type: 'analyze', files }, files.map((f) => f.bytes));
    return JSON.parse(reply.json);
  }
}

// ---------------------------------------------------------------------------
// Gathering files: drops (files and whole folders), pickers, the samples.

const isHidden = (name) => name.split('/').some((part) => part.startsWith('.'));

function readEntry(entry) {
  if (entry.isFile) {
    return new Promise((resolve, reject) => entry.file(resolve, reject)).then((file) => [
      { name: entry.fullPath.replace(/^\//, ''), file },
    ]);
  }
  return readDirectory(entry);
}

async function readDirectory(directory) {
  const reader = directory.createReader();
  const entries = [];
  // readEntries returns the listing in chunks; an empty chunk ends it.
  for (;;) {
    const chunk = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
    if (chunk.length === 0) break;
    entries.push(...chunk);
  }
  const nested = await Promise.all(entries.map(readEntry));
  return nested.flat();
}

// Must run synchronously inside the drop handler: the DataTransfer is
// emptied once the event has been dispatched.
function collectDropped(dataTransfer) {
  const pending = [];
  for (const item of dataTransfer.items ?? []) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry?.();
    if (entry) {
      pending.push(readEntry(entry));
    } else {
      const file = item.getAsFile();
      if (file) pending.push([{ name: file.name, file }]);
    }
  }
  if (pending.length === 0) {
    for (const file of dataTransfer.files) pending.push([{ name: file.name, file }]);
  }
  return Promise.all(pending).then((lists) => lists.flat());
}

function fromFileList(fileList) {
  return [...fileList].map((file) => ({ name: file.webkitRelativePath || file.name, file }));
}

async function fetchSamples() {
  const base = new URL('./samples/', import.meta.url);
  const index = await fetchOk(new URL('index.json', base)).then((r) => r.json());
  return Promise.all(
    index.files.map(async (name) => ({
      name,
      bytes: await fetchOk(new URL(name, base)).then((r) => r.arrayBuffer()),
    })),
  );
}

async function fetchOk(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not fetch ${url.pathname} (HTTP ${response.status})`);
  return response;
}

// ---------------------------------------------------------------------------
// Rendering.

const plural = (n, one, many = one + 's') => `${n} ${n === 1 ? one : many}`;

const formatDuration = (ms) => (ms < 1000 ? `${Math.max(1, Math.round(ms))} ms` : `${(ms / 1000).toFixed(1)} s`);

// Long lists are cut short: "a.txt, b.txt, c.txt and 4 more".
function listNames(names, max = 3) {
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

function setStatus(text, { busy = false, error = false, warning = false } = {}) {
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

function renderResults(batch) {
  const documents = batch.documents ?? [];
  const failed = documents.filter((d) => d.error).map((d) => d.name);
  $('#results-heading').textContent =
    plural(documents.length, 'article') + (failed.length ? ` · ${failed.length} could not be analysed` : '');
  const openBlocks = documents.length <= OPEN_BLOCKS_UP_TO;
  $('#documents').replaceChildren(...documents.map((doc) => renderDocument(doc, openBlocks)));
  $('#results').hidden = false;
  $('#empty-hint').hidden = true;
  return { count: documents.length, failed };
}

// ---------------------------------------------------------------------------
// Wiring.

const analyser = new Analyser();
let currentRun = 0;

async function run(gather) {
  const runId = ++currentRun;
  const controls = document.querySelectorAll('.actions button');
  controls.forEach((b) => (b.disabled = true));
  try {
    setStatus('Reading files…', { busy: true });
    const files = (await gather()).filter((f) => !isHidden(f.name));
    if (files.length === 0) {
      setStatus('No files to analyse. Drop text or JSON article files, or a folder of them.', { error: true });
      return;
    }
    setStatus(`Analysing ${plural(files.length, 'file')}…`, { busy: true });
    const started = performance.now();
    const batch = await analyser.analyze(files);
    if (runId !== currentRun) return;
    const { count, failed } = renderResults(batch);
    const took = formatDuration(performance.now() - started);
    const problems = failed.length
      ? `; ${plural(failed.length, 'file')} could not be analysed: ${listNames(failed)}`
      : '';
    setStatus(`Analysed ${plural(count, 'article')} in ${took}${problems}.`, { warning: failed.length > 0 });
  } catch (error) {
    if (runId !== currentRun) return;
    const code = error.code ? ` (${error.code})` : '';
    setStatus(`Analysis failed${code}: ${error.message}`, { error: true });
  } finally {
    if (runId === currentRun) controls.forEach((b) => (b.disabled = false));
  }
}

// Reads each File into an ArrayBuffer, keeping the display name.
const withBytes = async (entries) =>
  Promise.all(entries.map(async ({ name, file }) => ({ name, bytes: await file.arrayBuffer() })));

function wireDropZone() {
  const zone = $('#drop-zone');
  const fileInput = $('#file-input');
  const folderInput = $('#folder-input');

  zone.addEventListener('click', () => fileInput.click());
  zone.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      fileInput.click();
    }
  });
  $('#pick-files').addEventListener('click', () => fileInput.click());
  $('#pick-folder').addEventListener('click', () => folderInput.click());
  for (const input of [fileInput, folderInput]) {
    input.addEventListener('change', () => {
      const entries = fromFileList(input.files);
      input.value = '';
      if (entries.length) run(() => withBytes(entries));
    });
  }

  let depth = 0; // dragenter/dragleave fire for every child element
  zone.addEventListener('dragenter', () => zone.classList.toggle('dragging', ++depth > 0));
  zone.addEventListener('dragleave', () => zone.classList.toggle('dragging', --depth > 0));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    depth = 0;
    zone.classList.remove('dragging');
    const dropped = collectDropped(event.dataTransfer);
    run(() => dropped.then(withBytes));
  });
  // Outside the zone a dropped file would make the browser navigate to it.
  for (const type of ['dragover', 'drop']) {
    window.addEventListener(type, (event) => {
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = zone.contains(event.target) ? 'copy' : 'none';
    });
  }
}

wireDropZone();
$('#try-samples').addEventListener('click', () => run(fetchSamples));
$('#show-removed').addEventListener('change', (event) => {
  $('#documents').classList.toggle('hide-removed', !event.target.checked);
});
// Start loading the WebAssembly module now, so the first analysis is quick.
// A failure here resurfaces, with its message, on the first real request.
analyser.request({ type: 'init' }).catch(() => {});
