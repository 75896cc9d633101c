// The page's worker protocol (web/rpc.js, web/protocol.js), on node's
// MessageChannel: the same client and dispatcher the page's workers use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeError, reply, RpcClient, serve } from '../../web/rpc.js';
import { Annotator, Coordinator, ErrorCode, Layout, SEARCH_DEFAULTS } from '../../web/protocol.js';

const Echo = Object.freeze({ worker: 'echo', types: Object.freeze(['echo', 'count', 'fail', 'give']) });

/** A client and a dispatcher joined by a MessageChannel; close() ends both. */
function connect(handlers, protocol = Echo, options = {}) {
  const { port1, port2 } = new MessageChannel();
  serve(protocol, handlers, port2);
  return new RpcClient(port1, protocol, options);
}

const handlers = {
  echo: (params) => params,
  async count({ to }, { progress }) {
    for (let i = 1; i <= to; i++) progress({ done: i, total: to });
    return { counted: to };
  },
  fail({ what }) {
    if (what === 'coded')
      throw Object.assign(new Error('no such batch'), { name: 'RangeError', code: 'invalid_argument' });
    if (what === 'plain') throw new TypeError('undefined is not a function');
    throw 'a string'; // eslint-disable-line no-throw-literal
  },
  give({ size }) {
    const buffer = new ArrayBuffer(size);
    given.push(buffer);
    return reply({ buffer }, [buffer]);
  },
};
const given = []; // the buffers `give` sent, as the worker side sees them afterwards

test('a request gets its own reply; concurrent ones do not mix', async () => {
  const client = connect(handlers);
  try {
    const replies = await Promise.all([1, 2, 3].map((n) => client.request('echo', { n, text: 'Zürich 東京' })));
    assert.deepEqual(
      replies.map((r) => r.n),
      [1, 2, 3],
    );
    assert.equal(replies[0].text, 'Zürich 東京');
  } finally {
    client.close();
  }
});

test('progress messages arrive, in order, before the reply', async () => {
  const client = connect(handlers);
  try {
    const seen = [];
    const result = await client.request('count', { to: 4 }, { onProgress: (p) => seen.push(p.done) });
    assert.deepEqual(seen, [1, 2, 3, 4]);
    assert.deepEqual(result, { counted: 4 });
  } finally {
    client.close();
  }
});

test("a handler's failure comes back as an Error with its code, name and message", async () => {
  const client = connect(handlers);
  try {
    await assert.rejects(client.request('fail', { what: 'coded' }), (e) => {
      assert.ok(e instanceof Error);
      assert.equal(e.code, 'invalid_argument');
      assert.equal(e.name, 'RangeError');
      assert.equal(e.message, 'no such batch');
      return true;
    });
    // Anything else thrown is internal.
    await assert.rejects(client.request('fail', { what: 'plain' }), { code: ErrorCode.INTERNAL, name: 'TypeError' });
    await assert.rejects(client.request('fail', {}), { code: ErrorCode.INTERNAL, message: 'a string' });
    assert.deepEqual(describeError(undefined), { name: 'Error', code: 'internal', message: 'undefined' });
  } finally {
    client.close();
  }
});

test('a request type that is not declared is refused on both sides', async () => {
  const client = connect(handlers);
  try {
    await assert.rejects(client.request('delete_everything'), { code: ErrorCode.USAGE });
  } finally {
    client.close();
  }
  // A message that bypasses the client: the dispatcher refuses it too.
  const { port1, port2 } = new MessageChannel();
  serve(Echo, handlers, port2);
  const answer = new Promise((resolve) => port1.once('message', resolve));
  port1.postMessage({ id: 7, type: 'toString', params: {} });
  assert.deepEqual(await answer, {
    id: 7,
    ok: false,
    error: { name: 'Error', code: 'usage', message: 'the echo worker does not answer "toString"' },
  });
  port1.close();
});

test('a worker whose handlers do not match its protocol does not start', () => {
  const { port2 } = new MessageChannel();
  const { give, ...missing } = handlers;
  assert.throws(() => serve(Echo, missing, port2), /missing: give/);
  assert.throws(() => serve(Echo, { ...handlers, extra: () => 1 }, port2), /undeclared: extra/);
  port2.close();
});

test('close() fails what is pending with code cancelled, and every later request', async () => {
  let release;
  const client = connect({ ...handlers, echo: () => new Promise((resolve) => (release = resolve)) });
  const pending = client.request('echo', {});
  client.close();
  await assert.rejects(pending, { code: ErrorCode.CANCELLED, name: 'AbortError' });
  await assert.rejects(client.request('echo', {}), { code: ErrorCode.CANCELLED });
  assert.equal(client.closed, true);
  release?.();
});

test("a worker's error event fails what is pending with code worker and calls onBroken once", async () => {
  const port = new EventTarget();
  port.postMessage = () => {};
  let broken = 0;
  const client = new RpcClient(port, Echo, { onBroken: () => broken++ });
  const pending = client.request('echo', {});
  port.dispatchEvent(new Event('error'));
  port.dispatchEvent(new Event('error'));
  await assert.rejects(pending, { code: ErrorCode.WORKER, message: /the echo worker could not start, or stopped/ });
  await assert.rejects(client.request('echo', {}), { code: ErrorCode.WORKER });
  assert.equal(broken, 1);
});

test('parameters that cannot be sent fail the request, not the client', async () => {
  const client = connect(handlers);
  try {
    await assert.rejects(client.request('echo', { callback: () => 1 }), { name: 'DataCloneError' });
    assert.equal((await client.request('echo', { n: 1 })).n, 1);
  } finally {
    client.close();
  }
});

test('a reply can transfer its buffers instead of copying them', async () => {
  const client = connect(handlers);
  try {
    const { buffer } = await client.request('give', { size: 1024 });
    assert.ok(buffer instanceof ArrayBuffer);
    assert.equal(buffer.byteLength, 1024);
    assert.equal(given.at(-1).byteLength, 0, 'the sender still has the buffer: it was copied');
  } finally {
    client.close();
  }
});

test("the page's protocols declare each request once, and the search defaults", () => {
  for (const protocol of [Coordinator, Annotator, Layout]) {
    assert.equal(new Set(protocol.types).size, protocol.types.length, `${protocol.worker} declares a type twice`);
    assert.ok(Object.isFrozen(protocol) && Object.isFrozen(protocol.types));
  }
  assert.deepEqual(Coordinator.types, [
    'init',
    'analyze',
    'correct',
    'json',
    'search',
    'graph',
    'links',
    'ready',
    'readProject',
    'writeProject',
  ]);
  assert.deepEqual(SEARCH_DEFAULTS, { context: 60, limit: 500 });
});
