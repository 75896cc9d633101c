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
   * onProgress(progress) gets the worker's progress messages (see
   * protocol.js), then {phase: 'parsing', done, total} as the page parses the
   * documents a chunk at a time. Resolves to {json, batch}: the core's JSON
   * (a Blob) and the parsed batch.
   */
  async analyze(files, onProgress = () => {}) {
    const reply = await this.#request(
      'analyze',
      { files },
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
