// Corrections: the list in effect for the open project, in order, each in
// words with what became of it (applied, not found, invalid, and why), a
// link to what it corrected, and a button to take it out; undo and redo.

import { describe } from '../corrections.js';
import { el, plural } from '../dom.js';
import { clusterHref, docHref } from '../model.js';

const STATUS = {
  applied: 'applied',
  not_found: 'not found',
  invalid: 'invalid',
};

// Where a correction can be seen in the analysis, if anywhere.
function placeOf(model, c) {
  const doc = c.document ? model.byName.get(c.document) : null;
  if (doc && typeof c.start === 'number') {
    return docHref(doc, { start: c.start, end: typeof c.end === 'number' ? c.end : c.start + 1 });
  }
  if (doc) return docHref(doc);
  const name = c.to ?? c.name ?? c.names?.[0];
  const cluster = name && model.clusters.find((k) => k.name === name || k.aliases?.includes(name));
  return cluster ? clusterHref(cluster.id) : null;
}

export function renderCorrections(panel, model, params, { corrector }) {
  const list = corrector.list;
  const outcomes = new Map(model.outcomes.map((o) => [o.index, o]));
  const undo = el(
    'button',
    {
      type: 'button',
      class: 'button small',
      disabled: !corrector.undoLabel,
      onclick: () => corrector.undo(),
    },
    'Undo',
  );
  const redo = el(
    'button',
    { type: 'button', class: 'button small', disabled: !corrector.redoLabel, onclick: () => corrector.redo() },
    'Redo',
  );
  const items = list.map((c, index) => {
    const outcome = outcomes.get(index);
    const status = outcome?.status ?? 'pending';
    const href = status === 'applied' ? placeOf(model, c) : null;
    return el(
      'li',
      { class: `correction status-${status}` },
      el('span', { class: 'correction-text' }, href ? el('a', { href }, describe(c)) : describe(c)),
      ' ',
      el('span', { class: `tag status ${status}` }, STATUS[status] ?? status),
      outcome?.message && el('span', { class: 'sub correction-message' }, ` ${outcome.message}`),
      ' ',
      el(
        'button',
        {
          type: 'button',
          class: 'button tiny',
          'aria-label': `Take out: ${describe(c)}`,
          onclick: () => corrector.remove(index),
        },
        'Take out',
      ),
    );
  });
  const failed = model.outcomes.filter((o) => o.status !== 'applied').length;
  panel.replaceChildren(
    el(
      'div',
      { class: 'view-bar' },
      el(
        'p',
        { class: 'table-count' },
        list.length
          ? `${plural(list.length, 'correction')} in effect` + (failed ? `, ${failed} not applied` : '')
          : 'No corrections yet.',
      ),
      undo,
      redo,
    ),
    list.length
      ? el('ol', { class: 'correction-list' }, items)
      : el(
          'p',
          { class: 'muted' },
          'Correct a finding where it is shown: merge, retype or reject names in the list of people, ' +
            'organisations and places or on an identity’s page; change a quote’s speaker; restore or ' +
            'remove a paragraph in the reader (“With removed text”). Each correction is listed here, ' +
            'kept with the project, and can be undone.',
        ),
  );
}
