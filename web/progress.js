// What the page says while it works: the status line (text, progress bar,
// Cancel), the steps of an analysis with the current one marked, and, for
// large batches or when a file fails, the state of every file.

import { appendInChunks, el, formatDuration, plural } from './dom.js';
import { Phase } from './protocol.js';

const $ = (selector) => document.querySelector(selector);
const count = (n) => n.toLocaleString('en');

// The steps, as the worker reports them ('writing' and 'sending' are part of linking).
const STEPS = [
  { id: Phase.READING, label: 'Read' },
  { id: Phase.CLEANING, label: 'Clean' },
  { id: Phase.ANNOTATING, label: 'Names, dates, figures' },
  { id: Phase.LINKING, label: 'Link across articles' },
  { id: Phase.PARSING, label: 'Show' },
];
const STEP_OF = { [Phase.WRITING]: Phase.LINKING, [Phase.SENDING]: Phase.LINKING };
const FILE_LIST_MIN = 20; // smaller batches are over before a list could help

/** The status line; `progress` is a fraction, 'indeterminate', or null (no bar). */
export function setStatus(
  text,
  { busy = false, error = false, warning = false, progress = null, cancellable = false } = {},
) {
  // The live region stays in the page (screen readers ignore regions that
  // appear later); when there is nothing to say it collapses to nothing.
  const status = $('#status');
  status.classList.toggle('empty', !text);
  status.classList.toggle('busy', busy);
  status.classList.toggle('error', error);
  status.classList.toggle('warning', warning);
  status.setAttribute('aria-busy', String(busy));
  $('#status-text').textContent = text;
  const bar = $('#progress');
  bar.hidden = progress === null;
  if (progress === 'indeterminate') bar.removeAttribute('value');
  else if (progress !== null) bar.value = progress;
  $('#cancel').hidden = !cancellable;
}

/** One analysis, from reading the files to showing the views. */
export class AnalysisProgress {
  #started = performance.now();
  #phaseStarted = performance.now();
  #phase = null;
  #timed = null; // {phase, at}
  #lastRead = -Infinity;
  #ticker = 0;
  /** How many files are being analysed, and by how many workers (for the status line). */
  files = 0;
  workers = 0;
  #documents = null; // [{name, error, state}] once the worker has read the batch
  #analysed = 0;
  #items = null; // the file list's <li>s, once it has been opened
  /** [{phase, ms}]: how long each step took (for the performance test). */
  phases = [];

  constructor() {
    $('#phases').hidden = false;
    $('#file-status').hidden = true;
    $('#file-status').open = false;
    $('#file-list').replaceChildren();
    this.#enter(Phase.READING);
  }

  get elapsed() {
    return performance.now() - this.#started;
  }

