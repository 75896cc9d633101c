// Project files (.presslens): the page's reader and writer
// (web/project-format.js) against the command lines' reader
// (core/src/project/project.cpp): what one writes the others read, and a
// file one refuses, all refuse in the same words, natively and in wasm.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixtures, nativeBuild, samples, seedNames, wasmBuild } from './paths.mjs';
import {
  fromBase64,
  PROJECT_FORMAT,
  PROJECT_VERSION,
  ProjectFileError,
  readProject,
  toBase64,
  writeProject,
} from '../../web/project-format.js';

const projects = path.join(fixtures, 'projects');
const nativeCli = (args) => spawnSync(path.join(nativeBuild, 'presslens'), args, { maxBuffer: 1 << 28 });
const wasmCli = (args) => spawnSync('node', [path.join(wasmBuild, 'cli.mjs'), ...args], { maxBuffer: 1 << 28 });
const bad = readdirSync(projects).filter((name) => name.endsWith('.presslens') && name !== 'good.presslens');

test('base64: the page codes bytes as the core does, and refuses what the core refuses', () => {
  const all = Uint8Array.from({ length: 256 * 3 + 1 }, (_, i) => (i * 7) % 256);
  assert.deepEqual(fromBase64(toBase64(all)), all);
  assert.equal(toBase64(new TextEncoder().encode('foobar')), 'Zm9vYmFy');
  assert.equal(toBase64(new TextEncoder().encode('fo')), 'Zm8=');
  assert.deepEqual(fromBase64(''), new Uint8Array());
  for (const text of ['Zm9', 'Zm9v YmFy', 'Zm=v', 'Zg==Zm8=', 'Z===', 'Zm9v!mFy', 'Zm9v\n']) {
    assert.equal(fromBase64(text), null, JSON.stringify(text));
  }
  // Longer than one chunk of the encoder.
  const big = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 31 + 7) % 256);
  assert.deepEqual(fromBase64(toBase64(big)), big);
});

test('a project written by the page reads back exactly', () => {
  const files = [
    { name: 'folder/a.txt', bytes: new TextEncoder().encode('A headline\n\nA paragraph.\n') },
    { name: 'pixel.png', bytes: readFileSync(path.join(fixtures, 'pixel.png')) },
  ];
  const corrections = [{ op: 'merge', names: ['Donald Trump', 'Trump'] }];
  const notes = [{ on: 'quote', document: 'folder/a.txt', start: 3, end: 9, star: true, text: 'ok' }];
  const text = writeProject({ name: 'Été', files, corrections, notes, created: 'c', modified: 'm', view: '#articles' });
  const document = JSON.parse(text);
  assert.equal(document.format, PROJECT_FORMAT);
  assert.equal(document.version, PROJECT_VERSION);
  const back = readProject(text);
  assert.equal(back.name, 'Été');
  assert.deepEqual(
    back.files.map((f) => [f.name, Buffer.from(f.bytes).toString('hex')]),
    files.map((f) => [f.name, Buffer.from(f.bytes).toString('hex')]),
  );
  assert.deepEqual(back.corrections, corrections);
  assert.deepEqual(back.notes, notes);
  assert.equal(back.view, '#articles');
  assert.equal(back.created, 'c');
});

test('the good fixture reads the same in the page and on the command line', () => {
  const project = readProject(readFileSync(path.join(projects, 'good.presslens'), 'utf8'));
  assert.deepEqual(
    project.files.map((f) => f.name),
    ['talks/a.txt', 'b.txt'],
  );
  const native = nativeCli(['analyze', '--project', path.join(projects, 'good.presslens')]);
  assert.equal(native.status, 0, native.stderr.toString());
  assert.deepEqual(
    JSON.parse(native.stdout).documents.map((d) => d.name),
    ['talks/a.txt', 'b.txt'],
  );
  const wasm = wasmCli(['analyze', '--project', path.join(projects, 'good.presslens')]);
  assert.equal(wasm.status, 0, wasm.stderr.toString());
  assert.ok(Buffer.compare(native.stdout, wasm.stdout) === 0, 'native and wasm print the same bytes');
});

