#!/usr/bin/env node
// Search over a large analysed batch in the WebAssembly build under node.
//   node tools/bench/bench_search.mjs [--no-ner] CORPUS.jsonl [WASM_BUILD_DIR]
// CORPUS.jsonl comes from `bench_batch 10000 --write CORPUS.jsonl`; the build
// directory defaults to build/wasm. Prints the time to analyse the batch
// once (Presslens.open) and the time per query, and the wasm heap's size.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const args = process.argv.slice(2);
const ner = !args.includes('--no-ner');
const [corpusPath, buildArg] = args.filter((a) => a !== '--no-ner');
if (!corpusPath) {
  console.error('usage: bench_search.mjs CORPUS.jsonl [WASM_BUILD_DIR]');
  process.exit(2);
}
const build = path.resolve(buildArg ?? 'build/wasm');
const require = createRequire(import.meta.url);
const { createPresslens } = await import(path.join(build, 'node/presslens.mjs'));
const factory = require(path.join(build, 'node/presslens_core_node.js'));
const web = path.join(build, 'web');
let module;
const presslens = await createPresslens({
  factory: async (options) => (module = await factory(options)),
  wasmBinary: readFileSync(path.join(build, 'node/presslens_core_node.wasm')),
  icuData: readFileSync(
    path.join(
      web,
      readdirSync(web).find((f) => /^icudt\d+l\.dat$/.test(f)),
    ),
  ),
  nerModel: ner ? readFileSync(path.join(web, 'ner.bin')) : undefined,
});

const bytes = readFileSync(corpusPath);
let start = performance.now();
const batch = presslens.open([{ name: path.basename(corpusPath), bytes }]);
console.log(
  `analysed ${batch.documents} articles (${(bytes.length / 1e6).toFixed(1)} MB) in wasm: ` +
    `${((performance.now() - start) / 1000).toFixed(1)} s${ner ? '' : ' (no NER model)'}; ` +
    `wasm heap ${(module.HEAPU8.length / 2 ** 20).toFixed(0)} MB`,
);

const rounds = 20;
for (const query of ['zurich', 'clinton', 'the', 'peace talks', 'white house', 'entity:Trump']) {
  for (const limit of [100, 0]) {
    batch.search(query, { limit }); // warm
    start = performance.now();
    let total = 0;
    for (let r = 0; r < rounds; r++) total = batch.search(query, { limit }).total;
    const ms = (performance.now() - start) / rounds;
    console.log(
      `search ${query.padEnd(14)} ${String(total).padStart(7)} hits  ` +
        `${ms.toFixed(2)} ms per query (${limit ? `first ${limit} hits` : 'all hits'} as JSON, parsed)`,
    );
  }
}
batch.delete();
