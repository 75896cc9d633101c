#!/usr/bin/env node
// The `presslens` command line on the WebAssembly build: the same C++ CLI as
// the native tool, run under node on the real file system.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const local = (path) => new URL(path, import.meta.url);

const factory = require('./node/presslens_core_node.js');
const module = await factory({ wasmBinary: readFileSync(local('./node/presslens_core_node.wasm')) });

function load(call, bytes) {
  const address = module._malloc(bytes.length);
  module.HEAPU8.set(bytes, address);
  const result = call(address, bytes.length);
  module._free(address);
  if (!result.ok) {
    process.stderr.write(`presslens: ${result.message}\n`);
    process.exit(1);
  }
}

load(module.setIcuData, readFileSync(local('./web/@PRESSLENS_ICU_DATA_NAME@')));
// Like the native tool, which loads its models from beside its executable.
if (existsSync(local('./web/ner.bin'))) load(module.loadNerModel, readFileSync(local('./web/ner.bin')));
if (process.argv[2] !== 'train-speakers' && existsSync(local('./web/speakers.bin'))) {
  load(module.loadSpeakerModel, readFileSync(local('./web/speakers.bin')));
}

const args = new module.StringVector();
for (const arg of process.argv.slice(2)) args.push_back(arg);
process.exitCode = module.runCli(args);
args.delete();
