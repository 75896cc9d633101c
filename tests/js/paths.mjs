// Where the tests find the builds (override with environment variables).
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const wasmBuild = path.resolve(repo, process.env.PRESSLENS_WASM_BUILD ?? 'build/wasm');
export const nativeBuild = path.resolve(repo, process.env.PRESSLENS_NATIVE_BUILD ?? 'build/native');
export const samples = path.join(repo, 'web/samples');
export const fixtures = path.join(repo, 'tests/fixtures');
export const seedNames = [
  '000_f85d2e230b170ceb.txt',
  '001_bf7699d9b6ee942d.txt',
  '002_07f4cbc89c93d9ec.txt',
  '003_db9d974d6a489a86.txt',
  '004_4080d963fd1f8c6e.txt',
];
