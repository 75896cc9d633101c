// The Presslens explorer page. The main thread only gathers files and
// renders results; the analysis runs in worker.js (all WebAssembly lives there).

import { Analyser } from './analyser.js';
import { Corrector } from './corrections.js';
import { fillNames, NAMES_LIST, useCorrector } from './fixes.js';
import { downloadBlob, el, formatDuration, listNames, plural } from './dom.js';
import { exportEntities, exportJson, exportQuotes } from './export.js';
import { articleFiles, collectDropped, fetchSamples, fromFileList, fromPaste, isPdfBytes } from './gather.js';
import { Model } from './model.js';
import { AnalysisProgress, setStatus } from './progress.js';
import { ErrorCode } from './protocol.js';
import { wireProjectBar } from './project-bar.js';
import { PROJECT_EXTENSION } from './project-format.js';
import { useWorkspace } from './marks.js';
import { Workspace } from './projects.js';
import { describeLinkWithoutProject, renderMissing, resolveRoute } from './routes.js';
import { renderArticles } from './views/articles.js';
import { renderCorrections } from './views/corrections.js';
import { renderCluster, renderClusters } from './views/entities.js';
import { renderFacts } from './views/facts.js';
import { renderFigures, renderPassages } from './views/figures.js';
import { preloadNetwork, renderNetwork } from './views/network.js';
import { renderQuotes } from './views/quotes.js';
import { renderNotes } from './views/notes.js';
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
  {
    id: 'passages',
    label: 'Copies & shared passages',
    render: renderPassages,
    count: (m) => m.stories.length + m.passages.length,
  },
  // Drawn afresh each time it is shown: stars and notes change in every view.
  { id: 'notes', label: 'Notes', render: renderNotes, count: () => workspace.notes.length, fresh: true },
  {
    id: 'corrections',
    label: 'Corrections',
    render: renderCorrections,
    count: () => corrector.list.length,
    fresh: true,
  },
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
// ?memory=N: the memory a batch may need, in MB (tests; analyser.js's MEMORY_BUDGET otherwise).
const memoryBudget = Number(new URLSearchParams(location.search).get('memory'));
if (memoryBudget > 0) analyser.limits = { budget: memoryBudget * (1 << 20) };

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
// The projects kept in this browser and the open one (IndexedDB; in memory
// only when the browser refuses it).
const workspace = await Workspace.open();
useWorkspace(workspace);
// The open project's corrections, with undo and redo (corrections.js); the
// fixes in the views add to it (fixes.js).
const corrector = new Corrector(workspace.corrections, (list) => applyCorrections(list));
useCorrector(corrector);
let running = null; // the analysis under way (a promise), if any
// The files of the run under way, not yet part of the project: a drop made
// meanwhile adds to them; Cancel or a failure drops them.
let pending = null;

const controls = () => document.querySelectorAll('.actions button, #paste-go, .project-actions button');

/**
 * Analyses `files` ([{name, blob}]: the open project's, or with a drop's
 * added) with the project's corrections and shows the result. Resolves to
 * {took, failed} once shown, or null when a newer run or Cancel replaced it.
 */
async function analyse(files, current, isCurrent) {
  const started = performance.now();
  current.files = files.length;
  current.workers = await workers;
  let read = 0;
  const withBytes = await Promise.all(
    files.map(async (f) => {
      let bytes = await f.blob.arrayBuffer();
      // A PDF's text is extracted here, with pdf.js loaded on the first one (pdf-load.js).
      if (isPdfBytes(bytes)) bytes = await import('./pdf-load.js').then((m) => m.pdfToTextFile(bytes));
      if (isCurrent()) current.reading(++read, files.length);
      return { name: f.name, bytes };
    }),
  );
  if (!isCurrent()) return null;
  if (!sameList(corrector.list, workspace.corrections)) corrector.reset(workspace.corrections);
  // The project's corrections, always (even none): the Export JSON then lists
  // them, as `presslens analyze --project` does for the project file.
  const { json, batch } = await analyser.analyze(withBytes, (update) => isCurrent() && current.update(update), {
    corrections: workspace.corrections,
  });
  if (!isCurrent()) return null;
  const indexing = performance.now();
  model = new Model(batch, json);
  model.project = workspace.id;
  timings.push({ route: 'model', ms: Math.round(performance.now() - indexing) });
  current.finish();
  timings.push(...current.phases.map(({ phase, ms }) => ({ route: `phase:${phase}`, ms })));
  showResults();
  return { took: formatDuration(performance.now() - started), failed: model.failed.map((d) => d.name) };
}

