// Bad batches in the page (issue 13, item 6): a batch that would need more
// memory than the page can count on is refused before it starts, with a
// clear message, and the page goes on; an annotator worker that dies is
// reported for the file it was on, and the rest of the batch is analysed.
//
//   node --test tests/browser/robust.test.mjs
//
// PRESSLENS_WEB_DIR selects the site (default: build/wasm/web).

import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { dropFiles } from './drop.mjs';
import { serve } from '../../tools/serve.mjs';
import { generatedArticles } from '../js/generated-articles.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const webDir = resolve(repoRoot, process.env.PRESSLENS_WEB_DIR || 'build/wasm/web');
const seedDir = join(repoRoot, 'web/samples');
const RESULT_TIMEOUT = 180_000;
const seeds = readdirSync(seedDir)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, bytes: readFileSync(join(seedDir, name)) }));

let server;
let browser;

before(async () => {
  assert.ok(
    existsSync(join(webDir, 'index.html')),
    `no built site at ${webDir} (build the wasm preset or set PRESSLENS_WEB_DIR)`,
  );
  server = await serve(webDir, { port: 0, base: '/robust/' });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(query, { beforeLoad } = {}) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await beforeLoad?.(page);
  await page.goto(server.url + query);
  return { page, context, problems };
}

async function finalStatus(page) {
  await page.waitForFunction(
    () => /^(Analysed|Analysis failed)/.test(document.querySelector('#status-text').textContent),
    null,
    { timeout: RESULT_TIMEOUT },
  );
  return page.locator('#status-text').textContent();
}

describe('bad batches in the page', () => {
  test('a batch that would exceed the memory budget is refused with a clear message; the next one runs', async () => {
    // ?memory=1: a 1 MB budget, so about 23 KB of text at 45 bytes per byte.
    const { page, context, problems } = await openPage('?workers=1&memory=1');
    try {
      const big = Array.from({ length: 3 }, (_, i) => ({
        name: `long-${i}.txt`,
        bytes: Buffer.from('The minister said the plan would work. '.repeat(600)),
      }));
      await dropFiles(page, big);
      const refused = await finalStatus(page);
      assert.match(refused, /^Analysis failed \(too_large\): these 3 files hold 1 MB of text/);
      assert.match(refused, /Analyse them in batches of up to/);
      // Nothing was sent to the worker: the page still analyses a batch that fits.
      await dropFiles(page, seeds.slice(0, 2));
      assert.match(await finalStatus(page), /^Analysed 2 articles/);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('an annotator that dies is reported for its file; the other files are analysed', async () => {
    // A copy of the site whose annotators die, as a module that aborts
    // would, when handed the file with the marker: an uncaught error and no
    // answer (the listener runs first, capturing, so the request never runs).
    const site = mkdtempSync(join(tmpdir(), 'presslens-robust-'));
    cpSync(webDir, site, { recursive: true });
    const hook = `addEventListener('message', (event) => {
  if (!JSON.stringify(event.data).includes('Zyxwvut-dies-here')) return;
  event.stopImmediatePropagation();
  setTimeout(() => { throw new Error('simulated crash'); });
}, { capture: true });
`;
    writeFileSync(join(site, 'annotator.js'), hook + readFileSync(join(site, 'annotator.js'), 'utf8'));
    const dying = await serve(site, { port: 0, base: '/dying/' });
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    await page.goto(dying.url + '?workers=2');
    try {
      const bad = { name: 'fatal.txt', bytes: Buffer.from('Zyxwvut-dies-here. The mayor said so on Monday.') };
      // 41 files in slices of 6: the marked one is in the middle of the fourth.
      const files = generatedArticles(40, { failures: false });
      await dropFiles(page, [...files.slice(0, 20), bad, ...files.slice(20)]);
      const status = await finalStatus(page);
      assert.match(status, /^Analysed 40 articles/);
      assert.match(status, /1 file could not be analysed: fatal\.txt/);
      // The core's JSON says why, on that file alone.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export JSON', exact: true }).click(),
      ]);
      const documents = JSON.parse(await readFile(await download.path(), 'utf8')).documents;
      const failed = documents.filter((d) => d.error);
      assert.deepEqual(
        failed.map((d) => [d.name, d.error_code]),
        [['fatal.txt', 'too_complex']],
      );
      assert.match(failed[0].error, /the worker analysing this file stopped/);
      assert.equal(documents.filter((d) => !d.error && d.entities.length > 0).length, 40);
    } finally {
      await context.close();
      await dying.close();
      rmSync(site, { recursive: true, force: true });
    }
  });
});
