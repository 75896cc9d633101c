// Projects kept in this browser, in IndexedDB (nothing leaves the machine):
//   projects  {id, name, created, modified, files: [{name, size, key}],
//              corrections, notes, view}: one record per project, small,
//              rewritten as the user works;
//   blobs     the files' bytes (Blobs), written once when a file is added,
//              under the keys the project's `files` list;
//   meta      {key: 'last', id}: the project to reopen.
// Every call returns a promise; a failure is a StorageError whose `code`
// says whether storage was refused (private browsing, a policy), is full,
// or failed otherwise, with a message for the status line.

const DB_NAME = 'presslens';
const DB_VERSION = 1;

export class StorageError extends Error {
  constructor(code, message, cause) {
    super(message, { cause });
    this.name = 'StorageError';
    this.code = code; // 'refused' | 'full' | 'failed'
  }
}

/** A StorageError for whatever IndexedDB threw or reported. */
export function storageError(error) {
  if (error instanceof StorageError) return error;
  const name = error?.name ?? '';
  if (name === 'QuotaExceededError') {
    return new StorageError('full', "this browser's storage for the page is full", error);
  }
  if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'NotAllowedError') {
    return new StorageError(
      'refused',
      'this browser does not let the page keep data (a private window, or a privacy setting)',
      error,
    );
  }
  return new StorageError(
    'failed',
    `the browser could not store the project (${error?.message || name || error})`,
    error,
  );
}

// IndexedDB's requests and transactions as promises.
const request = (req) =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(storageError(req.error));
  });
const finished = (tx) =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(storageError(tx.error));
    tx.onabort = () => reject(storageError(tx.error ?? new DOMException('aborted', 'AbortError')));
  });

function openDatabase() {
  return new Promise((resolve, reject) => {
    let req;
    try {
      if (!globalThis.indexedDB) throw new DOMException('no IndexedDB', 'SecurityError');
      req = indexedDB.open(DB_NAME, DB_VERSION);
    } catch (error) {
      reject(storageError(error));
      return;
    }
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('projects')) db.createObjectStore('projects', { keyPath: 'id' });
      if (!db.objectStoreNames.contains('blobs')) db.createObjectStore('blobs', { autoIncrement: true });
      if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta', { keyPath: 'key' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(storageError(req.error));
    req.onblocked = () => reject(new StorageError('failed', 'another tab is upgrading the stored projects; reload'));
  });
}

export class ProjectStore {
  #db;

  constructor(db) {
    this.#db = db;
    // Another tab of a newer page wants to upgrade the database: let it.
    db.onversionchange = () => db.close();
  }

  /** Opens the browser's store; rejects with a StorageError when refused. */
  static async open() {
    return new ProjectStore(await openDatabase());
  }

  #transaction(stores, mode = 'readonly') {
    try {
      return this.#db.transaction(stores, mode);
    } catch (error) {
      throw storageError(error);
    }
  }

  /** Every project's record (without the files' bytes), most recently changed first. */
  async list() {
    const tx = this.#transaction(['projects']);
    const all = await request(tx.objectStore('projects').getAll());
    return all.sort((a, b) => (b.modified ?? '').localeCompare(a.modified ?? ''));
  }

  async get(id) {
    const tx = this.#transaction(['projects']);
    return (await request(tx.objectStore('projects').get(id))) ?? null;
  }

  /** The project's files: [{name, size, blob}], in order. */
  async files(record) {
    const tx = this.#transaction(['blobs']);
    const blobs = tx.objectStore('blobs');
    const found = await Promise.all(record.files.map((file) => request(blobs.get(file.key))));
    return record.files.map((file, i) => {
      if (!(found[i] instanceof Blob)) {
        throw new StorageError('failed', `the stored bytes of ${file.name} are missing`);
      }
      return { name: file.name, size: file.size, blob: found[i] };
    });
  }

  /**
   * Stores a project in one transaction, so that two tabs saving at once
   * lose nothing: reads the stored record (null if none), adds the bytes of
   * new files (`blobs`: file name -> Blob) and deletes those of removed ones
   * (`removedKeys`), then writes merge(stored, keys) (keys: file name -> the
   * new bytes' key), which must return the record. Resolves to it.
   */
  async save(id, merge, blobs = new Map(), removedKeys = []) {
    const tx = this.#transaction(['projects', 'blobs'], 'readwrite');
    const store = tx.objectStore('blobs');
    const [stored, keys] = await Promise.all([
      request(tx.objectStore('projects').get(id)),
      Promise.all([...blobs].map(async ([name, blob]) => [name, await request(store.add(blob))])),
    ]);
    for (const key of removedKeys) store.delete(key);
    let record;
    try {
      record = merge(stored ?? null, new Map(keys));
    } catch (error) {
      tx.abort();
      throw error;
    }
    tx.objectStore('projects').put(record);
    await finished(tx);
    return record;
  }

  /** Deletes a project and its files' bytes. */
  async delete(id) {
    const tx = this.#transaction(['projects', 'blobs', 'meta'], 'readwrite');
    const record = await request(tx.objectStore('projects').get(id));
    if (record) {
      for (const file of record.files) tx.objectStore('blobs').delete(file.key);
      tx.objectStore('projects').delete(id);
    }
    await finished(tx);
  }

  async lastOpened() {
    const tx = this.#transaction(['meta']);
    return (await request(tx.objectStore('meta').get('last')))?.id ?? null;
  }

  async setLastOpened(id) {
    const tx = this.#transaction(['meta'], 'readwrite');
    tx.objectStore('meta').put({ key: 'last', id });
    await finished(tx);
  }
}
