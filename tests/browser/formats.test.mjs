// Browser test of the formats (docs/formats.md): a mixed drop of a PDF, a
// scanned PDF, a Word document, database exports, an RTF and an e-mail is
// analysed in the page; pdf.js is fetched from the site only once a PDF is
// dropped, and its worker runs under the page's Trusted Types policy; a
// Japanese PDF is read with pdf.js's CMaps, fetched from the site for it alone.
//
//   node --test tests/browser/formats.test.mjs

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { dropFiles } from './drop.mjs';
import { serve } from '../../tools/serve.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const webDir = resolve(repoRoot, process.env.PRESSLENS_WEB_DIR || 'build/wasm/web');
const fixtures = join(repoRoot, 'tests/fixtures');
const BASE = '/formats/sub/path/';

let server;
let browser;

before(async () => {
  assert.ok(existsSync(join(webDir, 'index.html')), `no built site at ${webDir}`);
  server = await serve(webDir, { port: 0, base: BASE });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function dropPaths(page, paths) {
  const files = await Promise.all(paths.map(async (p) => ({ name: basename(p), bytes: await readFile(p) })));
  await dropFiles(page, files);
}

test('a mixed drop of every format: PDF, scanned PDF, DOCX, exports, RTF, e-mail, each read its own way', async () => {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  context.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  try {
    await page.goto(server.url);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(
      requests.filter((url) => url.includes('pdfjs')),
      [],
      'pdf.js was fetched before any PDF was dropped',
    );
    const files = [
      'pdf/strike.pdf', // 1 article
      'pdf/scanned.pdf', // an error
      'docx/article.docx', // 1
      'docx/nexis-uni.docx', // 2
      'exports/proquest.txt', // 2, and an error (a citation only)
      'exports/lexisnexis.txt', // 2
      'rtf/article.rtf', // 1
      'rtf/lexisnexis.rtf', // 1
      'rtf/factiva.rtf', // 2
      'rtf/factiva-plain.txt', // 2
      'exports/factiva-articles.html', // 3
      'email/newsletter.eml', // 1
      'email/newsletters.mbox', // 2, and an error (no text part)
    ].map((f) => join(fixtures, f));
    await dropPaths(page, files);
    const status = await analysed(page);
    // The scan and ProQuest's citation-only record fail alone; the rest are articles.
    assert.match(status, /^Analysed 20 articles .*could not be analysed: .*scanned\.pdf/, status);
    assert.match(status, /proquest\.txt#3/);
    assert.match(status, /newsletters\.mbox#3/);
    const origin = new URL(server.url).origin;
    const pdfjs = requests.filter((url) => url.includes('/vendor/pdfjs/'));
    assert.ok(
      pdfjs.some((url) => url.endsWith('/vendor/pdfjs/pdf.min.mjs')),
      'pdf.js was not loaded',
    );
    assert.ok(
      pdfjs.some((url) => url.endsWith('/vendor/pdfjs/pdf.worker.min.mjs')),
      'its worker was not',
    );
    assert.ok(
      pdfjs.every((url) => url.startsWith(origin + BASE)),
      'pdf.js came from elsewhere',
    );
    assert.deepEqual(
      requests.filter((url) => new URL(url).origin !== origin),
      [],
    );
    const rows = await page.locator('#panel-articles tbody tr').allTextContents();
    const text = rows.join('\n');
    for (const name of [
      'strike.pdf',
      'nexis-uni.docx#2',
      'proquest.txt#1',
      'newsletters.mbox#2',
      'factiva.rtf#2',
      'factiva-articles.html#3',
    ])
      assert.ok(text.includes(name), `no row for ${name}`);
    assert.ok(text.includes('Rail strike called off after late-night talks in Linden'), 'the PDF headline');
    // The reader shows what the database says of an article.
    await page.evaluate(() => (location.hash = `#reader/${encodeURIComponent('proquest.txt#1')}`));
    const originLine = page.locator('#panel-reader .reader-origin');
    await originLine.waitFor();
    assert.equal(
      await originLine.textContent(),
      'The Coastal Ledger; Port Alder · by Marta Ilves · section: Local News · English · ProQuest 100000001',
    );
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

async function analysed(page) {
  await page.waitForFunction(
    () =>
      document.querySelector('#status.error') ||
      (/Analysed/.test(document.querySelector('#status-text')?.textContent ?? '') &&
        !document.querySelector('#status.busy')),
    null,
    { timeout: 60_000 },
  );
  return page.locator('#status-text').textContent();
}

/** A fresh page (its own storage, so no project carries over) that records what it requests. */
async function freshPage(requests, problems) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(server.url);
  return { context, page };
}

test('a Japanese PDF gets its text through the CMaps of vendor/pdfjs/cmaps/, fetched only for it', async () => {
  const problems = [];
  const cmaps = (requests) => requests.filter((url) => url.includes('/cmaps/'));

  // A Latin PDF needs no CMap.
  const latinRequests = [];
  const latin = await freshPage(latinRequests, problems);
  try {
    await dropPaths(latin.page, [join(fixtures, 'pdf/strike.pdf')]);
    assert.match(await analysed(latin.page), /^Analysed 1 article /);
    assert.ok(
      latinRequests.some((url) => url.endsWith('/vendor/pdfjs/pdf.min.mjs')),
      'pdf.js was not loaded',
    );
    assert.deepEqual(cmaps(latinRequests), [], 'a CMap was fetched for a Latin PDF');
  } finally {
    await latin.context.close();
  }

  const requests = [];
  const { context, page } = await freshPage(requests, problems);
  try {
    await dropPaths(page, [join(fixtures, 'pdf/japanese.pdf')]);
    assert.match(await analysed(page), /^Analysed 1 article /);
    const rows = (await page.locator('#panel-articles tbody tr').allTextContents()).join('\n');
    assert.ok(rows.includes('北浜市に新しい図書館が開館'), `the headline: ${rows}`);
    await page.evaluate(() => (location.hash = '#reader/japanese.pdf'));
    const reader = page.locator('#panel-reader');
    await reader.locator('.para').first().waitFor();
    const text = (await reader.locator('.para').allTextContents()).join('\n');
    assert.ok(text.includes('北浜市の中心部に2015年11月、市立図書館が開館した。'), text);
    assert.ok(text.includes('館長の田村陽子さんは「子どもたちが本に親しむ場所にしたい」と話した。'), text);
    // The encoding's CMap and Adobe-Japan1's Unicode one, from the site itself.
    const cmapBase = new URL('vendor/pdfjs/cmaps/', server.url).href;
    const fetched = cmaps(requests);
    assert.ok(
      fetched.every((url) => url.startsWith(cmapBase)),
      `a CMap came from elsewhere: ${fetched}`,
    );
    for (const name of ['90ms-RKSJ-H.bcmap', 'Adobe-Japan1-UCS2.bcmap']) {
      assert.ok(fetched.includes(cmapBase + name), `${name} was not fetched: ${fetched}`);
    }
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
