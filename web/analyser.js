// The page's side of the coordinating worker (worker.js): its Coordinator
// requests (protocol.js) as methods. cancel() terminates the worker and,
// with it, its pool of annotators (a running analysis cannot be interrupted
// any other way); the next request starts afresh.

import { nextTask } from './dom.js';
import { Coordinator, ErrorCode, Phase } from './protocol.js';
import { protocolError, RpcClient } from './rpc.js';
import { startWorker } from './workers.js';

export class Analyser {
  #client = null;

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
   * files: [{name, bytes: ArrayBuffer}]; the buffers are transferred.
   * corrections: the list the core applies (undefined: none).
   * onProgress(progress) gets the worker's progress messages (see
   * protocol.js), then {phase: 'parsing', done, total} as the page parses the
   * documents a chunk at a time. Resolves to {json, batch}: the core's JSON
   * (a Blob) and the parsed batch.
   */
  async analyze(files, onProgress = () => {}, { corrections } = {}) {
    const reply = await this.#request(
      'analyze',
      { files, corrections },
      {
        transfer: files.map((f) => f.bytes),
        onProgress,
      },
    );
    const batch = JSON.parse(reply.rest);
    const documents = [];
    let total = 0;
    for (const chunk of reply.chunks) total += chunk.length;
    let parsed = 0;
    onProgress({ phase: Phase.PARSING, done: 0, total });
    for (const chunk of reply.chunks) {
      await nextTask();
      documents.push(...JSON.parse(chunk));
      parsed += chunk.length;
      onProgress({ phase: Phase.PARSING, done: parsed, total, documents: documents.length });
    }
    // Keep the core's key order: documents first, then the cross-batch keys.
    return { json: reply.json, batch: { ...batch, documents } };
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

  /** Keyword in context over the last batch: {query, total, hits} (protocol.js's SEARCH_DEFAULTS). */
  search(query) {
    return this.#request('search', { query });
  }
}
