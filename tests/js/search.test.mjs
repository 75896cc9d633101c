// Searching an analysed batch through the JS wrapper (Presslens.open): the
// batch is analysed once, kept in the module, searched, and deleted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { wasmBuild, samples, seedNames } from './paths.mjs';
import { wasmFiles } from './wasm-files.mjs';

const { api, factory, wasmBinary, icuData, nerModel } = await wasmFiles();
const { createPresslens, PresslensError } = api;

let module; // kept to watch the wasm heap in the leak test
const presslens = await createPresslens({
  factory: async (options) => (module = await factory(options)),
  icuData,
  wasmBinary,
  nerModel,
});
const seeds = seedNames.map((name) => ({ name, bytes: readFileSync(path.join(samples, name)) }));
const encode = (text) => new TextEncoder().encode(text);

const expectCode = (fn, code) => assert.throws(fn, (e) => e instanceof PresslensError && e.code === code);

test('an opened batch gives the same JSON as analyze', () => {
  const batch = presslens.open(seeds);
  try {
    assert.equal(batch.documents, 5);
    assert.equal(batch.json(), presslens.analyze(seeds));
    assert.equal(batch.json({ pretty: true }), presslens.analyze(seeds, { pretty: true }));
  } finally {
    batch.delete();
  }
});

test('search finds moualem in the seeds; offsets slice the document text', () => {
  const batch = presslens.open(seeds);
  const out = JSON.parse(batch.json());
  const result = batch.search('moualem');
  assert.equal(result.query, 'moualem');
  assert.equal(result.total, 4);
  for (const hit of result.hits) {
    assert.equal(hit.document, '002_07f4cbc89c93d9ec.txt');
    const text = out.documents.find((d) => d.name === hit.document).text;
    assert.equal(text.slice(hit.start, hit.end), hit.match);
    assert.equal(hit.match.toLowerCase(), 'moualem');
    assert.ok(text.slice(0, hit.start).endsWith(hit.before));
    assert.ok(text.slice(hit.end).startsWith(hit.after));
  }
  assert.equal(batch.search('"peace talks"').total, 4);
  assert.equal(batch.search('PEACE TALKS').total, 4);
  batch.delete();
});

test('accents, case and UTF-16 offsets across the boundary', () => {
  const text = 'Headline\n\nTokyo (東京) and 😀 Zürich; then ZURICH again.\n';
  const batch = presslens.open([{ name: 'z.txt', bytes: encode(text) }]);
  const body = JSON.parse(batch.json()).documents[0].text;
  const result = batch.search('zürich', { context: 5 });
  assert.deepEqual(
    result.hits.map((h) => h.match),
    ['Zürich', 'ZURICH'],
  );
  for (const h of result.hits) assert.equal(body.slice(h.start, h.end), h.match);
  assert.equal(result.hits[0].before, 'nd 😀 ');
  assert.equal(batch.search('zurich', { limit: 1 }).hits.length, 1);
  assert.equal(batch.search('zurich', { limit: 1 }).total, 2);
  batch.delete();
});

test('entity queries return every mention of a cluster', () => {
  const batch = presslens.open(seeds);
  const out = JSON.parse(batch.json());
  const mentions = (id) => out.documents.flatMap((d) => d.entities.filter((e) => e.cluster === id));
  const cluster = out.clusters.find((c) => mentions(c.id).length >= 2);
  if (cluster) {
    const result = batch.search(`entity:${cluster.id}`);
    assert.equal(result.total, mentions(cluster.id).length);
    assert.equal(batch.search(`entity:"${cluster.name}"`).total, result.total);
  } else {
    // No clusters: a name finds the mentions written that way.
    const lavrov = out.documents.flatMap((d) => d.entities.filter((e) => e.text === 'Lavrov'));
    assert.equal(batch.search('entity:lavrov').total, lavrov.length);
  }
  batch.delete();
});

