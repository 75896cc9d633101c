// The explorer's speed, in Chromium: the five seeds populate every view in
// under 500 ms; with 1,000 articles the progress bar moves, the views fill
// in, and no main-thread task takes longer than 200 ms (the browser's
// long-task reporting). Slow on a small machine, so it runs on request:
//
//   PRESSLENS_PERF=1 node --test tests/browser/perf.test.mjs
//
// PRESSLENS_WEB_DIR selects the site; PRESSLENS_PERF_COUNT the number of
// articles; PRESSLENS_PERF_WORKERS the pool's size (?workers=N; default: one
// per core). The articles are real news (tools/bench/corpus.mjs: PolNeAR's
// articles as .json records with their outlet and date, then WCXB pages,
// with 6 % syndicated copies; ../shared/data, read at run time), or with
// PRESSLENS_PERF_CORPUS=conll the CoNLL-2003 Reuters documents, detokenised.
// After the drop it opens every view, then types a name into the entity
// filter a key at a time, and reports the long tasks of each.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { dispatchDrop, dataTransferOf } from './drop.mjs';
import { serve } from '../../tools/serve.mjs';
import { asRecords, corpusAvailable, realCorpus } from '../../tools/bench/corpus.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const webDir = resolve(repoRoot, process.env.PRESSLENS_WEB_DIR || 'build/wasm/web');
const conllDir = resolve(repoRoot, '../shared/data/conll2003');
const COUNT = Number(process.env.PRESSLENS_PERF_COUNT || 1000);
const useConll = process.env.PRESSLENS_PERF_CORPUS === 'conll';
const enabled =
  process.env.PRESSLENS_PERF === '1' && (useConll ? existsSync(join(conllDir, 'eng.train')) : corpusAvailable());
const query = process.env.PRESSLENS_PERF_WORKERS ? `?workers=${process.env.PRESSLENS_PERF_WORKERS}` : '';
const seedDir = join(repoRoot, 'web/samples');
const VIEWS = [
  '#articles',
  '#reader',
  '#entities',
  '#quotes',
  '#network',
  '#timeline',
  '#facts',
  '#figures',
  '#passages',
  '#search/syria',
];

