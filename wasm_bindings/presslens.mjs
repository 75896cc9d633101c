// The JavaScript face of the Presslens module. It owns every pointer into the
// wasm heap (nothing outlives a call) and turns failed calls into errors.

/** An Error with a machine-readable `code` (e.g. "invalid_argument"). */
export class PresslensError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'PresslensError';
    this.code = code;
  }
}

function check(result) {
  if (!result.ok) throw new PresslensError(result.code, result.message);
  return result;
}

function asBytes(value, what) {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  throw new PresslensError('invalid_argument', `${what} must be a Uint8Array or an ArrayBuffer`);
}

// Copies `bytes` into the wasm heap for the duration of `use(address, length)`.
function withHeapCopy(module, bytes, use) {
  const address = module._malloc(Math.max(1, bytes.length));
  if (!address) throw new PresslensError('out_of_memory', 'cannot allocate wasm memory');
  try {
    module.HEAPU8.set(bytes, address);
    return use(address, bytes.length);
  } finally {
    module._free(address);
  }
}

export class Presslens {
  #module;

  constructor(module) {
    this.#module = module;
  }

  /** The core's version string. */
  get version() {
    return this.#module.version();
  }

  /**
   * Analyses a batch: files is [{name, bytes}], bytes a Uint8Array or
   * ArrayBuffer. Returns the `analyze` JSON text (docs/output.md). Files
   * that cannot be read are reported inside the JSON, not thrown.
   * Options: pretty (indent the JSON); date ("2015-09-16", the publication
   * date of every article that has none) and dates ({name: date}), against
   * which relative dates in the text are resolved; corrections, a list of
   * corrections [{op, ...}] as in a corrections file (docs/output.md), each
   * reported in the JSON's "corrections".
   */
  analyze(files, { pretty = false, date, dates, corrections } = {}) {
    const options = JSON.stringify({ pretty, date, dates, corrections: correctionList(corrections) });
    return withFiles(this.#module, files, (...heap) => this.#module.analyze(...heap, options)).json;
  }

  // A new Analysis (a batch kept in the module) for `use`; deleted if `use` throws.
  #newAnalysis(use) {
    const handle = new this.#module.Analysis();
    try {
      return use(handle);
    } catch (error) {
      handle.delete();
      throw error;
    }
  }

  /**
   * Analyses a batch and keeps it in the module, to search and correct it
   * again and again without analysing it again. Options as for analyze()
   * (not pretty). The result owns wasm memory: call its delete() when done
   * (docs/batch.md).
   */
  open(files, { date, dates, corrections } = {}) {
    const options = JSON.stringify({ date, dates, corrections: correctionList(corrections) });
    return this.#newAnalysis((handle) => {
      withFiles(this.#module, files, (...heap) => handle.analyze(...heap, options));
      return new AnalysedBatch(handle);
    });
  }

  /**
   * The first of the core's three stages, for callers that run the second
   * (each document's dates, numbers and entities) elsewhere, e.g. in a pool
   * of workers each with its own module: reads and cleans the batch and keeps
   * it in this module. Returns a PreparedBatch; finish() it into an
   * AnalysedBatch, or delete() it. Options as for analyze() (not pretty).
   */
  prepare(files, { date, dates, corrections } = {}) {
    const options = JSON.stringify({ date, dates, corrections: correctionList(corrections) });
    return this.#newAnalysis((handle) => {
      const summary = withFiles(this.#module, files, (...heap) => handle.prepare(...heap, options)).json;
      return new PreparedBatch(handle, JSON.parse(summary));
    });
  }

  /**
   * The second stage, on what another module's
   * PreparedBatch.annotationInputs() gave; returns what its
   * applyAnnotations() takes. Both are JSON text, passed on unparsed.
   */
  annotate(inputs) {
    if (typeof inputs !== 'string') throw new PresslensError('invalid_argument', 'inputs must be a string');
    return check(this.#module.annotate(inputs)).json;
  }

  /** How many batches opened with open() are not deleted yet. */
  get openBatches() {
    return this.#module.Analysis.live();
  }
}

/** A batch analysed once and kept in the module (see Presslens.open). */
export class AnalysedBatch {
  #handle;

