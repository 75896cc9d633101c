#!/usr/bin/env node
// The `presslens` command line on the WebAssembly build: the same C++ CLI as
// the native tool, run under node on the real file system.
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const local = (path) => new URL(path, import.meta.url);

const factory = require('./node/presslens_core_node.js');
const module = await factory({ wasmBinary: readFileSync(local('./node/presslens_core_node.wasm')) });

function load(call, bytes) {
  const address = module._malloc(bytes.length);
  module.HEAPU8.set(bytes, address);
  const result = call(address, bytes.length);
  module._free(address);
  if (!result.ok) {
    process.stderr.write(`presslens: ${result.message}\n`);
    process.exit(1);
  }
}

load(module.setIcuData, readFileSync(local('./web/@PRESSLENS_ICU_DATA_NAME@')));
// Like the native tool, which loads its models from beside its executable.
if (existsSync(local('./web/ner.bin'))) load(module.loadNerModel, readFileSync(local('./web/ner.bin')));
if (process.argv[2] !== 'train-speakers' && existsSync(local('./web/speakers.bin'))) {
  load(module.loadSpeakerModel, readFileSync(local('./web/speakers.bin')));
}

// PDF files: their text is extracted with pdf.js, as the page does
// (web/pdf-text.js), into a temporary folder under the same name; the core
// then reads that "PDF text" like the page's. Other arguments pass unchanged.
const kMaxPdfBytes = 64 << 20; // the core's file-size limit: larger files get its message
let scratch = null;
async function withPdfsAsText(argv) {
  let pdfjs = null;
  const out = [];
  for (const arg of argv) {
    let head = null;
    try {
      if (!arg.startsWith('-') && statSync(arg).isFile() && statSync(arg).size <= kMaxPdfBytes) {
        const fd = openSync(arg, 'r');
        head = Buffer.alloc(5);
        readSync(fd, head, 0, 5, 0);
        closeSync(fd);
      }
    } catch {
      head = null; // unreadable: the core says why
    }
    if (!head || head.toString('latin1') !== '%PDF-') {
      out.push(arg);
      continue;
    }
    if (!pdfjs) {
      pdfjs = await import(local('./node/pdfjs/pdf.min.mjs'));
      pdfjs.GlobalWorkerOptions.workerSrc = local('./node/pdfjs/pdf.worker.min.mjs').href;
    }
    const { pdfText } = await import(local('./node/pdf-text.mjs'));
    const cMapUrl = fileURLToPath(local('./node/pdfjs/cmaps/')); // a folder, ending in '/'
    const text = await pdfText(pdfjs, new Uint8Array(readFileSync(arg)), { cMapUrl });
    scratch ??= mkdtempSync(join(tmpdir(), 'presslens-pdf-'));
    const folder = join(scratch, String(out.length));
    mkdirSync(folder);
    const file = join(folder, basename(arg));
    writeFileSync(file, text);
    out.push(file);
  }
  return out;
}

const args = new module.StringVector();
for (const arg of await withPdfsAsText(process.argv.slice(2))) args.push_back(arg);
try {
  process.exitCode = module.runCli(args);
} finally {
  args.delete();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