test('stems, filters and facets cross the boundary', () => {
  const records = [
    { text: 'Her emails were read. The email server was old.', date: '2016-09-12', source: 'Daily' },
    { text: 'Emailed notes and one email.', date: '2016-10-02', source: 'Weekly' },
  ];
  const batch = presslens.open([
    { name: 'feed.jsonl', bytes: encode(records.map((r) => JSON.stringify(r)).join('\n') + '\n') },
  ]);
  try {
    const all = batch.search('email');
    assert.equal(all.total, 4);
    assert.equal(all.matched, 4);
    assert.deepEqual(all.facets.outlet, [
      { value: 'Daily', count: 2 },
      { value: 'Weekly', count: 2 },
    ]);
    assert.deepEqual(
      all.facets.date.map((d) => d.value),
      ['2016-09-12', '2016-10-02'],
    );
    assert.equal(batch.search('"emails"').total, 1);
    const weekly = batch.search('email outlet:Weekly');
    assert.equal(weekly.total, 2);
    assert.equal(weekly.matched, 4);
    assert.ok(weekly.hits.every((h) => h.document === 'feed.jsonl#2'));
    expectCode(() => batch.search('email type:nothing'), 'invalid_argument');
  } finally {
    batch.delete();
  }
});

test("the graph's exports and a link's sentences", () => {
  const batch = presslens.open(seeds);
  try {
    const graph = JSON.parse(batch.json()).graph;
    assert.match(batch.graph('gexf'), /^<\?xml[^]*<gexf /);
    assert.match(batch.graph('graphml'), /<graphml /);
    assert.deepEqual(JSON.parse(batch.graph('json')), graph);
    expectCode(() => batch.graph('dot'), 'invalid_argument');
    const edge = graph.edges[0];
    const links = batch.linkSentences(edge.source, edge.target);
    assert.equal(links.sentences.length, edge.sentences);
    assert.deepEqual(links.sentences.slice(0, edge.examples.length), edge.examples);
    assert.deepEqual(batch.linkSentences(edge.source, 'no-such-node').sentences, []);
  } finally {
    batch.delete();
  }
});

test('bad queries and options throw PresslensError; a deleted batch cannot be used', () => {
  const batch = presslens.open(seeds.slice(0, 1));
  expectCode(() => batch.search(''), 'invalid_argument');
  expectCode(() => batch.search('entity:'), 'invalid_argument');
  expectCode(() => batch.search(42), 'invalid_argument');
  expectCode(() => batch.search('syria', { limit: -1 }), 'invalid_argument');
  expectCode(() => batch.search('syria', { context: 'wide' }), 'invalid_argument');
  batch.delete();
  batch.delete(); // twice is harmless
  expectCode(() => batch.search('syria'), 'invalid_argument');
  expectCode(() => batch.json(), 'invalid_argument');
  expectCode(() => presslens.open('a.txt'), 'invalid_argument');
  expectCode(() => presslens.open([{ name: 'a.txt', bytes: 'text' }]), 'invalid_argument');
});

test('opened batches are freed by delete(): nothing leaks', () => {
  const before = presslens.openBatches;
  // Warm up, so the heap has grown to what one batch needs.
  for (let i = 0; i < 3; i++) presslens.open(seeds).delete();
  const heap = module.HEAPU8.length;
  for (let i = 0; i < 100; i++) {
    const batch = presslens.open(seeds);
    batch.search('syria');
    batch.delete();
  }
  assert.equal(presslens.openBatches, before);
  assert.equal(module.HEAPU8.length, heap, 'the wasm heap did not grow');
  const kept = presslens.open(seeds);
  assert.equal(presslens.openBatches, before + 1);
  kept.delete();
  assert.equal(presslens.openBatches, before);
});

test('presslens search and graph print the same bytes natively and in wasm', async () => {
  const { spawnSync } = await import('node:child_process');
  const { nativeBuild } = await import('./paths.mjs');
  const files = seedNames.map((name) => path.join(samples, name));
  for (const args of [
    ['search', 'moualem', ...files],
    ['search', '--context', '10', 'entity:Lavrov', ...files],
    ['graph', ...files],
    ['graph', '--format', 'graphml', ...files],
    ['graph', '--format', 'gexf', ...files],
    ['search', '', ...files],
  ]) {
    const a = spawnSync(path.join(nativeBuild, 'presslens'), args, { maxBuffer: 1 << 28 });
    const b = spawnSync('node', [path.join(wasmBuild, 'cli.mjs'), ...args], { maxBuffer: 1 << 28 });
    assert.equal(a.error, undefined);
    assert.equal(b.status, a.status, args.join(' '));
    assert.ok(Buffer.compare(a.stdout, b.stdout) === 0, `stdout of ${args.slice(0, 3).join(' ')} differs`);
  }
  const lines = spawnSync('node', [path.join(wasmBuild, 'cli.mjs'), 'search', 'moualem', ...files])
    .stdout.toString()
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(lines.length, 4);
  assert.deepEqual(Object.keys(lines[0]), ['document', 'start', 'end', 'before', 'match', 'after']);
});
