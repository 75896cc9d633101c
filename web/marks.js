// Stars and notes on quotes, articles and identities, where they are shown.
// They belong to the open project (projects.js saves them as the user
// types) and go into the project file and the report (views/notes.js).
// A note is anchored by what does not change when the analysis does: a
// quote by its article, its start and its words; an article by its file
// name; an identity by its name.

import { el } from './dom.js';

let workspace = null;

/** The workspace whose notes the controls read and write (app.js sets it once). */
export function useWorkspace(w) {
  workspace = w;
}

export const quoteTarget = (doc, quote) => ({
  on: 'quote',
  document: doc.name,
  start: quote.start,
  end: quote.end,
  quote: quote.text,
});
export const articleTarget = (doc) => ({ on: 'article', document: doc.name, title: doc.title ?? null });
export const identityTarget = (cluster) => ({ on: 'identity', name: cluster.name, type: cluster.type });

const NOUNS = { quote: 'quote', article: 'article', identity: 'identity' };

/**
 * A star toggle and a note for `target`: the star is a pressed/unpressed
 * button; "Note" opens a text box that is saved as one types (an empty note
 * is removed).
 */
export function markControls(target) {
  if (!workspace) return null;
  const noun = NOUNS[target.on];
  const note = workspace.noteOn(target);
  const star = el(
    'button',
    {
      type: 'button',
      class: 'mark-star',
      'aria-pressed': String(Boolean(note?.star)),
      'aria-label': `Star this ${noun}`,
      title: `Star this ${noun} (starred items are listed under Notes, for a report)`,
      onclick: () => {
        const on = star.getAttribute('aria-pressed') !== 'true';
        star.setAttribute('aria-pressed', String(on));
        star.textContent = on ? '★' : '☆';
        workspace.setNote(target, { star: on });
      },
    },
    note?.star ? '★' : '☆',
  );
  const box = el('textarea', {
    class: 'mark-note-text',
    rows: 2,
    'aria-label': `Note on this ${noun}`,
    placeholder: `A note on this ${noun} (saved as you type)`,
    hidden: !note?.text,
    oninput: () => workspace.setNote(target, { text: box.value }),
  });
  box.value = note?.text ?? '';
  const toggle = el(
    'button',
    {
      type: 'button',
      class: 'mark-note link-button',
      'aria-expanded': String(!box.hidden),
      onclick: () => {
        box.hidden = !box.hidden;
        toggle.setAttribute('aria-expanded', String(!box.hidden));
        if (!box.hidden) box.focus();
      },
    },
    note?.text ? 'Note' : 'Add note',
  );
  return el('span', { class: 'marks' }, star, toggle, box);
}
