// The static server the browser tests (and users) rely on.

import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { serve } from '../../tools/serve.mjs';

let dir;
let server;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'presslens-serve-'));
  await mkdir(join(dir, 'site/samples'), { recursive: true });
  await writeFile(join(dir, 'site/index.html'), '<!doctype html><title>t</title>');
  await writeFile(join(dir, 'site/core.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d]));
  await writeFile(join(dir, 'site/app.mjs'), 'export {};');
  await writeFile(join(dir, 'site/samples/a b.txt'), 'hello');
  await mkdir(join(dir, 'site/vendor/pdfjs/cmaps'), { recursive: true });
  await writeFile(join(dir, 'site/vendor/pdfjs/cmaps/UniJIS-UTF16-H.bcmap'), Buffer.alloc(4096, 7));
  await writeFile(join(dir, 'secret.txt'), 'outside the site');
  server = await serve(join(dir, 'site'), { port: 0, base: '/sub/path' });
});

after(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

// Raw requests, so that paths like /../ reach the server unnormalised.
function get(path, headers = {}) {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('the URL names the base path', () => {
  assert.match(server.url, /^http:\/\/localhost:\d+\/sub\/path\/$/);
});

test('serves index.html at the base and redirects the base without its slash', async () => {
  const index = await get('/sub/path/');
  assert.equal(index.status, 200);
  assert.match(index.headers['content-type'], /^text\/html/);
  assert.match(index.body.toString(), /<title>t<\/title>/);
  const bare = await get('/sub/path');
  assert.equal(bare.status, 301);
  assert.equal(bare.headers.location, '/sub/path/');
});

test('sends the MIME types that browsers insist on', async () => {
  assert.equal((await get('/sub/path/core.wasm')).headers['content-type'], 'application/wasm');
  assert.match((await get('/sub/path/app.mjs')).headers['content-type'], /^text\/javascript/);
  assert.match((await get('/sub/path/samples/a%20b.txt')).headers['content-type'], /^text\/plain/);
});

test('gzips when the client accepts it', async () => {
  const res = await get('/sub/path/samples/a%20b.txt', { 'accept-encoding': 'gzip, br' });
  assert.equal(res.headers['content-encoding'], 'gzip');
  assert.equal(gunzipSync(res.body).toString(), 'hello');
});

test("gzips pdf.js's packed CMaps, which compress (1 MB of them on the site)", async () => {
  const res = await get('/sub/path/vendor/pdfjs/cmaps/UniJIS-UTF16-H.bcmap', { 'accept-encoding': 'gzip' });
  assert.equal(res.status, 200);
  assert.equal(res.headers['content-encoding'], 'gzip');
  assert.deepEqual(gunzipSync(res.body), Buffer.alloc(4096, 7));
});

test('nothing outside the base path or the directory is served', async () => {
  assert.equal((await get('/index.html')).status, 404);
  assert.equal((await get('/sub/path/../secret.txt')).status, 404);
  assert.equal((await get('/sub/path/%2e%2e/secret.txt')).status, 404);
  assert.equal((await get('/sub/path/..%2fsecret.txt')).status, 404);
  assert.equal((await get('/sub/path/missing.txt')).status, 404);
});
