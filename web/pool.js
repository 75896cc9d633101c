// The pool of annotator workers (annotator.js), owned by the coordinating
// worker: the core's second stage runs on slices of the batch, in parallel,
// one module per worker. Sized to the machine; terminating the coordinator
// terminates the pool with it.

import { Annotator } from './protocol.js';
import { RpcClient } from './rpc.js';
import { startWorker } from './workers.js';

const MAX_WORKERS = 8; // each holds a module (a few MB); more rarely helps
const IN_FLIGHT = 2; // slices queued per worker, so that none waits for the next

/** How many annotators: `requested` if given, else one per logical core; 1 to 8. */
export function poolSize(requested) {
  const wanted = Number(requested) || globalThis.navigator?.hardwareConcurrency || 1;
  return Math.max(1, Math.min(MAX_WORKERS, Math.floor(wanted)));
}

// One annotator worker; `ready` resolves to false if its module could not start.
class AnnotatorWorker {
  #client;
  broken = false;

  constructor(assets, index) {
    const worker = startWorker('./annotator.js', `presslens-annotator-${index + 1}`);
    this.#client = new RpcClient(worker, Annotator, { onBroken: () => (this.broken = true) });
    this.ready = this.#client.request('init', { assets }).then(
      () => true,
      () => {
        this.broken = true;
        return false;
      },
    );
  }

  async annotate(inputs) {
    return (await this.#client.request('annotate', { inputs })).annotations;
  }

  /** Resolves once the module is warmed up (at once if it never started). */
  async warmed() {
    if (await this.ready) await this.#client.request('ready').catch(() => {});
  }

  terminate() {
    this.#client.close();
  }
}

export class AnnotatorPool {
  #annotators = [];
  #assets;

  /** Starts `size` annotators, each instantiating its module from `assets` (copied to each). */
  constructor(size, assets) {
    this.#assets = assets;
    for (let i = 0; i < size; i++) {
      try {
        this.#annotators.push(new AnnotatorWorker(assets, i));
      } catch {
        break; // no nested workers here: the coordinator annotates alone
      }
    }
  }

  get size() {
    return this.#annotators.length;
  }

  /** Resolves once every annotator is warmed up, or could not start. */
  async ready() {
    await Promise.all(this.#annotators.map((a) => a.warmed()));
  }

  // Annotator `k`, started afresh if it died (a module that aborted, ran out
  // of memory, or a worker the browser stopped); null if none can start.
  async #live(k) {
    if (this.#annotators[k].broken) {
      this.#annotators[k].terminate();
      this.#annotators[k] = new AnnotatorWorker(this.#assets, k);
    }
    return (await this.#annotators[k].ready) ? this.#annotators[k] : null;
  }

  // A slice whose annotator died: its documents one at a time, in an
  // annotator of their own (nothing else in flight there, so a death is that
  // document's). A document whose annotator dies too fails alone, with the
  // reason; the others are annotated as usual.
  async #oneByOne(k, json, local) {
    const out = [];
    let annotator = null;
    try {
      for (const input of JSON.parse(json)) {
        if (input === null) {
          out.push(null); // a file that could not be read: nothing to annotate
          continue;
        }
        if (!annotator || annotator.broken) {
          annotator?.terminate();
          annotator = new AnnotatorWorker(this.#assets, k);
        }
        const one = JSON.stringify([input]);
        const live = await annotator.ready;
        try {
          out.push(JSON.parse(live ? await annotator.annotate(one) : local(one))[0]);
        } catch (error) {
          if (live && !annotator.broken) throw error;
          const reason = error?.message || String(error);
          out.push({
            f: ['too_complex', `the worker analysing this file stopped (${reason}); the other files were analysed`],
          });
        }
      }
    } finally {
      annotator?.terminate();
    }
    return JSON.stringify(out);
  }

  /**
   * Runs slices 0..count-1: for each, inputs(i) gives the JSON to annotate
   * and done(i, annotations) takes the answer. When no annotator could start
   * the slices are annotated by `local(inputs)` instead, in the coordinator:
   * the answer is the same. An annotator that dies on a slice is started
   * afresh and the slice's documents go through it one at a time: the file
   * that killed it fails with a message, the rest of the batch goes on. If a
   * callback throws (say, a newer batch replaced this one), no further slice
   * starts, and run() rejects with that error once the slices under way are
   * back.
   */
  async run(count, { inputs, done, local }) {
    let next = 0;
    let failure = null;
    const lane = async (k) => {
      while (next < count && !failure) {
        const slice = next++;
        try {
          const json = inputs(slice);
          let annotations;
          const annotator = k === null ? null : await this.#live(k);
          if (!annotator) {
            annotations = local(json);
          } else {
            try {
              annotations = await annotator.annotate(json);
            } catch (error) {
              // The module answered with an error: the coordinator's gives the same answer.
              annotations = annotator.broken ? await this.#oneByOne(k, json, local) : local(json);
            }
          }
          done(slice, annotations);
        } catch (error) {
          failure ??= error;
        }
      }
    };
    // Each annotator joins when its module is ready (they start with the page).
    await Promise.all(
      this.#annotators.flatMap((a, k) => Array.from({ length: IN_FLIGHT }, async () => (await a.ready) && lane(k))),
    );
    if (next < count && !failure) await lane(null); // no annotator could start
    if (failure) throw failure;
  }

  terminate() {
    for (const annotator of this.#annotators) annotator.terminate();
    this.#annotators = [];
  }
}
