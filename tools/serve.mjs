#!/usr/bin/env node
// A tiny dependency-free static file server for the Presslens explorer.
//
//   node tools/serve.mjs DIR [--port N] [--base /sub/path/]
//
// Serves DIR under BASE (default "/"), so the site can be tried from a
// sub-path just as a static host would serve it. `--port 0` picks a free port.
// Also usable as a module: `const { url, close } = await serve(dir, opts)`.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createGzip } from 'node:zlib';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.dat': 'application/octet-stream',
  '.bcmap': 'application/octet-stream', // pdf.js's packed CMaps
};

// Compressible types; images and the like are already compressed. The
// packed CMaps shrink by about a quarter.
const GZIP_TYPES = new Set(['.html', '.css', '.js', '.mjs', '.json', '.txt', '.svg', '.wasm', '.dat', '.bcmap']);

function normaliseBase(base) {
  let b = base || '/';
  if (!b.startsWith('/')) b = '/' + b;
  if (!b.endsWith('/')) b += '/';
  return b;
}

// Maps a request path to a file inside root, or null if it is outside BASE
// or would escape root.
function resolvePath(root, base, requestUrl) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, 'http://x').pathname);
  } catch {
    return null;
  }
  if (pathname + '/' === base) pathname = base;
  if (!pathname.startsWith(base) || pathname.includes('\0')) return null;
  const relative = pathname.slice(base.length);
  if (relative.split('/').includes('..')) return null;
  const file = resolve(root, relative);
  if (file !== root && !file.startsWith(root + sep)) return null;
  return file;
}

async function findFile(file) {
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    file = join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  return info?.isFile() ? { file, size: info.size } : null;
}

function send(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text + '\n');
}

async function handle(root, base, extraHeaders, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
  const pathname = new URL(req.url, 'http://x').pathname;
  if (pathname + '/' === base) {
    res.writeHead(301, { Location: base });
    return res.end();
  }
  const path = resolvePath(root, base, req.url);
  const found = path && (await findFile(path));
  if (!found) return send(res, 404, 'Not found');

  const ext = extname(found.file).toLowerCase();
  const headers = {
    'Content-Type': MIME_TYPES[ext] || 'application/octet-stream',
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    ...extraHeaders,
  };
  const gzip = GZIP_TYPES.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] || '');
  if (gzip) {
    headers['Content-Encoding'] = 'gzip';
    headers['Vary'] = 'Accept-Encoding';
  } else {
    headers['Content-Length'] = found.size;
  }
  res.writeHead(200, headers);
  if (req.method === 'HEAD') return res.end();
  const stream = createReadStream(found.file);
  stream.on('error', () => res.destroy());
  (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
}

/**
 * Serves `dir` under `base`; resolves to `{url, close()}` once listening.
 * `headers` are added to every file response (e.g. a Content-Security-Policy).
 */
export async function serve(dir, { port = 8080, base = '/', host = '127.0.0.1', headers = {} } = {}) {
  const root = resolve(dir);
  const basePath = normaliseBase(base);
  const server = createServer((req, res) => {
    handle(root, basePath, headers, req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal error');
      else res.destroy();
    });
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const url = `http://localhost:${server.address().port}${basePath}`;
  const close = () =>
    new Promise((ok) => {
      server.close(() => ok());
      server.closeAllConnections();
    });
  return { url, close };
}

function parseArgs(argv) {
  const options = { port: 8080, base: '/' };
  let dir;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--port') options.port = Number(argv[++i]);
    else if (arg === '--base') options.base = argv[++i];
    else if (arg === '-h' || arg === '--help') return null;
    else if (!dir && !arg.startsWith('-')) dir = arg;
    else return null;
  }
  if (!dir || !Number.isInteger(options.port) || options.port < 0 || !options.base) return null;
  return { dir, options };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    console.error('usage: node tools/serve.mjs DIR [--port N] [--base /sub/path/]');
    process.exit(2);
  }
  const info = await stat(args.dir).catch(() => null);
  if (!info?.isDirectory()) {
    console.error(`serve.mjs: not a directory: ${args.dir}`);
    process.exit(2);
  }
  const { url } = await serve(args.dir, args.options);
  console.log(`Presslens explorer: ${url}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] || '').href) {
  main().catch((error) => {
    console.error(`serve.mjs: ${error.message}`);
    process.exit(1);
  });
}
