// The Presslens Web Worker: all WebAssembly runs here, never on the page's
// main thread. The module is instantiated once, on the first message.
//
// Requests:  {id, type: 'init'}                       -> {id, ok: true}
//            {id, type: 'analyze', files: [{name, bytes: ArrayBuffer}]}
//                 -> {id, ok: true, json, rest, chunks}
//                    json: the analyze JSON exactly as the core wrote it;
//                    rest: the same document without its documents, and
//                    chunks: the documents as JSON arrays of a few dozen, so
//                    that the page can parse them a few at a time.
//            {id, type: 'search', query, limit}       -> {id, ok: true, result}
//                    keyword in context over the last analysed batch
// Failures:  {id, ok: false, error: {name, code, message}}

import createModule from './presslens_core.mjs';
import { createPresslens } from './presslens.mjs';
import { searchTexts } from './search-fallback.js';

const DOCUMENTS_PER_CHUNK = 40;

let presslens = null;
let opened = null; // the last batch, kept in the module for search (when the bindings can)
let documents = null; // its documents' texts, for the JS search fallback

async function fetchBytes(name, { optional = false } = {}) {
  const response = await fetch(new URL(`./${name}`, import.meta.url));
  if (optional && response.status === 404) return undefined;
  if (!response.ok) {
    throw Object.assign(new Error(`could not load ${name} (HTTP ${response.status})`), {
      code: 'asset_missing',
    });
  }
  return new Uint8Array(await response.arrayBuffer());
}

async function loadPresslens() {
  // ICU's data is required; the named-entity model ships with every full build.
  const [icuData, nerModel] = await Promise.all([
    fetchBytes('icudt72l.dat'),
    fetchBytes('ner.bin', { optional: true }),
  ]);
  return createPresslens({ factory: createModule, icuData, nerModel });
}

function getPresslens() {
  // Keep the promise even if it fails: a broken module stays broken, and
  // every request then reports the same error instead of reloading.
  presslens ??= loadPresslens();
  return presslens;
}

function analyze(p, files) {
  opened?.delete();
  opened = null;
  if (typeof p.open === 'function') {
    opened = p.open(files);
    return opened.json({ pretty: false });
  }
  return p.analyze(files, { pretty: false });
}

function split(json) {
  const batch = JSON.parse(json);
  const docs = batch.documents ?? [];
  documents = docs.map((d) => ({ name: d.name, text: d.text ?? '' }));
  batch.documents = [];
  const chunks = [];
  for (let i = 0; i < docs.length; i += DOCUMENTS_PER_CHUNK) {
    chunks.push(JSON.stringify(docs.slice(i, i + DOCUMENTS_PER_CHUNK)));
  }
  return { rest: JSON.stringify(batch), chunks };
}

function search(query, limit) {
  if (opened) return { engine: 'core', ...opened.search(query, { context: 60, limit }) };
  if (!documents) return { engine: 'page', query, total: 0, hits: [] };
  return { engine: 'page', ...searchTexts(documents, query, { context: 60, limit }) };
}

async function handle(request) {
  const p = await getPresslens();
  switch (request.type) {
    case 'init':
      return {};
    case 'analyze': {
      const files = request.files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) }));
      const json = analyze(p, files);
      return { json, ...split(json) };
    }
    case 'search':
      return { result: search(String(request.query ?? ''), request.limit ?? 500) };
    default:
      throw Object.assign(new Error(`unknown request type: ${request.type}`), { code: 'usage' });
  }
}

function describe(error) {
  return {
    name: error?.name || 'Error',
    code: error?.code ?? 'internal',
    message: error?.message || String(error),
  };
}

self.addEventListener('message', async (event) => {
  const { id } = event.data;
  try {
    self.postMessage({ id, ok: true, ...(await handle(event.data)) });
  } catch (error) {
    self.postMessage({ id, ok: false, error: describe(error) });
  }
});
