// The explorer's worker pool, in Chromium: a coordinating worker prepares
// the batch, a pool of annotators does each document's dates, numbers and
// entities, the coordinator links the batch. What "Export JSON" gives must be
// byte for byte what one analyze() call gives (the node build, here); the
// progress bar moves per slice; Cancel stops every worker.
//
//   node --test tests/browser/
//
// PRESSLENS_WEB_DIR selects the site (default: build/wasm/web); the node
// build beside it (../node) gives the expected JSON.

import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { dropFiles } from './drop.mjs';
import { serve } from '../../tools/serve.mjs';
import { generatedArticles } from '../js/generated-articles.mjs';
import { wasmFiles } from '../js/wasm-files.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const webDir = resolve(repoRoot, process.env.PRESSLENS_WEB_DIR || 'build/wasm/web');
const seedDir = join(repoRoot, 'web/samples');
const RESULT_TIMEOUT = 180_000;

let server;
let browser;
let presslens;

before(async () => {
  assert.ok(
    existsSync(join(webDir, 'index.html')),
    `no built site at ${webDir} (build the wasm preset or set PRESSLENS_WEB_DIR)`,
  );
  // The models the page loads, so that analyze() here is the page's.
  const { api, factory, wasmBinary, icuData, nerModel, speakerModel } = await wasmFiles(dirname(webDir));
  presslens = await api.createPresslens({ factory, wasmBinary, icuData, nerModel, speakerModel });
  server = await serve(webDir, { port: 0, base: '/pool/' });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(query = '') {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() => {
    window.statusSeen = [];
    window.progressSeen = [];
    addEventListener('DOMContentLoaded', () => {
      new MutationObserver(() => {
        const text = document.querySelector('#status-text').textContent;
        if (window.statusSeen.at(-1) !== text) window.statusSeen.push(text);
        const bar = document.querySelector('#progress');
        if (!bar.hidden && bar.hasAttribute('value')) window.progressSeen.push(bar.value);
      }).observe(document.querySelector('#status'), {
        subtree: true,
        attributes: true,
        childList: true,
        characterData: true,
      });
    });
  });
  await page.goto(server.url + query);
  return { page, context, problems };
}

async function waitForAnalysis(page) {
  await page.waitForFunction(
    () => /^(Analysed|Analysis failed)/.test(document.querySelector('#status-text').textContent),
    null,
    { timeout: RESULT_TIMEOUT },
  );
  const status = await page.locator('#status-text').textContent();
  assert.match(status, /^Analysed/);
  return status;
}

async function exportedJson(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON', exact: true }).click(),
  ]);
  return readFile(await download.path(), 'utf8');
}

// The analysis's workers (the network view has a layout worker of its own).
const analysisWorkers = (page) => page.workers().filter((w) => /\/(worker|annotator)\.js$/.test(w.url()));
const annotators = (page) => page.workers().filter((w) => w.url().endsWith('/annotator.js'));

async function waitForWorkers(page, count) {
  // The count is read and the listener set in one go: no worker slips between.
  while (analysisWorkers(page).length < count) await page.waitForEvent('worker', { timeout: 20_000 });
}

