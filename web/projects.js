// The user's projects: the open one (its files, corrections, notes and
// stars, the view last shown) and the others kept in this browser
// (store.js). Everything the user does is saved as it happens; when the
// browser refuses storage or it is full, the work stays in this tab and the
// page says so (the `storage` event). Dispatches:
//   'storage'  {detail: {ok, error}}  after each save (error: a StorageError)
//   'change'   {detail: {what}}       the open project changed (what: 'files',
//              'notes', 'corrections', 'name', 'switch', 'list')

import { ProjectStore, StorageError, storageError } from './store.js';

const NOTE_SAVE_DELAY = 400; // ms: a note is saved once typing pauses
const DEFAULT_NAME = 'Project';
const OPEN_TIMEOUT = 5000; // ms

const now = () => new Date().toISOString();
const newId = () =>
  globalThis.crypto?.randomUUID?.() ?? `p${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

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

export class Workspace extends EventTarget {
  /** The store, or null when the browser refused it (the work is then kept in memory only). */
  store = null;
  /** Why the store is unavailable or the last save failed (a StorageError), else null. */
  storageProblem = null;
  /** The open project's record: {id, name, created, modified, files, corrections, notes, view}. */
  record = blankRecord(`${DEFAULT_NAME} 1`);
  /** The open project's files: [{name, size, blob}], in the batch's order. */
  files = [];
  /** Whether the open project has been stored yet (an empty new project is not, until it has files). */
  #stored = false;
  #noteTimer = 0;
  #saving = Promise.resolve();
  #savesUnderWay = 0;

  /** Whether a save is under way (the bar says "Saving…"). */
  get saving() {
    return this.#savesUnderWay > 0;
  }

  /** Opens the browser's store; without one the workspace keeps everything in memory. */
  static async open() {
    const workspace = new Workspace();
    try {
      // A store that does not answer (another tab holding an upgrade) is no store.
      const timeout = new Promise((resolve, reject) =>
        setTimeout(() => reject(new StorageError('failed', 'the stored projects did not open in time')), OPEN_TIMEOUT),
      );
      workspace.store = await Promise.race([ProjectStore.open(), timeout]);
    } catch (error) {
      workspace.storageProblem = storageError(error);
    }
    return workspace;
  }

  /** Whether the open project is in the browser's store (a new one is, once it has files). */
  get isStored() {
    return this.#stored;
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

  /** Opens project `id` from the store: its record and files. Null if there is no such project. */
  async openProject(id) {
    if (id === this.id) return this.record;
    if (!this.store) return null;
    const record = await this.store.get(id);
    if (!record) return null;
    const files = (await this.store.files(record)).map((f, i) => ({ ...f, key: record.files[i].key }));
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

  #setOpen(record, files, stored) {
    clearTimeout(this.#noteTimer);
    this.record = { corrections: [], notes: [], view: null, ...record };
    this.files = files;
    this.#stored = stored;
  }

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
    this.record = { ...this.record, modified: now(), files: this.#fileList() };
    this.#emit('files');
    await this.#storeFiles();
  }

  #fileList() {
    return this.files.map(({ name, size, key }) => ({ name, size, key }));
  }

  // Stores the files not stored yet (all of a new project's; those a full
  // store refused before) with the record listing them, in one transaction.
  #storeFiles() {
    return this.#save(async () => {
      const id = this.id;
      const unsaved = new Map(this.files.filter((f) => f.key === null).map((f) => [f.name, f]));
      const record = { ...this.record, files: this.#fileList() };
      const blobs = new Map([...unsaved].map(([name, f]) => [name, f.blob]));
      const stored = await this.store.putWithFiles(record, blobs);
      for (const file of stored.files) if (unsaved.has(file.name)) unsaved.get(file.name).key = file.key;
      if (id !== this.id) return;
      this.record = { ...this.record, files: this.#fileList() };
      this.#stored = true;
      this.#remember();
    });
  }

  /** Removes files from the project (by name). */
  async removeFiles(names) {
    const gone = new Set(names);
    const before = this.record;
    this.files = this.files.filter((f) => !gone.has(f.name));
    this.record = { ...before, modified: now(), files: this.#fileList() };
    this.#emit('files');
    if (!this.#stored) return;
    await this.#save(() => this.store.removeFiles({ ...this.record, files: before.files }, names));
  }

  async rename(name) {
    const clean = name.trim();
    if (!clean || clean === this.name) return;
    this.record = { ...this.record, name: clean, modified: now() };
    this.#emit('name');
    await this.#saveRecord();
  }

  /** Replaces the corrections list (the corrections' own UI decides what it holds). */
  async setCorrections(corrections) {
    this.record = { ...this.record, corrections: [...corrections], modified: now() };
    this.#emit('corrections');
    await this.#saveRecord();
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
    const notes = this.record.notes.filter((n) => noteKey(n) !== key);
    const old = this.record.notes.find((n) => noteKey(n) === key);
    const note = {
      ...target,
      star: star ?? old?.star ?? false,
      text: text ?? old?.text ?? '',
      modified: now(),
    };
    if (note.star || note.text.trim()) notes.push(note);
    this.record = { ...this.record, notes, modified: note.modified };
    this.#emit('notes');
    clearTimeout(this.#noteTimer);
    if (star !== undefined) return this.#saveRecord();
    this.#noteTimer = setTimeout(() => this.#saveRecord(), NOTE_SAVE_DELAY);
    return Promise.resolve();
  }

  /** Remembers the view shown (saved with the project, so that reopening it lands there). */
  setView(hash) {
    if (this.record.view === hash) return;
    this.record = { ...this.record, view: hash };
    clearTimeout(this.#noteTimer);
    this.#noteTimer = setTimeout(() => this.#saveRecord(), NOTE_SAVE_DELAY);
  }

  /** Deletes project `id` from this browser (the open one: another is opened, or a new one started). */
  async deleteProject(id) {
    if (this.store) await this.#guard(() => this.store.delete(id));
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

  /**
   * Makes an imported project (read by project-format.js) the open one and
   * stores it: {name, created, files: [{name, bytes}], corrections, notes, view}.
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
    const files = project.files.map((f) => ({
      name: f.name,
      size: f.bytes.length,
      blob: new Blob([f.bytes]),
      key: null,
    }));
    this.#setOpen(record, [], false);
    this.#emit('switch');
    return { files, added: files, skipped: [], renamed: [], project: record.id };
  }

  /** A free name for a project like `name` ("Vienna talks (2)"). */
  async freeProjectName(name) {
    const taken = new Set((await this.list()).map((p) => p.name));
    if (!taken.has(name)) return name;
    for (let n = 2; ; n++) if (!taken.has(`${name} (${n})`)) return `${name} (${n})`;
  }

  /** Waits for pending saves (a note being typed is saved now). */
  async flush() {
    if (this.#noteTimer) {
      clearTimeout(this.#noteTimer);
      this.#noteTimer = 0;
      await this.#saveRecord();
    }
    await this.#saving;
  }

  // ------------------------------------------------------------ saving --

  #saveRecord() {
    this.#noteTimer = 0;
    if (!this.files.length && !this.#stored) return Promise.resolve(); // stored with its first files
    // Files a full store refused before are stored with it, once there is room.
    if (this.files.some((f) => f.key === null)) return this.#storeFiles();
    const record = this.record;
    return this.#save(() => this.store.put(record));
  }

  /** Runs `write` after the previous save; reports the outcome (the 'storage' event). */
  #save(write) {
    this.#savesUnderWay++;
    this.#emit('storage', { ok: true, saving: true });
    const run = async () => {
      try {
        await attempt();
      } finally {
        this.#savesUnderWay--;
      }
      if (!this.#savesUnderWay) this.#emit('storage', { ok: !this.storageProblem, error: this.storageProblem });
    };
    const attempt = async () => {
      if (!this.store) return;
      try {
        await write();
        this.storageProblem = null;
      } catch (error) {
        this.storageProblem = storageError(error);
      }
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
      this.#emit('storage', { ok: false, error: this.storageProblem });
      return fallback;
    }
  }

  #emit(what, detail) {
    if (what === 'storage') this.dispatchEvent(new CustomEvent('storage', { detail }));
    else this.dispatchEvent(new CustomEvent('change', { detail: { what } }));
  }
}
