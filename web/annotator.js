// A worker of the pool (see pool.js): the core's second stage, each
// document's dates, numbers and named entities, on slices of a batch that
// the coordinating worker (worker.js) prepared. It has its own module and
// answers the Annotator requests of protocol.js.

import { instantiate } from './assets.js';
import { Annotator, ErrorCode } from './protocol.js';
import { protocolError, serve } from './rpc.js';
import { annotateRound, warmUp } from './warmup.js';

let started = null; // a promise of {presslens, warmed}, once
let requests = 0; // annotate requests so far: warming up stops at the first

async function start(assets) {
  const presslens = await instantiate(assets);
  return { presslens, warmed: warmUp(annotateRound(presslens), () => requests > 0) };
}

function getStarted() {
  if (!started) throw protocolError(ErrorCode.USAGE, 'the annotator has not been initialised');
  return started;
}

serve(Annotator, {
  async init({ assets }) {
    started ??= start(assets);
    await started;
    return {};
  },

  async annotate({ inputs }) {
    requests++;
    return { annotations: (await getStarted()).presslens.annotate(inputs) };
  },

  async ready() {
    await (
      await getStarted()
    ).warmed;
    return {};
  },
});
