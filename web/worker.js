// The Presslens Web Worker: all WebAssembly runs here, never on the page's
// main thread. The module is instantiated once, on the first message.
//
// Requests:  {id, type: 'init'}                       -> {id, ok: true}
//            {id, type: 'analyze', files: [{name, bytes: ArrayBuffer}]}
//                                                      -> {id, ok: true, json}
// Failures:  {id, ok: false, error: {name, code, message}}

import createModule from './presslens_core.mjs';
import { createPresslens } from './presslens.mjs';

let presslens = null;

async function fetchBytes(name, { optional = false } = {}) {
  const response = await fetch(new URL(`./${name}`, import.meta.url));
  if (optional && response.status === 404) return undefined;
  if (!response.ok) {
    throw Object.assign(new Error(`could not load ${name} (HTTP ${response.status})`), {
      code: 'asset_missing',
    });
  }
  return new Uint8Array(await response.arrayBuffer());
}

async function loadPresslens() {
  // ICU's data is required; the named-entity model ships with every full build.
  const [icuData, nerModel] = await Promise.all([
    fetchBytes('icudt72l.dat'),
    fetchBytes('ner.bin', { optional: true }),
  ]);
  return createPresslens({ factory: createModule, icuData, nerModel });
}

function getPresslens() {
  // Keep the promise even if it fails: a broken module stays broken, and
  // every request then reports the same error instead of reloading.
  presslens ??= loadPresslens();
  return presslens;
}

async function handle(request) {
  const p = await getPresslens();
  switch (request.type) {
    case 'init':
      return {};
    case 'analyze': {
      const files = request.files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) }));
      return { json: p.analyze(files, { pretty: false }) };
    }
    default:
      throw Object.assign(new Error(`unknown request type: ${request.type}`), { code: 'usage' });
  }
}

function describe(error) {
  return {
    name: error?.name || 'Error',
    code: error?.code ?? 'internal',
    message: error?.message || String(error),
  };
}

self.addEventListener('message', async (event) => {
  const { id } = event.data;
  try {
    self.postMessage({ id, ok: true, ...(await handle(event.data)) });
  } catch (error) {
    self.postMessage({ id, ok: false, error: describe(error) });
  }
});
