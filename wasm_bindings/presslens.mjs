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
   * which relative dates in the text are resolved.
   */
  analyze(files, { pretty = false, date, dates } = {}) {
    const { all, manifest } = packFiles(files);
    const options = JSON.stringify({ pretty, date, dates });
    return withHeapCopy(this.#module, all, (address, length) =>
      check(this.#module.analyze(JSON.stringify(manifest), address, length, options)).json);
  }

  /**
   * Analyses a batch and keeps it in the module, to search it again and
   * again without analysing it again. The result owns wasm memory: call its
   * delete() when done (docs/batch.md).
   */
  open(files) {
    const { all, manifest } = packFiles(files);
    const handle = new this.#module.Analysis();
    try {
      withHeapCopy(this.#module, all, (address, length) =>
        check(handle.analyze(JSON.stringify(manifest), address, length)));
    } catch (error) {
      handle.delete();
      throw error;
    }
    return new AnalysedBatch(handle);
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
   * `entity:NAME`. Returns {query, total, hits: [{document, start, end,
   * before, match, after}]}, offsets in UTF-16 units of the document's text;
   * `limit` caps the hits returned (default 1000; 0: all; `total` counts them
   * all), `context` is in characters.
   */
  search(query, { context = 40, limit = 1000 } = {}) {
    if (typeof query !== 'string') throw new PresslensError('invalid_argument', 'query must be a string');
    const options = JSON.stringify({ context, limit });
    return JSON.parse(check(this.#live().search(query, options)).json);
  }

  /** Frees the batch's wasm memory; the object cannot be used afterwards. */
  delete() {
    if (this.#handle) this.#handle.delete();
    this.#handle = null;
  }
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
 * nerModel (optional): the bytes of ner.bin, the named-entity model.
 */
export async function createPresslens({ factory, icuData, wasmBinary, locateFile, nerModel } = {}) {
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
  return new Presslens(module);
}