const detokenise = (tokens) =>
  tokens
    .join(' ')
    .replace(/ ([,.;:!?%)\]'])/g, '$1')
    .replace(/([(\[$]) /g, '$1')
    .replace(/ n't/g, "n't")
    .replace(/ 's\b/g, "'s");

async function conllArticles(count) {
  const articles = [];
  for (const file of ['eng.train', 'eng.testa']) {
    const text = await readFile(join(conllDir, file), 'utf8');
    for (const doc of text.split(/-DOCSTART-[^\n]*/)) {
      const sentences = doc
        .split(/\n\s*\n/)
        .map((s) =>
          detokenise(
            s
              .split('\n')
              .filter(Boolean)
              .map((line) => line.split(' ')[0]),
          ),
        )
        .filter((s) => s.length > 0);
      if (sentences.length < 3) continue;
      articles.push({
        name: `reuters-${String(articles.length).padStart(4, '0')}.txt`,
        text: sentences.join('\n\n') + '\n',
      });
      if (articles.length === count) return articles;
    }
  }
  return articles;
}

let server;
let browser;

// The workers start with the page and warm up while nobody waits (web/warmup.js),
// and the network's code loads when the page is idle; a user's first drop
// comes once both have: the page records when.
const workersReady = (page) =>
  page.waitForFunction(
    () => ['ready', 'network-ready'].every((route) => window.presslensTimings?.some((t) => t.route === route)),
    null,
    { timeout: 60_000 },
  );

before(async () => {
  if (!enabled) return;
  server = await serve(webDir, { port: 0, base: '/perf/' });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test(
  'the five seeds: every view populated in under 500 ms',
  { skip: !enabled && 'set PRESSLENS_PERF=1', timeout: 120_000 },
  async (t) => {
    const seeds = await Promise.all(
      [
        '000_f85d2e230b170ceb.txt',
        '001_bf7699d9b6ee942d.txt',
        '002_07f4cbc89c93d9ec.txt',
        '003_db9d974d6a489a86.txt',
        '004_4080d963fd1f8c6e.txt',
      ].map(async (name) => ({ name, text: await readFile(join(seedDir, name), 'utf8') })),
    );
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url + query);
    await workersReady(page);
    const runs = [];
    for (let round = 0; round < 3; round++) {
      // All in the page, so that no round trip to the test counts: drop, wait
      // for the analysis, then open every view and wait until it shows content.
      // The files are put in a DataTransfer first, as a drag brings them.
      const dt = await dataTransferOf(page, seeds, { type: 'text/plain' });
      runs.push(
        await page.evaluate(
          async ({ dt, views }) => {
            const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
            const until = async (ok) => {
              while (!ok()) await frame();
            };
            // Each round in a new project (a drop adds to the open one, and the same files twice are skipped).
            const project = document.querySelector('#project-name').value;
            document.querySelector('#project-new').click();
            await until(
              () =>
                document.querySelector('#project-name').value !== project && document.querySelector('#results').hidden,
            );
            const zone = document.querySelector('#drop-zone');
            const before = document.querySelector('#status-text').textContent;
            const t0 = performance.now();
            for (const type of ['dragenter', 'dragover', 'drop'])
              zone.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
            await until(
              () =>
                /^Analysed/.test(document.querySelector('#status-text').textContent) &&
                document.querySelector('#status-text').textContent !== before,
            );
            const analysed = performance.now() - t0;
            const times = {};
            for (const hash of views) {
              const v0 = performance.now();
              location.hash = hash;
              // The view renders on 'hashchange'; dispatched here, it renders now
              // rather than a task later (the browser's own event is then a no-op).
              dispatchEvent(new HashChangeEvent('hashchange'));
              const id = { entity: 'entities' }[hash.slice(1).split('/')[0]] ?? hash.slice(1).split('/')[0];
              const panel = document.querySelector(`#panel-${id}`);
              await until(
                () =>
                  panel.dataset.route === location.hash &&
                  panel.childElementCount > 0 &&
                  (id !== 'network' || panel.network?.nodes().length > 0) &&
                  (id !== 'search' || panel.querySelector('.search-hits li')),
              );
              times[hash] = Math.round(performance.now() - v0);
            }
            location.hash = '#articles';
            return { analysed: Math.round(analysed), total: Math.round(performance.now() - t0), times };
          },
          { dt, views: VIEWS },
        ),
      );
    }
    const marks = await page.evaluate(() =>
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('network:'))
        .map((m) => `${m.name} ${Math.round(m.startTime)}`),
    );
    t.diagnostic(`network marks: ${marks.join(', ')}`);
    for (const run of runs)
      t.diagnostic(
        `seeds: analysed in ${run.analysed} ms, every view populated at ${run.total} ms: ${JSON.stringify(run.times)}`,
      );
    t.diagnostic(
      `phases: ${(await page.evaluate(() => window.presslensTimings.filter((x) => x.route.startsWith('phase:')).slice(-7))).map((x) => `${x.route.slice(6)} ${x.ms}`).join(', ')}`,
    );
    // The first drop after loading is what a user sees first: it must be fast too.
    assert.ok(runs[0].total < 500, `the first drop took ${runs[0].total} ms`);
    assert.ok(Math.min(...runs.map((r) => r.total)) < 500);
    await page.close();
  },
);

test(
  `${COUNT} articles: a moving progress bar and no main-thread task over 200 ms`,
  { skip: !enabled && 'set PRESSLENS_PERF=1 (needs ../shared/data/conll2003)', timeout: 900_000 },
  async (t) => {
    const articles = useConll
      ? await conllArticles(COUNT)
      : asRecords(realCorpus({ count: COUNT, copies: Math.round(COUNT * 0.06) }));
    assert.equal(articles.length, COUNT);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(() => {
      window.longTasks = [];
      new PerformanceObserver((list) =>
        window.longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration }))),
      ).observe({ type: 'longtask', buffered: true });
      window.progressSeen = new Set();
      window.statusSeen = [];
      window.hashSeen = [{ at: 0, hash: 'load' }];
      addEventListener('hashchange', () => window.hashSeen.push({ at: performance.now(), hash: location.hash }));
    });
    await page.goto(server.url + query);
    await page.evaluate(() => {
      new MutationObserver(() => {
        const bar = document.querySelector('#progress');
        if (!bar.hidden) window.progressSeen.add(bar.hasAttribute('value') ? bar.value.toFixed(2) : 'moving');
        const text = document.querySelector('#status-text').textContent;
        if (window.statusSeen.at(-1)?.text !== text)
          window.statusSeen.push({ at: performance.now(), text: text.replace(/[\d,.]+( ms| s)?/g, '#') });
      }).observe(document.querySelector('#status'), {
        subtree: true,
        attributes: true,
        childList: true,
        characterData: true,
      });
    });
    await workersReady(page);
    const dataTransfer = await dataTransferOf(page, articles, { type: 'text/plain' });
    const viewsAt = {};
    const dropAt = await page.evaluate(() => performance.now());
    const started = Date.now();
    await dispatchDrop(page, dataTransfer);
    // Tables show 200 rows, then a "Show more" button.
    await page
      .waitForFunction(
        (n) =>
          document.querySelector('#status.error') ||
          (document.querySelectorAll('#panel-articles tbody tr:not(.more-row)').length === Math.min(n, 200) &&
            !document.querySelector('#status.busy')),
        COUNT,
        { timeout: 850_000, polling: 500 },
      )
      .catch(async (error) =>
        assert.fail(`${error.message}; status: ${await page.locator('#status-text').textContent()}`),
      );
    const total = Date.now() - started;
    if (await page.locator('#status.error').count())
      assert.fail(`the page reports: ${await page.locator('#status-text').textContent()}`);
    // Every view, as a user would open them: each until it has shown everything it started.
    const viewTimes = {};
    for (const hash of [
      '#reader',
      '#entities',
      '#quotes',
      '#network',
      '#timeline',
      '#facts',
      '#figures',
      '#passages',
      '#articles',
    ]) {
      const t0 = Date.now();
      await page.evaluate((h) => (location.hash = h), hash);
      await page.waitForFunction(
        (h) => {
          const panel = document.querySelector(`#panel-${h.slice(1)}`);
          return (
            panel?.dataset.route === h &&
            !panel.querySelector('[aria-busy=true], .network-canvas:not([data-state=drawn])')
          );
        },
        hash,
        { timeout: 60_000 },
      );
      viewTimes[hash] = Date.now() - t0;
      if (hash === '#reader') viewsAt.first = await page.evaluate(() => performance.now());
    }
    const allViews = Date.now() - started;
    // Typing into the entity filter, a key at a time, as a person types.
    await page.evaluate(() => (location.hash = '#entities'));
    const typingAt = await page.evaluate(() => performance.now());
    await page.locator('#panel-entities input[type=search]').pressSequentially('clinton', { delay: 120 });
    await page.waitForTimeout(400);
    const typingEnd = await page.evaluate(() => performance.now());
    const { longTasks, progress, status, timings, hashes } = await page.evaluate(() => ({
      longTasks: window.longTasks,
      progress: [...window.progressSeen],
      status: window.statusSeen,
      timings: window.presslensTimings,
      hashes: window.hashSeen,
    }));
    t.diagnostic(`render times: ${timings.map((x) => `${x.route} ${x.ms} ms`).join(', ')}`);
    const after = longTasks.filter((task) => task.start >= dropAt);
    const worst = Math.max(0, ...after.map((task) => task.duration));
    // Which phase each long task fell in: the last status line before it.
    const phases = new Map();
    for (const task of after) {
      const phase = status.filter((s) => s.at <= task.start).at(-1)?.text ?? 'before';
      phases.set(phase, [...(phases.get(phase) ?? []), Math.round(task.duration)]);
    }
    t.diagnostic(`long tasks by phase: ${[...phases].map(([p, list]) => `${p}: ${list.join(' ')}`).join(' | ')}`);
    // And after the analysis, which view was being opened.
    const views = new Map();
    for (const task of after.filter(
      (x) => x.start > (status.find((s) => s.text.startsWith('Analysed'))?.at ?? Infinity),
    )) {
      const view = hashes.filter((h) => h.at <= task.start).at(-1)?.hash ?? 'load';
      views.set(view, [...(views.get(view) ?? []), Math.round(task.duration)]);
    }
    t.diagnostic(
      `long tasks after the analysis, by view: ${[...views].map(([v, list]) => `${v}: ${list.join(' ')}`).join(' | ')}`,
    );
    t.diagnostic(`total ${total} ms; status: ${await page.locator('#status-text').textContent()}`);
    t.diagnostic(`progress values seen: ${progress.join(' ')}`);
    t.diagnostic(
      `long tasks after the drop: ${after.length}, worst ${Math.round(worst)} ms: ${after.map((x) => Math.round(x.duration)).join(' ')}`,
    );
    t.diagnostic(`views: ${JSON.stringify(viewTimes)}`);
    t.diagnostic(`drop to every view shown: ${allViews} ms`);
    const typing = after.filter((x) => x.start >= typingAt && x.start <= typingEnd).map((x) => Math.round(x.duration));
    t.diagnostic(`long tasks while typing in the entity filter: ${typing.length ? typing.join(' ') : 'none'}`);
    const memory = await page.evaluate(() => performance.memory?.usedJSHeapSize);
    if (memory) t.diagnostic(`page's JS heap: ${Math.round(memory / 1048576)} MB`);
    assert.ok(
      progress.length >= 3,
      `the progress bar did not move: ${progress.join(' ')}; ${status
        .slice(0, 5)
        .map((s) => s.text)
        .join(' | ')}`,
    );
    assert.ok(worst <= 200, `a main-thread task took ${Math.round(worst)} ms`);
  },
);

// Corrections on a large batch (issue 17): 500 political news articles
// (../shared/data/polnear-train, the first 500 by name), one correction of
// each kind applied on top of the others, then each undone, as a user
// would; each timed in the page from the request to the view shown drawn
// again (the worker re-runs only what the list touches).
const polnearDir = resolve(repoRoot, '../shared/data/polnear-train/text');
const CORRECTION_ARTICLES = Number(process.env.PRESSLENS_PERF_CORRECTION_COUNT || 500);

test(
  `${CORRECTION_ARTICLES} articles: what each correction costs (the target: 300 ms)`,
  {
    skip:
      (process.env.PRESSLENS_PERF !== '1' && 'set PRESSLENS_PERF=1') ||
      (!existsSync(polnearDir) && 'needs ../shared/data/polnear-train'),
    timeout: 900_000,
  },
  async (t) => {
    const { readdir } = await import('node:fs/promises');
    const names = (await readdir(polnearDir))
      .filter((n) => n.endsWith('.txt'))
      .sort()
      .slice(0, CORRECTION_ARTICLES);
    const articles = await Promise.all(
      names.map(async (name) => ({ name, text: await readFile(join(polnearDir, name), 'utf8') })),
    );
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url + query);
    await workersReady(page);
    const dataTransfer = await dataTransferOf(page, articles, { type: 'text/plain' });
    await dispatchDrop(page, dataTransfer);
    await page.waitForFunction(() => /^Analysed/.test(document.querySelector('#status-text').textContent), null, {
      timeout: 850_000,
      polling: 500,
    });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON', exact: true }).click(),
    ]);
    const batch = JSON.parse(await readFile(await download.path(), 'utf8'));
    const largest = (type) => batch.clusters.filter((c) => c.type === type).sort((a, b) => b.mentions - a.mentions);
    const people = largest('PER');
    const quoted = batch.documents.find((d) => d.quotes.length);
    const mentioned = batch.documents.find((d) => d.entities.some((e) => e.cluster === people[0].id));
    const mention = mentioned.entities.find((e) => e.cluster === people[0].id);
    const withRemoved = batch.documents.find((d) => d.blocks.some((b) => !b.kept && b.kind === 'boilerplate'));
    const withThree = batch.documents.find(
      (d) => d.blocks.length > 3 && d.blocks[2].kept && d.blocks[2].start !== null,
    );
    // Ordinary corrections (an identity of a few dozen mentions, one quote,
    // one mention) must answer in 300 ms; the heaviest (the batch's two
    // largest people merged, its largest name rejected: most articles
    // attributed again) and block corrections (a text changes: the batch's
    // identities and cross-index are worked out again) are reported.
    const mid = people.filter((c) => c.mentions >= 10 && c.mentions <= 60);
    const misc = largest('MISC');
    const steps = [
      ['merge two people', { op: 'merge', names: [mid[0].name, mid[1].name] }, true],
      ['retype an organisation', { op: 'retype', name: largest('ORG')[5].name, type: 'LOC' }, true],
      ['not_a_name a name', { op: 'not_a_name', name: misc[Math.min(20, misc.length - 1)].name }, true],
      [
        'reassign a quote',
        { op: 'speaker', document: quoted.name, start: quoted.quotes[0].start, speaker: people[2].name },
        true,
      ],
      ['reject a quote', { op: 'speaker', document: quoted.name, start: quoted.quotes[0].start, speaker: null }, true],
      [
        'split a mention',
        { op: 'split', document: mentioned.name, start: mention.start, end: mention.end, name: 'Someone Else' },
        true,
      ],
      ['rename', { op: 'rename', name: people[3].name, to: `${people[3].name} (renamed)` }, true],
      ['merge the two largest people (heaviest)', { op: 'merge', names: [people[0].name, people[1].name] }, false],
      ['not_a_name the largest MISC (heaviest)', { op: 'not_a_name', name: misc[0].name }, false],
      [
        'restore a block',
        {
          op: 'keep_block',
          document: withRemoved.name,
          block: withRemoved.blocks.findIndex((b) => !b.kept && b.kind === 'boilerplate'),
        },
        false,
      ],
      ['remove a paragraph', { op: 'remove_block', document: withThree.name, block: 2 }, false],
    ];
    await page.evaluate(() => (location.hash = '#entities'));
    const timed = async (list) => {
      const before = await page.evaluate(() => window.presslensTimings.filter((x) => x.route === 'correction').length);
      await page.evaluate((l) => window.presslensApi.setCorrections(l), list);
      return page.evaluate((n) => window.presslensTimings.filter((x) => x.route === 'correction')[n], before);
    };
    const results = [];
    const list = [];
    for (const [label, correction, ordinary] of steps) {
      list.push(correction);
      results.push([label, await timed([...list]), ordinary]);
    }
    for (let n = steps.length - 1; n >= 0; n--)
      results.push([`undo: ${steps[n][0]}`, await timed(list.slice(0, n)), steps[n][2]]);
    for (const [label, { ms, worker, parse, model, draw }] of results)
      t.diagnostic(`${label}: ${ms} ms (core ${worker}, parse ${parse}, model ${model}, draw ${draw})`);
    assert.equal((await page.evaluate(() => window.presslensApi.corrections())).length, 0);
    // Figures, not a timed assertion: the target is checked by reading them.
    const slow = results.filter(([, { ms }]) => ms > 300).map(([label, { ms }]) => `${label} ${ms} ms`);
    t.diagnostic(`over the 300 ms target: ${slow.length ? slow.join('; ') : 'none'}`);
    await page.close();
  },
);
