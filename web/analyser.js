// The page's side of the worker protocol (see worker.js): each request gets
// an id and a promise, settled by the worker's {id, ok, ...} reply; progress
// messages {id, progress} on the way go to the request's onProgress.
// cancel() terminates the worker and, with it, its pool of annotators (a
// running analysis cannot be interrupted any other way); the next request
// starts afresh.

import { nextTask } from './dom.js';
import { startWorker } from './workers.js';

export class Analyser {
  #worker = null;
  #pending = new Map();
  #nextId = 1;

  #start() {
    this.#worker = startWorker('./worker.js', 'presslens');
    this.#worker.addEventListener('message', ({ data }) => this.#settle(data));
    // A module worker that fails to load (missing file, syntax error) only
    // reports an 'error' event: fail everything pending and start afresh next time.
    this.#worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.#stop({ name: 'Error', code: 'worker', message: 'The analyser could not be loaded.' });
    });
  }

  #stop(error) {
    this.#worker?.terminate();
    this.#worker = null;
    for (const id of [...this.#pending.keys()]) this.#settle({ id, ok: false, error });
  }

  #settle({ id, ...reply }) {
    const pending = this.#pending.get(id);
    if (!pending) return;
    if (reply.progress) return pending.onProgress?.(reply.progress);
    this.#pending.delete(id);
    if (reply.ok) return pending.resolve(reply);
    const { name, code, message } = reply.error;
    pending.reject(Object.assign(new Error(message), { name, code }));
  }

  request(message, transfer = [], onProgress = null) {
    if (!this.#worker) this.#start();
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, onProgress });
      this.#worker.postMessage({ id, ...message }, transfer);
    });
  }

  /** Stops whatever the worker is doing; pending requests fail with code 'cancelled'. */
  cancel() {
    this.#stop({ name: 'AbortError', code: 'cancelled', message: 'Cancelled.' });
  }

  /**
   * Starts the worker, its module and its pool of annotators (`workers` of
   * them; by default one per core). Resolves to {workers}: the pool's size.
   */
  init(workers) {
    return this.request({ type: 'init', workers });
  }

  /**
   * files: [{name, bytes: ArrayBuffer}]; the buffers are transferred.
   * onProgress(progress) gets the worker's progress messages (see
   * worker.js), then {phase: 'parsing', done, total} as the page parses the
   * documents a chunk at a time. Resolves to {json, batch}: the core's JSON
   * (a Blob) and the parsed batch.
   */
  async analyze(files, onProgress = () => {}) {
    const reply = await this.request(
      { type: 'analyze', files },
      files.map((f) => f.bytes),
      onProgress,
    );
    const batch = JSON.parse(reply.rest);
    const documents = [];
    let total = 0;
    for (const chunk of reply.chunks) total += chunk.length;
    let parsed = 0;
    onProgress({ phase: 'parsing', done: 0, total });
    for (const chunk of reply.chunks) {
      await nextTask();
      documents.push(...JSON.parse(chunk));
      parsed += chunk.length;
      onProgress({ phase: 'parsing', done: parsed, total, documents: documents.length });
    }
    // Keep the core's key order: documents first, then the cross-batch keys.
    return { json: reply.json, batch: { ...batch, documents } };
  }

  async search(query, limit = 500) {
    return (await this.request({ type: 'search', query, limit })).result;
  }
}