/** Runs `work(current, isCurrent)` as the one analysis under way (a newer one replaces it). */
async function exclusive(work) {
  const runId = ++currentRun;
  const isCurrent = () => runId === currentRun;
  progress?.finish();
  controls().forEach((b) => (b.disabled = true));
  const current = (progress = new AnalysisProgress());
  const done = work(current, isCurrent);
  running = done.catch(() => {});
  try {
    await done;
  } catch (error) {
    if (!isCurrent()) return; // cancelled, or replaced by a newer run
    pending = null;
    progress?.finish();
    const code = error.code ? ` (${error.code})` : '';
    setStatus(`Analysis failed${code}: ${error.message}`, { error: true });
  } finally {
    if (isCurrent()) {
      controls().forEach((b) => (b.disabled = false));
      running = null;
    }
  }
}

function analysedStatus(outcome, extra = '') {
  const { took, failed } = outcome;
  const problems = failed.length
    ? `; ${plural(failed.length, 'file')} could not be analysed: ${listNames(failed)}`
    : '';
  setStatus(`Analysed ${plural(model.documents.length - failed.length, 'article')} in ${took}${extra}${problems}.`, {
    warning: failed.length > 0,
  });
}

/** Adds the files `gather` brings to the open project, and analyses the whole project. */
function run(gather) {
  return exclusive(async (current, isCurrent) => {
    current.reading(0, 1);
    const entries = articleFiles(await gather((done, total) => isCurrent() && current.reading(done, total)));
    if (!isCurrent()) return;
    if (entries.length === 0) {
      current.finish();
      setStatus(
        'No files to analyse. Drop articles (text, JSON, web pages, PDF, Word, RTF, e-mail or news-database exports), or a folder of them.',
        {
          error: true,
        },
      );
      return;
    }
    // A project file dropped or picked is opened as a project, not read as an article.
    const projectFiles = entries.filter((f) => f.file && /\.presslens$/i.test(f.name));
    if (projectFiles.length) {
      current.finish();
      const others = entries.length - projectFiles.length;
      const remark = others
        ? `; ${plural(others, 'other file')} dropped with it ${others === 1 ? 'was' : 'were'} not added`
        : '';
      setTimeout(async () => {
        for (const f of projectFiles) await importProjectFile(f.file, remark);
      });
      return;
    }
    // A dropped or picked File is a Blob already (read when analysed, stored as it is).
    const incoming = entries.map((f) => ({ name: f.name, blob: f.file ?? new Blob([f.bytes]) }));
    const plan = await workspace.planAdd(incoming, pending);
    if (!isCurrent()) return;
    if (plan.added.length === 0 && !pending && model?.project === workspace.id) {
      current.finish();
      setStatus(`${describeSkipped(plan.skipped)}: nothing new to analyse.`, { warning: true });
      return;
    }
    pending = plan;
    const outcome = await analyse(plan.files, current, isCurrent);
    if (!outcome) return;
    pending = null;
    analysedStatus(outcome, describeAdded(plan));
    await workspace.commitFiles(plan);
    syncUrl();
  });
}

const describeSkipped = (names) =>
  names.length === 1
    ? `${names[0]} is already in the project`
    : `${plural(names.length, 'file')} already in the project`;

function describeAdded(plan) {
  const parts = [];
  if (plan.added.length && plan.added.length < plan.files.length) parts.push(`${plan.added.length} added`);
  if (plan.skipped.length) parts.push(describeSkipped(plan.skipped));
  for (const [from, to] of plan.renamed.slice(0, 3)) parts.push(`${from} added as ${to}`);
  if (plan.renamed.length > 3) parts.push(`${plan.renamed.length - 3} more renamed`);
  return parts.length ? ` (${parts.join('; ')})` : '';
}

