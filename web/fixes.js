// Each finding's fix where it is shown: a quote's speaker, an identity's
// name, type and merges, a mention that belongs elsewhere, a block the
// cleaner kept or removed. Each control adds one correction (or a few, as
// one action) through the Corrector (corrections.js), which app.js applies.
// Names typed here are untrusted text like the articles: only ever values
// and text nodes.

import { describe, nameOf } from './corrections.js';
import { el, TYPE_NAMES } from './dom.js';

let corrector = null;

/** The Corrector the controls add to (app.js sets it once). */
export function useCorrector(c) {
  corrector = c;
}

const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];

/** The <datalist> of identity names the name fields offer (app.js fills it for each model). */
export const NAMES_LIST = 'identity-names';

export function fillNames(list, model) {
  const names = [...new Set(model.clusters.map((c) => c.name))].sort((a, b) => a.localeCompare(b));
  list.replaceChildren(...names.map((name) => el('option', { value: name })));
}

function add(entries, label) {
  return corrector?.add(entries, label ?? describe(entries[0]));
}

/**
 * A button that opens a small form: a name field (offering the batch's
 * identities) and a button that applies it; Escape or Cancel closes it.
 */
function nameForm({ open, label, placeholder, apply, value = '' }) {
  const input = el('input', {
    type: 'text',
    class: 'fix-input',
    list: NAMES_LIST,
    placeholder,
    'aria-label': label,
    value,
  });
  const submit = () => {
    const name = input.value.trim();
    if (!name) return input.focus();
    close();
    apply(name);
  };
  const form = el(
    'span',
    { class: 'fix-form', hidden: true },
    input,
    el('button', { type: 'button', class: 'button small', onclick: submit }, 'Apply'),
    el('button', { type: 'button', class: 'button small quiet', onclick: () => close() }, 'Cancel'),
  );
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') submit();
    if (event.key === 'Escape') close();
  });
  const opener = el(
    'button',
    {
      type: 'button',
      class: 'button small fix',
      'aria-expanded': 'false',
      onclick: () => {
        form.hidden = !form.hidden;
        opener.setAttribute('aria-expanded', String(!form.hidden));
        if (!form.hidden) input.focus();
      },
    },
    open,
  );
  function close() {
    form.hidden = true;
    opener.setAttribute('aria-expanded', 'false');
  }
  return [opener, form];
}

/** Reassign or reject a quote's speaker. */
export function quoteFixes(doc, quote) {
  if (!corrector) return null;
  const target = { document: doc.name, start: quote.start };
  return el(
    'span',
    { class: 'fixes', role: 'group', 'aria-label': 'Correct the speaker' },
    quote.corrected && el('span', { class: 'tag corrected', title: 'Set by a correction' }, 'corrected'),
    nameForm({
      open: 'Change speaker',
      label: 'Who said it',
      placeholder: 'Who said it?',
      apply: (speaker) => add([{ op: 'speaker', ...target, speaker }], `The quote is by “${speaker}”`),
    }),
    quote.speaker &&
      el(
        'button',
        {
          type: 'button',
          class: 'button small fix',
          title: 'Nobody named here said it',
          onclick: () => add([{ op: 'speaker', ...target, speaker: null }], 'The quote has no speaker'),
        },
        'No speaker',
      ),
  );
}

/** Rename, retype, merge with another, not a name: an identity's fixes (its page). */
export function identityFixes(model, cluster) {
  if (!corrector) return null;
  const written = mentionTexts(model, cluster);
  const type = el(
    'select',
    {
      class: 'fix-type',
      'aria-label': `Type of ${cluster.name}`,
      onchange: () =>
        add(
          [{ op: 'retype', name: nameOf(cluster), type: type.value }],
          describe({ op: 'retype', name: cluster.name, type: type.value }),
        ),
    },
    TYPES.map((t) => el('option', { value: t, selected: t === cluster.type }, TYPE_NAMES[t])),
  );
  return el(
    'p',
    { class: 'fixes identity-fixes', role: 'group', 'aria-label': `Correct ${cluster.name}` },
    el('span', { class: 'label' }, 'Correct: '),
    el('label', { class: 'fix-label' }, 'Type ', type),
    nameForm({
      open: 'Merge with…',
      label: `Merge ${cluster.name} with`,
      placeholder: 'The same as…',
      apply: (other) => add([{ op: 'merge', names: [nameOf(cluster), other] }]),
    }),
    nameForm({
      open: 'Rename…',
      label: `New name for ${cluster.name}`,
      placeholder: 'Name',
      value: cluster.name,
      apply: (to) => add([{ op: 'rename', name: nameOf(cluster), to }]),
    }),
    el(
      'button',
      {
        type: 'button',
        class: 'button small fix',
        title: written.length > 1 ? `Written ${written.map((t) => `“${t}”`).join(', ')}: none of them is a name` : '',
        onclick: () =>
          add(
            written.map((name) => ({ op: 'not_a_name', name })),
            `“${cluster.name}” is not a name`,
          ),
      },
      'Not a name',
    ),
  );
}

