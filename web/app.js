// The Presslens explorer page. The main thread only gathers files and
// renders results; the analysis runs in worker.js (all WebAssembly lives there).

import { Analyser } from './analyser.js';
import { collectDropped, fetchSamples, fromFileList, isHidden, readFiles } from './gather.js';
import { formatDuration, listNames, plural, renderResults, setStatus } from './render.js';

const $ = (selector) => document.querySelector(selector);

const analyser = new Analyser();
let currentRun = 0;

async function run(gather) {
  const runId = ++currentRun;
  const controls = document.querySelectorAll('.actions button');
  controls.forEach((b) => (b.disabled = true));
  try {
    setStatus('Reading files…', { busy: true });
    const files = (await gather()).filter((f) => !isHidden(f.name));
    if (files.length === 0) {
      setStatus('No files to analyse. Drop text or JSON article files, or a folder of them.', { error: true });
      return;
    }
    setStatus(`Analysing ${plural(files.length, 'file')}…`, { busy: true });
    const started = performance.now();
    const batch = await analyser.analyze(files);
    if (runId !== currentRun) return;
    const { count, failed } = renderResults(batch);
    const took = formatDuration(performance.now() - started);
    const problems = failed.length
      ? `; ${plural(failed.length, 'file')} could not be analysed: ${listNames(failed)}`
      : '';
    setStatus(`Analysed ${plural(count - failed.length, 'article')} in ${took}${problems}.`, { warning: failed.length > 0 });
  } catch (error) {
    if (runId !== currentRun) return;
    const code = error.code ? ` (${error.code})` : '';
    setStatus(`Analysis failed${code}: ${error.message}`, { error: true });
  } finally {
    if (runId === currentRun) controls.forEach((b) => (b.disabled = false));
  }
}

function wireDropZone() {
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
      if (entries.length) run(() => readFiles(entries));
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
    run(() => dropped.then(readFiles));
  });
  // Outside the zone a dropped file would make the browser navigate to it.
  for (const type of ['dragover', 'drop']) {
    window.addEventListener(type, (event) => {
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = zone.contains(event.target) ? 'copy' : 'none';
    });
  }
}

wireDropZone();
$('#try-samples').addEventListener('click', () => run(fetchSamples));
$('#show-removed').addEventListener('change', (event) => {
  $('#documents').classList.toggle('hide-removed', !event.target.checked);
});

// Start loading the WebAssembly module now, so the first analysis is quick.
// A failure here resurfaces, with its message, on the first real request.
analyser.request({ type: 'init' }).catch(() => {});