/** Analyses the open project as it is (opened, switched to, files removed). */
function analyseProject(extra = '') {
  return exclusive(async (current, isCurrent) => {
    if (workspace.files.length === 0) {
      current.finish();
      hideResults();
      return;
    }
    const outcome = await analyse(workspace.files, current, isCurrent);
    if (outcome) analysedStatus(outcome, extra);
  });
}

function cancel() {
  currentRun++; // whatever is still reading or parsing is dropped
  pending = null; // and the files of that run are not added
  progress?.finish();
  analyser.cancel(); // the worker and its pool of annotators stop
  workers = startAnalyser(); // fresh ones, ready for the next batch
  controls().forEach((b) => (b.disabled = false));
  setStatus(
    model
      ? 'Cancelled; the articles analysed before are still shown, and the files of this run were not added.'
      : 'Cancelled.',
    { warning: true },
  );
}

// -------------------------------------------------------------- projects --

/** The address bar names the open project (?project=ID), so that links and reloads reopen it. */
function syncUrl() {
  const url = new URL(location.href);
  if (workspace.isStored) url.searchParams.set('project', workspace.id);
  else url.searchParams.delete('project');
  if (url.href !== location.href) history.replaceState(null, '', url);
}

async function openProject(id, { hash } = {}) {
  if (pending) cancel();
  await workspace.flush();
  const record = await workspace.openProject(id).catch((error) => {
    setStatus(`Could not open the project: ${error.message}`, { error: true });
    return undefined;
  });
  if (record === undefined) return;
  if (!record) {
    setStatus('That project is not in this browser any more.', { error: true });
    return;
  }
  model = null;
  history.replaceState(null, '', hash ?? record.view ?? '#articles');
  syncUrl();
  await analyseProject();
}

async function newProject() {
  if (pending) cancel();
  await workspace.newProject();
  model = null;
  hideResults();
  history.replaceState(null, '', ' ');
  syncUrl();
  setStatus(`Started “${workspace.name}”: drop articles to add them.`);
}

async function deleteProject(id) {
  if (pending) cancel();
  const name = workspace.name;
  await workspace.deleteProject(id);
  model = null;
  hideResults();
  history.replaceState(null, '', workspace.record.view ?? ' ');
  syncUrl();
  setStatus(`Deleted “${name}” from this browser.`);
  if (workspace.files.length) await analyseProject();
}

async function exportProjectFile() {
  await workspace.flush();
  if (!workspace.files.length) return;
  try {
    const file = await analyser.writeProject(
      {
        name: workspace.name,
        created: workspace.record.created,
        modified: workspace.record.modified,
        corrections: workspace.corrections,
        notes: workspace.notes,
        view: location.hash || null,
      },
      workspace.files.map((f) => ({ name: f.name, blob: f.blob })),
    );
    downloadBlob(fileNameFor(workspace.name), file);
  } catch (error) {
    setStatus(`Could not save the project file: ${error.message}`, { error: true });
  }
}

const fileNameFor = (name) =>
  `${name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim() || 'project'}${PROJECT_EXTENSION}`;

/** Opens a project file as a new project of this browser; a file it cannot open changes nothing. */
async function importProjectFile(file, remark = '') {
  let project;
  try {
    project = await analyser.readProject(file);
  } catch (error) {
    setStatus(`Could not open ${file.name}: ${error.message}. Nothing was changed.`, { error: true });
    return;
  }
  if (pending) cancel();
  const name = await workspace.freeProjectName(project.name || file.name.replace(/\.presslens$/i, ''));
  const plan = await workspace.importProject(project, { name });
  model = null;
  hideResults();
  history.replaceState(null, '', project.view ?? '#articles');
  await exclusive(async (current, isCurrent) => {
    pending = plan;
    const outcome = await analyse(plan.files, current, isCurrent);
    if (!outcome) return;
    pending = null;
    analysedStatus(outcome, ` (opened ${file.name} as “${name}”${remark})`);
    await workspace.commitFiles(plan);
    syncUrl();
  });
}

const sameList = (a, b) => a.length === b.length && JSON.stringify(a) === JSON.stringify(b);

/**
 * Replaces the project's corrections with `list` (the whole list: an undo is
 * the list without its last entry), saves them and shows the corrected
 * analysis. Resolves once it is shown.
 */
