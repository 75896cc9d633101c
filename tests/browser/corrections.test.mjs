// Corrections in the explorer (issue 17, item 2): each finding's fix where
// it is shown. Drop the samples; merge two identities from the list
// (multi-select), retype one on its page, give a quote to another speaker,
// restore a paragraph the cleaner removed, undo one; each view shows each
// change, the Corrections view lists them, and the page's JSON is what the
// command line prints for the same list.
//
//   node --test tests/browser/corrections.test.mjs
//
// PRESSLENS_WEB_DIR selects the site (default: build/wasm/web).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { dropFiles } from './drop.mjs';
import { serve } from '../../tools/serve.mjs';
import { nativeBuild } from '../js/paths.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const webDir = resolve(repoRoot, process.env.PRESSLENS_WEB_DIR || 'build/wasm/web');
const seedDir = join(repoRoot, 'web/samples');
const TIMEOUT = 60_000;

let server;
let browser;
let seeds;

before(async () => {
  assert.ok(existsSync(join(webDir, 'index.html')), `no built site at ${webDir}`);
  const names = (await readdir(seedDir)).filter((n) => n.endsWith('.txt')).sort();
  seeds = await Promise.all(names.map(async (name) => ({ name, bytes: await readFile(join(seedDir, name)) })));
  server = await serve(webDir, { port: 0, base: '/sub/' });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function dropSamples(page) {
  await dropFiles(page, seeds, { type: 'text/plain' });
  await page.waitForFunction(() => /^Analysed/.test(document.querySelector('#status-text').textContent), null, {
    timeout: TIMEOUT,
  });
}

const corrections = (page) =>
  page.evaluate(() => window.presslensTimings.filter((t) => t.route === 'correction').length);

/** Runs `act` (a click that corrects) and waits until the page shows the corrected analysis. */
async function corrected(page, act) {
  const before = await corrections(page);
  await act();
  await page.waitForFunction(
    (n) => window.presslensTimings.filter((t) => t.route === 'correction').length > n,
    before,
    {
      timeout: TIMEOUT,
    },
  );
  return page.locator('#status-text').textContent();
}

async function go(page, hash) {
  await page.evaluate((h) => (location.hash = h), hash);
  const tab = { entity: 'entities' }[hash.slice(1).split('/')[0]] ?? hash.slice(1).split('/')[0];
  await page.waitForFunction((id) => {
    const panel = document.querySelector(`#panel-${id}`);
    return panel && !panel.hidden && panel.dataset.route.startsWith(location.hash.split('/').slice(0, 2).join('/'));
  }, tab);
  return page.locator(`#panel-${tab}`);
}

const exportJson = async (page) => {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON', exact: true }).click(),
  ]);
  return readFile(await file.path(), 'utf8');
};

