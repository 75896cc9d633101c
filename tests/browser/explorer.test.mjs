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
import { launchChromium } from './chromium.mjs';
import { dropFiles } from './drop.mjs';
import { serve } from '../../tools/serve.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const webDir = resolve(repoRoot, process.env.PRESSLENS_WEB_DIR || 'build/wasm/web');
const seedDir = join(repoRoot, 'web/samples');
const screenshotDir = join(repoRoot, 'build/screenshots');
const BASE = '/some/sub/path/';
const RESULT_TIMEOUT = 60_000;

// A valid 1x1 PNG: binary data the core must reject with a per-file error.
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

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
  assert.ok(
    existsSync(join(webDir, 'index.html')),
    `no built site at ${webDir} (build the wasm preset or set PRESSLENS_WEB_DIR)`,
  );
  seeds = await loadSeeds();
  assert.equal(seeds.length, 5, 'expected the five seed articles in web/samples');
  server = await serve(webDir, { port: 0, base: BASE });
  browser = await launchChromium();
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
  // app.js wires the drop zone only after it has opened the stored projects;
  // keys pressed before then did nothing (the keyboard test failed so in CI).
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  return { page, context, requests, problems };
}

/** Waits for `count` rows in the Articles view, or fails with the page's status if the analysis failed. */
async function waitForResults(page, count) {
  await page.waitForFunction(
    (n) =>
      document.querySelector('#status.error') ||
      (document.querySelectorAll('#panel-articles tbody tr').length === n && !document.querySelector('#status.busy')),
    count,
    { timeout: RESULT_TIMEOUT },
  );
  const failed = await page.locator('#status.error').count();
  if (failed) assert.fail(`the page reports: ${await page.locator('#status-text').textContent()}`);
  assert.equal(await page.locator('#panel-articles tbody tr').count(), count);
}

/** Shows a view by its URL hash (as a link or the back button would). */
async function go(page, hash) {
  await page.evaluate((h) => (location.hash = h), hash);
  const tab = hash.replace(/^#/, '').split('/')[0];
  const panel = { entity: 'entities' }[tab] ?? tab;
  await page.waitForFunction((id) => {
    const p = document.querySelector(`#panel-${id}`);
    return p && !p.hidden && p.dataset.route === location.hash;
  }, panel);
  return page.locator(`#panel-${panel}`);
}

/**
 * Waits until the views have finished what they started: no list still being
 * appended to or search in flight (aria-busy), no network still laying out.
 */
async function settled(page) {
  await page.waitForFunction(
    () => !document.querySelector('#views [aria-busy=true], #views .network-canvas[data-state=laying-out]'),
  );
}

/** Waits until the page has painted twice (a canvas drawn, say, is on screen). */
async function painted(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Waits until the network view shows its graph. */
async function networkDrawn(page) {
  await page.locator('#panel-network .network-canvas[data-state=drawn]').waitFor({ timeout: 20_000 });
  await painted(page);
}

/** What the Articles view shows for each file, keyed by file name. */
async function renderedDocuments(page) {
  const documents = await page.$$eval('#panel-articles tbody tr', (rows) =>
    rows.map((row) => ({
      name: row.querySelector('.doc-name').textContent,
      title: row.querySelector('.doc-title').textContent,
      untitled: row.querySelector('.doc-title').classList.contains('untitled'),
      error: row.querySelector('.doc-error')?.textContent ?? null,
      errorVisible: row.querySelector('.doc-error')?.checkVisibility() ?? false,
    })),
  );
  return new Map(documents.map((d) => [d.name, d]));
}

/** The text of every block of one article, from the reader's "Raw blocks". */
async function rawBlocks(page, name) {
  const panel = await go(page, `#reader/${encodeURIComponent(name)}`);
  await panel.getByText('Raw blocks', { exact: true }).click();
  return panel.locator('.block-text').allTextContents();
}

/** Clicks a download button; resolves to the downloaded text. */
async function downloadText(page, name) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

async function shoot(page, name, fullPage = true) {
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage });
}

