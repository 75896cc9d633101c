// The page's side of the coordinating worker (worker.js): its Coordinator
// requests (protocol.js) as methods. cancel() terminates the worker and,
// with it, its pool of annotators (a running analysis cannot be interrupted
// any other way); the next request starts afresh.

import { nextTask } from './dom.js';
import { Coordinator, ErrorCode, Phase } from './protocol.js';
import { protocolError, RpcClient } from './rpc.js';
import { startWorker } from './workers.js';

const MB = 1 << 20;
// What a batch costs the coordinating worker at its peak, per byte of input,
// measured (docs/robustness.md): its module's memory reached 33 bytes per
// byte on a 4 MB article (22.5 on 840 PolNeAR articles), and the JSON it
// then holds as a string adds about 10. Files over the core's size cap are
// refused without being analysed and cost nothing. A wasm32 module grows to
// 2 GB at most, and a module that runs out of memory takes the whole batch
// with it (the tab may die first): past MEMORY_BUDGET a batch is refused
// before it starts.
export const BYTES_PER_BYTE = 45;
export const MEMORY_BUDGET = 1536 * MB;
const MAX_FILE_BYTES = 64 * MB; // AnalyzeOptions::max_file_bytes

/** Why these files ([{name, bytes}]) are too much for one batch here, or null. */
export function batchTooLarge(files, { bytesPerByte = BYTES_PER_BYTE, budget = MEMORY_BUDGET } = {}) {
  let input = 0;
  for (const f of files) {
    const size = f.bytes.byteLength;
    if (size <= MAX_FILE_BYTES) input += size;
  }
  if (input * bytesPerByte <= budget) return null;
  const mb = (bytes) => `${Math.ceil(bytes / MB)} MB`;
  return (
    `these ${files.length} files hold ${mb(input)} of text; analysing them at once would need about ` +
    `${mb(input * bytesPerByte)} of memory, more than this page can count on (${mb(budget)}). ` +
    `Analyse them in batches of up to ${mb(budget / bytesPerByte)}.`
  );
}

export class Analyser {
  #client = null;
  /** {bytesPerByte, budget} for batchTooLarge (tests lower the budget with ?memory=MB). */
  limits = {};

  #request(type, params, options) {
    if (!this.#client) {
      const client = new RpcClient(startWorker('./worker.js', 'presslens'), Coordinator, {
        // A module worker that fails to load (missing file, syntax error) only
        // reports an 'error' event: start afresh next time.
        onBroken: () => {
          if (this.#client === client) this.#client = null;
        },
      });
      this.#client = client;
    }
    return this.#client.request(type, params, options);
  }

  /** Stops whatever the worker is doing; pending requests fail with code 'cancelled'. */
  cancel() {
    this.#client?.close(protocolError(ErrorCode.CANCELLED, 'Cancelled.', 'AbortError'));
    this.#client = null;
  }

  /**
   * Starts the worker, its module and its pool of annotators (`workers` of
   * them; by default one per core). Resolves to {workers}: the pool's size.
   */
  init(workers) {
    return this.#request('init', { workers });
  }

  /** Resolves once the worker and its pool are warmed up (see warmup.js). */
  ready() {
    return this.#request('ready');
  }

  /**
   * files: [{name, bytes: ArrayBuffer}]; the buffers are transferred. A
   * batch that would need more memory than the page can count on is refused
   * at once (code too_large; batchTooLarge says why).
   * corrections: the list the core applies (undefined: none).
   * onProgress(progress) gets the worker's progress messages (see
   * protocol.js), then {phase: 'parsing', done, total} as the page parses the
   * documents a chunk at a time. Resolves to {json, batch}: the core's JSON
   * (a Blob) and the parsed batch.
   */
  async analyze(files, onProgress = () => {}, { corrections } = {}) {
    // Refused before the bytes reach the worker: nothing is lost, nothing dies.
    const tooLarge = batchTooLarge(files, this.limits);
    if (tooLarge) throw protocolError('too_large', tooLarge);
    const reply = await this.#request(
      'analyze',
      { files, corrections },
      {
        transfer: files.map((f) => f.bytes),
        onProgress,
      },
    );
    // The batch comes in pieces of UTF-8 JSON (transferred), parsed one a
    // task and put back together in the core's key order.
    const decoder = new TextDecoder();
    const batch = {};
    let total = 0;
    for (const piece of reply.pieces) total += piece.bytes.length;
    let parsed = 0;
    onProgress({ phase: Phase.PARSING, done: 0, total });
    for (const { path, append, bytes } of reply.pieces) {
      await nextTask();
      const value = JSON.parse(decoder.decode(bytes));
      const [key, sub] = path;
      const holder = sub === undefined ? batch : (batch[key] ??= {});
      const name = sub ?? key;
      if (append) holder[name].push(...value);
      else holder[name] = value;
      parsed += bytes.length;
      onProgress({ phase: Phase.PARSING, done: parsed, total, documents: batch.documents?.length ?? 0 });
    }
    return { json: reply.json, batch };
  }

  /**
   * Reads a project file (a Blob) in the worker: resolves to {name, created,
   * modified, view, corrections, notes, files: [{name, size, blob}]};
   * rejects with code 'invalid_project' and the reason when it is not a
   * project this version opens.
   */
  readProject(file) {
    return this.#request('readProject', { file });
  }

  /** The project file (a Blob) of `project` (its state) and `files` ([{name, blob}]), written in the worker. */
  async writeProject(project, files) {
    return (await this.#request('writeProject', { project, files })).file;
  }

  /**
   * Applies `corrections` (the whole list) to the last batch in the worker;
   * resolves to {changes: what changed, parsed (see protocol.js, and
   * Model.corrected), worker: ms in the worker, parse: ms to parse it}.
   */
  async correct(corrections) {
    const reply = await this.#request('correct', { corrections });
    const started = performance.now();
    const changes = JSON.parse(reply.changes);
    return { changes, worker: reply.ms, parse: Math.round(performance.now() - started) };
  }

  /** The last batch's whole analyze JSON as the core writes it (a Blob). */
  async json() {
    return (await this.#request('json')).json;
  }

  /** Keyword in context over the last batch: {query, total, matched, hits, facets} (protocol.js's SEARCH_DEFAULTS). */
  search(query) {
    return this.#request('search', { query });
  }

  /** The last batch's graph as text in `format` ('graphml', 'gexf' or 'json'). */
  async graph(format) {
    return (await this.#request('graph', { format })).text;
  }

  /** Every sentence naming both graph nodes: {source, target, sentences: [{document, start, end}]}. */
  links(source, target) {
    return this.#request('links', { source, target });
  }
}
