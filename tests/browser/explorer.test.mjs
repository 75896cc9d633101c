// Browser tests of the explorer page: Debian's Chromium, driven by
// playwright-core, against the built static site served from a sub-path.
//
//   node --test tests/browser/
//
// PRESSLENS_WEB_DIR selects the site (default: build/wasm/web).

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../tools/serve.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const webDir = resolve(repoRoot, process.env.PRESSLENS_WEB_DIR || 'build/wasm/web');
const seedDir = join(repoRoot, 'web/samples');
const screenshotDir = join(repoRoot, 'build/screenshots');
const BASE = '/some/sub/path/';
const RESULT_TIMEOUT = 60_000;

// A valid 1x1 PNG: binary data the core must reject with a per-file error.
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const normalise = (text) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

async function loadSeeds() {
  const names = (await readdir(seedDir)).filter((n) => n.endsWith('.txt')).sort();
  return Promise.all(
    names.map(async (name) => {
      const bytes = await readFile(join(seedDir, name));
      const lines = bytes.toString('utf8').split('\n').map(normalise).filter(Boolean);
      // A sentence from the middle of the article: any block rendering must show it.
      const long = lines.filter((l) => l.length > 80);
      return { name, bytes, text: normalise(bytes.toString('utf8')), sentence: long[Math.floor(long.length / 2)] };
    }),
  );
}

let server;
let browser;
let seeds;

before(async () => {
  assert.ok(existsSync(join(webDir, 'index.html')), `no built site at ${webDir} (build the wasm preset or set PRESSLENS_WEB_DIR)`);
  seeds = await loadSeeds();
  assert.equal(seeds.length, 5, 'expected the five seed articles in web/samples');
  server = await serve(webDir, { port: 0, base: BASE });
  browser = await chromium.launch({
    executablePath: process.env.PRESSLENS_CHROMIUM || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-quic',
      '--disable-sync',
    ],
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the page; records every request and every console error or page error. */
async function openPage(viewport = { width: 1100, height: 900 }, url = server.url) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  context.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(url);
  return { page, context, requests, problems };
}

/** Dispatches a real drop event carrying `files` onto the drop zone. */
async function dropFiles(page, files) {
  const payload = files.map((f) => ({ name: f.name, type: f.type || 'text/plain', base64: f.bytes.toString('base64') }));
  const dataTransfer = await page.evaluateHandle((items) => {
    const dt = new DataTransfer();
    for (const { name, type, base64 } of items) {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], name, { type }));
    }
    return dt;
  }, payload);
  const zone = page.locator('#drop-zone');
  for (const type of ['dragenter', 'dragover', 'drop']) {
    await zone.dispatchEvent(type, { dataTransfer });
  }
}

/** Waits for `count` results, or fails with the page's status if the analysis failed. */
async function waitForResults(page, count) {
  await page.waitForFunction(
    (n) =>
      document.querySelector('#status.error') ||
      (document.querySelectorAll('#documents > .document').length === n && !document.querySelector('#status.busy')),
    count,
    { timeout: RESULT_TIMEOUT },
  );
  const failed = await page.locator('#status.error').count();
  if (failed) assert.fail(`the page reports: ${await page.locator('#status-text').textContent()}`);
  assert.equal(await page.locator('#documents > .document').count(), count);
}

/** What the page shows for each file, keyed by file name. */
async function renderedDocuments(page) {
  const documents = await page.$$eval('#documents > .document', (nodes) =>
    nodes.map((node) => ({
      name: node.querySelector('.document-name').textContent,
      title: node.querySelector('.document-title').textContent,
      untitled: node.querySelector('.document-title').classList.contains('untitled'),
      error: node.querySelector('.document-error').hidden ? null : node.querySelector('.document-error').textContent,
      errorVisible: node.querySelector('.document-error').checkVisibility(),
      blocks: [...node.querySelectorAll('.block-text')].map((b) => b.textContent),
    })),
  );
  return new Map(documents.map((d) => [d.name, d]));
}

