// Requests and replies between the page and its workers (protocol.js
// declares them): RpcClient on the side that asks, serve() on the worker's.
// Each request gets an id and a promise; progress messages on the way go to
// the request's onProgress; a failure arrives as a plain {name, code,
// message} (structured cloning keeps no Error class) and is thrown again as
// an Error with that code.

import { ErrorCode } from './protocol.js';

/** An Error with a machine-readable `code` (protocol.js's ErrorCode, or the core's). */
export function protocolError(code, message, name = 'Error') {
  return Object.assign(new Error(message), { name, code });
}

/** The plain form of anything thrown, as it crosses to the other side. */
export function describeError(error) {
  return {
    name: error?.name || 'Error',
    code: error?.code ?? ErrorCode.INTERNAL,
    message: error?.message || String(error),
  };
}

const notDeclared = (protocol, type) =>
  protocolError(ErrorCode.USAGE, `the ${protocol.worker} worker does not answer "${type}"`);

export class RpcClient {
  #port;
  #protocol;
  #pending = new Map(); // id -> {resolve, reject, onProgress}
  #nextId = 1;
  #closedWith = null;

  /**
   * port: a Worker (or a MessagePort) that serves `protocol`. onBroken() is
   * called once if the worker fails to load or dies (its 'error' event);
   * every pending request then fails with code 'worker'.
   */
  constructor(port, protocol, { onBroken } = {}) {
    this.#port = port;
    this.#protocol = protocol;
    port.addEventListener('message', ({ data }) => this.#settle(data));
    port.addEventListener('error', (event) => {
      event.preventDefault?.();
      if (this.#closedWith) return;
      this.close(protocolError(ErrorCode.WORKER, `the ${protocol.worker} worker could not start, or stopped`));
      onBroken?.();
    });
    port.start?.(); // a MessagePort delivers nothing until started
  }

  /** True once close() ran or the worker died: every request now fails. */
  get closed() {
    return this.#closedWith !== null;
  }

  /**
   * Sends request `type` (declared in the protocol) with `params`; resolves
   * to the worker's result. transfer: buffers to move rather than copy.
   */
  request(type, params = {}, { transfer = [], onProgress = null } = {}) {
    if (!this.#protocol.types.includes(type)) return Promise.reject(notDeclared(this.#protocol, type));
    if (this.#closedWith) return Promise.reject(this.#closedWith);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, onProgress });
      try {
        this.#port.postMessage({ id, type, params }, transfer);
      } catch (error) {
        this.#pending.delete(id); // e.g. params that cannot be cloned
        reject(error);
      }
    });
  }

  /** Stops the worker; every pending request fails with `error`. */
  close(error = protocolError(ErrorCode.CANCELLED, 'Cancelled.', 'AbortError')) {
    if (this.#closedWith) return;
    this.#closedWith = error;
    if (typeof this.#port.terminate === 'function') this.#port.terminate();
    else this.#port.close?.();
    for (const { reject } of this.#pending.values()) reject(error);
    this.#pending.clear();
  }

  #settle({ id, progress, ok, result, error }) {
    const pending = this.#pending.get(id);
    if (!pending) return;
    if (progress !== undefined) {
      pending.onProgress?.(progress);
      return;
    }
    this.#pending.delete(id);
    if (ok) pending.resolve(result);
    else pending.reject(protocolError(error.code, error.message, error.name));
  }
}

class Reply {
  constructor(result, transfer) {
    this.result = result;
    this.transfer = transfer;
  }
}

/** What a handler returns to move buffers (`transfer`) with its result rather than copy them. */
export const reply = (result, transfer) => new Reply(result, transfer);

/**
 * Answers the requests of `protocol` that arrive at `port` (the worker's
 * own scope by default): handlers[type](params, {progress}) gives the result,
 * or a promise of it; progress(value) sends a progress message first. A
 * handler that throws sends a failure. Every declared type needs a handler,
 * and only those: a mismatch throws here, when the worker starts.
 */
export function serve(protocol, handlers, port = globalThis) {
  const missing = protocol.types.filter((type) => typeof handlers[type] !== 'function');
  const extra = Object.keys(handlers).filter((type) => !protocol.types.includes(type));
  if (missing.length || extra.length) {
    throw new Error(
      `the ${protocol.worker} worker's handlers do not match its protocol (missing: ${missing}; undeclared: ${extra})`,
    );
  }
  port.addEventListener('message', async ({ data }) => {
    const { id, type, params } = data ?? {};
    const progress = (value) => port.postMessage({ id, progress: value });
    try {
      if (!protocol.types.includes(type)) throw notDeclared(protocol, type);
      const answer = await handlers[type](params ?? {}, { progress });
      if (answer instanceof Reply) port.postMessage({ id, ok: true, result: answer.result }, answer.transfer);
      else port.postMessage({ id, ok: true, result: answer });
    } catch (error) {
      port.postMessage({ id, ok: false, error: describeError(error) });
    }
  });
  port.start?.();
}
