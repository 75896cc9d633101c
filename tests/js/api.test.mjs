// Every export of the JS wrapper, including its error paths, on the node build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { samples, fixtures, seedNames } from './paths.mjs';
import { wasmFiles } from './wasm-files.mjs';

const { api, factory, wasmBinary, icuData } = await wasmFiles();
const { createPresslens, PresslensError } = api;

let module; // kept to watch the wasm heap and to call the module's exports directly
const presslens = await createPresslens({
  factory: async (options) => (module = await factory(options)),
  icuData,
  wasmBinary,
});
const seeds = seedNames.map((name) => ({ name, bytes: readFileSync(path.join(samples, name)) }));

test('analyze returns the batch as the contract JSON', () => {
  const out = JSON.parse(presslens.analyze(seeds));
  assert.equal(out.presslens, presslens.version);
  assert.deepEqual(
    out.documents.map((d) => d.name),
    seedNames,
  );
  for (const d of out.documents) {
    assert.equal(d.error, null);
    assert.equal(d.encoding, 'UTF-8');
    assert.ok(d.text.length > 500, `${d.name} has its body`);
  }
  assert.ok(Array.isArray(out.clusters));
});

test('pretty output is the same document, indented', () => {
  const compact = presslens.analyze(seeds.slice(0, 1));
  const pretty = presslens.analyze(seeds.slice(0, 1), { pretty: true });
  assert.ok(pretty.includes('\n  "documents"'));
  assert.deepEqual(JSON.parse(pretty), JSON.parse(compact));
});

test('ArrayBuffers are accepted as well as Uint8Arrays', () => {
  // (A headline of two or three words over one sentence is not taken for a
  // title by the fitted headline ranking: docs/cleaning.md.)
  const bytes = new TextEncoder().encode(
    'Council extends the tram line north\n\nThe city council voted on Tuesday to extend the tram line.',
  );
  const out = JSON.parse(presslens.analyze([{ name: 'a.txt', bytes: bytes.buffer }]));
  assert.equal(out.documents[0].title, 'Council extends the tram line north');
});

test('a bad file is reported in the JSON, and the others still analysed', () => {
  const png = { name: 'pixel.png', bytes: readFileSync(path.join(fixtures, 'pixel.png')) };
  const empty = { name: 'empty.txt', bytes: new Uint8Array() };
  const out = JSON.parse(presslens.analyze([png, seeds[1], empty]));
  assert.equal(out.documents[0].error, 'not a text file: it looks like a PNG image');
  assert.equal(out.documents[0].error_code, 'binary_file');
  assert.deepEqual(out.documents[0].blocks, []);
  assert.equal(out.documents[1].error, null);
  assert.equal(out.documents[2].error, 'the file is empty');
});

test('non-ASCII file names survive the boundary', () => {
  const out = JSON.parse(presslens.analyze([{ name: 'Zürich — 東京.txt', bytes: seeds[0].bytes }]));
  assert.equal(out.documents[0].name, 'Zürich — 東京.txt');
});

test('wrong arguments throw a PresslensError with a code', () => {
  const expectCode = (fn, code) =>
    assert.throws(fn, (e) => e instanceof PresslensError && e instanceof Error && e.code === code);
  expectCode(() => presslens.analyze('a.txt'), 'invalid_argument');
  expectCode(() => presslens.analyze([{ bytes: new Uint8Array() }]), 'invalid_argument');
  expectCode(() => presslens.analyze([{ name: 'a.txt', bytes: 'text' }]), 'invalid_argument');
});

test('createPresslens rejects a missing factory and bad ICU data', async () => {
  await assert.rejects(createPresslens({ icuData }), (e) => e.code === 'invalid_argument');
  await assert.rejects(createPresslens({ factory, wasmBinary }), (e) => e.code === 'invalid_argument');
  await assert.rejects(
    createPresslens({ factory, wasmBinary, icuData: new Uint8Array(4096) }),
    (e) => e instanceof PresslensError && e.code === 'icu_failure',
  );
});

test('the module survives many calls without growing without bound', () => {
  // The seeds eight times over, analysed until more bytes have gone in than
  // the whole heap holds: had each call kept its input (or anything larger),
  // the heap would have had to grow. Warmed up first, so that the heap has
  // grown to what one batch needs.
  const batch = Array.from({ length: 8 }, (_, copy) => seeds.map((s) => ({ ...s, name: `${copy}-${s.name}` }))).flat();
  const bytesPerCall = batch.reduce((sum, file) => sum + file.bytes.length, 0);
  for (let i = 0; i < 3; i++) presslens.analyze(batch);
  const heap = module.HEAPU8.length;
  const calls = Math.ceil(heap / bytesPerCall) + 1;
  for (let i = 0; i < calls; i++) presslens.analyze(batch);
  assert.equal(module.HEAPU8.length, heap, `the wasm heap grew over ${calls} calls`);
  const out = JSON.parse(presslens.analyze(seeds));
  assert.equal(out.documents.length, 5);
});

test('an exception inside a call comes back as code internal, and the module goes on', () => {
  // Only the raw export can be handed a buffer this large: a file of 4 GiB - 1
  // is longer than a string can be (std::length_error inside the module).
  const huge = 2 ** 32 - 1;
  const manifest = JSON.stringify([{ name: 'huge.txt', offset: 0, length: huge }]);
  const result = module.analyze(manifest, 0, huge, '');
  assert.equal(result.ok, false);
  assert.equal(result.code, 'internal');
  assert.match(result.message, /^internal error/);
  // Near 3 GB fits in a string but not in the module's memory (at most 2 GB).
  const tooBig = 3_000_000_000;
  const full = module.analyze(JSON.stringify([{ name: 'big.txt', offset: 0, length: tooBig }]), 0, tooBig, '');
  assert.equal(full.code, 'out_of_memory');
  assert.equal(JSON.parse(presslens.analyze(seeds)).documents.length, 5, 'the module still works');
});

test('publication dates set by the caller resolve relative dates', () => {
  const out = JSON.parse(
    presslens.analyze(seeds.slice(0, 2), {
      date: '2015-09-17',
      dates: { '001_bf7699d9b6ee942d.txt': '2015-12-15' },
    }),
  );
  assert.equal(out.documents[0].date, '2015-09-17');
  assert.equal(out.documents[0].dates.find((d) => d.text === 'Wednesday').value, '2015-09-16');
  assert.equal(out.documents[1].date, '2015-12-15');
  assert.equal(out.documents[1].dates.find((d) => d.text === 'early next year').value, '2016');
});
