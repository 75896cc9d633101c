// The coordinating Web Worker: all WebAssembly runs in workers, never on the
// page's main thread. It runs the core's three stages on a batch:
//   1. read and clean the whole batch (a line recurring across files is
//      furniture), here;
//   2. each document's dates, numbers and entities, in slices spread over a
//      pool of annotator workers (pool.js) sized to the machine;
//   3. clusters, quotes and the cross-index, here again, then the JSON.
// The result is byte for byte what one `analyze` call gives.
//
// Requests:  {id, type: 'init', workers?}             -> {id, ok: true, workers}
//                 starts the module and the pool (workers: its size, default
//                 one per core)
//            {id, type: 'analyze', files: [{name, bytes: ArrayBuffer}]}
//                 -> progress messages {id, progress: {phase, done, total, documents?, slice?}}
//                    phase: 'cleaning', 'annotating' (documents: [{name, error}]
//                    once, then slice: [first, count] per annotated slice),
//                    'linking', 'writing' (the JSON), 'sending' (the chunks)
//                 -> {id, ok: true, json, rest, chunks}
//                    json: a Blob of the analyze JSON exactly as the core wrote it;
//                    rest: the same document without its documents, and
//                    chunks: the documents as JSON arrays of a few dozen, so
//                    that the page can parse them a few at a time.
//            {id, type: 'search', query, limit}       -> {id, ok: true, result}
//                    keyword in context over the last analysed batch
// Failures:  {id, ok: false, error: {name, code, message}}

import { fetchAssets, instantiate } from './assets.js';
import { AnnotatorPool, poolSize } from './pool.js';
import { searchTexts } from './search-fallback.js';
import { analyseRound, warmUp } from './warmup.js';

const DOCUMENTS_PER_CHUNK = 40;
const MAX_SLICE = 16; // documents per slice: progress moves at least every 16

let started = null; // {presslens, pool}, once
let opened = null; // the last batch, kept in the module for search
let documents = null; // its documents' texts, for the JS search fallback
let analyses = 0; // analyze requests so far: warming up stops at the first

async function start(workers) {
  const assets = await fetchAssets();
  const pool = new AnnotatorPool(poolSize(workers), assets);
  const presslens = await instantiate(assets);
  warmUp(analyseRound(presslens), () => analyses > 0);
  return { presslens, pool };
}

function getStarted(workers) {
  // Keep the promise even if it fails: a broken module stays broken, and
  // every request then reports the same error instead of reloading.
  started ??= start(workers);
  return started;
}

// Slices small enough that every annotator gets several (the load evens
// out) and the progress bar moves often.
function slices(total, workers) {
  const size = Math.max(1, Math.min(MAX_SLICE, Math.ceil(total / (workers * 4))));
  const out = [];
  for (let first = 0; first < total; first += size) out.push({ first, count: Math.min(size, total - first) });
  return out;
}

// Only the latest batch matters: an older one still running when a newer
// one arrives stops at its next slice.
let latest = 0;
const superseded = () =>
  Object.assign(new Error('replaced by a newer batch'), { name: 'AbortError', code: 'cancelled' });

async function analyze({ presslens, pool }, files, report) {
  const mine = ++latest;
  const check = () => {
    if (mine !== latest) throw superseded();
  };
  report({ phase: 'cleaning', done: 0, total: files.length });
  const prepared = presslens.prepare(files);
  let finished = null;
  try {
    const all = prepared.documents;
    // Progress counts the documents there is something to annotate in (a
    // file that could not be read has nothing).
    const readable = (first, count) => all.slice(first, first + count).filter((d) => !d.error).length;
    const total = readable(0, all.length);
    report({ phase: 'annotating', done: 0, total, documents: all.map(({ name, error }) => ({ name, error })) });
    const parts = slices(all.length, Math.max(1, pool.size));
    let done = 0;
    await pool.run(parts.length, {
      inputs: (i) => {
        check();
        return prepared.annotationInputs(parts[i].first, parts[i].count);
      },
      local: (inputs) => presslens.annotate(inputs),
      done: (i, annotations) => {
        check();
        const { first, count } = parts[i];
        prepared.applyAnnotations(first, count, annotations);
        done += readable(first, count);
        report({ phase: 'annotating', done, total, slice: [first, count] });
      },
    });
    check();
    report({ phase: 'linking', done: 0, total });
    finished = prepared.finish();
  } finally {
    prepared.delete(); // nothing left to free once finished
  }
  // The finished batch stays in the module, for search, until the next one.
  opened?.delete();
  opened = finished;
  documents = null;
  report({ phase: 'writing', done: 0, total: 0 });
  return opened.json({ pretty: false });
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

async function handle(request, report) {
  if (request.type === 'analyze') analyses++;
  const ready = await getStarted(request.workers);
  switch (request.type) {
    case 'init':
      return { workers: ready.pool.size };
    case 'analyze': {
      const files = request.files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) }));
      const json = await analyze(ready, files, report);
      report({ phase: 'sending', done: 0, total: 0 });
      // A Blob: the page hands it to "Export JSON" without copying the text.
      return { json: new Blob([json], { type: 'application/json' }), ...split(json) };
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
  const report = (progress) => self.postMessage({ id, progress });
  try {
    self.postMessage({ id, ok: true, ...(await handle(event.data, report)) });
  } catch (error) {
    self.postMessage({ id, ok: false, error: describe(error) });
  }
});