/** How an identity is written in the articles: its mentions' texts, each once. */
export function mentionTexts(model, cluster) {
  return [...new Set((model.mentions.get(cluster.id) ?? []).map(({ entity }) => entity.text))];
}

/** An alias that does not belong: set apart as an identity of its own. */
export function aliasFix(alias) {
  if (!corrector) return null;
  return el(
    'button',
    {
      type: 'button',
      class: 'button tiny fix',
      title: `Mentions written “${alias}” are someone or something else`,
      'aria-label': `Set “${alias}” apart`,
      onclick: () => add([{ op: 'unmerge', name: alias }]),
    },
    'set apart',
  );
}

/** One mention that belongs to another identity (or a new one). */
export function mentionFix(doc, entity) {
  if (!corrector) return null;
  return el(
    'span',
    { class: 'fixes mention-fixes' },
    nameForm({
      open: 'Not this one…',
      label: `Who “${entity.text}” is here`,
      placeholder: 'Belongs to…',
      apply: (name) =>
        add(
          [{ op: 'split', document: doc.name, start: entity.start, end: entity.end, name }],
          `“${entity.text}” in ${doc.title || doc.name} is “${name}”`,
        ),
    }),
  );
}

/** Restore a removed block, or remove a kept one (its index in the document's blocks). */
export function blockFix(doc, index, block) {
  if (!corrector) return null;
  const keep = !block.kept;
  return el(
    'button',
    {
      type: 'button',
      class: `button tiny fix ${keep ? 'restore' : 'remove'}`,
      'aria-label': `${keep ? 'Restore' : 'Remove'} block ${index}`,
      title: keep ? 'Part of the article: put it back in the text' : 'Not part of the article: take it out',
      onclick: () =>
        add(
          [{ op: keep ? 'keep_block' : 'remove_block', document: doc.name, block: index }],
          `${keep ? 'Restored' : 'Removed'} a paragraph of ${doc.title || doc.name}`,
        ),
    },
    keep ? 'Restore' : 'Remove',
  );
}

/** The fixes for several identities at once (the entity list's selection). */
export function selectionFixes(model, selected, clear) {
  if (!corrector) return null;
  const chosen = () => model.clusters.filter((c) => selected.has(c.id));
  const count = el('span', { class: 'selection-count', 'aria-live': 'polite' });
  const merge = el(
    'button',
    {
      type: 'button',
      class: 'button small fix',
      onclick: () => {
        const list = chosen();
        if (list.length < 2) return;
        clear();
        add([{ op: 'merge', names: list.map(nameOf) }], `Merged ${list.map((c) => `“${c.name}”`).join(', ')}`);
      },
    },
    'Merge',
  );
  const notName = el(
    'button',
    {
      type: 'button',
      class: 'button small fix',
      onclick: () => {
        const list = chosen();
        if (!list.length) return;
        clear();
        add(
          list.flatMap((c) => mentionTexts(model, c).map((name) => ({ op: 'not_a_name', name }))),
          `${list.map((c) => `“${c.name}”`).join(', ')} ${list.length > 1 ? 'are not names' : 'is not a name'}`,
        );
      },
    },
    'Not a name',
  );
  const type = el(
    'select',
    {
      class: 'fix-type',
      'aria-label': 'Type of the selected',
      onchange: () => {
        const list = chosen();
        const to = type.value;
        type.value = '';
        if (!list.length || !to) return;
        clear();
        add(
          list.map((c) => ({ op: 'retype', name: nameOf(c), type: to })),
          `${list.map((c) => `“${c.name}”`).join(', ')}: ${TYPE_NAMES[to]}`,
        );
      },
    },
    el('option', { value: '' }, 'Change type…'),
    TYPES.map((t) => el('option', { value: t }, TYPE_NAMES[t])),
  );
  const bar = el(
    'div',
    { class: 'selection-bar', role: 'group', 'aria-label': 'Correct the selected', hidden: true },
    count,
    merge,
    notName,
    type,
    el('button', { type: 'button', class: 'button small quiet', onclick: () => clear() }, 'Clear'),
  );
  bar.update = () => {
    bar.hidden = selected.size === 0;
    count.textContent = `${selected.size} selected:`;
    merge.disabled = selected.size < 2;
  };
  bar.update();
  return bar;
}
