// The node CLI (build/wasm/cli.mjs): exit codes and messages, and byte-for-byte
// parity with the native tool on the seeds, on bad inputs and on the
// development data sets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repo, wasmBuild, nativeBuild, samples, fixtures, seedNames } from './paths.mjs';

const wasmCli = (args, input) =>
  spawnSync('node', [path.join(wasmBuild, 'cli.mjs'), ...args], { input, maxBuffer: 1 << 28 });
const nativeCli = (args, input) => spawnSync(path.join(nativeBuild, 'presslens'), args, { input, maxBuffer: 1 << 28 });

const seeds = seedNames.map((name) => path.join(samples, name));
const badInputs = [
  'pixel.png',
  'invalid-utf8.txt',
  'utf16le-bom.txt',
  'utf16be-bom.txt',
  'windows-1252.txt',
  'koi8-r.txt',
  'empty.txt',
  'records.jsonl',
  'nbsp.txt',
].map((f) => path.join(fixtures, f));

function assertSame(args, input) {
  const a = nativeCli(args, input);
  const b = wasmCli(args, input);
  assert.equal(a.error, undefined, `native tool ran (${a.error})`);
  assert.equal(b.status, a.status, `exit status of ${args.join(' ')}`);
  assert.ok(a.stdout.length > 0 || a.status !== 0);
  assert.ok(Buffer.compare(a.stdout, b.stdout) === 0, `stdout of ${args.join(' ')} differs`);
  assert.equal(b.stderr.toString(), a.stderr.toString());
  return a;
}

test('analyze of the five seeds prints the same bytes natively and in wasm', () => {
  const r = assertSame(['analyze', ...seeds]);
  assert.equal(r.status, 0);
  assert.equal(JSON.parse(r.stdout).documents.length, 5);
});

test('analyze --pretty, clean and clean --json are identical too', () => {
  assertSame(['analyze', '--pretty', ...seeds]);
  assertSame(['clean', ...seeds]);
  assertSame(['clean', '--json', ...seeds]);
});

test('bad inputs give the same per-file errors and exit status 1', () => {
  const r = assertSame(['analyze', ...badInputs, path.join(fixtures, 'no-such-file.txt')]);
  assert.equal(r.status, 1);
  const docs = JSON.parse(r.stdout).documents;
  assert.equal(docs.find((d) => d.name === 'pixel.png').error_code, 'binary_file');
  assert.equal(docs.find((d) => d.name === 'no-such-file.txt').error_code, 'unreadable');
  assert.equal(docs.find((d) => d.name === 'windows-1252.txt').encoding, 'windows-1252');
});

test('standard input is read with -', () => {
  const r = assertSame(['analyze', '-'], Buffer.from('A headline\n\nA paragraph.\n'));
  assert.equal(JSON.parse(r.stdout).documents[0].name, 'stdin');
});

test('usage errors exit 2; --help and --version exit 0', () => {
  assert.equal(assertSame([]).status, 2);
  assert.equal(assertSame(['frobnicate']).status, 2);
  assert.equal(assertSame(['analyze']).status, 2);
  assert.equal(assertSame(['analyze', '--bogus', seeds[0]]).status, 2);
  const help = assertSame(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout.toString(), /presslens analyze/);
  assert.match(assertSame(['--version']).stdout.toString(), /^presslens \d+\.\d+\.\d+\n$/);
});