test('merge, retype, reassign, restore and undo in the views; each view shows each change', async (t) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  try {
    await page.goto(server.url);
    await dropSamples(page);
    const plain = JSON.parse(await exportJson(page));
    const idOf = (name) => plain.clusters.find((c) => c.name === name).id;
    assert.equal(await page.locator('#corrections-count').textContent(), '0');
    assert.ok(await page.locator('#undo').isDisabled());

    // Merge: tick Russia and Moscow in the list, then Merge.
    const list = await go(page, '#entities');
    await list.getByLabel('Select Russia', { exact: true }).check();
    await list.getByLabel('Select Moscow', { exact: true }).check();
    assert.match(await list.locator('.selection-count').textContent(), /2 selected/);
    let status = await corrected(page, () => list.getByRole('button', { name: 'Merge', exact: true }).click());
    assert.match(status, /^Merged “Moscow”, “Russia”|^Merged “Russia”, “Moscow”/);
    const merged = page.locator('#panel-entities tbody tr', { has: page.getByRole('link', { name: 'Moscow' }) });
    await merged.first().waitFor();
    assert.match(await merged.first().textContent(), /Russia/, 'the list shows Russia as another name of Moscow');
    assert.equal(await list.getByLabel('Select Russia', { exact: true }).count(), 0, 'no separate Russia any more');
    assert.equal(await page.locator('#corrections-count').textContent(), '1');

    // Retype the Kremlin on its page.
    const kremlin = idOf('Kremlin');
    let entity = await go(page, `#entity/${kremlin}`);
    // Kinds of names are shown in plain words (dom.js TYPE_NAMES): a place, then an organisation.
    assert.match(await entity.locator('.cluster-header h3').textContent(), /Place$/);
    status = await corrected(page, () => entity.getByLabel('Type of Kremlin').selectOption('ORG'));
    assert.match(status, /“Kremlin” is an organisation/);
    entity = page.locator('#panel-entities');
    await page.waitForFunction(() =>
      /Organisation$/.test(document.querySelector('#panel-entities .cluster-header h3').textContent),
    );
    assert.equal(await entity.locator('.cluster-header .type-badge').textContent(), 'Organisation');

    // Reassign a quote: "he and Lavrov had discussed ..." is Moualem's; say it is Lavrov's.
    let quotes = await go(page, '#quotes');
    await quotes.getByRole('searchbox', { name: 'Search quotes and speakers' }).fill('had discussed');
    const item = quotes.locator('.quote-item', { hasText: 'had discussed' }).first();
    assert.match(
      await item.locator('xpath=ancestor::section[1]').getAttribute('aria-label'),
      /Moualem/,
      'before: in the Moualem group',
    );
    await item.getByRole('button', { name: 'Change speaker' }).click();
    await item.getByLabel('Who said it').fill('Sergei Lavrov');
    status = await corrected(page, () => item.getByRole('button', { name: 'Apply' }).click());
    assert.match(status, /by “Sergei Lavrov”/);
    quotes = page.locator('#panel-quotes');
    const moved = quotes.locator('section.speaker-group[aria-label="Sergei Lavrov"] .quote-item', {
      hasText: 'had discussed',
    });
    await moved.waitFor();
    assert.equal(await moved.locator('.tag.corrected').count(), 1, 'marked as corrected');

    // Restore a paragraph the cleaner removed ("Contribute Today", a donation appeal).
    const doc = '001_bf7699d9b6ee942d.txt';
    let reader = await go(page, `#reader/${encodeURIComponent(doc)}`);
    await reader.getByText('With removed text', { exact: true }).click();
    const removed = reader.locator('.removed-block', { hasText: 'Contribute Today' });
    await removed.waitFor();
    status = await corrected(page, () => removed.getByRole('button', { name: /^Restore block/ }).click());
    assert.match(status, /^Restored a paragraph/);
    reader = page.locator('#panel-reader');
    const restored = reader.locator('.para', { hasText: 'Contribute Today' });
    await restored.waitFor();
    assert.equal(await restored.locator('.tag.corrected').textContent(), 'restored by you');
    assert.equal(await page.locator('#corrections-count').textContent(), '4');

    // The page's JSON is the command line's for the same list.
    const json = await exportJson(page);
    const list4 = await page.evaluate(() => window.presslensApi.corrections());
    assert.equal(list4.length, 4);
    const dir = await mkdtemp(join(tmpdir(), 'presslens-page-'));
    await writeFile(join(dir, 'c.json'), JSON.stringify({ corrections: list4 }));
    const cli = spawnSync(
      join(nativeBuild, 'presslens'),
      ['analyze', '--corrections', join(dir, 'c.json'), ...seeds.map((s) => join(seedDir, s.name))],
      { maxBuffer: 1 << 28 },
    );
    await rm(dir, { recursive: true });
    assert.equal(cli.status, 0, String(cli.stderr));
    assert.ok(cli.stdout.toString() === json, "the page's Export JSON is the command line's");
    assert.deepEqual(
      JSON.parse(json).corrections.map((c) => c.status),
      ['applied', 'applied', 'applied', 'applied'],
    );

    // Undo the restore: the paragraph is out again; Redo is offered.
    status = await corrected(page, () => page.locator('#undo').click());
    assert.match(status, /^Undone: Restored a paragraph/);
    await reader.locator('.removed-block', { hasText: 'Contribute Today' }).waitFor();
    assert.equal(await page.locator('#corrections-count').textContent(), '3');
    assert.ok(!(await page.locator('#redo').isDisabled()));

    // The Corrections view lists the three in effect, each applied.
    const listed = await go(page, '#corrections');
    const rows = listed.locator('.correction-list li');
    assert.equal(await rows.count(), 3);
    assert.deepEqual(await listed.locator('.tag.status').allTextContents(), ['applied', 'applied', 'applied']);
    assert.match(await rows.nth(0).textContent(), /Merged/);

    // What each correction took, in the page (from the click to the view drawn again).
    const times = await page.evaluate(() =>
      window.presslensTimings.filter((x) => x.route === 'correction').map((x) => x.ms),
    );
    t.diagnostic(
      `corrections on the five samples took ${times.join(', ')} ms (from the request to the view drawn again)`,
    );
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
