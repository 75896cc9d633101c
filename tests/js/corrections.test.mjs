// Corrections through the JS wrapper (docs/output.md, "Corrections"): as an
// option of analyze, open and prepare, and on a kept batch with correct(),
// whose answer holds only what changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fixtures, samples, seedNames } from './paths.mjs';
import { wasmFiles } from './wasm-files.mjs';
import { applyChanges } from '../../web/model.js';

const { api, factory, wasmBinary, icuData, nerModel } = await wasmFiles();
const { createPresslens, PresslensError } = api;
const presslens = await createPresslens({ factory, icuData, wasmBinary, nerModel });
const seeds = seedNames.map((name) => ({ name, bytes: readFileSync(path.join(samples, name)) }));
const list = JSON.parse(readFileSync(path.join(fixtures, 'seed-corrections.json'), 'utf8')).corrections;

const expectCode = (fn, code) => assert.throws(fn, (e) => e instanceof PresslensError && e.code === code);

// What the page does with correct()'s answer (web/model.js, the same code).
function patch(batch, changes) {
  const out = structuredClone(batch);
  applyChanges(out, changes);
  return out;
}

// The graph in a fixed order (a patched graph keeps the old order, with the new last).
function sortedGraph(batch) {
  const key = (e) => [e.source, e.target].sort().join(' ');
  return {
    ...batch,
    graph: {
      nodes: [...batch.graph.nodes].sort((a, b) => a.id.localeCompare(b.id)),
      edges: [...batch.graph.edges]
        .map((e) => ({ ...e, ...(e.source > e.target ? { source: e.target, target: e.source } : {}) }))
        .sort((a, b) => key(a).localeCompare(key(b))),
    },
  };
}

test('analyze takes corrections as a list or as a file object, and reports each', () => {
  const out = JSON.parse(presslens.analyze(seeds, { corrections: list }));
  assert.equal(out.corrections.length, list.length);
  assert.deepEqual(out.corrections[2], { index: 2, op: 'merge', status: 'applied', message: null });
  assert.ok(
    presslens.analyze(seeds, { corrections: { corrections: list } }) ===
      presslens.analyze(seeds, { corrections: list }),
  );
  assert.equal(JSON.parse(presslens.analyze(seeds)).corrections, undefined);
  assert.deepEqual(JSON.parse(presslens.analyze(seeds, { corrections: [] })).corrections, []);
});

test('a kept batch corrected step by step is the batch analysed with the whole list', () => {
  const batch = presslens.open(seeds);
  try {
    let current = JSON.parse(batch.json());
    for (let n = 1; n <= list.length; n += 3) {
      const changes = JSON.parse(batch.correct(list.slice(0, n)));
      current = patch(current, changes);
      const whole = presslens.analyze(seeds, { corrections: list.slice(0, n) });
      assert.ok(batch.json() === whole, `the first ${n} corrections`);
      assert.deepEqual(sortedGraph(current), sortedGraph(JSON.parse(whole)), `the page's copy after ${n} corrections`);
    }
    // Undo to nothing: the analysis as it was, with an empty report.
    current = patch(current, JSON.parse(batch.correct([])));
    const plain = JSON.parse(presslens.analyze(seeds));
    assert.deepEqual(current.corrections, []);
    delete current.corrections;
    assert.deepEqual(sortedGraph(current), sortedGraph(plain));
  } finally {
    batch.delete();
  }
});

test('a correction answers with what changed only', () => {
  const batch = presslens.open(seeds);
  try {
    const changes = JSON.parse(batch.correct([{ op: 'retype', name: 'Kremlin', type: 'ORG' }]));
    const withKremlin = JSON.parse(batch.json())
      .documents.map((d, i) => (d.entities.some((e) => e.text === 'Kremlin') ? i : -1))
      .filter((i) => i >= 0);
    assert.deepEqual(changes.indices, withKremlin);
    assert.equal(changes.clusters.set.length, 1);
    assert.equal(changes.clusters.set[0].type, 'ORG');
    assert.deepEqual(changes.clusters.removed, []);
    assert.equal(changes.graph.nodes.length, 1);
    assert.equal(changes.passages, undefined);
    assert.equal(changes.timeline, undefined);
    assert.deepEqual(changes.corrections, [{ index: 0, op: 'retype', status: 'applied', message: null }]);
    // Search sees the corrected batch.
    const hits = batch.search('entity:Kremlin');
    assert.ok(hits.total > 0);
  } finally {
    batch.delete();
  }
});

test('prepare and finish carry corrections through the three stages', () => {
  const prepared = presslens.prepare(seeds, { corrections: list });
  const inputs = prepared.annotationInputs(0, seeds.length);
  prepared.applyAnnotations(0, seeds.length, presslens.annotate(inputs));
  const batch = prepared.finish();
  assert.ok(batch.json() === presslens.analyze(seeds, { corrections: list }));
  batch.delete();
});

test('corrections that are not a list throw; a bad entry is only reported', () => {
  expectCode(() => presslens.analyze(seeds, { corrections: 'merge' }), 'invalid_argument');
  expectCode(() => presslens.analyze(seeds, { corrections: { op: 'merge' } }), 'invalid_argument');
  const batch = presslens.open(seeds.slice(0, 1));
  expectCode(() => batch.correct('not a list'), 'invalid_argument');
  expectCode(() => batch.correct(), 'invalid_argument');
  const changes = JSON.parse(batch.correct([{ op: 'merge', names: 3 }]));
  assert.equal(changes.corrections[0].status, 'invalid');
  batch.delete();
  expectCode(() => batch.correct([]), 'invalid_argument');
  assert.equal(presslens.openBatches, 0);
});