test('analyze says which model it found none of, and analyses without it', () => {
  // The native tool copied alone: no ner.bin or speakers.bin beside it.
  const dir = mkdtempSync(path.join(tmpdir(), 'presslens-alone-'));
  try {
    const alone = path.join(dir, 'presslens');
    copyFileSync(path.join(nativeBuild, 'presslens'), alone);
    const run = spawnSync(alone, ['analyze', seeds[0]], { env: {}, maxBuffer: 1 << 28 });
    assert.equal(run.status, 0, run.stderr.toString());
    const stderr = run.stderr.toString();
    assert.ok(stderr.includes('presslens: no name model (ner.bin) was found'), stderr);
    assert.ok(stderr.includes('presslens: no speaker model (speakers.bin) was found'), stderr);
    assert.equal(JSON.parse(run.stdout).documents[0].entities.length, 0);
    // With its models, nothing is said.
    const usual = nativeCli(['analyze', seeds[0]]);
    assert.equal(usual.stderr.toString(), '');
    assert.ok(JSON.parse(usual.stdout).documents[0].entities.length > 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--date sets publication dates, natively and in wasm alike', () => {
  const r = assertSame(['analyze', '--date', '2015-09-17', '--date', `${seedNames[1]}=2015-12-15`, ...seeds]);
  const docs = JSON.parse(r.stdout).documents;
  assert.equal(docs[0].date, '2015-09-17');
  assert.equal(docs[1].date, '2015-12-15');
  assert.equal(assertSame(['analyze', '--date', 'next tuesday', seeds[0]]).status, 2);
});

// The development data sets beside the checkout (../shared, as in CI): the
// wasm build must tag and clean them exactly as the native tool does.
const shared = path.resolve(repo, '../shared/data');
const sharedTest = existsSync(shared) ? test : test.skip;

sharedTest('tag --conll on CoNLL eng.testa: the same bytes natively and in wasm', () => {
  const testa = readFileSync(path.join(shared, 'conll2003/eng.testa'));
  const r = assertSame(['tag', '--conll'], testa);
  assert.equal(r.status, 0);
  assert.ok(r.stdout.toString().split('\n').length > 50000);
});

sharedTest('clean --json on the aeb-dev pages: the same bytes natively and in wasm', () => {
  const dir = path.join(shared, 'aeb-dev/txt');
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join(dir, f));
  const r = assertSame(['clean', '--json', ...pages]);
  assert.equal(Object.keys(JSON.parse(r.stdout)).length, pages.length);
});

// Corrections (docs/output.md): one file with every operation, and every
// way one fails, over the seeds of ../shared/seeds.
const sharedSeeds = path.resolve(repo, '../shared/seeds');
const correctionSeeds = existsSync(sharedSeeds) ? seedNames.map((name) => path.join(sharedSeeds, name)) : seeds;
const correctionsFile = path.join(fixtures, 'seed-corrections.json');

test('analyze --corrections: the same bytes natively and in wasm, each correction reported', () => {
  const r = assertSame(['analyze', '--corrections', correctionsFile, ...correctionSeeds]);
  assert.equal(r.status, 0);
  const out = JSON.parse(r.stdout);
  const list = JSON.parse(readFileSync(correctionsFile, 'utf8')).corrections;
  assert.deepEqual(
    out.corrections.map((c) => c.index),
    list.map((_, i) => i),
  );
  assert.deepEqual(
    out.corrections.map((c) => c.op),
    list.map((c) => c.op),
  );
  const statuses = out.corrections.map((c) => c.status);
  assert.deepEqual(statuses.slice(0, 11), Array(11).fill('applied'));
  assert.deepEqual(statuses.slice(11, 16), Array(5).fill('not_found'));
  assert.deepEqual(statuses.slice(16), Array(3).fill('invalid'));
  // Everything downstream follows: the merged identity in the clusters and the graph.
  const russia = out.clusters.find((c) => c.aliases.includes('Russia'));
  assert.ok(russia.aliases.includes('Moscow'));
  assert.equal(russia.corrected, true);
  assert.ok(out.graph.nodes.some((n) => n.id === russia.id && n.label === russia.name));
  assert.ok(!out.clusters.some((c) => c.aliases.includes('Western')));
  assert.equal(out.clusters.find((c) => c.name === 'the Kremlin').type, 'ORG');
  assert.ok(out.documents[1].text.startsWith('Contribute Today\n\n'));
  // Without --corrections there is no "corrections" key.
  assert.equal(JSON.parse(nativeCli(['analyze', ...correctionSeeds]).stdout).corrections, undefined);
});

test('analyze --corrections twice applies both lists, in order', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'presslens-corrections-'));
  const first = path.join(dir, 'first.json');
  const second = path.join(dir, 'second.json');
  writeFileSync(first, JSON.stringify({ corrections: [{ op: 'not_a_name', name: 'Western' }] }));
  writeFileSync(second, JSON.stringify({ corrections: [{ op: 'merge', names: ['Western', 'Russia'] }] }));
  const out = JSON.parse(assertSame(['analyze', '--corrections', first, '--corrections', second, ...seeds]).stdout);
  assert.deepEqual(
    out.corrections.map((c) => [c.index, c.status]),
    [
      [0, 'applied'],
      [1, 'not_found'],
    ],
  );
  rmSync(dir, { recursive: true });
});

test('a corrections file that is not JSON, or missing, is a usage error', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'presslens-corrections-'));
  const notJson = path.join(dir, 'notes.txt');
  writeFileSync(notJson, 'merge Trump and Donald Trump\n');
  const wrongShape = path.join(dir, 'list.json');
  writeFileSync(wrongShape, '[{"op": "not_a_name", "name": "Western"}]');
  for (const [args, message] of [
    [['--corrections', notJson], `${notJson}: the corrections are not JSON (at byte 1)`],
    [['--corrections', wrongShape], `${wrongShape}: the corrections must be an object {"corrections": [...]}`],
    [['--corrections', path.join(dir, 'missing.json')], `cannot read the corrections file`],
    [['--corrections'], '--corrections takes a FILE'],
  ]) {
    const r = assertSame(['analyze', ...args, ...(args.length > 1 ? seeds : [])]);
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(r.stdout.length, 0);
    assert.ok(r.stderr.toString().includes(message), r.stderr.toString());
  }
  rmSync(dir, { recursive: true });
});

test('word-classes reads word vectors larger than an article may be (models/train.sh: 293 MB)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'presslens-vectors-'));
  try {
    const vectors = path.join(dir, 'vectors.json');
    const words = ['alpha', 'beta', 'gamma', 'delta'];
    const json = JSON.stringify({
      words,
      dimensions: 2,
      vectors: { alpha: [1, 0], beta: [0.9, 0.1], gamma: [0, 1], delta: [0.1, 0.9] },
    });
    // 80 MB of it: the JSON padded with spaces, past the 64 MB an input file may have.
    writeFileSync(vectors, json + ' '.repeat(80 << 20));
    const out = path.join(dir, 'classes.txt');
    const run = nativeCli(['word-classes', '--vectors', vectors, '--out', out, '--words', '4', '--levels', '2']);
    assert.equal(run.status, 0, run.stderr.toString());
    assert.ok(readFileSync(out, 'utf8').includes('alpha'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
