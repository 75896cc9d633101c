// The open project's saving (web/projects.js) against a store held in
// memory whose writes finish when the test says: what one save brings back
// must not undo what the user did while it was under way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Workspace } from '../../web/projects.js';

/** A store like store.js's, in memory; each save waits until `release()` lets the oldest one finish. */
class HeldStore {
  records = new Map();
  blobs = new Map();
  #nextKey = 1;
  #held = [];

  async list() {
    return [...this.records.values()];
  }

  async get(id) {
    return this.records.get(id) ?? null;
  }

  async files(record) {
    return record.files.map((f) => ({ name: f.name, size: f.size, blob: this.blobs.get(f.key) }));
  }

  async save(id, merge, blobs = new Map(), removedKeys = []) {
    await new Promise((resolve) => this.#held.push(resolve));
    const keys = new Map();
    for (const [name, blob] of blobs) {
      const key = this.#nextKey++;
      this.blobs.set(key, blob);
      keys.set(name, key);
    }
    for (const key of removedKeys) this.blobs.delete(key);
    const record = structuredClone(merge(this.records.get(id) ?? null, keys));
    this.records.set(id, record);
    return structuredClone(record);
  }

  async setLastOpened() {}

  /** Lets the oldest waiting save finish; resolves once one was waiting. */
  async release() {
    while (!this.#held.length) await new Promise((resolve) => setTimeout(resolve, 1));
    this.#held.shift()();
  }
}

const file = (name, text) => ({ name, blob: new Blob([text]) });
const merge = { op: 'merge', names: ['Russia', 'Moscow'] };

async function workspaceWith(store) {
  const workspace = new Workspace();
  workspace.store = store;
  const events = [];
  workspace.addEventListener('change', ({ detail }) => events.push(detail));
  return { workspace, events };
}

test('a correction made while the files are being saved stays, and is not taken for another tab’s', async () => {
  const store = new HeldStore();
  const { workspace, events } = await workspaceWith(store);
  const plan = await workspace.planAdd([file('a.txt', 'Moscow said. Russia said.')]);
  const filesSaved = workspace.commitFiles(plan); // its save waits in the store
  const correctionSaved = workspace.setCorrections([merge]); // queued behind it
  await store.release(); // the files' save finishes: its record has no corrections
  await filesSaved;
  assert.deepEqual(workspace.corrections, [merge], 'the correction is still in effect');
  await store.release();
  await correctionSaved;
  assert.deepEqual(workspace.corrections, [merge]);
  assert.deepEqual(store.records.get(workspace.id).corrections, [merge], 'and stored');
  assert.deepEqual(
    events.filter((e) => e.what === 'remote'),
    [],
    'this tab’s own saves are not changes from another tab',
  );
});

test('a note and a file removal made during a save stay, and are stored by the next save', async () => {
  const store = new HeldStore();
  const { workspace, events } = await workspaceWith(store);
  const plan = await workspace.planAdd([file('a.txt', 'One.'), file('b.txt', 'Two.')]);
  const first = workspace.commitFiles(plan);
  await store.release();
  await first;
  const corrected = workspace.setCorrections([merge]);
  const removed = workspace.removeFiles(['b.txt']); // queued behind the correction
  await store.release();
  await corrected;
  assert.deepEqual(
    workspace.files.map((f) => f.name),
    ['a.txt'],
    'the removed file stays removed while its save waits',
  );
  assert.deepEqual(workspace.corrections, [merge]);
  await store.release();
  await removed;
  const stored = store.records.get(workspace.id);
  assert.deepEqual(
    stored.files.map((f) => f.name),
    ['a.txt'],
  );
  assert.deepEqual(stored.corrections, [merge]);
  assert.deepEqual(
    events.filter((e) => e.what === 'remote'),
    [],
  );
});