test('every bad project file is refused, in the same words, by the page and both command lines', () => {
  assert.ok(bad.length >= 8, `the bad fixtures are there (${bad})`);
  for (const name of bad) {
    const file = path.join(projects, name);
    let message = null;
    try {
      readProject(readFileSync(file, 'utf8'));
    } catch (error) {
      assert.ok(error instanceof ProjectFileError, `${name}: ${error}`);
      message = error.message;
    }
    assert.ok(message, `${name} is refused by the page`);
    for (const [label, run] of [
      ['native', nativeCli],
      ['wasm', wasmCli],
    ]) {
      const result = run(['analyze', '--project', file]);
      assert.equal(result.status, 1, `${label} exit status for ${name}`);
      assert.equal(result.stdout.length, 0, `${label} prints no JSON for ${name}`);
      assert.equal(result.stderr.toString(), `presslens: ${name}: ${message}\n`, `${label} on ${name}`);
    }
  }
});

test('analyze --project gives the JSON of analysing the same files with its corrections', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'presslens-project-'));
  const files = seedNames.map((name) => ({ name, bytes: readFileSync(path.join(samples, name)) }));
  const file = path.join(dir, 'seeds.presslens');
  writeFileSync(file, writeProject({ name: 'seeds', files }));
  // A project always has its corrections, even none: the output lists them.
  const none = path.join(dir, 'none.json');
  writeFileSync(none, '{"corrections": []}');
  const direct = nativeCli(['analyze', '--corrections', none, ...seedNames.map((name) => path.join(samples, name))]);
  assert.equal(direct.status, 0);
  assert.deepEqual(JSON.parse(direct.stdout).corrections, []);
  for (const run of [nativeCli, wasmCli]) {
    const viaProject = run(['analyze', '--project', file]);
    assert.equal(viaProject.status, 0, viaProject.stderr.toString());
    assert.ok(Buffer.compare(viaProject.stdout, direct.stdout) === 0);
  }
  const pretty = nativeCli(['analyze', '--pretty', '--project', file]);
  assert.match(pretty.stdout.toString(), /^\{\n/);

  // With corrections: as if its list were a corrections file; a --corrections file's come after.
  const { corrections } = JSON.parse(readFileSync(path.join(fixtures, 'seed-corrections.json'), 'utf8'));
  const corrected = path.join(dir, 'corrected.presslens');
  writeFileSync(corrected, writeProject({ name: 'seeds', files, corrections }));
  const seedPaths = seedNames.map((name) => path.join(samples, name));
  const expected = nativeCli(['analyze', '--corrections', path.join(fixtures, 'seed-corrections.json'), ...seedPaths]);
  const outcomes = JSON.parse(expected.stdout).corrections;
  assert.equal(outcomes.length, corrections.length);
  assert.ok(outcomes.some((o) => o.status === 'applied'));
  for (const run of [nativeCli, wasmCli]) {
    const viaProject = run(['analyze', '--project', corrected]);
    assert.ok(Buffer.compare(viaProject.stdout, expected.stdout) === 0, 'the project applies its corrections');
  }
  const more = path.join(dir, 'more.json');
  writeFileSync(more, JSON.stringify({ corrections: [{ op: 'not_a_name', name: 'Syria' }] }));
  const both = JSON.parse(nativeCli(['analyze', '--project', corrected, '--corrections', more]).stdout).corrections;
  assert.equal(both.length, corrections.length + 1);
  assert.equal(both.at(-1).op, 'not_a_name');
});

test('--project: usage errors and a missing file', () => {
  const good = path.join(projects, 'good.presslens');
  for (const run of [nativeCli, wasmCli]) {
    assert.equal(run(['analyze', '--project']).status, 2);
    assert.equal(run(['analyze', '--project', good, path.join(samples, seedNames[0])]).status, 2);
    const missing = run(['analyze', '--project', path.join(projects, 'no-such.presslens')]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr.toString(), /^presslens: no-such\.presslens: cannot open the file/);
  }
});
