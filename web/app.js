// The Presslens explorer page. The main thread only gathers files and
// renders results; the analysis runs in worker.js (all WebAssembly lives there).

import { Analyser } from './analyser.js';
import { el, formatDuration, listNames, plural } from './dom.js';
import { exportEntities, exportJson, exportQuotes } from './export.js';
import { articleFiles, collectDropped, fetchSamples, fromFileList, fromPaste, readFiles } from './gather.js';
import { Model } from './model.js';
import { AnalysisProgress, setStatus } from './progress.js';
import { renderArticles } from './views/articles.js';
import { renderCluster, renderClusters } from './views/entities.js';
import { renderFacts } from './views/facts.js';
import { renderFigures, renderPassages } from './views/figures.js';
import { preloadNetwork, renderNetwork } from './views/network.js';
import { renderQuotes } from './views/quotes.js';
import { renderReader } from './views/reader.js';
import { renderSearch } from './views/search.js';
import { renderTimeline } from './views/timeline.js';

const $ = (selector) => document.querySelector(selector);

// The tabs, in order. `count` (optional) is shown beside the label.
const VIEWS = [
  { id: 'articles', label: 'Articles', render: renderArticles, count: (m) => m.documents.length },
  { id: 'reader', label: 'Reader', render: renderReader },
  { id: 'entities', label: 'People, orgs, places', render: renderClusters, count: (m) => m.clusters.length },
  { id: 'quotes', label: 'Quotes', render: renderQuotes, count: (m) => m.quoteCount },
  { id: 'network', label: 'Network', render: renderNetwork },
  { id: 'timeline', label: 'Timeline', render: renderTimeline },
  { id: 'facts', label: 'Numbers & dates', render: renderFacts },
  {
    id: 'figures',
    label: 'Figures',
    render: renderFigures,
    count: (m) => m.figures.length,
  },
  { id: 'passages', label: 'Shared passages', render: renderPassages, count: (m) => m.passages.length },
  { id: 'search', label: 'Search', render: renderSearch },
];
// Routes that live inside a tab: #entity/<id> is a page of the entities tab.
const SUB_ROUTES = { entity: { tab: 'entities', render: renderCluster } };

const analyser = new Analyser();
let model = null;
// How long each view took to render (its first chunk), for the performance test.
const timings = (window.presslensTimings = []);
let currentRun = 0;

// ------------------------------------------------------------------ runs --

// The pool's size: one annotator per core, or ?workers=N in the page's URL.
const requestedWorkers = Number(new URLSearchParams(location.search).get('workers')) || undefined;

/** Starts the worker and its pool; resolves to the pool's size (0 if it failed). */
function startAnalyser() {
  const started = analyser.init(requestedWorkers).then(
    (r) => r.workers,
    () => 0,
  );
  // When the workers are warmed up (for the performance test: a user's first drop comes later).
  analyser.ready().then(
    () => timings.push({ route: 'ready', ms: Math.round(performance.now()) }),
    () => {},
  );
  return started;
}
let workers = startAnalyser();
let progress = null; // the running analysis's AnalysisProgress

async function run(gather) {
  const runId = ++currentRun;
  const isCurrent = () => runId === currentRun;
  progress?.finish();
  const controls = document.querySelectorAll('.actions button, #paste-go');
  controls.forEach((b) => (b.disabled = true));
  const current = (progress = new AnalysisProgress());
  try {
    current.reading(0, 1);
    const files = articleFiles(await gather((done, total) => isCurrent() && current.reading(done, total)));
    if (!isCurrent()) return;
    if (files.length === 0) {
      current.finish();
      setStatus('No files to analyse. Drop articles (text, JSON, web pages or web archives), or a folder of them.', {
        error: true,
      });
      return;
    }
    const started = performance.now();
    current.files = files.length;
    current.workers = await workers;
    const { json, batch } = await analyser.analyze(files, (update) => isCurrent() && current.update(update));
    if (!isCurrent()) return;
    const indexing = performance.now();
    model = new Model(batch, json);
    timings.push({ route: 'model', ms: Math.round(performance.now() - indexing) });
    current.finish();
    timings.push(...current.phases.map(({ phase, ms }) => ({ route: `phase:${phase}`, ms })));
    showResults();
    const failed = model.failed.map((d) => d.name);
    const took = formatDuration(performance.now() - started);
    const problems = failed.length
      ? `; ${plural(failed.length, 'file')} could not be analysed: ${listNames(failed)}`
      : '';
    setStatus(`Analysed ${plural(model.documents.length - failed.length, 'article')} in ${took}${problems}.`, {
      warning: failed.length > 0,
    });
  } catch (error) {
    if (!isCurrent()) return; // cancelled, or replaced by a newer run
    progress?.finish();
    const code = error.code ? ` (${error.code})` : '';
    setStatus(`Analysis failed${code}: ${error.message}`, { error: true });
  } finally {
    if (isCurrent()) controls.forEach((b) => (b.disabled = false));
  }
}

function cancel() {
  currentRun++; // whatever is still reading or parsing is dropped
  progress?.finish();
  analyser.cancel(); // the worker and its pool of annotators stop
  workers = startAnalyser(); // fresh ones, ready for the next batch
  document.querySelectorAll('.actions button, #paste-go').forEach((b) => (b.disabled = false));
  setStatus(model ? 'Cancelled; the articles analysed before are still shown.' : 'Cancelled.', { warning: true });
}

// ----------------------------------------------------------- tabs, routes --

