// The page's side of the worker protocol (see worker.js): each request gets
// an id and a promise, settled by the worker's {id, ok, ...} reply.

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