async function applyCorrections(list) {
  await workspace.setCorrections(list);
  await showCorrections(list);
}

/**
 * Shows the analysis with `list`: the worker keeps the batch and re-runs
 * only what the list touches; the model takes in what changed and the view
 * shown is drawn again. Without a batch in the worker (none analysed yet,
 * another project, Cancel), the project is analysed again with its list.
 */
async function showCorrections(list) {
  await running;
  if (!model || model.project !== workspace.id) return analyseProject(` (${plural(list.length, 'correction')})`);
  const before = model;
  const known = before.outcomes.length;
  const started = performance.now();
  // Said at once: a correction that changes a text takes the batch's linking again.
  setStatus(`Applying: ${corrector.lastAction ?? 'corrections'}…`, { busy: true, progress: 'indeterminate' });
  let changes, worker, parse;
  try {
    ({ changes, worker, parse } = await analyser.correct(list));
  } catch (error) {
    if (error.code === ErrorCode.USAGE || error.code === ErrorCode.CANCELLED)
      return analyseProject(` (${plural(list.length, 'correction')})`);
    setStatus(`Could not apply the correction: ${error.message}`, { error: true });
    return;
  }
  const received = performance.now();
  model = before.corrected(changes);
  model.project = workspace.id;
  const indexed = performance.now();
  followMerged(before);
  refreshResults();
  // From the request to the view drawn again (its first chunk), for the
  // tests, and its parts: the core in the worker, parsing, the model, drawing.
  const ms = Math.round(performance.now() - started);
  timings.push({
    route: 'correction',
    ms,
    worker,
    parse,
    model: Math.round(indexed - received),
    draw: Math.round(performance.now() - indexed),
  });
  const fresh = model.outcomes.filter((o) => o.index >= known && list.length > known);
  const failed = fresh.filter((o) => o.status !== 'applied');
  if (failed.length) {
    setStatus(`Not applied: ${failed.map((o) => o.message).join('; ')}.`, { warning: true });
  } else {
    setStatus(`${corrector.lastAction ?? `${plural(list.length, 'correction')} in effect`} (${ms} ms).`);
  }
}

