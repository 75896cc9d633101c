// What the command line reads (issue 13): only regular files, at once; the
// size cap applied before or while reading; damaged text and duplicate names
// handled per file. Each case runs on the native tool and the wasm CLI, which
// must print the same bytes; the good article beside each bad file is analysed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  ftruncateSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { wasmBuild, nativeBuild, samples, fixtures, seedNames } from './paths.mjs';

const run = (cli, args, input) =>
  spawnSync(cli[0], [...cli.slice(1), ...args], { input, timeout: 60000, maxBuffer: 1 << 28 });
const native = [path.join(nativeBuild, 'presslens')];
const wasm = ['node', path.join(wasmBuild, 'cli.mjs')];

let dir;
const good = path.join(samples, seedNames[1]);
before(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'presslens-reading-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

// Both tools, the same bytes; returns the native result.
function both(args, input) {
  const a = run(native, args, input);
  const b = run(wasm, args, input);
  assert.equal(a.error, undefined, `native tool ran (${a.error})`);
  assert.equal(b.error, undefined, `wasm CLI ran (${b.error})`);
  assert.equal(b.status, a.status, `exit status of ${args.join(' ')}`);
  assert.ok(Buffer.compare(a.stdout, b.stdout) === 0, `stdout of ${args.join(' ')} differs`);
  assert.equal(b.stderr.toString(), a.stderr.toString());
  return a;
}

function documents(result) {
  return JSON.parse(result.stdout).documents;
}

function assertGoodAnalysed(docs) {
  const doc = docs.find((d) => d.name === seedNames[1]);
  assert.equal(doc.error, null);
  assert.ok(doc.entities.length > 0);
}

test('a named pipe nobody writes to is refused at once, not waited for', () => {
  const fifo = path.join(dir, 'pipe.txt');
  execFileSync('mkfifo', [fifo]);
  const r = both(['analyze', good, fifo]);
  assert.equal(r.status, 1);
  const docs = documents(r);
  assert.equal(docs[1].error, 'a named pipe, not a file to read');
  assert.equal(docs[1].error_code, 'unreadable');
  assertGoodAnalysed(docs);
});

test('a device and a directory get an error of their own', () => {
  const folder = path.join(dir, 'folder.txt');
  mkdirSync(folder);
  const r = both(['analyze', good, '/dev/zero', folder]);
  assert.equal(r.status, 1);
  const docs = documents(r);
  assert.equal(docs[1].error, 'a device, not a file to read');
  assert.equal(docs[2].error, 'a directory, not a file to read');
  assertGoodAnalysed(docs);
});

test('a file above the size cap is refused before it is read; standard input while it is', () => {
  const big = path.join(dir, 'big.txt');
  const fd = openSync(big, 'w');
  ftruncateSync(fd, 70 << 20); // sparse: 70 MB on paper
  closeSync(fd);
  const r = both(['analyze', good, big]);
  assert.equal(r.status, 1);
  const docs = documents(r);
  assert.equal(docs[1].error, 'the file is too large (70 MB; the limit is 64 MB)');
  assert.equal(docs[1].error_code, 'file_too_large');
  assertGoodAnalysed(docs);
  const piped = both(['analyze', good, '-'], Buffer.alloc((64 << 20) + 1, 'a'));
  assert.equal(documents(piped)[1].error, 'the file is too large (more than 64 MB; the limit is 64 MB)');
});

test('a few NUL bytes in an article are removed with a warning', () => {
  const article = readFileSync(good);
  const at = article.indexOf('Lavrov');
  const text = Buffer.concat([article.subarray(0, at), Buffer.alloc(3), article.subarray(at)]);
  const file = path.join(dir, 'nul.txt');
  writeFileSync(file, text);
  const r = both(['analyze', file]);
  assert.equal(r.status, 0);
  const doc = documents(r)[0];
  assert.equal(doc.error, null);
  assert.deepEqual(doc.warnings, ['3 NUL bytes removed (the text was damaged)']);
  assert.ok(doc.entities.some((e) => e.text === 'Sergei Lavrov'));
});

test('two files with one name are both analysed, under two names and two clean --json keys', () => {
  mkdirSync(path.join(dir, 'd1'));
  mkdirSync(path.join(dir, 'd2'));
  copyFileSync(good, path.join(dir, 'd1/same.txt'));
  copyFileSync(path.join(samples, seedNames[2]), path.join(dir, 'd2/same.txt'));
  const files = [path.join(dir, 'd1/same.txt'), path.join(dir, 'd2/same.txt')];
  const docs = documents(both(['analyze', ...files]));
  assert.deepEqual(
    docs.map((d) => d.name),
    ['same.txt', 'same (2).txt'],
  );
  assert.deepEqual(docs[1].warnings, ['named same (2).txt here: another file of the batch is called same.txt']);
  const clean = JSON.parse(both(['clean', '--json', ...files]).stdout);
  assert.deepEqual(Object.keys(clean), ['same', 'same (2)']);
  assert.notEqual(clean.same.articleBody, clean['same (2)'].articleBody);
});

test('-- ends the options: a file may be called --pretty', () => {
  const odd = path.join(dir, '--pretty');
  copyFileSync(good, odd);
  const r = both(['analyze', '--', odd]);
  assert.equal(r.status, 0);
  assert.equal(documents(r)[0].name, '--pretty');
});

test('an impossible --date is a usage error', () => {
  assert.equal(both(['analyze', '--date', '2015-13-45', good]).status, 2);
  assert.equal(both(['analyze', '--date', '2015-02-29', good]).status, 2);
  assert.equal(both(['analyze', '--date', '2016-02-29', good]).status, 0);
});

test('tag --conll refuses a picture', () => {
  const r = both(['tag', '--conll', path.join(fixtures, 'pixel.png')]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout.length, 0);
  assert.match(r.stderr.toString(), /pixel\.png: not a text file: it looks like a PNG image/);
});

test('clean prints file names with their control characters escaped', () => {
  const sneaky = path.join(dir, 'a\x1b[31mred\u202e.txt');
  copyFileSync(good, sneaky);
  const r = both(['clean', good, sneaky, path.join(dir, 'missing\x07.txt')]);
  const out = r.stdout.toString() + r.stderr.toString();
  assert.ok(!out.includes('\x1b') && !out.includes('\u202e') && !out.includes('\x07'));
  assert.match(r.stdout.toString(), /==> a\\x1b\[31mred\\xe2\\x80\\xae\.txt <==/);
  assert.match(r.stderr.toString(), /missing\\x07\.txt: cannot open the file/);
});