  constructor(handle) {
    this.#handle = handle;
  }

  #live() {
    if (!this.#handle) throw new PresslensError('invalid_argument', 'this batch has been deleted');
    return this.#handle;
  }

  /** The number of documents (one per file, or per record). */
  get documents() {
    return this.#live().documents();
  }

  /** The `analyze` JSON text of the batch. */
  json({ pretty = false } = {}) {
    return check(this.#live().json(JSON.stringify({ pretty }))).json;
  }

  /**
   * Keyword in context: `query` is a word, a phrase, `entity:c3` or
   * `entity:NAME`, with filters (type:, article:, outlet:, date:). Returns
   * {query, total, matched, hits: [{document, start, end, before, match,
   * after}], facets: {type, article, outlet, date}}, offsets in UTF-16 units of the document's text;
   * `limit` caps the hits returned (0: all; `total` counts them all),
   * `context` is in characters. Either left out keeps the core's default
   * (every hit, 40 characters), as for `presslens search`.
   */
  search(query, { context, limit } = {}) {
    if (typeof query !== 'string') throw new PresslensError('invalid_argument', 'query must be a string');
    const options = JSON.stringify({ context, limit });
    return JSON.parse(check(this.#live().search(query, options)).json);
  }

  /** The co-occurrence graph as text: format 'json', 'graphml' or 'gexf' (as `presslens graph`). */
  graph(format = 'json') {
    return check(this.#live().graph(String(format))).json;
  }

  /**
   * Every sentence naming both graph nodes `source` and `target` (cluster
   * ids, or "TYPE:text"): {source, target, sentences: [{document, start, end}]},
   * offsets in UTF-16 units.
   */
  linkSentences(source, target) {
    return JSON.parse(check(this.#live().linkSentences(String(source), String(target))).json);
  }

  /**
   * Applies `corrections` (the whole list, [{op, ...}] as in a corrections
   * file, or that file's {corrections: [...]}) in place of the batch's
   * current ones: an undo is the list without its last entry. Only what
   * they touch runs again. Returns the JSON text of what changed:
   * {presslens, indices: [i...], documents: [the document at each index],
   * clusters?, graph?, passages?, claims?, keyphrases?, timeline?, stories?,
   * corrections}; each key as in the analyze JSON, left out when it did not
   * change. json() gives the whole corrected batch.
   */
  correct(corrections) {
    const list = correctionList(corrections);
    if (list === undefined) throw new PresslensError('invalid_argument', 'corrections must be a list');
    return check(this.#live().correct(JSON.stringify(list))).json;
  }

  /** Frees the batch's wasm memory; the object cannot be used afterwards. */
  delete() {
    if (this.#handle) this.#handle.delete();
    this.#handle = null;
  }
}

// A list of corrections: the list itself, or a corrections file's object.
function correctionList(corrections) {
  if (corrections === undefined || corrections === null) return undefined;
  if (Array.isArray(corrections)) return corrections;
  if (Array.isArray(corrections.corrections)) return corrections.corrections;
  throw new PresslensError('invalid_argument', 'corrections must be a list, or {corrections: [...]}');
}

function checkSlice(first, count, total) {
  if (!Number.isInteger(first) || !Number.isInteger(count) || first < 0 || count < 0 || first + count > total) {
    throw new PresslensError(
      'invalid_argument',
      `documents ${first}..${first + count} are not in the batch of ${total}`,
    );
  }
}

/**
 * A batch after the core's first stage (see Presslens.prepare): documents
 * read and cleaned, not yet annotated or linked. It owns wasm memory.
 */
export class PreparedBatch {
  #handle;

  constructor(handle, documents) {
    this.#handle = handle;
    /** [{name, error, bytes}], one per document (a file, or a record of one). */
    this.documents = documents;
  }

  #live() {
    if (!this.#handle) throw new PresslensError('invalid_argument', 'this batch has been finished or deleted');
    return this.#handle;
  }

  /** What the second stage needs of documents [first, first + count): JSON text for Presslens.annotate. */
  annotationInputs(first, count) {
    checkSlice(first, count, this.documents.length);
    return check(this.#live().annotationInputs(first, count)).json;
  }

  /** Adds what Presslens.annotate returned for documents [first, first + count). */
  applyAnnotations(first, count, annotations) {
    checkSlice(first, count, this.documents.length);
    if (typeof annotations !== 'string') throw new PresslensError('invalid_argument', 'annotations must be a string');
    check(this.#live().applyAnnotations(first, count, annotations));
  }

  /**
   * The third stage (clusters, quotes, the cross-index), once every document
   * has its annotations. Returns the AnalysedBatch; this object is spent.
   */
  finish() {
    const handle = this.#live();
    check(handle.finish());
    this.#handle = null;
    return new AnalysedBatch(handle);
  }

  /**
   * finish() a few steps at a time (the clusters; each document's quotes;
   * each part of the cross-index): runs up to `steps` and returns {done,
   * total, part, batch}, `batch` the AnalysedBatch once the last step ran
   * (this object is then spent), else null.
   */
  finishStep(steps = 16) {
    const handle = this.#live();
    if (!Number.isInteger(steps) || steps < 1)
      throw new PresslensError('invalid_argument', 'steps must be a positive integer');
    const { done, total, part, finished } = JSON.parse(check(handle.finishStep(steps)).json);
    if (!finished) return { done, total, part, batch: null };
    this.#handle = null;
    return { done, total, part, batch: new AnalysedBatch(handle) };
  }

  /** Frees the batch's wasm memory. */
  delete() {
    if (this.#handle) this.#handle.delete();
    this.#handle = null;
  }
}

// Copies the files into the wasm heap for one call, made as
// call(manifest, address, length); returns its result, checked.
function withFiles(module, files, call) {
  const { all, manifest } = packFiles(files);
  return withHeapCopy(module, all, (address, length) => check(call(JSON.stringify(manifest), address, length)));
}

// All files' bytes in one buffer, and where each one lies in it.
function packFiles(files) {
  if (!Array.isArray(files)) throw new PresslensError('invalid_argument', 'files must be an array');
  const parts = files.map((file, i) => {
    if (!file || typeof file.name !== 'string') {
      throw new PresslensError('invalid_argument', `files[${i}] needs a name`);
    }
    return { name: file.name, bytes: asBytes(file.bytes, `files[${i}].bytes`) };
  });
  const total = parts.reduce((sum, part) => sum + part.bytes.length, 0);
  const all = new Uint8Array(total);
  const manifest = [];
  let offset = 0;
  for (const part of parts) {
    all.set(part.bytes, offset);
    manifest.push({ name: part.name, offset, length: part.bytes.length });
    offset += part.bytes.length;
  }
  return { all, manifest };
}

/**
 * Instantiates the module once and loads ICU's data into it.
 * factory: the Emscripten module factory (presslens_core.mjs's default export,
 * or the node build's); icuData: the bytes of icudt72l.dat; wasmBinary
 * (optional): the .wasm bytes, for hosts where the module cannot fetch it;
 * nerModel (optional): the bytes of ner.bin, the named-entity model;
 * speakerModel (optional): the bytes of speakers.bin, the speaker model.
 */
export async function createPresslens({ factory, icuData, wasmBinary, locateFile, nerModel, speakerModel } = {}) {
  if (typeof factory !== 'function') {
    throw new PresslensError('invalid_argument', 'createPresslens needs the module factory');
  }
  const data = asBytes(icuData, 'icuData');
  const options = {};
  if (wasmBinary) options.wasmBinary = asBytes(wasmBinary, 'wasmBinary');
  if (locateFile) options.locateFile = locateFile;
  const module = await factory(options);
  withHeapCopy(module, data, (address, length) => check(module.setIcuData(address, length)));
  if (nerModel !== undefined) {
    const model = asBytes(nerModel, 'nerModel');
    withHeapCopy(module, model, (address, length) => check(module.loadNerModel(address, length)));
  }
  if (speakerModel !== undefined) {
    const model = asBytes(speakerModel, 'speakerModel');
    withHeapCopy(module, model, (address, length) => check(module.loadSpeakerModel(address, length)));
  }
  return new Presslens(module);
}