// Seeds whose first line is the real headline: any title guesser must find it.
const KNOWN_TITLES = {
  '004_4080d963fd1f8c6e.txt': 'Russia Pushes For Peace Talks to End Syrian Crisis',
};

function assertSeedRendered(seed, doc) {
  assert.ok(doc, `no result for ${seed.name}`);
  assert.equal(doc.error, null, `${seed.name} failed: ${doc.error}`);
  // Titles improve as the cleaner does; whatever it finds must be words of
  // the article, and an article without one is shown as "Untitled".
  if (doc.untitled) {
    assert.equal(doc.title, 'Untitled');
  } else {
    assert.ok(normalise(doc.title).length > 0, `${seed.name}: empty title`);
    assert.ok(seed.text.includes(normalise(doc.title)), `${seed.name}: title "${doc.title}" is not from the article`);
  }
  if (KNOWN_TITLES[seed.name]) assert.equal(doc.title, KNOWN_TITLES[seed.name]);
  const blocks = normalise(doc.blocks.join(' '));
  assert.ok(blocks.includes(seed.sentence), `${seed.name}: blocks lack "${seed.sentence.slice(0, 60)}…"`);
}

describe('the explorer page', () => {
  test('dropping the five seed files shows a result for each', async () => {
    const { page, context, problems } = await openPage();
    try {
      await dropFiles(page, seeds);
      await waitForResults(page, 5);
      const documents = await renderedDocuments(page);
      for (const seed of seeds) assertSeedRendered(seed, documents.get(seed.name));
      assert.match(await page.locator('#status-text').textContent(), /Analysed 5 articles/);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('"Try the sample articles" analyses the five shipped samples', async () => {
    const { page, context, problems } = await openPage();
    try {
      await page.getByRole('button', { name: 'Try the sample articles' }).click();
      await waitForResults(page, 5);
      const documents = await renderedDocuments(page);
      for (const seed of seeds) assertSeedRendered(seed, documents.get(seed.name));
      assert.deepEqual(problems, []);
      await mkdir(screenshotDir, { recursive: true });
      await page.screenshot({ path: join(screenshotDir, 'explorer.png') });
    } finally {
      await context.close();
    }
  });

  test('every request the page makes goes to its own server', async () => {
    const { page, context, requests } = await openPage();
    try {
      await page.getByRole('button', { name: 'Try the sample articles' }).click();
      await waitForResults(page, 5);
      const origin = new URL(server.url).origin;
      const foreign = requests.filter((url) => new URL(url).origin !== origin);
      assert.deepEqual(foreign, [], 'requests left the local server');
      // The recording must see the worker's own fetches, or this test proves nothing.
      assert.ok(requests.some((url) => url.endsWith('/worker.js')), 'worker.js was not requested');
      assert.ok(requests.some((url) => url.endsWith('/icudt72l.dat')), 'the worker fetch was not recorded');
      assert.ok(requests.every((url) => new URL(url).pathname.startsWith(BASE)), 'a request escaped the sub-path');
    } finally {
      await context.close();
    }
  });

  test('a PNG dropped with the seeds gets its own error; the others still render', async () => {
    const { page, context } = await openPage({ width: 420, height: 900 });
    try {
      const png = { name: 'picture.png', type: 'image/png', bytes: Buffer.from(PNG_BASE64, 'base64') };
      await dropFiles(page, [...seeds, png]);
      await waitForResults(page, 6);
      const documents = await renderedDocuments(page);
      const failed = documents.get('picture.png');
      assert.ok(failed, 'no result for picture.png');
      assert.ok(failed.error && failed.error.length > 'Could not analyse this file: '.length, 'no error message');
      assert.ok(failed.errorVisible, 'the error is not visible');
      for (const seed of seeds) assertSeedRendered(seed, documents.get(seed.name));
      assert.match(await page.locator('#status-text').textContent(), /1 file could not be analysed/);
      await mkdir(screenshotDir, { recursive: true });
      await page.screenshot({ path: join(screenshotDir, 'explorer-narrow.png') });
      await page.locator('.document.failed').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(screenshotDir, 'explorer-narrow-error.png') });
    } finally {
      await context.close();
    }
  });

  test('choosing a folder analyses the files inside it, skipping hidden ones', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'presslens-folder-'));
    const { page, context } = await openPage();
    try {
      await mkdir(join(folder, 'news/older'), { recursive: true });
      await copyFile(join(seedDir, seeds[1].name), join(folder, 'news', seeds[1].name));
      await copyFile(join(seedDir, seeds[4].name), join(folder, 'news/older', seeds[4].name));
      await writeFile(join(folder, 'news/.DS_Store'), Buffer.from([0, 0, 0, 1]));
      await page.locator('#folder-input').setInputFiles(join(folder, 'news'));
      await waitForResults(page, 2);
      const documents = await renderedDocuments(page);
      assert.deepEqual([...documents.keys()].sort(), [`news/${seeds[1].name}`, `news/older/${seeds[4].name}`]);
      assertSeedRendered(seeds[4], documents.get(`news/older/${seeds[4].name}`));
    } finally {
      await context.close();
      await rm(folder, { recursive: true, force: true });
    }
  });

  test("the analysis also runs under the page's CSP sent as a header, which reaches the worker", async () => {
    // A <meta> policy does not apply to workers; hosts that send the policy as a
    // header do, and then the wasm glue must not need eval (embind's default).
    const html = await readFile(join(webDir, 'index.html'), 'utf8');
    const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    assert.ok(policy?.includes("'wasm-unsafe-eval'"), 'index.html has no CSP');
    const strict = await serve(webDir, { port: 0, base: BASE, headers: { 'Content-Security-Policy': policy } });
    const { page, context, problems } = await openPage(undefined, strict.url);
    try {
      await page.getByRole('button', { name: 'Try the sample articles' }).click();
      await waitForResults(page, 5);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      await strict.close();
    }
  });

  test('article text is shown as text, never run as HTML', async () => {
    const { page, context } = await openPage();
    try {
      const markup = '<img src="x" onerror="window.injected = 1"><b>Bold claim</b> & <script>window.injected = 2</script>';
      const evil = {
        name: 'markup.txt',
        bytes: Buffer.from(`Breaking: ${markup}\n\nA sentence about ${markup} in the body of the article.\n`),
      };
      await dropFiles(page, [evil]);
      await waitForResults(page, 1);
      const shown = await page.$$eval('#documents .block-text', (nodes) => nodes.map((n) => n.textContent).join('\n'));
      assert.ok(shown.includes(markup), 'the markup is not shown literally');
      assert.equal(await page.locator('#documents img, #documents b, #documents script').count(), 0);
      assert.equal(await page.evaluate(() => window.injected), undefined);
    } finally {
      await context.close();
    }
  });

  test('the drop zone opens the file picker from the keyboard', async () => {
    const { page, context } = await openPage();
    try {
      // Count clicks on the hidden file input (headless file choosers are flaky to await).
      await page.evaluate(() => {
        window.pickerOpened = 0;
        const input = document.querySelector('#file-input');
        input.addEventListener('click', (event) => {
          event.preventDefault();
          window.pickerOpened++;
        });
      });
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'drop-zone', 'the drop zone is not the first stop');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Space');
      assert.equal(await page.evaluate(() => window.pickerOpened), 2);
      const zone = page.getByRole('button', { name: /drop zone/i });
      assert.equal(await zone.count(), 1, 'the drop zone has no accessible name');

      // Files chosen in the picker are analysed like dropped ones.
      await page.locator('#file-input').setInputFiles(seeds.slice(0, 2).map((s) => join(seedDir, s.name)));
      await waitForResults(page, 2);
    } finally {
      await context.close();
    }
  });
});
