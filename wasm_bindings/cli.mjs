#!/usr/bin/env node
// The `presslens` command line on the WebAssembly build: the same C++ CLI as
// the native tool, run under node on the real file system.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const local = (path) => new URL(path, import.meta.url);

const factory = require('./node/presslens_core_node.js');
const module = await factory({ wasmBinary: readFileSync(local('./node/presslens_core_node.wasm')) });

const icuData = readFileSync(local('./web/@PRESSLENS_ICU_DATA_NAME@'));
const address = module._malloc(icuData.length);
module.HEAPU8.set(icuData, address);
const loaded = module.setIcuData(address, icuData.length);
module._free(address);
if (!loaded.ok) {
  process.stderr.write(`presslens: ${loaded.message}\n`);
  process.exit(1);
}

const args = new module.StringVector();
for (const arg of process.argv.slice(2)) args.push_back(arg);
process.exitCode = module.runCli(args);
args.delete();