/** An identity page whose identity a correction merged away follows it to the one it is now part of. */
function followMerged(before) {
  const [route, id] = location.hash.replace(/^#/, '').split('/');
  if (route !== 'entity' || model.clusterById.has(decodeURIComponent(id ?? ''))) return;
  for (const { doc, entity } of before.mentions.get(decodeURIComponent(id ?? '')) ?? []) {
    const now = model.byName.get(doc.name)?.entities.find((e) => e.start === entity.start && e.end === entity.end);
    if (now?.cluster) {
      history.replaceState(null, '', `#entity/${encodeURIComponent(now.cluster)}`);
      return;
    }
  }
}

/** After a correction: the counts, the names offered, and the view shown drawn again where it was. */
function refreshResults() {
  for (const view of VIEWS) {
    const count = document.querySelector(`#tab-${view.id} .tab-count`);
    if (count && view.count) count.textContent = view.count(model).toLocaleString('en');
  }
  showCorrectionBar();
  fillNames($(`#${NAMES_LIST}`), model);
  showRoute({ keepScroll: true });
}

function showCorrectionBar() {
  $('#corrections-count').textContent = corrector.list.length.toLocaleString('en');
  const undo = corrector.undoLabel;
  const redo = corrector.redoLabel;
  $('#undo').disabled = !undo;
  $('#undo').title = undo ? `Undo: ${undo}` : 'Nothing to undo';
  $('#redo').disabled = !redo;
  $('#redo').title = redo ? `Redo: ${redo}` : 'Nothing to redo';
}

// The page's scripting interface for corrections (tests, and the console):
// window.presslensApi.setCorrections(list) replaces the list as one action.
window.presslensApi = Object.freeze({
  setCorrections: (list) => corrector.replace(list, 'corrections set'),
  corrections: () => structuredClone(corrector.list),
});

async function removeFiles(names) {
  await workspace.removeFiles(names);
  await analyseProject(` (${listNames(names)} removed)`);
}

/** On loading: the project the address names, else the one opened last; then the place the hash names. */
async function openAtStart() {
  const wanted = new URL(location.href).searchParams.get('project');
  let missing = false;
  if (wanted) missing = !(await workspace.openProject(wanted).catch(() => null));
  else await workspace.openLast();
  if (missing) {
    const link = describeLinkWithoutProject(location.hash);
    setStatus(
      `${link ?? 'This link opens a Presslens project'}, but that project is not in this browser. ` +
        'Projects are kept in the browser that made them: open its project file (“Open project file…”) to see it.',
      { error: true },
    );
    return;
  }
  syncUrl();
  if (workspace.files.length) {
    if (!location.hash && workspace.record.view) history.replaceState(null, '', workspace.record.view);
    await analyseProject();
  } else if (location.hash.length > 1) {
    const link = describeLinkWithoutProject(location.hash);
    setStatus(
      `${link}, but there is no project with articles in this browser. ` +
        'Projects are kept in the browser that made them: open the project file (“Open project file…”) that came with the link, then follow it again.',
      { warning: true },
    );
  }
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
  return { tab: view.id, render: view.render, params: view.id === route ? params : [], fresh: view.fresh };
}

function showRoute({ keepScroll = false } = {}) {
  if (!model) return;
  const { tab, render, params, fresh } = parseHash();
  const key = location.hash || '#articles';
  for (const button of document.querySelectorAll('#tabs [role=tab]')) {
    const selected = button.dataset.view === tab;
    button.setAttribute('aria-selected', String(selected));
    button.tabIndex = selected ? 0 : -1;
    // On a phone the tabs are one scrolling row: the chosen one is brought into it.
    if (selected) button.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }
  for (const panel of document.querySelectorAll('#views [role=tabpanel]')) panel.hidden = panel.id !== `panel-${tab}`;
  const panel = $(`#panel-${tab}`);
  const route = location.hash.replace(/^#/, '').split('/')[0];
  const landing = resolveRoute(model, route, params);
  if (landing.redirect) {
    history.replaceState(null, '', landing.redirect);
    return showRoute();
  }
  workspace.setView(key);
  // A panel keeps what it shows (and its filters) until its route changes.
  if (panel.dataset.route !== key || panel.model !== model || fresh) {
    panel.dataset.route = key;
    panel.model = model;
    const started = performance.now();
    if (landing.missing) renderMissing(panel, landing.missing);
    else render(panel, model, params, { analyser, workspace, corrector });
    timings.push({ route: key, ms: Math.round(performance.now() - started) });
    if (!keepScroll && (!key.startsWith('#reader/') || !key.split('/')[2]))
      window.scrollTo({ top: Math.min(window.scrollY, $('#results').offsetTop) });
  }
}

/** Draws the view shown again (its stars and notes changed elsewhere), unless someone is typing in it. */
function redrawShown() {
  const panel = document.querySelector('#views [role=tabpanel]:not([hidden])');
  if (!panel || !model || panel.contains(document.activeElement)) return;
  panel.model = null;
  showRoute();
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
  showCorrectionBar();
  fillNames($(`#${NAMES_LIST}`), model);
  $('#results').hidden = false;
  $('#empty-hint').hidden = true;
  $('#intake').classList.add('compact');
  // The place shown stays where it is (a link into an article or an
  // identity still lands, or says why not: routes.js).
  if (!location.hash || location.hash === '#') history.replaceState(null, '', '#articles');
  showRoute();
}

function hideResults() {
  $('#results').hidden = true;
  $('#empty-hint').hidden = false;
  $('#intake').classList.remove('compact');
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
      if (entries.length) run(async () => entries);
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
    run(() => dropped);
  });
  // Outside the zone a dropped file would make the browser navigate to it.
  for (const type of ['dragover', 'drop']) {
    window.addEventListener(type, (event) => {
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = zone.contains(event.target) ? 'copy' : 'none';
    });
  }

  // The samples go into the open project when it is empty, else into a project of their own.
  $('#try-samples').addEventListener('click', async () => {
    if (workspace.files.length || pending) {
      if (pending) cancel();
      await workspace.newProject(await workspace.freeProjectName('Sample articles'));
      model = null;
      history.replaceState(null, '', '#articles');
    } else if (workspace.hasDefaultName) {
      await workspace.rename(await workspace.freeProjectName('Sample articles'));
    }
    run(fetchSamples);
  });
  const pasteToggle = $('#paste-toggle');
  pasteToggle.addEventListener('click', () => {
    const box = $('#paste-box');
    box.hidden = !box.hidden;
    pasteToggle.setAttribute('aria-expanded', String(!box.hidden));
    if (!box.hidden) $('#paste-text').focus();
  });
  $('#paste-go').addEventListener('click', () => {
    const text = $('#paste-text').value;
    if (!text.trim()) return;
    // pasted-1.txt, pasted-2.txt...: the next number free in the project.
    const taken = new Set([...workspace.files, ...(pending?.files ?? [])].map((f) => f.name));
    let n = 1;
    while (taken.has(`pasted-${n}.txt`)) n++;
    run(async () => fromPaste(text, n));
  });
  $('#cancel').addEventListener('click', cancel);
}

