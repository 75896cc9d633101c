// Projects in the explorer (issue 17): kept in the browser and restored on
// reload, several of them, files added rather than replaced, the project
// file saved and opened by the page and read by both command lines (the
// same JSON as the page's Export JSON), links that land in a new tab or say
// why not, bad project files, storage refused or full, and the shared
// findings (one identity, one view, the HTML report).
//
//   node --test tests/browser/projects.test.mjs
//
// PRESSLENS_WEB_DIR selects the site (default: build/wasm/web); the command
// lines are those of tests/js/paths.mjs.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { dropFiles } from './drop.mjs';
import { serve } from '../../tools/serve.mjs';
import { nativeBuild, wasmBuild } from '../js/paths.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const webDir = resolve(repoRoot, process.env.PRESSLENS_WEB_DIR || 'build/wasm/web');
const seedDir = join(repoRoot, 'web/samples');
const badProjects = join(repoRoot, 'tests/fixtures/projects');
const exportDir = join(repoRoot, 'build/project-exports');
const BASE = '/some/sub/path/';
const TIMEOUT = 60_000;
// What an identity's page calls its kind (web/dom.js TYPE_NAMES): plain words, not the codes.
const KIND = { PER: 'Person', ORG: 'Organisation', LOC: 'Place', MISC: 'Other' };

let server;
let browser;
let seeds;

before(async () => {
  assert.ok(existsSync(join(webDir, 'index.html')), `no built site at ${webDir}`);
  const names = (await readdir(seedDir)).filter((n) => n.endsWith('.txt')).sort();
  seeds = await Promise.all(names.map(async (name) => ({ name, bytes: await readFile(join(seedDir, name)) })));
  server = await serve(webDir, { port: 0, base: BASE });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(context, url = server.url) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(url);
  return { page, problems };
}

/** How many analyses the page has shown so far (each records a 'model' timing). */
const analyses = (page) => page.evaluate(() => window.presslensTimings.filter((t) => t.route === 'model').length);

/** Waits for analysis number `n` to be shown and the page to be idle; fails with the page's status if it does not come. */
async function waitForAnalysis(page, n) {
  try {
    await page.waitForFunction(
      (count) =>
        window.presslensTimings.filter((t) => t.route === 'model').length >= count &&
        !document.querySelector('#status.busy') &&
        /^Analysed/.test(document.querySelector('#status-text').textContent),
      n,
      { timeout: TIMEOUT },
    );
  } catch (error) {
    assert.fail(
      `no analysis ${n}; the page says: ${await page.locator('#status-text').textContent()} (${error.message})`,
    );
  }
}

/** Drops `files` and waits for the analysis that follows. */
async function dropAndWait(page, files) {
  const before = await analyses(page);
  await dropFiles(page, files, { type: 'text/plain' });
  await waitForAnalysis(page, before + 1);
}

/** The files of the articles shown (the Articles view, opened for it). */
async function articleNames(page) {
  const panel = await go(page, '#articles');
  return panel.locator('tbody tr .doc-name').allTextContents();
}
const statusText = (page) => page.locator('#status-text').textContent();

async function go(page, hash) {
  await page.evaluate((h) => (location.hash = h), hash);
  const tab = { entity: 'entities' }[hash.slice(1).split('/')[0]] ?? hash.slice(1).split('/')[0];
  await page.waitForFunction((id) => {
    const panel = document.querySelector(`#panel-${id}`);
    return panel && !panel.hidden && panel.dataset.route === location.hash;
  }, tab);
  return page.locator(`#panel-${tab}`);
}

/** Clicks a button that downloads a file; resolves to {name, text}. */
async function download(page, locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), locator.click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

const exportJson = async (page) =>
  (await download(page, page.getByRole('button', { name: 'Export JSON', exact: true }))).text;

/** Waits until the project's state is stored (the bar says so). */
const saved = (page) =>
  page.waitForFunction(() => document.querySelector('#project-state').textContent === 'Saved in this browser.');

/** Opens a project file through the page's "Open project file…". */
async function openProjectFile(page, path) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open project file…' }).click(),
  ]);
  await chooser.setFiles(path);
}

// A quote of Sergei Lavrov's and his identity, from the analysis shown.
async function lavrov(page) {
  const batch = JSON.parse(await exportJson(page));
  const cluster = batch.clusters.find((c) => c.name === 'Sergei Lavrov');
  assert.ok(cluster, 'the samples name Sergei Lavrov');
  return { batch, cluster };
}

