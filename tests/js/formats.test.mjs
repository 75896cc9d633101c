// The formats of docs/formats.md through both CLIs: the core's readers
// (DOCX, RTF, e-mail, news-database exports) print the same bytes natively
// and in wasm; PDF is read by the node CLI with pdf.js (web/pdf-text.js) and
// refused by the native tool with where to read it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { wasmBuild, nativeBuild, fixtures } from './paths.mjs';
import { joinLine, pageParagraphs } from '../../web/pdf-text.js';

const wasmCli = (args) => spawnSync('node', [path.join(wasmBuild, 'cli.mjs'), ...args], { maxBuffer: 1 << 28 });
const nativeCli = (args) => spawnSync(path.join(nativeBuild, 'presslens'), args, { maxBuffer: 1 << 28 });
const documents = (run) => JSON.parse(run.stdout.toString()).documents;

const coreFormats = [
  'exports/proquest.txt',
  'exports/lexisnexis.txt',
  'exports/factiva-articles.html',
  'exports/factiva-cut.html',
  'docx/article.docx',
  'docx/nexis-uni.docx',
  'docx/bomb.docx',
  'docx/truncated.docx',
  'rtf/article.rtf',
  'rtf/factiva.rtf',
  'rtf/factiva-plain.txt',
  'email/newsletter.eml',
  'email/newsletters.mbox',
  'email/plain-only.eml',
].map((f) => path.join(fixtures, f));

test('every core format prints the same bytes natively and in wasm', () => {
  const a = nativeCli(['analyze', ...coreFormats]);
  const b = wasmCli(['analyze', ...coreFormats]);
  assert.equal(b.status, a.status);
  assert.equal(a.status, 1); // the bomb and the cut-off archive fail, alone
  assert.ok(Buffer.compare(a.stdout, b.stdout) === 0, 'stdout differs');
  const names = documents(a).map((d) => d.name);
  assert.ok(names.includes('proquest.txt#2') && names.includes('nexis-uni.docx#2') && names.includes('factiva.rtf#1'));
  assert.ok(names.includes('factiva-articles.html#3') && names.includes('factiva-cut.html#3'));
});

test('the node CLI reads a PDF: columns in order, hyphenation rejoined, furniture removed', () => {
  const run = wasmCli(['analyze', path.join(fixtures, 'pdf/strike.pdf')]);
  assert.equal(run.status, 0, run.stderr.toString());
  const [d] = documents(run);
  assert.equal(d.name, 'strike.pdf');
  assert.equal(d.error, null);
  assert.equal(d.title, 'Rail strike called off after late-night talks in Linden');
  assert.match(d.text, /^Rail workers called off Wednesday.s strike after talks that ran past midnight/);
  assert.match(d.text, /The negotiations lasted eleven hours\./);
  assert.match(d.text, /Its executive recommends that they accept it\./);
  // The left column before the right one, page 1 before page 2.
  const order = [
    'eleven hours',
    'Paul Adeyemi',
    'Linden Rail',
    'cancellations',
    'next week',
    'night trains',
    'mediator',
  ];
  const at = order.map((s) => d.text.indexOf(s));
  assert.deepEqual(
    at,
    [...at].sort((x, y) => x - y),
    `reading order: ${at}`,
  );
  assert.ok(!d.text.includes('Northern Courier') && !/Page \d/.test(d.text));
  assert.deepEqual(d.warnings, [
    'running header removed from 2 pages: "The Northern Courier - 17 November 2015"',
    'page numbers removed from 2 pages',
  ]);
});

test('a scanned PDF and a damaged one are errors of their own; the batch goes on', () => {
  const run = wasmCli([
    'analyze',
    ...['scanned.pdf', 'damaged.pdf', 'strike.pdf'].map((f) => path.join(fixtures, 'pdf', f)),
  ]);
  assert.equal(run.status, 1);
  const [scan, damaged, ok] = documents(run);
  assert.equal(
    scan.error,
    'the PDF has no text layer (its page holds no text: a scan?); Presslens reads no text from images',
  );
  assert.equal(damaged.error, 'the PDF could not be read: pdf.js could not open it (Invalid PDF structure.)');
  assert.equal(ok.error, null);
});

