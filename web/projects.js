// The user's projects: the open one (its files, corrections, notes and
// stars, the view last shown) and the others kept in this browser
// (store.js). Everything the user does is saved as it happens; when the
// browser refuses storage or it is full, the work stays in this tab and the
// project bar says so.
//
// One project may be open in several tabs (a link opened in a new tab): a
// save writes only what this tab changed, merged into what is stored, in one
// transaction, and tells the other tabs (a BroadcastChannel), which take the
// stored state in. Dispatches:
//   'storage'  after each save, or as one starts (`saving`)
//   'change'   {detail: {what}}: the open project changed. what: 'files',
//              'notes', 'corrections', 'name', 'switch' (another project is
//              open), 'list' (another project changed), 'remote' (another
//              tab changed this one; detail also says {files, corrections,
//              notes, name}), 'gone' (another tab deleted it)

import { ProjectStore, StorageError, storageError } from './store.js';

const NOTE_SAVE_DELAY = 400; // ms: a note is saved once typing pauses
const OPEN_TIMEOUT = 5000; // ms: a store that does not open by then is no store
const DEFAULT_NAME = 'Project';
const CHANNEL = 'presslens-projects';

const now = () => new Date().toISOString();
const newId = () =>
  globalThis.crypto?.randomUUID?.() ?? `p${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** A fresh project record (not yet stored). */
function blankRecord(name) {
  const time = now();
  return { id: newId(), name, created: time, modified: time, files: [], corrections: [], notes: [], view: null };
}

/** Where a note or star belongs: one key per quote, article or identity. */
export function noteKey(target) {
  if (target.on === 'quote') return `quote\u0000${target.document}\u0000${target.start}`;
  if (target.on === 'article') return `article\u0000${target.document}`;
  return `identity\u0000${target.name}`;
}

// "a.txt" taken: "a (2).txt", then "a (3).txt"...
function freeName(name, taken) {
  if (!taken.has(name)) return name;
  const slash = name.lastIndexOf('/');
  const dot = name.lastIndexOf('.');
  const cut = dot > slash + 1 ? dot : name.length;
  for (let n = 2; ; n++) {
    const candidate = `${name.slice(0, cut)} (${n})${name.slice(cut)}`;
    if (!taken.has(candidate)) return candidate;
  }
}

async function sameBytes(a, b) {
  if (a.size !== b.size) return false;
  const [x, y] = await Promise.all([a.arrayBuffer(), b.arrayBuffer()]);
  const u = new Uint8Array(x);
  const v = new Uint8Array(y);
  for (let i = 0; i < u.length; i++) if (u[i] !== v[i]) return false;
  return true;
}

// What this tab changed and has not stored yet.
const nothingChanged = () => ({
  name: false,
  corrections: false,
  view: false,
  notes: new Map(), // note key -> the note, or null when removed
  added: new Map(), // file name -> {name, size, blob, key: null}
  removed: new Map(), // file name -> its stored key
});

/**
 * `stored` (null when the project is not stored yet) with the changes of
 * `dirty` made in `local`: the record to store. `keys`: the stored keys of
 * the added files, by name.
 */
function merged(stored, local, dirty, keys) {
  if (!stored) {
    const files = local.files
      .filter((f) => !dirty.removed.has(f.name))
      .map((f) => ({ name: f.name, size: f.size, key: f.key ?? keys.get(f.name) ?? null }));
    return { ...local, files, modified: now() };
  }
  const files = stored.files.filter((f) => !dirty.removed.has(f.name));
  for (const [name, file] of dirty.added) {
    if (!files.some((f) => f.name === name)) files.push({ name, size: file.size, key: keys.get(name) ?? null });
  }
  const notes = new Map(stored.notes.map((n) => [noteKey(n), n]));
  for (const [key, note] of dirty.notes) {
    if (note) notes.set(key, note);
    else notes.delete(key);
  }
  return {
    ...stored,
    name: dirty.name ? local.name : stored.name,
    corrections: dirty.corrections ? local.corrections : stored.corrections,
    view: dirty.view ? local.view : stored.view,
    notes: [...notes.values()],
    files,
    modified: now(),
  };
}

export class Workspace extends EventTarget {
  /** The store, or null when the browser refused it (the work is then kept in memory only). */
  store = null;
  /** Why the store is unavailable or the last save failed (a StorageError), else null. */
  storageProblem = null;
  /** The open project's record: {id, name, created, modified, files, corrections, notes, view}. */
  record = blankRecord(`${DEFAULT_NAME} 1`);
  /** The open project's files: [{name, size, blob, key}], in the batch's order (key: null until stored). */
  files = [];
  #stored = false; // a new project is stored with its first files
  #dirty = nothingChanged();
  #pending = []; // the changes of saves under way, oldest first (a save stores them; #adopt keeps them)
  #timer = 0;
  #saving = Promise.resolve();
  #savesUnderWay = 0;
  #channel = null;

  /** Opens the browser's store; without one the workspace keeps everything in memory. */
  static async open() {
    const workspace = new Workspace();
    try {
      const timeout = new Promise((resolve, reject) =>
        setTimeout(() => reject(new StorageError('failed', 'the stored projects did not open in time')), OPEN_TIMEOUT),
      );
      workspace.store = await Promise.race([ProjectStore.open(), timeout]);
    } catch (error) {
      workspace.storageProblem = storageError(error);
    }
    if (workspace.store && typeof BroadcastChannel === 'function') {
      workspace.#channel = new BroadcastChannel(CHANNEL);
      workspace.#channel.addEventListener('message', ({ data }) => workspace.#onOtherTab(data));
    }
    return workspace;
  }

  /** Whether the open project is in the browser's store (a new one is, once it has files). */
  get isStored() {
    return this.#stored;
  }

  /** Whether a save is under way (the bar says "Saving…"). */
  get saving() {
    return this.#savesUnderWay > 0;
  }

  /** Whether the open project still has the name it was given when started ("Project 3"). */
  get hasDefaultName() {
    return new RegExp(`^${DEFAULT_NAME} \\d+$`).test(this.name);
  }

  get id() {
    return this.record.id;
  }

  get name() {
    return this.record.name;
  }

  get corrections() {
    return this.record.corrections;
  }

  get notes() {
    return this.record.notes;
  }

  /** Every project kept in this browser (the open one included, even if not yet stored). */
  async list() {
    const stored = this.store ? await this.#guard(() => this.store.list(), []) : [];
    if (!stored.some((p) => p.id === this.id)) stored.unshift(this.record);
    return stored.map((p) => (p.id === this.id ? this.record : p));
  }

  // ----------------------------------------------------------- opening --

  /** Opens project `id` from the store: its record and files. Null if there is no such project. */
  async openProject(id) {
    if (id === this.id) return this.record;
    if (!this.store) return null;
    const record = await this.store.get(id);
    if (!record) return null;
    const files = (await this.store.files(record)).map((f, i) => ({ ...f, key: record.files[i].key }));
    await this.flush();
    this.#setOpen(record, files, true);
    this.#remember();
    this.#emit('switch');
    return record;
  }

  /** Opens the project opened last in this browser, if there is one. */
  async openLast() {
    if (!this.store) return null;
    const id = await this.#guard(() => this.store.lastOpened(), null);
    return id ? this.openProject(id).catch(() => null) : null;
  }

  /** Starts an empty project (stored once it has files). */
  async newProject(name) {
    await this.flush();
    const projects = await this.list();
    this.#setOpen(blankRecord(name ?? this.#freeProjectName(projects)), [], false);
    this.#emit('switch');
    return this.record;
  }

  #freeProjectName(projects) {
    const taken = new Set(projects.map((p) => p.name));
    for (let n = projects.length + 1; ; n++) if (!taken.has(`${DEFAULT_NAME} ${n}`)) return `${DEFAULT_NAME} ${n}`;
  }

  /** A free name for a project like `name` ("Vienna talks (2)"). */
  async freeProjectName(name) {
    const taken = new Set((await this.list()).map((p) => p.name));
    if (!taken.has(name)) return name;
    for (let n = 2; ; n++) if (!taken.has(`${name} (${n})`)) return `${name} (${n})`;
  }

  #setOpen(record, files, stored) {
    clearTimeout(this.#timer);
    this.#timer = 0;
    this.#dirty = nothingChanged();
    this.record = { corrections: [], notes: [], view: null, ...record };
    this.files = files;
    this.#stored = stored;
  }

  /**
   * Makes an imported project (read by project-format.js) the open one:
   * {name, created, files: [{name, size, blob}], corrections, notes, view}.
   * Resolves to a plan (see planAdd) whose files commitFiles() stores.
   */
  async importProject(project, { name } = {}) {
    await this.flush();
    const record = {
      ...blankRecord(name ?? project.name ?? 'Imported project'),
      created: project.created ?? now(),
      corrections: project.corrections,
      notes: project.notes,
      view: project.view,
    };
    const files = project.files.map((f) => ({ name: f.name, size: f.size, blob: f.blob, key: null }));
    this.#setOpen(record, [], false);
    this.#emit('switch');
    return { files, added: files, skipped: [], renamed: [], project: record.id };
  }

  // ------------------------------------------------------------- files --

  /**
   * What adding `incoming` ([{name, blob}]) would make of the project: a file
   * already there with the same bytes is skipped; one whose name is taken by
   * other bytes gets a free name ("a (2).txt"). Resolves to {files: the
   * whole batch, added, skipped, renamed: [[from, to]]}; nothing changes
   * until commitFiles(plan). `base`: a plan not yet committed that this one
   * adds to (files dropped while the first were being analysed).
   */
  async planAdd(incoming, base = null) {
    const before = base?.project === this.id ? base : { files: this.files, added: [], skipped: [], renamed: [] };
    const byName = new Map(before.files.map((f) => [f.name, f]));
    const taken = new Set(byName.keys());
    const added = [...before.added];
    const skipped = [...before.skipped];
    const renamed = [...before.renamed];
    const fresh = [];
    for (const file of incoming) {
      const existing = byName.get(file.name);
      if (existing && (await sameBytes(existing.blob, file.blob))) {
        skipped.push(file.name);
        continue;
      }
      const name = freeName(file.name, taken);
      if (name !== file.name) renamed.push([file.name, name]);
      taken.add(name);
      const entry = { name, size: file.blob.size, blob: file.blob, key: null };
      byName.set(name, entry);
      added.push(entry);
      fresh.push(entry);
    }
    return { files: [...before.files, ...fresh], added, skipped, renamed, project: this.id };
  }

  /** Adds the files of an analysed plan to the project and stores them. */
  async commitFiles(plan) {
    if (plan.project !== this.id) return; // the user switched projects meanwhile
    this.files = plan.files;
    for (const file of plan.added) {
      this.#dirty.added.set(file.name, file);
      this.#dirty.removed.delete(file.name);
    }
    this.#changed();
    this.#emit('files');
    await this.#saveNow();
  }

  /** Removes files from the project (by name). */
  async removeFiles(names) {
    const gone = new Set(names);
    for (const file of this.files) {
      if (!gone.has(file.name)) continue;
      if (this.#dirty.added.delete(file.name) && file.key === null) continue; // never stored
      this.#dirty.removed.set(file.name, file.key);
    }
    this.files = this.files.filter((f) => !gone.has(f.name));
    this.#changed();
    this.#emit('files');
    await this.#saveNow();
  }

  // ------------------------------------------------------------- state --

  async rename(name) {
    const clean = name.trim();
    if (!clean || clean === this.name) return;
    this.record = { ...this.record, name: clean };
    this.#dirty.name = true;
    this.#emit('name');
    await this.#saveNow();
  }

  /** Replaces the corrections list (the corrections' own UI decides what it holds). */
  async setCorrections(corrections) {
    this.record = { ...this.record, corrections: [...corrections] };
    this.#dirty.corrections = true;
    this.#emit('corrections');
    await this.#saveNow();
  }

  /** The note or star on `target` ({on: 'quote'|'article'|'identity', ...}), or null. */
  noteOn(target) {
    const key = noteKey(target);
    return this.record.notes.find((n) => noteKey(n) === key) ?? null;
  }

  /**
   * Sets the star and/or the text of the note on `target`; a note with
   * neither is removed. Text is saved once typing pauses; a star at once.
   */
  setNote(target, { star, text }) {
    const key = noteKey(target);
    const old = this.noteOn(target);
    const note = { ...target, star: star ?? old?.star ?? false, text: text ?? old?.text ?? '', modified: now() };
    const keep = note.star || note.text.trim() !== '';
    // In place, so that the order is the stored one (a new note goes last).
    const notes = old ? this.record.notes.map((n) => (noteKey(n) === key ? note : n)) : [...this.record.notes, note];
    if (!keep) notes.splice(notes.indexOf(note), 1);
    this.record = { ...this.record, notes };
    this.#dirty.notes.set(key, keep ? note : null);
    this.#emit('notes');
    if (star !== undefined) return this.#saveNow();
    this.#saveSoon();
    return Promise.resolve();
  }

  /** Remembers the view shown (saved with the project, so that reopening it lands there). */
  setView(hash) {
    if (this.record.view === hash) return;
    this.record = { ...this.record, view: hash };
    this.#dirty.view = true;
    this.#saveSoon();
  }

  /** Deletes project `id` from this browser (the open one: another is opened, or a new one started). */
  async deleteProject(id) {
    if (this.store) await this.#guard(() => this.store.delete(id));
    this.#channel?.postMessage({ id, deleted: true });
    if (id !== this.id) {
      this.#emit('list');
      return;
    }
    this.#stored = false;
    const others = this.store ? await this.#guard(() => this.store.list(), []) : [];
    if (others.length) await this.openProject(others[0].id);
    else this.#setOpen(blankRecord(`${DEFAULT_NAME} 1`), [], false);
    this.#emit('switch');
  }

  /** Waits for pending saves (a note being typed is saved now). */
  async flush() {
    if (this.#timer) await this.#saveNow();
    await this.#saving;
  }

  // ------------------------------------------------------------ saving --

  #changed() {
    this.record = { ...this.record, files: this.files.map(({ name, size, key }) => ({ name, size, key })) };
  }

  #saveSoon() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#saveNow(), NOTE_SAVE_DELAY);
  }

  /** Stores what this tab changed, merged into what is stored, in one transaction. */
  #saveNow() {
    clearTimeout(this.#timer);
    this.#timer = 0;
    if (!this.#stored && this.files.length === 0) return Promise.resolve(); // stored with its first files
    const dirty = this.#dirty;
    this.#dirty = nothingChanged();
    const id = this.id;
    const local = this.record;
    if (this.store) this.#pending.push(dirty); // without a store nothing is written, nor adopted
    return this.#save(async () => {
      try {
        const blobs = new Map([...dirty.added].map(([name, file]) => [name, file.blob]));
        const removedKeys = [...dirty.removed.values()].filter((key) => key !== null && key !== undefined);
        const stored = await this.store.save(
          id,
          (current, keys) => merged(this.#stored || current ? current : null, local, dirty, keys),
          blobs,
          removedKeys,
        );
        for (const file of stored.files) {
          const added = dirty.added.get(file.name);
          if (added) added.key = file.key;
        }
        this.#channel?.postMessage({ id });
        if (id === this.id) {
          this.#stored = true;
          this.#remember();
          await this.#adopt(stored);
        }
      } catch (error) {
        if (id === this.id) this.#keepUnsaved(dirty);
        throw error;
      } finally {
        this.#pending = this.#pending.filter((d) => d !== dirty);
      }
    });
  }

  // What a failed save did not store stays to be stored by the next one
  // (newer changes of the same things win).
  #keepUnsaved(dirty) {
    const now = this.#dirty;
    now.name ||= dirty.name;
    now.corrections ||= dirty.corrections;
    now.view ||= dirty.view;
    for (const [key, note] of dirty.notes) if (!now.notes.has(key)) now.notes.set(key, note);
    for (const [name, file] of dirty.added) if (!now.removed.has(name)) now.added.set(name, file);
    for (const [name, key] of dirty.removed) if (!now.added.has(name)) now.removed.set(name, key);
  }

  /**
   * Takes in the stored state of the open project (after a save, or when
   * another tab changed it), with this tab's unsaved changes on top, and
   * says what another tab changed.
   */
  async #adopt(stored) {
    const before = this.record;
    // This tab's changes not yet stored (those of saves still queued, then
    // the newest) stay on top of the stored state, in the order made.
    let record = stored;
    for (const dirty of [...this.#pending, this.#dirty]) record = merged(record, before, dirty, new Map());
    record.view = before.view; // each tab shows its own place
    const mine = new Map(this.files.map((f) => [f.name, f]));
    const kept = new Set(record.files.map((f) => f.name));
    const fromStore = stored.files.filter((f) => !mine.has(f.name) && kept.has(f.name));
    let loaded = [];
    if (fromStore.length) {
      loaded = (await this.store.files({ files: fromStore })).map((f, i) => ({ ...f, key: fromStore[i].key }));
    }
    const byName = new Map([...mine, ...loaded.map((f) => [f.name, f])]);
    const files = record.files.map((f) => byName.get(f.name)).filter(Boolean);
    const changed = {
      files: !same(
        files.map((f) => f.name),
        this.files.map((f) => f.name),
      ),
      corrections: !same(record.corrections, before.corrections),
      notes: !same(record.notes, before.notes),
      name: record.name !== before.name,
    };
    this.files = files;
    this.record = { ...record, files: files.map(({ name, size, key }) => ({ name, size, key })) };
    if (Object.values(changed).some(Boolean)) {
      this.dispatchEvent(new CustomEvent('change', { detail: { what: 'remote', ...changed } }));
    }
  }

  async #onOtherTab({ id, deleted }) {
    if (id !== this.id) {
      this.#emit('list');
      return;
    }
    if (!this.#stored) return;
    const stored = deleted ? null : await this.#guard(() => this.store.get(id), undefined);
    if (stored === undefined) return;
    if (stored === null) {
      // Deleted in another tab: it stays open here, and is stored anew with the next change.
      this.#stored = false;
      for (const file of this.files) file.key = null;
      this.#changed();
      this.#dirty = nothingChanged();
      this.#emit('gone');
      return;
    }
    await this.#adopt(stored);
  }

  /** Runs `write` after the previous save; reports the outcome (the 'storage' event). */
  #save(write) {
    this.#savesUnderWay++;
    this.#emit('storage');
    const attempt = async () => {
      if (!this.store) return;
      try {
        await write();
        this.storageProblem = null;
      } catch (error) {
        this.storageProblem = storageError(error);
      }
    };
    const run = async () => {
      try {
        await attempt();
      } finally {
        this.#savesUnderWay--;
      }
      this.#emit('storage');
    };
    this.#saving = this.#saving.then(run, run);
    return this.#saving;
  }

  #remember() {
    if (this.store) this.#guard(() => this.store.setLastOpened(this.id));
  }

  async #guard(call, fallback) {
    try {
      return await call();
    } catch (error) {
      this.storageProblem = storageError(error);
      this.#emit('storage');
      return fallback;
    }
  }

  #emit(what) {
    if (what === 'storage') this.dispatchEvent(new CustomEvent('storage'));
    else this.dispatchEvent(new CustomEvent('change', { detail: { what } }));
  }
}