describe('projects', () => {
  test('a project is kept: files, name, notes, stars and the place shown come back after a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    try {
      const { page, problems } = await openPage(context);
      await dropAndWait(page, seeds.slice(0, 2));
      // Files are added to the project, not replacing it: a second drop adds three more.
      await dropAndWait(page, seeds.slice(2));
      assert.deepEqual(
        await articleNames(page),
        seeds.map((s) => s.name),
      );
      await page.locator('#project-name').fill('Syria talks');
      await page.locator('#project-name').press('Enter');
      const { cluster } = await lavrov(page);

      // A star on an identity, a note on an article, a star and a note on a quote.
      const entity = await go(page, `#entity/${cluster.id}`);
      await entity.getByRole('button', { name: 'Star this identity' }).click();
      const reader = await go(page, `#reader/${encodeURIComponent(seeds[1].name)}`);
      await reader.getByRole('button', { name: 'Add note' }).click();
      await reader.getByLabel('Note on this article').fill('Lead story: <check> the date & source');
      const quotes = await go(page, '#quotes');
      await quotes.getByRole('button', { name: 'Star this quote' }).first().click();
      const json = await exportJson(page);
      const place = await go(page, `#entity/${cluster.id}`);
      assert.equal(
        await place.locator('.cluster-header h3').first().textContent(),
        `Sergei Lavrov ${KIND[cluster.type]}`,
      );
      await saved(page);
      const url = page.url();
      assert.match(
        url,
        /\?project=[^#]+#entity\/c\d+\/Sergei%20Lavrov$/,
        'the address names the project and the identity',
      );

      await page.reload();
      await waitForAnalysis(page, 1);
      assert.equal(page.url(), url, 'the reload lands where it was');
      assert.equal(await page.locator('#project-name').inputValue(), 'Syria talks');
      assert.equal(
        await page.locator('#panel-entities .cluster-header h3').first().textContent(),
        `Sergei Lavrov ${KIND[cluster.type]}`,
      );
      assert.equal(
        await page
          .locator('#panel-entities')
          .getByRole('button', { name: 'Star this identity' })
          .getAttribute('aria-pressed'),
        'true',
      );
      assert.equal(await exportJson(page), json, 'the same analysis after the reload');
      const readerAgain = await go(page, `#reader/${encodeURIComponent(seeds[1].name)}`);
      assert.equal(
        await readerAgain.getByLabel('Note on this article').inputValue(),
        'Lead story: <check> the date & source',
      );
      const notes = await go(page, '#notes');
      assert.equal(await notes.locator('.notes-item').count(), 3, 'the identity, the quote and the article');
      assert.equal(await page.locator('#tab-notes .tab-count').textContent(), '3');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test("opening the stored projects first does not hold up the page's warm-up", async () => {
    // app.js waits for IndexedDB before it wires the page: the load event may
    // have gone by then, and the network's code must still load when idle.
    const context = await browser.newContext();
    try {
      const { page } = await openPage(context);
      await page.waitForFunction(
        () => ['ready', 'network-ready'].every((route) => window.presslensTimings.some((t) => t.route === route)),
        null,
        { timeout: TIMEOUT },
      );
    } finally {
      await context.close();
    }
  });

  test('drop, correct (merge, retype, reassign, restore), reload: the same state; its file gives the same JSON on both command lines', async () => {
    const context = await browser.newContext();
    try {
      const { page, problems } = await openPage(context);
      await dropAndWait(page, seeds);
      const plain = JSON.parse(await exportJson(page));
      assert.deepEqual(plain.corrections, [], 'a project lists its corrections, even none');
      const corrections = [
        { op: 'merge', names: ['Russia', 'Moscow'] },
        { op: 'retype', name: 'Kremlin', type: 'ORG' },
        { op: 'speaker', document: '002_07f4cbc89c93d9ec.txt', start: 1588, speaker: 'Sergei Lavrov' },
        { op: 'keep_block', document: '001_bf7699d9b6ee942d.txt', block: 2 },
      ];
      // Through the page's scripting interface (the views' own fixes drive the same list).
      // It resolves once the corrected analysis is shown (the worker re-runs only what changed).
      await page.evaluate((list) => window.presslensApi.setCorrections(list), corrections);
      const json = await exportJson(page);
      const batch = JSON.parse(json);
      assert.deepEqual(
        batch.corrections.map((c) => c.status),
        ['applied', 'applied', 'applied', 'applied'],
        JSON.stringify(batch.corrections),
      );
      const russia = batch.clusters.find((c) => c.aliases.includes('Russia'));
      assert.ok(russia.aliases.includes('Moscow'), 'merged');
      assert.equal(batch.clusters.find((c) => c.aliases.includes('Kremlin')).type, 'ORG', 'retyped');
      const doc002 = batch.documents.find((d) => d.name === '002_07f4cbc89c93d9ec.txt');
      assert.equal(doc002.quotes.find((q) => q.start === 1588).speaker, 'Sergei Lavrov', 'reassigned');
      const doc001 = batch.documents.find((d) => d.name === '001_bf7699d9b6ee942d.txt');
      assert.equal(doc001.blocks[2].kept, true, 'restored');
      assert.notEqual(
        doc001.text,
        plain.documents.find((d) => d.name === doc001.name).text,
        'the restored block is in the text',
      );
      await go(page, `#entity/${russia.id}`);
      await saved(page);
      const url = page.url();

      // Reload: the same project, corrections applied, at the same place.
      await page.reload();
      await waitForAnalysis(page, 1);
      assert.equal(page.url(), url);
      assert.equal(await exportJson(page), json, 'the same corrected analysis after the reload');
      assert.equal(
        await page.locator('#panel-entities .cluster-header h3').first().textContent(),
        `${russia.name} ${KIND[russia.type]}`,
      );

      // The project file holds the corrections; both command lines print the page's Export JSON.
      const file = await download(page, page.getByRole('button', { name: 'Save project file' }));
      assert.deepEqual(JSON.parse(file.text).corrections, corrections);
      await mkdir(exportDir, { recursive: true });
      const projectPath = join(exportDir, 'corrected.presslens');
      await writeFile(projectPath, file.text);
      await writeFile(join(exportDir, 'corrected.json'), json);
      for (const [label, command, args] of [
        ['native', join(nativeBuild, 'presslens'), []],
        ['node', process.execPath, [join(wasmBuild, 'cli.mjs')]],
      ]) {
        const run = spawnSync(command, [...args, 'analyze', '--project', projectPath], { maxBuffer: 1 << 28 });
        assert.equal(run.status, 0, `${label}: ${run.stderr}`);
        assert.ok(run.stdout.toString() === json, `${label} CLI: not the page's Export JSON`);
      }

      // Undo the last correction: saved, and so after a reload too.
      await page.evaluate((list) => window.presslensApi.setCorrections(list), corrections.slice(0, 3));
      const undone = await exportJson(page);
      assert.equal(JSON.parse(undone).corrections.length, 3);
      await saved(page);
      await page.reload();
      await waitForAnalysis(page, 1);
      assert.equal(await exportJson(page), undone);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('the same file twice is added once; another file of a taken name gets its own', async () => {
    const context = await browser.newContext();
    try {
      const { page } = await openPage(context);
      await dropAndWait(page, seeds.slice(0, 2));
      const before = await analyses(page);
      await dropFiles(page, [seeds[0]], { type: 'text/plain' });
      await page.waitForFunction(() =>
        /already in the project/.test(document.querySelector('#status-text').textContent),
      );
      assert.equal(await analyses(page), before, 'nothing new: no analysis');
      await dropAndWait(page, [{ name: seeds[0].name, bytes: seeds[2].bytes }, seeds[1], seeds[3]]);
      assert.deepEqual(await articleNames(page), [
        seeds[0].name,
        seeds[1].name,
        seeds[0].name.replace('.txt', ' (2).txt'),
        seeds[3].name,
      ]);
      assert.match(await statusText(page), /2 added; .* is already in the project; .* added as .* \(2\)\.txt/);
      // Removing a file from the project.
      await page.locator('#project-files summary').click();
      const removing = await analyses(page);
      await page.getByRole('button', { name: `Remove ${seeds[3].name} from the project` }).click();
      await waitForAnalysis(page, removing + 1);
      assert.equal((await articleNames(page)).length, 3);
    } finally {
      await context.close();
    }
  });

  test('several projects: new, switch, delete', async () => {
    const context = await browser.newContext();
    try {
      const { page, problems } = await openPage(context);
      await dropAndWait(page, seeds.slice(0, 2));
      await saved(page);
      const first = await page.locator('#project-name').inputValue();
      await page.getByRole('button', { name: 'New project' }).click();
      await page.waitForFunction(() => document.querySelector('#results').hidden);
      const second = await page.locator('#project-name').inputValue();
      assert.notEqual(second, first);
      await dropAndWait(page, [seeds[4]]);
      await saved(page);
      assert.deepEqual(await articleNames(page), [seeds[4].name]);

      // Switch back: the first project's articles.
      const options = page.locator('#project-select option:not([disabled])');
      assert.equal(await options.count(), 2);
      const firstId = await page.locator('#project-select option', { hasText: first }).getAttribute('value');
      const switching = await analyses(page);
      await page.locator('#project-select').selectOption(firstId);
      await waitForAnalysis(page, switching + 1);
      assert.deepEqual(await articleNames(page), [seeds[0].name, seeds[1].name]);
      assert.match(page.url(), new RegExp(`\\?project=${firstId}#`));

      // Delete it (after a confirmation): the other one opens.
      await page.getByRole('button', { name: 'Delete…' }).click();
      assert.match(
        await page.locator('#project-delete-question').textContent(),
        new RegExp(`Delete “${first}” and its 2 files`),
      );
      await page.getByRole('button', { name: 'Keep it' }).click();
      assert.equal(await page.locator('#project-select option:not([disabled])').count(), 2, 'kept');
      const deleting = await analyses(page);
      await page.getByRole('button', { name: 'Delete…' }).click();
      await page.getByRole('button', { name: 'Delete', exact: true }).click();
      await waitForAnalysis(page, deleting + 1);
      assert.equal(await page.locator('#project-name').inputValue(), second);
      assert.deepEqual(await articleNames(page), [seeds[4].name]);
      assert.equal(await page.locator('#project-select option:not([disabled])').count(), 1);
      // A link to the deleted project says so.
      const { page: stale } = await openPage(context, `${server.url}?project=${firstId}#articles`);
      await stale.waitForFunction(() => /not in this browser/.test(document.querySelector('#status-text').textContent));
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('a link opened in a new tab lands on its place; a link to nothing says so', async () => {
    const context = await browser.newContext();
    try {
      const { page } = await openPage(context);
      await page.getByRole('button', { name: 'Try the sample articles' }).click();
      await waitForAnalysis(page, 1);
      const { cluster, batch } = await lavrov(page);
      await go(page, `#entity/${cluster.id}`);
      const entityUrl = page.url();
      const doc = batch.documents.find((d) => d.quotes.length > 0);
      const quote = doc.quotes[0];
      await go(page, `#reader/${encodeURIComponent(doc.name)}/${quote.start}-${quote.end}`);
      const readerUrl = page.url();

      // In a new tab (the same browser): the same project, the same place.
      const { page: tab } = await openPage(context, entityUrl);
      await waitForAnalysis(tab, 1);
      assert.equal(
        await tab.locator('#panel-entities .cluster-header h3').first().textContent(),
        `Sergei Lavrov ${KIND[cluster.type]}`,
      );
      const { page: tab2 } = await openPage(context, readerUrl);
      await waitForAnalysis(tab2, 1);
      // The target is outlined (with the quote's speaker chip inside it).
      const target = await tab2.locator('#panel-reader #reader-target').textContent();
      assert.ok(target.endsWith(doc.text.slice(quote.start, quote.end)), target);
      // An identity's old number with its name finds it by name.
      const { page: renamed } = await openPage(context, entityUrl.replace(/#entity\/c\d+\//, '#entity/c9999/'));
      await waitForAnalysis(renamed, 1);
      assert.equal(renamed.url(), entityUrl);
      // Things that are not there explain themselves.
      for (const [hash, words] of [
        ['#entity/c9999', /There is no identity “c9999” in this project/],
        ['#entity/c9999/Nobody%20Known', /“Nobody Known” is not an identity in this project any more/],
        ['#reader/no-such-article.txt', /There is no article “no-such-article.txt” in this project/],
      ]) {
        const { page: missing } = await openPage(context, entityUrl.replace(/#.*/, hash));
        await waitForAnalysis(missing, 1);
        const panel = missing.locator('#views [role=tabpanel]:not([hidden]) .missing');
        assert.match(await panel.textContent(), words);
        assert.ok((await panel.locator('a').count()) > 0, 'it offers a way on');
      }
      // In a browser that has no project (a link sent to a colleague).
      const fresh = await browser.newContext();
      try {
        const { page: elsewhere } = await openPage(fresh, entityUrl);
        await elsewhere.waitForFunction(() =>
          /not in this browser/.test(document.querySelector('#status-text').textContent),
        );
        assert.match(
          await statusText(elsewhere),
          /This link opens an identity of a Presslens project.*Open project file/,
        );
        const { page: bare } = await openPage(fresh, `${server.url}#entity/c173`);
        await bare.waitForFunction(() =>
          /no project with articles/.test(document.querySelector('#status-text').textContent),
        );
      } finally {
        await fresh.close();
      }
    } finally {
      await context.close();
    }
  });

  test('one project open in two tabs: each change reaches the other, none is lost', async () => {
    const context = await browser.newContext();
    try {
      const { page: first, problems } = await openPage(context);
      await dropAndWait(first, seeds.slice(0, 2));
      await saved(first);
      const { page: second } = await openPage(context, first.url());
      await waitForAnalysis(second, 1);
      // A star in each tab, at nearly the same time.
      const a = await go(first, `#reader/${encodeURIComponent(seeds[0].name)}`);
      const b = await go(second, `#reader/${encodeURIComponent(seeds[1].name)}`);
      await Promise.all([
        a.getByRole('button', { name: 'Star this article' }).click(),
        b.getByRole('button', { name: 'Star this article' }).click(),
      ]);
      for (const page of [first, second]) {
        await page.waitForFunction(() => document.querySelector('#tab-notes .tab-count')?.textContent === '2');
      }
      // A file added in one tab is analysed in the other.
      const before = await analyses(second);
      await dropAndWait(first, [seeds[2]]);
      await waitForAnalysis(second, before + 1);
      assert.equal((await articleNames(second)).length, 3);
      // A rename shows in the other tab's bar.
      await first.locator('#project-name').fill('Shared');
      await first.locator('#project-name').press('Enter');
      await second.waitForFunction(() => document.querySelector('#project-name').value === 'Shared');
      // And a reload of either has all of it.
      await second.reload();
      await waitForAnalysis(second, 1);
      assert.equal(await second.locator('#tab-notes .tab-count').textContent(), '2');
      assert.equal((await articleNames(second)).length, 3);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('the project file round-trips through the page and both command lines give its Export JSON', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    try {
      const { page, problems } = await openPage(context);
      // A folder's path, a legacy encoding and a picture: what the file must keep exactly.
      const windows1252 = await readFile(join(repoRoot, 'tests/fixtures/windows-1252.txt'));
      const png = await readFile(join(repoRoot, 'tests/fixtures/pixel.png'));
      await dropAndWait(page, [
        ...seeds,
        { name: 'folder/legacy.txt', bytes: windows1252 },
        { name: 'pixel.png', bytes: png },
      ]);
      await page.locator('#project-name').fill('Round trip');
      await page.locator('#project-name').press('Enter');
      const reader = await go(page, `#reader/${encodeURIComponent(seeds[2].name)}`);
      await reader.getByRole('button', { name: 'Star this article' }).click();
      await saved(page);
      const json = await exportJson(page);
      const file = await download(page, page.getByRole('button', { name: 'Save project file' }));
      assert.equal(file.name, 'Round trip.presslens');
      const project = JSON.parse(file.text);
      assert.equal(project.format, 'presslens-project');
      assert.equal(project.version, 1);
      assert.deepEqual(
        project.files.map((f) => f.name),
        [...seeds.map((s) => s.name), 'folder/legacy.txt', 'pixel.png'],
      );
      assert.equal(project.notes.length, 1);
      await mkdir(exportDir, { recursive: true });
      const projectPath = join(exportDir, 'round-trip.presslens');
      await writeFile(projectPath, file.text);
      await writeFile(join(exportDir, 'round-trip.json'), json);

      // Both command lines print the page's Export JSON, byte for byte.
      for (const [label, command, args] of [
        ['native', join(nativeBuild, 'presslens'), []],
        ['node', process.execPath, [join(wasmBuild, 'cli.mjs')]],
      ]) {
        const run = spawnSync(command, [...args, 'analyze', '--project', projectPath], { maxBuffer: 1 << 28 });
        assert.equal(run.status, 1, `${label}: the picture fails, so exit 1 (${run.stderr})`);
        assert.ok(run.stdout.toString() === json, `${label} CLI: not the page's Export JSON`);
      }

      // Opened in another browser: the same project, the same JSON, the same notes.
      const other = await browser.newContext();
      try {
        const { page: second } = await openPage(other);
        await openProjectFile(second, projectPath);
        await waitForAnalysis(second, 1);
        assert.equal(await second.locator('#project-name').inputValue(), 'Round trip');
        assert.equal(await exportJson(second), json);
        assert.equal(await second.locator('#tab-notes .tab-count').textContent(), '1');
        // Saved again, it is the same file but for its times.
        const again = JSON.parse(
          (await download(second, second.getByRole('button', { name: 'Save project file' }))).text,
        );
        assert.deepEqual({ ...again, modified: null, view: null }, { ...project, modified: null, view: null });
        // Opened a second time, it becomes a project of its own.
        await openProjectFile(second, projectPath);
        await waitForAnalysis(second, 2);
        assert.equal(await second.locator('#project-name').inputValue(), 'Round trip (2)');
      } finally {
        await other.close();
      }
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('a corrupt, older or newer project file is refused with its reason and changes nothing', async () => {
    const context = await browser.newContext();
    try {
      const { page } = await openPage(context);
      await dropAndWait(page, seeds.slice(0, 2));
      await saved(page);
      const before = {
        url: page.url(),
        name: await page.locator('#project-name').inputValue(),
        json: await exportJson(page),
      };
      const projectCount = await page.locator('#project-select option:not([disabled])').count();
      const bad = (await readdir(badProjects)).filter((n) => n.endsWith('.presslens') && n !== 'good.presslens');
      const expected = {
        'not-json.presslens': /it is not JSON/,
        'not-a-project.presslens': /not a Presslens project file/,
        'newer.presslens': /saved by a newer Presslens \(project format version 2/,
        'older.presslens': /project format version 0, older than this Presslens reads/,
        'bad-base64.presslens': /damaged project file: file 2 \(b\.txt\): its bytes are not valid base64/,
        'wrong-size.presslens': /damaged project file: .* holds 184 bytes where its size says 191/,
        'duplicate-names.presslens': /damaged project file: two files are named/,
        'bad-note.presslens': /damaged project file: note 1/,
      };
      assert.deepEqual(bad.sort(), Object.keys(expected).sort());
      for (const name of bad) {
        await openProjectFile(page, join(badProjects, name));
        await page.waitForFunction(
          (n) =>
            document.querySelector('#status.error') && document.querySelector('#status-text').textContent.includes(n),
          name,
        );
        const message = await statusText(page);
        assert.match(message, expected[name], name);
        assert.match(message, /Nothing was changed\.$/);
        assert.equal(page.url(), before.url, `${name}: the same project stays open`);
        assert.equal(await page.locator('#project-name').inputValue(), before.name);
        assert.equal(await page.locator('#project-select option:not([disabled])').count(), projectCount);
      }
      assert.equal(await exportJson(page), before.json);
      // Dropped rather than opened: the same refusal.
      await dropFiles(
        page,
        [{ name: 'newer.presslens', bytes: await readFile(join(badProjects, 'newer.presslens')) }],
        {
          type: 'text/plain',
        },
      );
      await page.waitForFunction(() =>
        /^Could not open newer\.presslens: this project file was saved by a newer Presslens/.test(
          document.querySelector('#status-text').textContent,
        ),
      );
      assert.equal(await page.locator('#project-name').inputValue(), before.name);
      // The good one opens, from the button or dropped.
      const opening = await analyses(page);
      await openProjectFile(page, join(badProjects, 'good.presslens'));
      await waitForAnalysis(page, opening + 1);
      assert.equal(await page.locator('#project-name').inputValue(), 'Vienna talks');
      const dropping = await analyses(page);
      await dropFiles(
        page,
        [{ name: 'good.presslens', bytes: await readFile(join(badProjects, 'good.presslens')) }, seeds[0]],
        { type: 'text/plain' },
      );
      await waitForAnalysis(page, dropping + 1);
      assert.equal(await page.locator('#project-name').inputValue(), 'Vienna talks (2)');
      assert.match(await statusText(page), /1 other file dropped with it was not added/);
      assert.deepEqual(await articleNames(page), ['talks/a.txt', 'b.txt']);
    } finally {
      await context.close();
    }
  });

  test('storage refused (private browsing): said so, and the work stays in the tab', async () => {
    const context = await browser.newContext();
    // What a browser that keeps nothing does: opening IndexedDB fails.
    await context.addInitScript(() => {
      IDBFactory.prototype.open = function () {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    });
    try {
      const { page, problems } = await openPage(context);
      await dropAndWait(page, seeds.slice(0, 3));
      assert.match(
        await page.locator('#project-state').textContent(),
        /^Not saved: this browser does not let the page keep data/,
      );
      assert.match(await statusText(page), /Analysed 3 articles/);
      // The work goes on in memory: notes, more files, the project file.
      const reader = await go(page, `#reader/${encodeURIComponent(seeds[0].name)}`);
      await reader.getByRole('button', { name: 'Star this article' }).click();
      await dropAndWait(page, seeds.slice(3));
      assert.equal((await articleNames(page)).length, 5);
      assert.equal(await page.locator('#tab-notes .tab-count').textContent(), '1');
      const file = JSON.parse((await download(page, page.getByRole('button', { name: 'Save project file' }))).text);
      assert.equal(file.files.length, 5);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('storage full: said so, the work stays in the tab, and it is saved once there is room', async () => {
    const context = await browser.newContext();
    try {
      const { page } = await openPage(context);
      const cdp = await context.newCDPSession(page);
      const origin = new URL(server.url).origin;
      // A quota smaller than the samples: the browser itself refuses the write.
      await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 2048 });
      await dropAndWait(page, seeds);
      await page.waitForFunction(() => /^Not saved/.test(document.querySelector('#project-state').textContent));
      assert.match(await page.locator('#project-state').textContent(), /storage for the page is full/);
      assert.equal((await articleNames(page)).length, 5, 'the articles are still shown');
      // Room again: the next change stores everything.
      await cdp.send('Storage.overrideQuotaForOrigin', { origin });
      const reader = await go(page, `#reader/${encodeURIComponent(seeds[0].name)}`);
      await reader.getByRole('button', { name: 'Star this article' }).click();
      await saved(page);
      await page.reload();
      await waitForAnalysis(page, 1);
      assert.equal((await articleNames(page)).length, 5);
    } finally {
      await context.close();
    }
  });
});

describe('sharing one finding', () => {
  test("one identity's quotes, its page as CSV and JSON, a view as CSV", async () => {
    const context = await browser.newContext();
    try {
      const { page, problems } = await openPage(context);
      await page.getByRole('button', { name: 'Try the sample articles' }).click();
      await waitForAnalysis(page, 1);
      const { cluster, batch } = await lavrov(page);
      const entity = await go(page, `#entity/${cluster.id}`);
      const quotesCsv = await download(page, entity.getByRole('button', { name: 'Quotes (CSV)' }));
      assert.equal(quotesCsv.name, 'Sergei Lavrov - quotes.csv');
      const lines = quotesCsv.text.trimEnd().split('\r\n');
      assert.equal(lines[0], 'speaker,quote,sentence,title,date,outlet,url,document,start,end,cue,kind');
      const byHim = batch.documents.flatMap((d) => d.quotes.filter((q) => q.speaker_cluster === cluster.id));
      assert.equal(lines.length - 1, byHim.length);
      assert.ok(lines.slice(1).every((l) => l.startsWith('Sergei Lavrov,')));
      const json = JSON.parse((await download(page, entity.getByRole('button', { name: 'This page (JSON)' }))).text);
      assert.equal(json.identity.name, 'Sergei Lavrov');
      assert.equal(json.quotes.length, byHim.length);
      for (const q of json.quotes) {
        const doc = batch.documents.find((d) => d.name === q.document);
        assert.equal(doc.text.slice(q.start, q.end), q.quote);
        assert.ok(q.sentence.includes(q.quote), 'the sentence holds the quote');
        assert.equal(q.title, doc.title);
      }
      assert.equal(json.mentions.length, cluster.mentions);
      const pageCsv = await download(page, entity.getByRole('button', { name: 'This page (CSV)' }));
      assert.equal(pageCsv.text.trimEnd().split('\r\n').length - 1, byHim.length + cluster.mentions);

      // A view as shown: the articles filtered down to one.
      const articles = await go(page, '#articles');
      await articles.getByRole('searchbox').fill('Lavrov');
      const view = await download(page, articles.getByRole('button', { name: 'Export view (CSV)' }));
      const rows = view.text.trimEnd().split('\r\n');
      assert.equal(rows.length, 2, view.text);
      assert.match(rows[1], /^001_bf7699d9b6ee942d\.txt,Lavrov: Russia 'Optimistic'/);
      // The numbers as shown, and a search's hits.
      const facts = await go(page, '#facts');
      const numbers = (await download(page, facts.getByRole('button', { name: 'Export view (CSV)' }).first())).text;
      const numberRows = numbers.trimEnd().split('\r\n');
      assert.equal(numberRows[0], 'text,value,kind,unit,qualifier,paragraph,title,date,outlet,document,start,end');
      assert.equal(
        numberRows.length - 1,
        batch.documents.reduce((n, d) => n + d.numbers.length, 0),
      );
      const search = await go(page, '#search/lavrov');
      await search.locator('.search-hits li').first().waitFor();
      const hits = (await download(page, search.getByRole('button', { name: 'Export view (CSV)' }))).text;
      const hitRows = hits.trimEnd().split('\r\n');
      assert.equal(hitRows.length - 1, await search.locator('.search-hits li').count());
      assert.ok(
        hitRows.slice(1).every((row) => /^lavrov,.*,Lavrov,/i.test(row)),
        hitRows[1],
      );
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('the HTML report of chosen findings opens offline, with no script and no request, its text escaped', async () => {
    const context = await browser.newContext();
    try {
      const { page } = await openPage(context);
      await page.getByRole('button', { name: 'Try the sample articles' }).click();
      await waitForAnalysis(page, 1);
      const { cluster } = await lavrov(page);
      const entity = await go(page, `#entity/${cluster.id}`);
      await entity.getByRole('button', { name: 'Star this identity' }).click();
      const quotes = await go(page, '#quotes');
      await quotes.getByRole('button', { name: 'Star this quote' }).nth(0).click();
      await quotes.getByRole('button', { name: 'Star this quote' }).nth(1).click();
      await quotes.getByRole('button', { name: 'Add note' }).nth(1).click();
      const evil = '<script>alert(1)</script><img src="https://example.org/x.png"> & "quotes"';
      await quotes.getByRole('textbox', { name: 'Note on this quote' }).fill(evil);
      const notes = await go(page, '#notes');
      assert.equal(await notes.locator('.notes-item').count(), 3);
      // Leave the first quote out.
      await notes.locator('.notes-group[aria-label=Quotes] input[type=checkbox]').first().uncheck();
      assert.match(await notes.locator('.table-count').textContent(), /2 findings of 3/);
      const report = await download(page, notes.getByRole('button', { name: 'Download report (HTML)' }));
      assert.match(report.name, /report\.html$/);
      const html = report.text;
      assert.ok(!/<script/i.test(html), 'no script in the report');
      assert.ok(
        html.includes(
          '&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=&quot;https://example.org/x.png&quot;&gt; &amp; &quot;quotes&quot;',
        ),
      );
      assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
      assert.ok(!/(src|href)=["']?https?:/i.test(html), 'nothing refers to another site');

      // Opened as a file, scripts off, offline: it shows the findings and asks for nothing.
      const offline = await browser.newContext({ javaScriptEnabled: false, offline: true });
      try {
        const reportPage = await offline.newPage();
        const requests = [];
        reportPage.on('request', (r) => requests.push(r.url()));
        const path = join(exportDir, 'report.html');
        await mkdir(exportDir, { recursive: true });
        await writeFile(path, html);
        await reportPage.goto(`file://${path}`);
        assert.deepEqual(
          requests.filter((u) => !u.startsWith('file:')),
          [],
        );
        assert.equal(await reportPage.locator('h1').textContent(), await page.locator('#project-name').inputValue());
        const text = await reportPage.locator('body').textContent();
        assert.ok(text.includes('Sergei Lavrov'));
        assert.ok(text.includes(evil), 'the note reads as typed');
        assert.equal(await reportPage.locator('section').count(), 2, 'the identity and the quotes');
        assert.equal(await reportPage.locator('section').nth(1).locator('li').count(), 1, 'one quote chosen');
      } finally {
        await offline.close();
      }
    } finally {
      await context.close();
    }
  });
});