/** `promise`, or a failure with `message` if it has not settled after `ms`. */
function deadline(promise, ms, message) {
  let timer;
  const expired = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

// The page analyses a project with its corrections, even none: its Export
// JSON then lists them ("corrections": []).
const NO_CORRECTIONS = { corrections: [] };

describe('the worker pool', () => {
  test('the seeds through three annotators: the same bytes as one analyze()', async () => {
    const seeds = readdirSync(seedDir)
      .filter((n) => n.endsWith('.txt'))
      .sort()
      .map((name) => ({ name, bytes: readFileSync(join(seedDir, name)) }));
    const { page, context, problems } = await openPage('?workers=3');
    try {
      await dropFiles(page, seeds);
      await waitForAnalysis(page);
      assert.equal(annotators(page).length, 3, 'three annotators run beside the coordinator');
      assert.ok(
        (await exportedJson(page)) === presslens.analyze(seeds, NO_CORRECTIONS),
        'the exported JSON differs from analyze()',
      );
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('three hundred generated articles, with failing files: the same bytes, a moving bar, per-file status', async () => {
    const files = generatedArticles(300);
    const expected = presslens.analyze(files, NO_CORRECTIONS);
    const documents = JSON.parse(expected).documents;
    const { page, context, problems } = await openPage('?workers=2');
    try {
      await dropFiles(page, files);
      const status = await waitForAnalysis(page);
      assert.match(status, /2 files could not be analysed: picture\.png, empty\.txt/);
      assert.ok((await exportedJson(page)) === expected, 'the exported JSON differs from analyze()');

      // The steps were shown, and the bar moved slice by slice while annotating.
      const seen = await page.evaluate(() => ({ status: window.statusSeen, progress: window.progressSeen }));
      const annotating = seen.status.filter((s) => s.startsWith('Finding names, dates and figures'));
      assert.ok(annotating.length >= 5, `the annotating step reported ${annotating.length} times`);
      assert.ok(annotating.some((s) => s.includes('(2 workers)')));
      const done = annotating.map((s) => Number(s.match(/: ([\d,]+) of/)[1].replace(/,/g, '')));
      assert.deepEqual(
        done,
        [...done].sort((a, b) => a - b),
        'the count only goes up',
      );
      assert.equal(done.at(-1), documents.length - 2, 'every readable document was annotated');
      assert.ok(seen.status.some((s) => s.startsWith('Linking across the articles')));
      assert.ok(new Set(seen.progress.map((v) => v.toFixed(2))).size >= 5, 'the progress bar did not move');

      // Every file's state, the failed ones first and plainly (on demand, once done).
      assert.ok(await page.locator('#file-status').isVisible(), 'the failed files are not listed');
      assert.equal(
        await page.locator('#file-summary').textContent(),
        `${documents.length} files: ${documents.length - 2} analysed · 2 could not be read`,
      );
      await page.locator('#file-summary').click();
      await page.waitForFunction((n) => document.querySelectorAll('#file-list li').length === n, documents.length);
      const first = await page.locator('#file-list li').first().textContent();
      assert.match(first, /picture\.png.*not a text file/);
      assert.equal(await page.locator('#file-list li.file-analysed').count(), documents.length - 2);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('a drop while a batch is being annotated joins it: one analysis of both', async () => {
    const seeds = readdirSync(seedDir)
      .filter((n) => n.endsWith('.txt'))
      .sort()
      .map((name) => ({ name, bytes: readFileSync(join(seedDir, name)) }));
    const { page, context, problems } = await openPage('?workers=2');
    try {
      const generated = generatedArticles(600, { failures: false });
      await dropFiles(page, generated);
      await page.waitForFunction(() => /Finding names/.test(document.querySelector('#status-text').textContent));
      await dropFiles(page, seeds);
      await page.waitForFunction(
        () => /^(Analysed|Analysis failed)/.test(document.querySelector('#status-text').textContent),
        null,
        { timeout: RESULT_TIMEOUT },
      );
      // The files of a drop are added to the project: the first run stops, one runs on both.
      assert.match(await page.locator('#status-text').textContent(), /^Analysed 605 articles/);
      assert.equal(await page.evaluate(() => window.presslensTimings.filter((t) => t.route === 'model').length), 1);
      assert.ok(
        (await exportedJson(page)) === presslens.analyze([...generated, ...seeds], NO_CORRECTIONS),
        'the result is not the analysis of both drops',
      );
      // The search runs on the batch shown.
      await page.evaluate(() => (location.hash = '#search/lavrov'));
      await page.locator('#panel-search .search-hits li').first().waitFor();
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('Cancel stops the coordinator and every annotator; new ones are ready for the next batch', async () => {
    const { page, context } = await openPage('?workers=2');
    try {
      await waitForWorkers(page, 3);
      const before = analysisWorkers(page);
      assert.equal(
        before.length,
        3,
        `expected a coordinator and two annotators, got ${before.map((w) => w.url()).join(', ')}`,
      );
      const closed = before.map((w) => new Promise((resolve) => w.once('close', resolve)));
      await dropFiles(page, generatedArticles(600, { failures: false }));
      await page.waitForFunction(() =>
        /Finding names|Reading and cleaning/.test(document.querySelector('#status-text').textContent),
      );
      await page.getByRole('button', { name: 'Cancel' }).click();
      await deadline(Promise.all(closed), 10_000, 'a worker outlived Cancel');
      assert.match(await page.locator('#status-text').textContent(), /Cancelled/);
      await page.waitForFunction(() => document.querySelector('#phases').hidden);
      await page.getByRole('button', { name: 'Try the sample articles' }).click();
      await waitForAnalysis(page);
      assert.equal(annotators(page).length, 2, 'a fresh pool analysed the next batch');
    } finally {
      await context.close();
    }
  });
});