wireIntake();
wireTabKeys();
wireProjectBar(workspace, {
  open: (id) => openProject(id),
  create: newProject,
  remove: deleteProject,
  exportFile: exportProjectFile,
  importFile: importProjectFile,
  removeFiles,
});
workspace.addEventListener('change', ({ detail }) => {
  if (detail.what === 'files' || detail.what === 'switch') syncUrl();
  if (detail.what === 'switch' && !sameList(corrector.list, workspace.corrections))
    corrector.reset(workspace.corrections);
  if (detail.what === 'notes' || detail.what === 'remote') {
    const count = $('#tab-notes .tab-count');
    if (count) count.textContent = workspace.notes.length.toLocaleString('en');
  }
  if (detail.what === 'remote') {
    // Another tab changed this project: new files mean a new analysis;
    // new corrections only what they touch.
    if (detail.files) analyseProject(' (the project was changed in another tab)');
    else if (detail.corrections) {
      corrector.reset(workspace.corrections);
      showCorrections(workspace.corrections);
    } else if (detail.notes) redrawShown();
  }
  if (detail.what === 'gone') {
    setStatus(
      'This project was deleted in another tab. It stays open here: the next change stores it again, ' +
        'and “Save project file” keeps it as a file.',
      { warning: true },
    );
  }
});
$('#export-json').addEventListener('click', () => model && exportJson(model, () => analyser.json()));
$('#undo').addEventListener('click', () => corrector.undo());
$('#redo').addEventListener('click', () => corrector.redo());
corrector.addEventListener('change', showCorrectionBar);
// Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) undo and redo corrections, unless one is typing.
document.addEventListener('keydown', (event) => {
  if (!(event.ctrlKey || event.metaKey) || !model) return;
  if (event.target.closest?.('input, textarea, select, [contenteditable]')) return;
  const key = event.key.toLowerCase();
  if (key === 'z' && !event.shiftKey) corrector.undo();
  else if ((key === 'z' && event.shiftKey) || key === 'y') corrector.redo();
  else return;
  event.preventDefault();
});
$('#export-entities').addEventListener('click', () => model && exportEntities(model));
$('#export-quotes').addEventListener('click', () => model && exportQuotes(model));
window.addEventListener('hashchange', showRoute);
// Leaving or hiding the page: a note still being typed is saved now.
addEventListener('pagehide', () => workspace.flush());
document.addEventListener('visibilitychange', () => document.hidden && workspace.flush());
openAtStart();
// The network's library and layout worker load once the page is idle, so
// that the view opens at once when asked for.
const preload = () =>
  preloadNetwork().then(() => timings.push({ route: 'network-ready', ms: Math.round(performance.now()) }));
const whenIdle = () =>
  window.requestIdleCallback ? requestIdleCallback(preload, { timeout: 3000 }) : setTimeout(preload, 1000);
// This module waited for the stored projects: the page may have loaded meanwhile.
if (document.readyState === 'complete') whenIdle();
else addEventListener('load', whenIdle);
// The intake and the views answer input from here on (this module first
// waits for the stored projects, so the page can be shown a moment before):
// tests wait for this mark before they type or pick files.
document.documentElement.dataset.ready = 'true';
