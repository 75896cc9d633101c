// The pool of annotator workers (annotator.js), owned by the coordinating
// worker: the core's second stage runs on slices of the batch, in parallel,
// one module per worker. Sized to the machine; terminating the coordinator
// terminates the pool with it.

import { startWorker } from './workers.js';

const MAX_WORKERS = 8; // each holds a module (a few MB); more rarely helps
const IN_FLIGHT = 2; // slices queued per worker, so that none waits for the next

/** How many annotators: `requested` if given, else one per logical core; 1 to 8. */
export function poolSize(requested) {
  const wanted = Number(requested) || globalThis.navigator?.hardwareConcurrency || 1;
  return Math.max(1, Math.min(MAX_WORKERS, Math.floor(wanted)));
}

class Annotator {
  #worker;
  #pending = new Map();
  #nextId = 1;

  constructor(assets, index) {
    this.#worker = startWorker('./annotator.js', `presslens-annotator-${index + 1}`);
    this.#worker.addEventListener('message', ({ data }) => this.#settle(data));
    this.#worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.broken = true;
      for (const id of [...this.#pending.keys()])
        this.#settle({ id, ok: false, error: { code: 'worker', message: 'an annotator stopped' } });
    });
    this.ready = this.#request({ type: 'init', assets }).then(
      () => true,
      () => (this.broken = true) && false,
    );
  }

  #settle({ id, ok, error, ...reply }) {
    const pending = this.#pending.get(id);
    if (!pending) return;
    this.#pending.delete(id);
    if (ok) pending.resolve(reply);
    else pending.reject(Object.assign(new Error(error.message), { code: error.code }));
  }

  #request(message) {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ id, ...message });
    });
  }

  async annotate(inputs) {
    return (await this.#request({ type: 'annotate', inputs })).annotations;
  }

  terminate() {
    this.#worker.terminate();
  }
}

export class AnnotatorPool {
  #annotators = [];

  /** Starts `size` annotators, each instantiating its module from `assets` (copied to each). */
  constructor(size, assets) {
    for (let i = 0; i < size; i++) {
      try {
        this.#annotators.push(new Annotator(assets, i));
      } catch {
        break; // no nested workers here: the coordinator annotates alone
      }
    }
  }

  get size() {
    return this.#annotators.length;
  }

  /**
   * Runs slices 0..count-1: for each, inputs(i) gives the JSON to annotate
   * and done(i, annotations) takes the answer. A slice whose annotator fails
   * (or every slice, when no annotator could start) is annotated by
   * `local(inputs)` instead, in the coordinator: the answer is the same. If a
   * callback throws (say, a newer batch replaced this one), no further slice
   * starts, and run() rejects with that error once the slices under way are
   * back.
   */
  async run(count, { inputs, done, local }) {
    let next = 0;
    let failure = null;
    const lane = async (annotator) => {
      while (next < count && !failure) {
        const slice = next++;
        try {
          const json = inputs(slice);
          let annotations;
          try {
            if (!annotator || annotator.broken) throw new Error('no annotator');
            annotations = await annotator.annotate(json);
          } catch {
            annotations = local(json);
          }
          done(slice, annotations);
        } catch (error) {
          failure ??= error;
        }
      }
    };
    // Each annotator joins when its module is ready (they start with the page).
    await Promise.all(
      this.#annotators.flatMap((a) => Array.from({ length: IN_FLIGHT }, async () => (await a.ready) && lane(a))),
    );
    if (next < count && !failure) await lane(null); // no annotator could start
    if (failure) throw failure;
  }

  terminate() {
    for (const annotator of this.#annotators) annotator.terminate();
    this.#annotators = [];
  }
}
