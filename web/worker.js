// The coordinating Web Worker: all WebAssembly runs in workers, never on the
// page's main thread. It runs the core's three stages on a batch:
//   1. read and clean the whole batch (a line recurring across files is
//      furniture), here;
//   2. each document's dates, numbers and entities, in slices spread over a
//      pool of annotator workers (pool.js) sized to the machine;
//   3. clusters, quotes and the cross-index, here again, then the JSON.
// The result is byte for byte what one `analyze` call gives. It answers the
// Coordinator requests of protocol.js.

import { fetchAssets, instantiate } from './assets.js';
import { AnnotatorPool, poolSize } from './pool.js';
import { Coordinator, ErrorCode, Phase, SEARCH_DEFAULTS } from './protocol.js';
import { readProject, writeProject } from './project-format.js';
import { protocolError, reply, serve } from './rpc.js';
import { analyseRound, warmUp } from './warmup.js';

const DOCUMENTS_PER_CHUNK = 40; // the page parses one chunk a task
const MAX_SLICE = 16; // documents per slice: progress moves at least every 16
const LINK_STEPS = 32; // linking steps between progress messages (a step: an article's quotes, or a part of the cross-index)

let started = null; // a promise of {presslens, pool, warmed}, once
let opened = null; // the last batch, kept in the module for search
let analyses = 0; // analyze requests so far: warming up stops at the first

async function start(workers) {
  const assets = await fetchAssets();
  const pool = new AnnotatorPool(poolSize(workers), assets);
  const presslens = await instantiate(assets);
  const warmed = warmUp(analyseRound(presslens), () => analyses > 0);
  return { presslens, pool, warmed };
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

async function analyze({ presslens, pool }, files, corrections, report) {
  const mine = ++latest;
  const check = () => {
    if (mine !== latest) throw protocolError(ErrorCode.CANCELLED, 'replaced by a newer batch', 'AbortError');
  };
  report({ phase: Phase.CLEANING, done: 0, total: files.length });
  const prepared = presslens.prepare(files, { corrections });
  let finished = null;
  try {
    const all = prepared.documents;
    // Progress counts the documents there is something to annotate in (a
    // file that could not be read has nothing).
    const readable = (first, count) => all.slice(first, first + count).filter((d) => !d.error).length;
    const total = readable(0, all.length);
    report({ phase: Phase.ANNOTATING, done: 0, total, documents: all.map(({ name, error }) => ({ name, error })) });
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
        report({ phase: Phase.ANNOTATING, done, total, slice: [first, count] });
      },
    });
    check();
    // Linking, a few steps at a time: the progress counts them (the names
    // across the batch, then each article's quotes, then the cross-index).
    for (let step = null; !finished; ) {
      report({ phase: Phase.LINKING, done: step?.done ?? 0, total: step?.total ?? 0, part: step?.part ?? 'names' });
      step = prepared.finishStep(LINK_STEPS);
      finished = step.batch;
    }
  } finally {
    prepared.delete(); // nothing left to free once finished
  }
  // The finished batch stays in the module, for search, until the next one.
  opened?.delete();
  opened = finished;
  report({ phase: Phase.WRITING, done: 0, total: 0 });
  return opened.json({ pretty: false });
}

// The batch the page shows. After Cancel a fresh worker answers: the batch
// still shown was analysed by the one stopped.
function kept() {
  if (!opened) {
    throw protocolError(ErrorCode.USAGE, 'Cancel stopped the worker that held these articles; analyse them again.');
  }
  return opened;
}

// The batch in pieces the page can parse one a task: the documents a few
// dozen at a time, and every other list (the graph's edges, the passages...)
// a few thousand items at a time. Each piece is {path, append, bytes}: the
// key (or key and sub-key) it belongs under, whether it extends a list, and
// its JSON as UTF-8 bytes, moved rather than copied (tens of MB of strings,
// cloned into the page or parsed at once, took a task of 200 ms or more).
const ITEMS_PER_PIECE = 2000;
function split(json) {
  const batch = JSON.parse(json);
  const encoder = new TextEncoder();
  const pieces = [];
  const add = (path, value, size) => {
    if (!Array.isArray(value) || value.length <= size) {
      pieces.push({ path, append: false, bytes: encoder.encode(JSON.stringify(value)) });
      return;
    }
    for (let i = 0; i < value.length; i += size)
      pieces.push({ path, append: i > 0, bytes: encoder.encode(JSON.stringify(value.slice(i, i + size))) });
  };
  for (const [key, value] of Object.entries(batch)) {
    if (key === 'documents') add([key], value, DOCUMENTS_PER_CHUNK);
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [sub, inner] of Object.entries(value)) add([key, sub], inner, ITEMS_PER_PIECE);
    } else add([key], value, ITEMS_PER_PIECE);
  }
  return pieces;
}

// The last batch, for requests about it.
async function analysed() {
  await getStarted();
  return kept();
}

serve(Coordinator, {
  // Project files need no module: reading and writing them works even when
  // the module could not start.
  async readProject({ file }) {
    const project = readProject(await file.text());
    // Blobs, made here: the page keeps and stores them as they are (making a
    // thousand of them on the page's thread would hold it up).
    const files = project.files.map((f) => ({ name: f.name, size: f.bytes.length, blob: new Blob([f.bytes]) }));
    return { ...project, files };
  },

  async writeProject({ project, files }) {
    const read = await Promise.all(
      files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.blob.arrayBuffer()) })),
    );
    const text = writeProject({ ...project, files: read });
    return { file: new Blob([text], { type: 'application/x-presslens+json' }) };
  },

  async init({ workers }) {
    return { workers: (await getStarted(workers)).pool.size };
  },

  async analyze({ files, corrections }, { progress }) {
    analyses++;
    const ready = await getStarted();
    const json = await analyze(
      ready,
      files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })),
      corrections,
      progress,
    );
    progress({ phase: Phase.SENDING, done: 0, total: 0 });
    // A Blob: the page hands it to "Export JSON" without copying the text.
    const pieces = split(json);
    return reply(
      { json: new Blob([json], { type: 'application/json' }), pieces },
      pieces.map((p) => p.bytes.buffer),
    );
  },

  async correct({ corrections }) {
    const batch = await analysed();
    const started = performance.now();
    const changes = batch.correct(corrections ?? []);
    return { changes, ms: Math.round(performance.now() - started) };
  },

  async json() {
    return { json: new Blob([(await analysed()).json({ pretty: false })], { type: 'application/json' }) };
  },

  async search({ query, ...options }) {
    return (await analysed()).search(String(query ?? ''), { ...SEARCH_DEFAULTS, ...options });
  },

  async graph({ format }) {
    return { text: (await analysed()).graph(format) };
  },

  async links({ source, target }) {
    return (await analysed()).linkSentences(source, target);
  },

  async ready() {
    const { pool, warmed } = await getStarted();
    await Promise.all([warmed, pool.ready()]);
    return {};
  },
});
