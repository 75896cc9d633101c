// The node build of the core and the files it is created with, as every JS
// test loads them: build/wasm (or PRESSLENS_WASM_BUILD) has node/ (the
// CommonJS module, its .wasm and the wrapper) and web/ (ICU's data, ner.bin,
// and speakers.bin when the build has it: the page loads it too).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { wasmBuild } from './paths.mjs';

const require = createRequire(import.meta.url);

export async function wasmFiles(build = wasmBuild) {
  const web = path.join(build, 'web');
  const icuName = readdirSync(web).find((f) => /^icudt\d+l\.dat$/.test(f));
  return {
    api: await import(path.join(build, 'node/presslens.mjs')),
    factory: require(path.join(build, 'node/presslens_core_node.js')),
    wasmBinary: readFileSync(path.join(build, 'node/presslens_core_node.wasm')),
    icuData: readFileSync(path.join(web, icuName)),
    nerModel: readFileSync(path.join(web, 'ner.bin')),
    speakerModel: existsSync(path.join(web, 'speakers.bin')) ? readFileSync(path.join(web, 'speakers.bin')) : undefined,
  };
}