  reading(done, total) {
    this.#time(Phase.READING);
    // Files are read in parallel and each says when it is done: a thousand
    // status updates in one task would hold the page up.
    const now = performance.now();
    if (done < total && now - this.#lastRead < 50) return;
    this.#lastRead = now;
    this.#show(`Reading files: ${count(done)} of ${count(total)}`, done / total);
  }

  /** A progress message from the analyser (see worker.js and analyser.js). */
  update({ phase, done, total, documents, slice }) {
    this.#time(phase);
    this.#enter(STEP_OF[phase] ?? phase);
    if (documents && phase === Phase.ANNOTATING) this.#listDocuments(documents);
    if (slice) this.#analysedSlice(slice[0], slice[1]);
    switch (phase) {
      case Phase.CLEANING:
        return this.#tick(() => `Reading and cleaning ${plural(this.files, 'file')}…${this.#stepTime()}`);
      case Phase.ANNOTATING:
        return this.#show(
          `Finding names, dates and figures: ${count(done)} of ${plural(total, 'article')}` +
            (this.workers > 1 ? ` (${count(this.workers)} workers)` : ''),
          total ? done / total : 1,
        );
      case Phase.LINKING:
      case Phase.WRITING:
      case Phase.SENDING:
        return this.#tick(() => `Linking across the articles: people, quotes, network…${this.#stepTime()}`);
      case Phase.PARSING:
        return this.#show(
          `Preparing the views: ${count(Math.round((100 * done) / Math.max(1, total)))}%`,
          total ? done / total : 1,
        );
      default:
        return undefined;
    }
  }

  /** The run is over (done, failed or cancelled): the steps go, the file list stays if it helps. */
  finish() {
    this.#time(null);
    this.#stopTicker();
    this.#enter(null);
    $('#phases').hidden = true;
    if (!this.#documents) return;
    this.#summarise(true);
    // What is left to tell once the status line has said how it went: which
    // files failed, and why (one line, opened on demand).
    const details = $('#file-status');
    details.open = false;
    details.hidden = !this.#documents.some((d) => d.state !== 'analysed');
  }

  // Each phase the worker reports, timed (for the performance test).
  #time(phase) {
    const now = performance.now();
    if (phase === this.#timed?.phase) return;
    if (this.#timed) this.phases.push({ phase: this.#timed.phase, ms: Math.round(now - this.#timed.at) });
    this.#timed = phase ? { phase, at: now } : null;
  }

  #enter(step) {
    if (step === this.#phase) return;
    this.#phase = step;
    this.#phaseStarted = performance.now();
    this.#stopTicker();
    const at = STEPS.findIndex((s) => s.id === step);
    $('#phases').replaceChildren(
      ...STEPS.map((s, i) =>
        el(
          'li',
          { class: i < at ? 'done' : i === at ? 'current' : '', 'aria-current': i === at ? 'step' : null },
          s.label,
        ),
      ),
    );
  }

  // How long the current step has taken, once that is long enough to say.
  #stepTime() {
    const ms = performance.now() - this.#phaseStarted;
    return ms < 1000 ? '' : ` ${formatDuration(ms)}`;
  }

  #show(text, progress) {
    this.#stopTicker();
    setStatus(text, { busy: true, progress, cancellable: true });
  }

  // A step whose length is unknown: the bar sweeps and the time counts up.
  #tick(text) {
    setStatus(text(), { busy: true, progress: 'indeterminate', cancellable: true });
    this.#ticker ||= setInterval(
      () => setStatus(text(), { busy: true, progress: 'indeterminate', cancellable: true }),
      500,
    );
  }

  #stopTicker() {
    clearInterval(this.#ticker);
    this.#ticker = 0;
  }

  // ------------------------------------------------------- file list --

  #listDocuments(documents) {
    this.#documents = documents.map((d) => ({ ...d, state: d.error ? 'failed' : 'waiting' }));
    const details = $('#file-status');
    details.ontoggle = () => details.open && this.#renderList();
    this.#summarise(false);
  }

  #analysedSlice(first, n) {
    if (!this.#documents) return;
    for (let i = first; i < first + n; i++) {
      const d = this.#documents[i];
      if (d.state !== 'waiting') continue;
      d.state = 'analysed';
      this.#analysed++;
      this.#items?.[i] && this.#mark(this.#items[i], d);
    }
    this.#summarise(false);
  }

  #summarise(over) {
    const documents = this.#documents;
    // Whatever a cancelled run did not reach is not "waiting" any more.
    if (over) for (const d of documents) if (d.state === 'waiting') d.state = 'stopped';
    const failed = documents.filter((d) => d.state === 'failed').length;
    const stopped = documents.filter((d) => d.state === 'stopped').length;
    $('#file-status').hidden = documents.length < FILE_LIST_MIN && failed === 0;
    const parts = [`${count(this.#analysed)} analysed`];
    if (failed) parts.push(`${count(failed)} could not be read`);
    if (stopped) parts.push(`${count(stopped)} not analysed`);
    $('#file-summary').textContent = `${plural(documents.length, 'file')}: ${parts.join(' · ')}`;
    if (over && this.#items) documents.forEach((d, i) => this.#items[i] && this.#mark(this.#items[i], d));
  }

  #renderList() {
    if (this.#items) return;
    const list = $('#file-list');
    this.#items = [];
    // Failed files first: they are what someone opens the list for.
    const order = this.#documents
      .map((d, i) => i)
      .sort((a, b) => (this.#documents[b].state === 'failed') - (this.#documents[a].state === 'failed'));
    appendInChunks(
      list,
      order,
      (i) => {
        const d = this.#documents[i];
        const item = el('li', {}, el('span', { class: 'file-name' }, d.name), el('span', { class: 'file-state' }));
        this.#items[i] = item;
        this.#mark(item, d);
        return item;
      },
      { chunk: 200 },
    );
  }

  #mark(item, d) {
    item.className = `file-${d.state}`;
    item.lastChild.textContent = {
      waiting: 'waiting',
      analysed: 'analysed',
      failed: d.error ?? 'failed',
      stopped: 'not analysed',
    }[d.state];
  }
}