function buildTabs() {
  const tabs = $('#tabs');
  const views = $('#views');
  tabs.replaceChildren();
  views.replaceChildren();
  for (const view of VIEWS) {
    const count = view.count?.(model);
    tabs.append(
      el(
        'button',
        {
          type: 'button',
          role: 'tab',
          id: `tab-${view.id}`,
          class: 'tab',
          'aria-controls': `panel-${view.id}`,
          'aria-selected': 'false',
          tabindex: '-1',
          'data-view': view.id,
          onclick: () => navigate(view.id),
        },
        view.label,
        count !== undefined ? el('span', { class: 'tab-count' }, count.toLocaleString('en')) : null,
      ),
    );
    views.append(
      el('div', {
        role: 'tabpanel',
        id: `panel-${view.id}`,
        class: 'panel',
        'aria-labelledby': `tab-${view.id}`,
        tabindex: '0',
        hidden: true,
      }),
    );
  }
}

function navigate(route) {
  if (location.hash === `#${route}`) return showRoute();
  location.hash = route;
}

function parseHash() {
  const [route, ...params] = location.hash.replace(/^#/, '').split('/');
  if (SUB_ROUTES[route]) return { tab: SUB_ROUTES[route].tab, render: SUB_ROUTES[route].render, params };
  const view = VIEWS.find((v) => v.id === route) ?? VIEWS[0];
  return { tab: view.id, render: view.render, params: view.id === route ? params : [] };
}

function showRoute() {
  if (!model) return;
  const { tab, render, params } = parseHash();
  const key = location.hash || '#articles';
  for (const button of document.querySelectorAll('#tabs [role=tab]')) {
    const selected = button.dataset.view === tab;
    button.setAttribute('aria-selected', String(selected));
    button.tabIndex = selected ? 0 : -1;
  }
  for (const panel of document.querySelectorAll('#views [role=tabpanel]')) panel.hidden = panel.id !== `panel-${tab}`;
  const panel = $(`#panel-${tab}`);
  // A panel keeps what it shows (and its filters) until its route changes.
  if (panel.dataset.route !== key || panel.model !== model) {
    panel.dataset.route = key;
    panel.model = model;
    const started = performance.now();
    render(panel, model, params, { analyser });
    timings.push({ route: key, ms: Math.round(performance.now() - started) });
    if (!key.startsWith('#reader/') || !key.split('/')[2])
      window.scrollTo({ top: Math.min(window.scrollY, $('#results').offsetTop) });
  }
}

function wireTabKeys() {
  $('#tabs').addEventListener('keydown', (event) => {
    const tabs = [...document.querySelectorAll('#tabs [role=tab]')];
    const at = tabs.indexOf(document.activeElement);
    if (at === -1) return;
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length];
    tab.focus();
    navigate(tab.dataset.view);
  });
}

function showResults() {
  const failed = model.failed.length;
  $('#results-heading').textContent =
    plural(model.documents.length - failed, 'article') +
    (failed ? ` · ${plural(failed, 'file')} could not be analysed` : '');
  buildTabs();
  $('#results').hidden = false;
  $('#empty-hint').hidden = true;
  $('#intake').classList.add('compact');
  // A link into a previous batch's article would not mean anything now.
  const { tab } = parseHash();
  if (!location.hash || ['reader', 'entities'].includes(tab)) history.replaceState(null, '', '#articles');
  showRoute();
}

// ---------------------------------------------------------------- intake --

function wireIntake() {
  const zone = $('#drop-zone');
  const fileInput = $('#file-input');
  const folderInput = $('#folder-input');

  zone.addEventListener('click', () => fileInput.click());
  zone.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      fileInput.click();
    }
  });
  $('#pick-files').addEventListener('click', () => fileInput.click());
  $('#pick-folder').addEventListener('click', () => folderInput.click());
  for (const input of [fileInput, folderInput]) {
    input.addEventListener('change', () => {
      const entries = fromFileList(input.files);
      input.value = '';
      if (entries.length) run((onRead) => readFiles(entries, onRead));
    });
  }

  let depth = 0; // dragenter/dragleave fire for every child element
  zone.addEventListener('dragenter', () => zone.classList.toggle('dragging', ++depth > 0));
  zone.addEventListener('dragleave', () => zone.classList.toggle('dragging', --depth > 0));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    depth = 0;
    zone.classList.remove('dragging');
    const dropped = collectDropped(event.dataTransfer);
    run((onRead) => dropped.then((entries) => readFiles(entries, onRead)));
  });
  // Outside the zone a dropped file would make the browser navigate to it.
  for (const type of ['dragover', 'drop']) {
    window.addEventListener(type, (event) => {
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = zone.contains(event.target) ? 'copy' : 'none';
    });
  }

  $('#try-samples').addEventListener('click', () => run(fetchSamples));
  const pasteToggle = $('#paste-toggle');
  pasteToggle.addEventListener('click', () => {
    const box = $('#paste-box');
    box.hidden = !box.hidden;
    pasteToggle.setAttribute('aria-expanded', String(!box.hidden));
    if (!box.hidden) $('#paste-text').focus();
  });
  let pasted = 0;
  $('#paste-go').addEventListener('click', () => {
    const text = $('#paste-text').value;
    if (text.trim()) run(async () => fromPaste(text, ++pasted));
  });
  $('#cancel').addEventListener('click', cancel);
}

wireIntake();
wireTabKeys();
$('#export-json').addEventListener('click', () => model && exportJson(model));
$('#export-entities').addEventListener('click', () => model && exportEntities(model));
$('#export-quotes').addEventListener('click', () => model && exportQuotes(model));
window.addEventListener('hashchange', showRoute);
// The network's library and layout worker load once the page is idle, so
// that the view opens at once when asked for.
const preload = () =>
  preloadNetwork().then(() => timings.push({ route: 'network-ready', ms: Math.round(performance.now()) }));
addEventListener('load', () =>
  window.requestIdleCallback ? requestIdleCallback(preload, { timeout: 3000 }) : setTimeout(preload, 1000),
);
