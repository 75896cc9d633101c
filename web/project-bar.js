// The project bar: the open project's name (edit it to rename), the other
// projects kept in this browser (choose one to open it), New, Delete (after
// a confirmation), Save project file, Open project file, the files of the
// project (each can be removed), and whether the work is saved.

import { el, formatBytes, plural, setChildren } from './dom.js';

const $ = (selector) => document.querySelector(selector);

/**
 * Wires the bar to `workspace` (projects.js). actions: {open(id), create(),
 * remove(id), exportFile(), importFile(file), removeFiles(names)}: the page's
 * handlers, each returning a promise.
 */
export function wireProjectBar(workspace, actions) {
  const name = $('#project-name');
  name.addEventListener('change', () => {
    const value = name.value.trim();
    if (value) workspace.rename(value);
    else name.value = workspace.name; // a project always has a name
  });
  name.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') name.blur();
    if (event.key === 'Escape') {
      name.value = workspace.name;
      name.blur();
    }
  });
  $('#project-select').addEventListener('change', (event) => {
    const id = event.target.value;
    if (id && id !== workspace.id) actions.open(id);
  });
  $('#project-new').addEventListener('click', () => actions.create());
  $('#project-export').addEventListener('click', () => actions.exportFile());
  const input = $('#project-file-input');
  $('#project-import').addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const [file] = input.files;
    input.value = '';
    if (file) actions.importFile(file);
  });
  const confirm = $('#project-delete-confirm');
  $('#project-delete').addEventListener('click', () => {
    setChildren(
      $('#project-delete-question'),
      `Delete “${workspace.name}” and its ${plural(workspace.files.length, 'file')} from this browser? `,
      'This cannot be undone; a saved project file is not affected.',
    );
    confirm.hidden = false;
    $('#project-delete-yes').focus();
  });
  $('#project-delete-no').addEventListener('click', () => {
    confirm.hidden = true;
    $('#project-delete').focus();
  });
  $('#project-delete-yes').addEventListener('click', async () => {
    confirm.hidden = true;
    await actions.remove(workspace.id);
  });

  const refresh = () => renderProjectBar(workspace, actions);
  workspace.addEventListener('change', refresh);
  workspace.addEventListener('storage', () => renderSaveState(workspace));
  refresh();
  renderSaveState(workspace);
}

let listed = 0; // a newer render replaces an older one still listing

export async function renderProjectBar(workspace, actions) {
  const mine = ++listed;
  const name = $('#project-name');
  if (document.activeElement !== name) name.value = workspace.name;
  $('#project-export').disabled = workspace.files.length === 0;
  renderFiles(workspace, actions);
  renderSaveState(workspace);
  const projects = await workspace.list();
  if (mine !== listed) return;
  const select = $('#project-select');
  setChildren(
    select,
    el('option', { value: '', disabled: true }, projects.length > 1 ? 'Open another project…' : 'No other project'),
    projects.map((p) =>
      el('option', { value: p.id, selected: p.id === workspace.id }, `${p.name} (${plural(p.files.length, 'file')})`),
    ),
  );
  select.disabled = projects.length < 2;
}

function renderFiles(workspace, actions) {
  const files = workspace.files;
  const details = $('#project-files');
  details.hidden = files.length === 0;
  const total = files.reduce((n, f) => n + f.size, 0);
  $('#project-files-summary').textContent = `${plural(files.length, 'file')} · ${formatBytes(total)}`;
  setChildren(
    $('#project-file-list'),
    files.map((file) =>
      el(
        'li',
        { class: 'project-file' },
        el('span', { class: 'doc-name' }, file.name),
        el('span', { class: 'sub' }, ` ${formatBytes(file.size)} `),
        el(
          'button',
          {
            type: 'button',
            class: 'button small link-button',
            'aria-label': `Remove ${file.name} from the project`,
            onclick: () => actions.removeFiles([file.name]),
          },
          'Remove',
        ),
      ),
    ),
  );
}

/** "Saved in this browser", or why not (and that the work is kept in this tab only). */
export function renderSaveState(workspace) {
  const state = $('#project-state');
  const problem = workspace.storageProblem;
  state.classList.toggle('warning', Boolean(problem));
  if (problem) {
    state.textContent =
      `Not saved: ${problem.message}. Your work is kept in this tab only; ` + 'use “Save project file” to keep it.';
  } else if (workspace.saving) {
    state.textContent = 'Saving…';
  } else if (!workspace.files.length) {
    state.textContent = workspace.store ? 'Add articles: the project is saved in this browser as you work.' : '';
  } else {
    state.textContent = 'Saved in this browser.';
  }
}
