// The page's side of the worker protocol (see worker.js): each request gets
// an id and a promise, settled by the worker's {id, ok, ...} reply.
// cancel() terminates the worker (a running analysis cannot be interrupted
// any other way) and the next request starts a fresh one.

import { nextTask } from './dom.js';

// Under the page's Trusted Types policy the Worker constructor needs a
// TrustedScriptURL; this policy only vouches for our own worker script.
const workerUrl = new URL('./worker.js', import.meta.url);
const scriptUrls = window.trustedTypes?.createPolicy('presslens', {
  createScriptURL: (url) => {
    if (url !== workerUrl.href) throw new TypeError(`refusing script URL ${url}`);
    return url;
  },
});

export class Analyser {
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

  /** Stops whatever the worker is doing; pending requests fail with code 'cancelled'. */
  cancel() {
    this.#stop({ name: 'AbortError', code: 'cancelled', message: 'Cancelled.' });
  }

  /**
   * files: [{name, bytes: ArrayBuffer}]; the buffers are transferred.
   * Resolves to {json, batch}: the core's JSON text, and the parsed batch,
   * its documents parsed a chunk at a time (onParsed(done, total) after each).
   */
  async analyze(files, onParsed = () => {}) {
    const reply = await this.request({ type: 'analyze', files }, files.map((f) => f.bytes));
    const batch = JSON.parse(reply.rest);
    const documents = [];
    const total = files.length;
    for (const chunk of reply.chunks) {
      documents.push(...JSON.parse(chunk));
      onParsed(documents.length, total);
      await nextTask();
    }
    // Keep the core's key order: documents first, then the cross-batch keys.
    return { json: reply.json, batch: { ...batch, documents } };
  }

  async search(query, limit = 500) {
    return (await this.request({ type: 'search', query, limit })).result;
  }
}