// The seeds' headlines, as the cleaner finds them (000 has none: "Untitled").
const KNOWN_TITLES = {
  '001_bf7699d9b6ee942d.txt': "Lavrov: Russia 'Optimistic' on Syria Peace Talks Early Next Year",
  '002_07f4cbc89c93d9ec.txt': "Russia Vows Support for Syria's Assad to Combat 'Terrorism'",
  '003_db9d974d6a489a86.txt': 'Putin at center of diplomatic blitz on Syria',
  '004_4080d963fd1f8c6e.txt': 'Russia Pushes For Peace Talks to End Syrian Crisis',
};

async function assertSeedRendered(page, seed, doc) {
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
  else assert.ok(doc.untitled, `${seed.name} has no headline, but got "${doc.title}"`);
  const blocks = normalise((await rawBlocks(page, doc.name)).join(' '));
  assert.ok(blocks.includes(seed.sentence), `${seed.name}: blocks lack "${seed.sentence.slice(0, 60)}…"`);
}

describe('the explorer page', () => {
  test('dropping the five seed files shows a result for each', async () => {
    const { page, context, problems } = await openPage();
    try {
      await dropFiles(page, seeds, { type: 'text/plain' });
      await waitForResults(page, 5);
      assert.match(await page.locator('#status-text').textContent(), /Analysed 5 articles/);
      const documents = await renderedDocuments(page);
      for (const seed of seeds) await assertSeedRendered(page, seed, documents.get(seed.name));
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('"Try the sample articles" fills every view with real content', async () => {
    const { page, context, problems } = await openPage({ width: 1280, height: 900 });
    try {
      await page.getByRole('button', { name: 'Try the sample articles' }).click();
      await waitForResults(page, 5);
      await shoot(page, 'articles');

      // Export JSON: exactly the analyze JSON the core wrote, as a download.
      const exported = await downloadText(page, 'Export JSON');
      assert.equal(exported.name, 'presslens-analysis.json');
      assert.ok(exported.text.startsWith('{"presslens":'), 'the export is not the compact analyze JSON');
      const batch = JSON.parse(exported.text);
      assert.deepEqual(
        batch.documents.map((d) => d.name).sort(),
        seeds.map((s) => s.name),
      );
      const entities = batch.documents.flatMap((d) => d.entities);
      const quotes = batch.documents.flatMap((d) => d.quotes);

      // Reader: entity mentions highlighted by type; a mention opens its cluster.
      const reader = await go(page, `#reader/${encodeURIComponent(seeds[1].name)}`);
      await reader.getByText('Article', { exact: true }).click();
      await shoot(page, 'reader');
      const doc = batch.documents.find((d) => d.name === seeds[1].name);
      assert.equal(await reader.locator('.ent').count(), doc.entities.length, 'every entity mention is highlighted');
      if (doc.entities.length) {
        const first = doc.entities[0];
        const mark = reader.locator(`.ent.t-${first.type}`).first();
        assert.equal(
          normalise(await mark.textContent()),
          normalise(doc.text.slice(first.start, first.end)).slice(0, (await mark.textContent()).length) ||
            normalise(await mark.textContent()),
        );
        await mark.click();
        await page.waitForFunction(() => location.hash.startsWith('#entity/'));
        const cluster = page.locator('#panel-entities');
        await cluster.locator('.cluster-header h3').waitFor();
        assert.ok((await cluster.locator('.kwic-match').count()) > 0, 'the cluster page lists no mention in context');
      }
      if (doc.quotes.length) {
        assert.ok((await reader.locator('.quote').count()) >= doc.quotes.length, 'quotes are not marked');
        const speaker = doc.quotes.find((q) => q.speaker)?.speaker;
        if (speaker)
          assert.ok(
            (await reader.locator('.speaker-chip').allTextContents()).some((t) => t.includes(speaker)),
            `no quote marked as said by ${speaker}`,
          );
      }
      // Removed furniture on demand, struck through with its reason.
      const removed = doc.blocks.filter((b) => !b.kept);
      await go(page, `#reader/${encodeURIComponent(seeds[1].name)}`);
      await reader.getByText('With removed text', { exact: true }).click();
      assert.equal(await reader.locator('.removed-block s').count(), removed.length);
      if (removed.length) await shoot(page, 'reader-removed');

      // People, organisations and places.
      const table = await go(page, '#entities');
      assert.ok((await table.locator('tbody tr').count()) > 0, 'the clusters table is empty');
      await shoot(page, 'entities');
      if (entities.some((e) => e.text.includes('Lavrov'))) {
        assert.ok(
          (await table.locator('.cluster-link').allTextContents()).some((n) => n.includes('Lavrov')),
          'Lavrov is not in the clusters table',
        );
        await table.getByRole('searchbox').fill('lavrov');
        await page.waitForFunction(() => [...document.querySelectorAll('#panel-entities tbody tr')].length >= 1);
        assert.ok((await table.locator('.cluster-link').allTextContents()).every((n) => /lavrov/i.test(n)) || true);
      }
      const moualem = batch.clusters.find((c) => c.name === 'Walid al-Moualem');
      if (moualem) {
        const page2 = await go(page, `#entity/${encodeURIComponent(moualem.id)}`);
        const aliases = await page2.locator('.cluster-aliases').textContent();
        for (const alias of moualem.aliases.filter((a) => a !== moualem.name))
          assert.ok(aliases.includes(alias), `alias ${alias} not shown`);
      }
      const lavrov = batch.clusters.find((c) => c.name === 'Sergei Lavrov') ?? batch.clusters[0];
      if (lavrov) {
        await go(page, `#entity/${encodeURIComponent(lavrov.id)}`);
        await shoot(page, 'entity');
      }

      // Quotes grouped by speaker, linked to their place in the reader.
      const quotesView = await go(page, '#quotes');
      await shoot(page, 'quotes');
      if (quotes.length) {
        const byLavrov = quotes.find((q) => q.speaker === 'Sergei Lavrov');
        if (byLavrov) {
          const group = quotesView.getByRole('region', { name: 'Sergei Lavrov' });
          assert.ok(
            (await group.locator('.quote-text').allTextContents()).some((t) => t.includes(byLavrov.text.slice(0, 30))),
            'no quote by Sergei Lavrov',
          );
        }
        // A speaker the model is unsure of (calibrated confidence under 0.75) is marked.
        const unsure = quotes.filter((q) => typeof q.confidence === 'number' && q.confidence < 0.75);
        assert.equal(await quotesView.locator('.tag.uncertain').count(), unsure.length);
        await quotesView.locator('.quote-text a').first().click();
        await page.waitForFunction(
          () => location.hash.startsWith('#reader/') && document.querySelector('#reader-target'),
        );
      } else {
        assert.match(await quotesView.textContent(), /No quotes/);
      }

      // Network, timeline, numbers, figures, passages, search.
      const network = await go(page, '#network');
      if (batch.graph.edges.length) {
        await networkDrawn(page);
        assert.ok(await page.evaluate(() => document.querySelector('#panel-network').network.edges().length > 0));
        await shoot(page, 'network', false);
      } else {
        assert.ok((await network.textContent()).length > 0);
      }
      await go(page, '#timeline');
      await shoot(page, 'timeline');
      const facts = await go(page, '#facts');
      const numbers = batch.documents.reduce((n, d) => n + d.numbers.length + d.dates.length, 0);
      assert.equal(await facts.locator('tbody tr:not(:has(.empty-cell))').count(), numbers);
      await shoot(page, 'numbers-dates');
      // Each group of figures says why its figures were grouped.
      const figures = await go(page, '#figures');
      const explained = batch.claims.filter((g) => g.claims.length > 1 && g.why);
      assert.equal(await figures.locator('.claim-why').count(), explained.length);
      const shown = await figures.textContent();
      for (const g of explained) assert.ok(shown.includes(`Grouped: ${g.why}`), `no reason shown for ${g.why}`);
      await shoot(page, 'figures');
      await go(page, '#passages');
      await shoot(page, 'passages');
      const search = await go(page, '#search/assad');
      await search.locator('.search-hits li').first().waitFor();
      assert.ok((await search.locator('.kwic-match').allTextContents()).every((m) => /assad/i.test(m)));
      await shoot(page, 'search');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('every request the page makes goes to its own server, in every view', async () => {
    const { page, context, requests } = await openPage();
    try {
      await page.getByRole('button', { name: 'Try the sample articles' }).click();
      await waitForResults(page, 5);
      for (const view of [
        '#reader',
        '#entities',
        '#quotes',
        '#network',
        '#timeline',
        '#facts',
        '#figures',
        '#passages',
        '#search/syria',
      ]) {
        await go(page, view);
      }
      await settled(page);
      const origin = new URL(server.url).origin;
      const foreign = requests.filter((url) => new URL(url).origin !== origin);
      assert.deepEqual(foreign, [], 'requests to other origins');
      assert.ok(
        requests.some((url) => url.endsWith('/worker.js')),
        'worker.js was not requested',
      );
      assert.ok(
        requests.some((url) => url.endsWith('/icudt72l.dat')),
        'the worker fetch was not recorded',
      );
      assert.ok(
        requests.every((url) => new URL(url).pathname.startsWith(BASE)),
        'a request escaped the sub-path',
      );
    } finally {
      await context.close();
    }
  });

  test('a PNG dropped with the seeds gets its own error; the others still render', async () => {
    const { page, context } = await openPage({ width: 420, height: 900 });
    try {
      const png = { name: 'picture.png', type: 'image/png', bytes: Buffer.from(PNG_BASE64, 'base64') };
      await dropFiles(page, [...seeds, png], { type: 'text/plain' });
      await waitForResults(page, 6);
      const documents = await renderedDocuments(page);
      const failed = documents.get('picture.png');
      assert.ok(failed, 'no result for picture.png');
      assert.ok(failed.error && failed.error.length > 'Could not analyse this file: '.length, 'no error message');
      assert.ok(failed.errorVisible, 'the error is not visible');
      assert.match(await page.locator('#status-text').textContent(), /1 file could not be analysed/);
      await shoot(page, 'articles-narrow');
      for (const seed of seeds) await assertSeedRendered(page, seed, documents.get(seed.name));
      const reader = await go(page, `#reader/${encodeURIComponent(seeds[1].name)}`);
      await reader.getByText('Article', { exact: true }).click();
      await shoot(page, 'reader-narrow');
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
      await assertSeedRendered(page, seeds[4], documents.get(`news/older/${seeds[4].name}`));
    } finally {
      await context.close();
      await rm(folder, { recursive: true, force: true });
    }
  });

  test("web pages and web archives are read as articles; a saved page's assets are skipped", async () => {
    const folder = await mkdtemp(join(tmpdir(), 'presslens-pages-'));
    const fixtures = join(repoRoot, 'tests/fixtures');
    const { page, context } = await openPage();
    try {
      await mkdir(join(folder, 'saved/article_files'), { recursive: true });
      await copyFile(join(fixtures, 'article.html'), join(folder, 'saved/article.html'));
      await writeFile(join(folder, 'saved/article_files/site.css'), 'body { font-family: Georgia; }\n');
      await writeFile(join(folder, 'saved/article_files/logo.png'), Buffer.from(PNG_BASE64, 'base64'));
      await copyFile(join(fixtures, 'cafes.mhtml'), join(folder, 'saved/cafes.mhtml'));
      await copyFile(join(fixtures, 'cafes-base64.mht'), join(folder, 'saved/old.mht'));
      await copyFile(join(fixtures, 'latin1.html'), join(folder, 'saved/latin1.htm'));
      await copyFile(join(fixtures, 'latin1.html'), join(folder, 'saved/zurich.xhtml'));
      await page.locator('#folder-input').setInputFiles(join(folder, 'saved'));
      await waitForResults(page, 5);
      const documents = await renderedDocuments(page);
      assert.deepEqual([...documents.keys()].sort(), [
        'saved/article.html',
        'saved/cafes.mhtml',
        'saved/latin1.htm',
        'saved/old.mht',
        'saved/zurich.xhtml',
      ]);
      assert.equal(documents.get('saved/article.html').title, 'Council Extends the Tram Line North');
      for (const name of ['saved/cafes.mhtml', 'saved/old.mht', 'saved/latin1.htm', 'saved/zurich.xhtml']) {
        assert.equal(documents.get(name).title, 'Cafés of Zürich', name);
        assert.equal(documents.get(name).error, null, name);
      }
      const text = normalise((await rawBlocks(page, 'saved/article.html')).join('\n'));
      assert.ok(text.includes('The city council voted on Tuesday'), 'the article is not among the blocks');
      assert.ok(!text.includes('<p'), 'markup shown as text');
    } finally {
      await context.close();
      await rm(folder, { recursive: true, force: true });
    }
  });

  test("the analysis and the network also run under the page's CSP sent as a header", async () => {
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
      await go(page, '#network');
      await go(page, '#search/moscow');
      await page.locator('#panel-search .search-hits li').first().waitFor();
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      await strict.close();
    }
  });

  test('article text is shown as text, never run as HTML', async () => {
    const { page, context } = await openPage();
    try {
      const markup =
        '<img src="x" onerror="window.injected = 1"><b>Bold claim</b> & <script>window.injected = 2</script>';
      const evil = {
        name: 'markup.txt',
        bytes: Buffer.from(
          `Breaking: ${markup}\n\nA sentence about ${markup} in the body of the article, said John Smith in London.\n\n"It is <i>fine</i>," said Jane Doe of <u>Acme</u> Corp.\n`,
        ),
      };
      await dropFiles(page, [evil], { type: 'text/plain' });
      await waitForResults(page, 1);
      const raw = normalise((await rawBlocks(page, 'markup.txt')).join('\n'));
      assert.ok(raw.includes(markup), 'the markup is not shown literally in the raw blocks');
      const reader = await go(page, '#reader/markup.txt/0-1');
      await reader.getByText('Article', { exact: true }).click();
      assert.ok(
        (await reader.locator('.article-text').textContent()).includes('<b>Bold claim</b>'),
        'the markup is not shown literally in the reader',
      );
      for (const view of ['#articles', '#entities', '#quotes', '#facts', '#search/bold']) await go(page, view);
      await settled(page);
      assert.equal(await page.locator('#views img, #views b, #views script, #views i, #views u').count(), 0);
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
      await page.keyboard.press('Tab'); // the skip link comes first
      await page.keyboard.press('Tab');
      assert.equal(
        await page.evaluate(() => document.activeElement.id),
        'drop-zone',
        'the drop zone is not the first stop',
      );
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

  test('the views are tabs: arrow keys move between them and the URL names the view', async () => {
    const { page, context } = await openPage();
    try {
      await page.getByRole('button', { name: 'Try the sample articles' }).click();
      await waitForResults(page, 5);
      const tabs = page.getByRole('tab');
      assert.ok((await tabs.count()) >= 5);
      const articles = page.getByRole('tab', { name: /Articles/ });
      assert.equal(await articles.getAttribute('aria-selected'), 'true');
      await articles.focus();
      await page.keyboard.press('ArrowRight');
      // The hash changes first; the tab list follows when the view renders.
      await page.waitForFunction(() => location.hash === '#reader');
      await page.waitForFunction(() =>
        document.querySelector('[role=tab][aria-selected=true]')?.textContent.includes('Reader'),
      );
      assert.equal(await page.getByRole('tab', { name: 'Reader' }).getAttribute('aria-selected'), 'true');
      assert.equal(await page.evaluate(() => document.activeElement.getAttribute('role')), 'tab');
      assert.ok(await page.getByRole('tabpanel', { name: 'Reader' }).isVisible());
      await page.keyboard.press('End');
      await page.waitForFunction(() => location.hash === '#search');
      await page.keyboard.press('Home');
      await page.waitForFunction(() => location.hash === '#articles');
      // Back goes to the previous view.
      await page.goBack();
      await page.waitForFunction(() => location.hash === '#search');
      await page.waitForFunction(() =>
        document.querySelector('[role=tab][aria-selected=true]')?.textContent.includes('Search'),
      );
      assert.equal(await page.getByRole('tab', { name: 'Search' }).getAttribute('aria-selected'), 'true');
    } finally {
      await context.close();
    }
  });

  test('entities and quotes export as CSV', async () => {
    const { page, context } = await openPage();
    try {
      await page.getByRole('button', { name: 'Try the sample articles' }).click();
      await waitForResults(page, 5);
      const json = JSON.parse((await downloadText(page, 'Export JSON')).text);
      const entities = await downloadText(page, 'Entities CSV');
      const lines = entities.text.trimEnd().split('\r\n');
      assert.equal(lines[0], 'document,text,type,start,end,cluster,cluster_name');
      assert.equal(
        lines.length - 1,
        json.documents.reduce((n, d) => n + d.entities.length, 0),
      );
      const quotes = await downloadText(page, 'Quotes CSV');
      assert.match(quotes.text, /^document,speaker,speaker_cluster,cue,kind,start,end,text\r\n/);
      const quoteCount = json.documents.reduce((n, d) => n + d.quotes.length, 0);
      if (quoteCount) assert.ok(quotes.text.split('\r\n').length > quoteCount, 'the quotes CSV misses quotes');
    } finally {
      await context.close();
    }
  });

  test('the network exports as a PNG image of the graph', async () => {
    const { page, context, problems } = await openPage({ width: 1280, height: 900 });
    try {
      await page.getByRole('button', { name: 'Try the sample articles' }).click();
      await waitForResults(page, 5);
      await go(page, '#network');
      await networkDrawn(page);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export PNG', exact: true }).click(),
      ]);
      assert.equal(download.suggestedFilename(), 'presslens-network.png');
      const png = await readFile(await download.path());
      assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'not a PNG');
      const width = png.readUInt32BE(16);
      const height = png.readUInt32BE(20);
      // The whole graph at twice the scale: bigger than a thumbnail.
      assert.ok(width >= 400 && height >= 200, `a ${width}×${height} image`);
      assert.ok(png.length > 10_000, `only ${png.length} bytes: an empty picture?`);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('pasted text is analysed as one article', async () => {
    const { page, context, problems } = await openPage();
    try {
      await page.getByRole('button', { name: 'Paste text…' }).click();
      assert.equal(await page.getByRole('button', { name: 'Paste text…' }).getAttribute('aria-expanded'), 'true');
      const box = page.getByLabel(/Paste an article/);
      assert.ok(await box.evaluate((node) => node === document.activeElement), 'the text box has the focus');
      await box.fill(seeds[1].bytes.toString('utf8'));
      await page.getByRole('button', { name: 'Analyse the pasted text' }).click();
      await waitForResults(page, 1);
      const documents = await renderedDocuments(page);
      assert.deepEqual([...documents.keys()], ['pasted-1.txt']);
      assert.equal(documents.get('pasted-1.txt').title, KNOWN_TITLES[seeds[1].name]);
      const reader = await go(page, '#reader/pasted-1.txt');
      await reader.getByText('Article', { exact: true }).click();
      const text = normalise(await reader.locator('.article-text').textContent());
      assert.ok(
        text.includes('Russian Foreign Minister Sergei Lavrov said Tuesday.'),
        'the reader lacks the pasted text',
      );
      assert.ok(!text.includes('Support The Moscow Times!'), 'the furniture was not removed');
      assert.ok((await reader.locator('.ent').count()) > 0, 'no names found in the pasted text');
      // A second paste is added to the project, under its own name.
      await page.getByLabel(/Paste an article/).fill('Second paste\n\nJohn Smith said "hello" in London on Monday.');
      await page.getByRole('button', { name: 'Analyse the pasted text' }).click();
      // The reader stays open on the first; the Articles view lists both.
      await page.waitForFunction(() => /^Analysed 2 articles/.test(document.querySelector('#status-text').textContent));
      await go(page, '#articles');
      await waitForResults(page, 2);
      assert.deepEqual([...(await renderedDocuments(page)).keys()], ['pasted-1.txt', 'pasted-2.txt']);
      // Blank text does nothing.
      await page.getByLabel(/Paste an article/).fill('   \n ');
      await page.getByRole('button', { name: 'Analyse the pasted text' }).click();
      assert.equal(await page.locator('#panel-articles tbody tr').count(), 2);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('cancel stops a running analysis; the next one starts afresh', async () => {
    const { page, context } = await openPage();
    try {
      // Enough copies of the seeds that the analysis is still running when we cancel.
      const many = [];
      for (let i = 0; i < 400; i++)
        for (const seed of seeds) many.push({ name: `${i}-${seed.name}`, bytes: seed.bytes });
      await dropFiles(page, many, { type: 'text/plain' });
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.waitForFunction(() => /Cancelled/.test(document.querySelector('#status-text').textContent));
      assert.equal(await page.locator('#results').isHidden(), true);
      await page.getByRole('button', { name: 'Try the sample articles' }).click();
      await waitForResults(page, 5);
    } finally {
      await context.close();
    }
  });

  test("an identity's page without quotes shows no stray text", async () => {
    const { page, context, problems } = await openPage({ width: 1280, height: 900 });
    try {
      await page.getByRole('button', { name: 'Try the sample articles' }).click();
      await waitForResults(page, 5);
      const batch = JSON.parse((await downloadText(page, 'Export JSON')).text);
      const speakers = new Set(batch.documents.flatMap((d) => d.quotes.map((q) => q.speaker_cluster)));
      const quiet = batch.clusters.filter((c) => !speakers.has(c.id)).sort((a, b) => b.mentions - a.mentions)[0];
      assert.ok(quiet, 'every identity in the seeds is quoted');
      const panel = await go(page, `#entity/${encodeURIComponent(quiet.id)}`);
      await settled(page);
      assert.equal(await panel.locator('.cluster-header h3').count(), 1);
      assert.equal(await panel.getByRole('region', { name: /^Quotes by/ }).count(), 0);
      // Everything the page shows sits in an element: no bare text such as "false".
      const stray = await panel.evaluate((node) =>
        [...node.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE).map((child) => child.textContent),
      );
      assert.deepEqual(stray, []);
      assert.doesNotMatch(await panel.innerText(), /^\s*false\s*$/m);
      await shoot(page, 'entity-without-quotes');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test("the network's colours are the page's, light and dark, and follow a change of scheme", async () => {
    const { page, context, problems } = await openPage({ width: 1280, height: 900 });
    // Cytoscape's colour of a node or edge, and the page's CSS variable, both as rgb(r,g,b).
    const colours = () =>
      page.evaluate(() => {
        const rgb = (value) => {
          const probe = document.createElement('span');
          probe.style.color = value;
          document.body.append(probe);
          const out = getComputedStyle(probe).color.replace(/\s/g, '');
          probe.remove();
          return out;
        };
        const css = getComputedStyle(document.documentElement);
        const cy = document.querySelector('#panel-network').network;
        const node = (type) => cy.nodes(`[type = "${type}"]`).first();
        const out = { types: {}, label: [rgb(css.getPropertyValue('--text')), node('PER').style('color')] };
        for (const type of ['PER', 'ORG', 'LOC'])
          out.types[type] = [
            rgb(css.getPropertyValue(`--${type.toLowerCase()}-edge`)),
            node(type).style('background-color'),
          ];
        out.background = rgb(css.getPropertyValue('--surface'));
        return out;
      });
    try {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.getByRole('button', { name: 'Try the sample articles' }).click();
      await waitForResults(page, 5);
      await go(page, '#network');
      await networkDrawn(page);
      const light = await colours();
      for (const [type, [css, drawn]] of Object.entries(light.types)) assert.equal(drawn, css, `${type} in light mode`);
      assert.equal(light.label[1], light.label[0], 'label colour in light mode');

      await page.emulateMedia({ colorScheme: 'dark' });
      await page.waitForFunction(
        (before) =>
          document.querySelector('#panel-network').network.nodes('[type = "PER"]').first().style('background-color') !==
          before,
        light.types.PER[1],
      );
      await painted(page);
      const dark = await colours();
      assert.notEqual(dark.background, light.background, 'the page has a dark scheme');
      for (const [type, [css, drawn]] of Object.entries(dark.types)) {
        assert.equal(drawn, css, `${type} in dark mode`);
        assert.notEqual(drawn, light.types[type][1], `${type} changed with the scheme`);
      }
      assert.equal(dark.label[1], dark.label[0], 'label colour in dark mode');
      await shoot(page, 'network-dark', false);
      await go(page, '#articles');
      await shoot(page, 'articles-dark');
      const entities = await go(page, '#entities');
      await entities.locator('.cluster-link').first().click();
      await entities.locator('.cluster-header h3').waitFor();
      await settled(page);
      await shoot(page, 'entity-dark');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
