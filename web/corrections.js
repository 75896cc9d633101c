// The user's corrections of the analysis (docs/output.md, "Corrections"):
// the open project's list, changed one user action at a time, with undo
// and redo of those actions. Applying a list is app.js's work (it asks the
// worker, which re-runs only what the list touches); this module keeps the
// list, the history, and says in words what each correction does.

const TYPE_WORDS = { PER: 'a person', ORG: 'an organisation', LOC: 'a place', MISC: 'other' };

/**
 * corrections: the list in effect (the project's); apply(list): replaces it
 * (saves and shows it), resolving once shown. Emits 'change' after each.
 */
export class Corrector extends EventTarget {
  #list;
  #apply;
  #undo = []; // [{list, label}]: the lists before each action
  #redo = []; // [{list, label}]: the lists undone
  #busy = Promise.resolve();
  #last = null; // what the latest action did, in words
  #generation = 0; // bumped by reset(): a change queued before it is dropped

  constructor(list, apply) {
    super();
    this.#list = [...list];
    this.#apply = apply;
  }

  /** The corrections in effect. */
  get list() {
    return this.#list;
  }

  /** What Undo would undo (its label), or null; after a reload, the last correction. */
  get undoLabel() {
    if (this.#undo.length) return this.#undo.at(-1).label;
    return this.#list.length ? describe(this.#list.at(-1)) : null;
  }

  get redoLabel() {
    return this.#redo.at(-1)?.label ?? null;
  }

  /** What the latest action did, in words ("Merged …", "Undone: …"). */
  get lastAction() {
    return this.#last;
  }

  /** The project's list changed elsewhere (another tab, another project): no history across it. */
  reset(list) {
    this.#generation++;
    this.#list = [...list];
    this.#undo = [];
    this.#redo = [];
    this.#last = null;
    this.#emit();
  }

  /** One user action: `entries` added to the list, undone as one. */
  add(entries, label = describe(entries[0])) {
    return this.#change([...this.#list, ...entries], label, { fresh: true });
  }

  /** Replaces the whole list, as one action. */
  replace(list, label = 'corrections replaced') {
    return this.#change([...list], label, { fresh: true });
  }

  /** Takes the correction at `index` out of the list (an action of its own, undone as one). */
  remove(index) {
    const list = this.#list.filter((_, i) => i !== index);
    return this.#change(list, `removed: ${describe(this.#list[index])}`, { fresh: true });
  }

  undo() {
    if (!this.#list.length && !this.#undo.length) return this.#busy;
    const step = this.#undo.pop() ?? { list: this.#list.slice(0, -1), label: describe(this.#list.at(-1)) };
    this.#redo.push({ list: this.#list, label: step.label });
    this.#last = `Undone: ${step.label}`;
    return this.#run(step.list);
  }

  redo() {
    const step = this.#redo.pop();
    if (!step) return this.#busy;
    this.#undo.push({ list: this.#list, label: step.label });
    this.#last = `Redone: ${step.label}`;
    return this.#run(step.list);
  }

  #change(list, label, { fresh }) {
    this.#undo.push({ list: this.#list, label });
    if (fresh) this.#redo = [];
    this.#last = label;
    return this.#run(list);
  }

  // One change at a time, in order: each applies the list it was given.
  #run(list) {
    this.#list = list;
    this.#emit();
    const generation = this.#generation;
    const apply = () => (generation === this.#generation ? this.#apply(list) : undefined);
    this.#busy = this.#busy.then(apply, apply);
    return this.#busy;
  }

  #emit() {
    this.dispatchEvent(new CustomEvent('change'));
  }
}

const quoted = (text) => `“${text}”`;

/** A correction in words ("Merged “Donald Trump” and “Trump”"). */
export function describe(c) {
  if (!c || typeof c !== 'object') return 'an entry that is not a correction';
  switch (c.op) {
    case 'merge':
      return `Merged ${(c.names ?? []).map(quoted).join(' and ')}`;
    case 'split':
      return `Moved the mention at ${c.start}–${c.end} of ${c.document} to ${quoted(c.name)}`;
    case 'retype':
      return `${quoted(c.name)} is ${TYPE_WORDS[c.type] ?? c.type}`;
    case 'not_a_name':
      return `${quoted(c.name)} is not a name`;
    case 'speaker':
      return c.speaker === null
        ? `The quote at ${c.start} of ${c.document} has no speaker`
        : `The quote at ${c.start} of ${c.document} is by ${quoted(c.speaker)}`;
    case 'keep_block':
      return `Kept block ${c.block} of ${c.document}`;
    case 'remove_block':
      return `Removed block ${c.block} of ${c.document}`;
    case 'rename':
      return `Renamed ${quoted(c.name)} to ${quoted(c.to)}`;
    case 'unmerge':
      return `${quoted(c.name)} set apart as an identity of its own`;
    default:
      return `Unknown correction ${quoted(String(c.op))}`;
  }
}

/** The name a correction uses for an identity: one of its mention texts (its name when that is one). */
export function nameOf(cluster) {
  return (cluster.aliases ?? []).includes(cluster.name) ? cluster.name : (cluster.aliases?.[0] ?? cluster.name);
}
