// The explorer's worker pool runs the core in stages: one module prepares
// the batch, others annotate slices of it, the first finishes it. Here the
// "workers" are separate module instances in one process: the JSON they
// exchange must carry everything, so that the result is byte for byte what
// one analyze() call gives. (tests/browser/explorer.test.mjs checks the same
// with the page's real workers.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { samples, seedNames, fixtures } from './paths.mjs';
import { wasmFiles } from './wasm-files.mjs';
import { generatedArticles } from './generated-articles.mjs';

const { api, factory, wasmBinary, icuData, nerModel } = await wasmFiles();
const { createPresslens, PresslensError, PreparedBatch } = api;

const instance = () => createPresslens({ factory, icuData, wasmBinary, nerModel });
const coordinator = await instance();
const annotators = [await instance(), await instance()];
const seeds = seedNames.map((name) => ({ name, bytes: readFileSync(path.join(samples, name)) }));

const expectCode = (fn, code) => assert.throws(fn, (e) => e instanceof PresslensError && e.code === code);

// As web/worker.js does it: slices of `size` documents, handed out in turn.
function analyzeInStages(files, { size, options } = {}) {
  const prepared = coordinator.prepare(files, options);
  try {
    const total = prepared.documents.length;
    for (let first = 0, k = 0; first < total; first += size, k++) {
      const count = Math.min(size, total - first);
      const annotations = annotators[k % annotators.length].annotate(prepared.annotationInputs(first, count));
      prepared.applyAnnotations(first, count, annotations);
    }
    const batch = prepared.finish();
    try {
      return batch.json();
    } finally {
      batch.delete();
    }
  } finally {
    prepared.delete();
  }
}

test('the seeds analysed in stages across modules give the same bytes as analyze()', () => {
  const expected = coordinator.analyze(seeds);
  for (const size of [1, 2, 5]) assert.ok(analyzeInStages(seeds, { size }) === expected, `slices of ${size} differ`);
  assert.ok(
    JSON.parse(expected).documents.some((d) => d.entities.length > 0),
    'the entity model is loaded',
  );
});

test('three hundred generated articles (and files that fail) in stages: the same bytes', () => {
  const files = generatedArticles(300);
  const expected = coordinator.analyze(files);
  const batch = JSON.parse(expected);
  assert.ok(batch.documents.length >= 305, 'records of the JSON Lines file are documents');
  assert.ok(batch.documents.filter((d) => d.error).length === 2, 'the PNG and the empty file fail on their own');
  assert.ok(
    batch.documents.some((d) => d.blocks.some((b) => !b.kept)),
    'furniture is removed',
  );
  assert.ok(batch.clusters.length > 10 && batch.documents.some((d) => d.quotes.length > 0));
  assert.ok(analyzeInStages(files, { size: 16 }) === expected);
  assert.ok(analyzeInStages(files, { size: 7 }) === expected);
});

test('publication dates set by the caller reach the annotators', () => {
  const options = { date: '2015-09-16', dates: { [seeds[1].name]: '2015-12-01' } };
  const expected = coordinator.analyze(seeds, options);
  assert.ok(analyzeInStages(seeds, { size: 2, options }) === expected);
  assert.notEqual(expected, coordinator.analyze(seeds));
});

test('a prepared batch lists its documents and their errors before annotation', () => {
  const png = { name: 'pixel.png', bytes: readFileSync(path.join(fixtures, 'pixel.png')) };
  const prepared = coordinator.prepare([seeds[0], png]);
  try {
    assert.ok(prepared instanceof PreparedBatch);
    assert.deepEqual(
      prepared.documents.map((d) => d.name),
      [seeds[0].name, 'pixel.png'],
    );
    assert.equal(prepared.documents[0].error, null);
    assert.equal(prepared.documents[0].bytes, seeds[0].bytes.length);
    assert.equal(prepared.documents[1].error, 'not a text file: it looks like a PNG image');
    const inputs = JSON.parse(prepared.annotationInputs(0, 2));
    assert.equal(inputs[1], null, 'a failed document is not sent to annotate');
    assert.ok(inputs[0].t.length > 500, 'the cleaned text is sent');
  } finally {
    prepared.delete();
  }
});

test('finishing a few steps at a time counts the steps and gives the same bytes', () => {
  const expected = coordinator.analyze(seeds);
  const prepared = coordinator.prepare(seeds);
  const n = prepared.documents.length;
  prepared.applyAnnotations(0, n, annotators[0].annotate(prepared.annotationInputs(0, n)));
  expectCode(() => prepared.finishStep(0), 'invalid_argument');
  const seen = [];
  let step;
  do {
    step = prepared.finishStep(2);
    seen.push(step);
  } while (!step.batch);
  assert.equal(step.total, 1 + n + 6, 'names, each article, the cross-index');
  assert.deepEqual(
    seen.map((s) => s.done),
    seen.map((_, i) => Math.min(step.total, 2 * (i + 1))),
  );
  assert.ok(seen.some((s) => s.part === 'quotes') && seen.some((s) => s.part === 'links'));
  assert.equal(step.batch.json(), expected);
  expectCode(() => prepared.finishStep(1), 'invalid_argument');
  step.batch.delete();
  prepared.delete();
});

test('stage calls out of order or out of range throw PresslensError', () => {
  const prepared = coordinator.prepare(seeds.slice(0, 2));
  expectCode(() => prepared.annotationInputs(1, 2), 'invalid_argument');
  expectCode(() => prepared.annotationInputs(-1, 1), 'invalid_argument');
  expectCode(() => prepared.applyAnnotations(0, 1, '[]'), 'invalid_argument');
  expectCode(() => prepared.applyAnnotations(0, 1, 'not json'), 'invalid_argument');
  expectCode(() => prepared.applyAnnotations(0, 1, 42), 'invalid_argument');
  expectCode(() => coordinator.annotate('{"t": 1}'), 'invalid_argument');
  expectCode(() => coordinator.annotate(null), 'invalid_argument');
  const batch = prepared.finish();
  expectCode(() => prepared.annotationInputs(0, 1), 'invalid_argument');
  expectCode(() => prepared.finish(), 'invalid_argument');
  assert.equal(batch.documents, 2);
  assert.ok(batch.search('syria').total > 0, 'a finished batch can be searched');
  batch.delete();
});

test('prepared batches are freed, finished or not: nothing leaks', () => {
  const before = coordinator.openBatches;
  for (let i = 0; i < 5; i++) coordinator.prepare(seeds.slice(0, 1)).delete();
  for (let i = 0; i < 5; i++) {
    const prepared = coordinator.prepare(seeds.slice(0, 1));
    prepared.applyAnnotations(0, 1, annotators[0].annotate(prepared.annotationInputs(0, 1)));
    prepared.finish().delete();
    prepared.delete(); // harmless once finished
  }
  expectCode(() => coordinator.prepare([{ name: 'x' }]), 'invalid_argument');
  assert.equal(coordinator.openBatches, before);
});
