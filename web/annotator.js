// A worker of the pool (see pool.js): the core's second stage, each
// document's dates, numbers and named entities, on slices of a batch that
// the coordinating worker (worker.js) prepared. It has its own module.
//
// Requests:  {id, type: 'init', assets: {wasmBinary, icuData, nerModel}} -> {id, ok: true}
//            {id, type: 'annotate', inputs}  -> {id, ok: true, annotations}
//                 inputs and annotations: the core's JSON text, passed on unparsed
// Failures:  {id, ok: false, error: {name, code, message}}

import { instantiate } from './assets.js';
import { annotateRound, warmUp } from './warmup.js';

let presslens = null;
let requests = 0; // annotate requests so far: warming up stops at the first

async function start(assets) {
  const ready = await instantiate(assets);
  warmUp(annotateRound(ready), () => requests > 0);
  return ready;
}

async function handle(request) {
  switch (request.type) {
    case 'init':
      presslens ??= start(request.assets);
      await presslens;
      return {};
    case 'annotate': {
      requests++;
      if (!presslens) throw Object.assign(new Error('the annotator has not been initialised'), { code: 'usage' });
      return { annotations: (await presslens).annotate(request.inputs) };
    }
    default:
      throw Object.assign(new Error(`unknown request type: ${request.type}`), { code: 'usage' });
  }
}

self.addEventListener('message', async ({ data }) => {
  try {
    self.postMessage({ id: data.id, ok: true, ...(await handle(data)) });
  } catch (error) {
    self.postMessage({
      id: data.id,
      ok: false,
      error: {
        name: error?.name || 'Error',
        code: error?.code ?? 'internal',
        message: error?.message || String(error),
      },
    });
  }
});