test("the node CLI reads a Japanese PDF whose font needs pdf.js's CMaps (Shift-JIS codes, no ToUnicode)", () => {
  const run = wasmCli(['analyze', path.join(fixtures, 'pdf/japanese.pdf')]);
  assert.equal(run.status, 0, run.stderr.toString());
  const [d] = documents(run);
  assert.equal(d.name, 'japanese.pdf');
  assert.equal(d.error, null);
  assert.equal(d.title, '北浜市に新しい図書館が開館');
  // Two-byte codes and one-byte ones (the digits) both mapped to Unicode; the
  // lines of a paragraph joined without spaces.
  assert.equal(
    d.text,
    '北浜市の中心部に2015年11月、市立図書館が開館した。蔵書は約二十万冊で、市は年間五十万人の来館を見込む。\n\n' +
      '館長の田村陽子さんは「子どもたちが本に親しむ場所にしたい」と話した。',
  );
});

test('the native tool refuses a PDF and says where it is read', () => {
  const run = nativeCli(['analyze', path.join(fixtures, 'pdf/strike.pdf')]);
  assert.equal(run.status, 1);
  assert.match(documents(run)[0].error, /^a PDF document: PDF files are read by the page and by the node CLI/);
});

test('the PDF text the node CLI extracts gives the same JSON in both builds', async () => {
  const pdfjs = await import(path.join(wasmBuild, 'node/pdfjs/pdf.min.mjs'));
  pdfjs.GlobalWorkerOptions.workerSrc = path.join(wasmBuild, 'node/pdfjs/pdf.worker.min.mjs');
  const { pdfText } = await import(path.join(wasmBuild, 'node/pdf-text.mjs'));
  const dir = mkdtempSync(path.join(tmpdir(), 'presslens-test-'));
  const cMapUrl = path.join(wasmBuild, 'node/pdfjs/cmaps/');
  try {
    // Japanese text too: the core's ICU (filtered data in wasm) must split it the same way.
    for (const name of ['strike.pdf', 'japanese.pdf']) {
      const pdf = path.join(fixtures, 'pdf', name);
      const file = path.join(dir, name);
      writeFileSync(file, await pdfText(pdfjs, new Uint8Array(readFileSync(pdf)), { cMapUrl }));
      const a = nativeCli(['analyze', file]);
      const b = wasmCli(['analyze', pdf]);
      assert.equal(a.status, 0);
      assert.ok(Buffer.compare(a.stdout, b.stdout) === 0, `stdout differs for ${name}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// pdf.js text items: [a, b, c, d, x, y] transforms, as getTextContent gives them.
const item = (str, x, y, size = 10) => ({ str, transform: [size, 0, 0, size, x, y], width: str.length * size * 0.5 });

test('reading order: two columns are read one after the other, a headline across them first', () => {
  const items = [item('A headline that runs across both of the columns', 72, 720, 18)];
  const left = ['Left one starts', 'left two goes', 'left three ends.', 'left four more'];
  const right = ['Right one starts', 'right two goes', 'right three ends.', 'right four more'];
  left.forEach((s, i) => items.push(item(s, 72, 690 - 12 * i), item(right[i], 330, 690 - 12 * i)));
  assert.deepEqual(pageParagraphs(items), [
    'A headline that runs across both of the columns',
    left.join(' '),
    right.join(' '),
  ]);
});

test('paragraphs break at wider gaps; words hyphenated at line ends are rejoined', () => {
  const items = [item('The nego-', 72, 700), item('tiations went on.', 72, 688), item('A new paragraph.', 72, 664)];
  assert.deepEqual(pageParagraphs(items), ['The negotiations went on.', 'A new paragraph.']);
  assert.equal(joinLine('Franco-', 'German talks'), 'Franco-German talks'); // a real hyphen
  assert.equal(joinLine('COVID-', '19'), 'COVID-19');
  assert.equal(joinLine('a', 'b'), 'a b');
  // Chinese and Japanese have no spaces between words: a line break is none.
  assert.equal(joinLine('市立図書館が', '開館した。'), '市立図書館が開館した。');
  assert.equal(joinLine('「子どもたちが', 'Apple」'), '「子どもたちがApple」');
  assert.equal(joinLine('新しい', 'ＰＤＦ'), '新しいＰＤＦ');
  assert.equal(joinLine('北京市', '发布了'), '北京市发布了');
  assert.equal(joinLine('서울시는', '발표했다'), '서울시는 발표했다'); // Korean has spaces
});
