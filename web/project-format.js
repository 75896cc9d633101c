// The project file (`.presslens`): one versioned JSON document with the
// batch's files (names and bytes, base64), the corrections, and the notes
// and stars (docs/output.md, "Project files"). The command lines read the
// same format (core/src/project/project.cpp, `presslens analyze --project`)
// and refuse what this file refuses, in the same words
// (tests/js/project.test.mjs). Plain JavaScript without the DOM: it runs in
// the coordinating worker and under node.

export const PROJECT_FORMAT = 'presslens-project';
/** The version written, and the oldest still read. */
export const PROJECT_VERSION = 1;
export const OLDEST_PROJECT_VERSION = 1;
export const PROJECT_EXTENSION = '.presslens';

/** A project file that cannot be opened: `message` says why, in words a user can act on. */
export class ProjectFileError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ProjectFileError';
    this.code = 'invalid_project';
  }
}

const refused = (message) => new ProjectFileError(message);
const damaged = (what) => refused(`damaged project file: ${what}`);

const versionsRead = () =>
  OLDEST_PROJECT_VERSION === PROJECT_VERSION
    ? `version ${PROJECT_VERSION}`
    : `versions ${OLDEST_PROJECT_VERSION} to ${PROJECT_VERSION}`;

// ---------------------------------------------------------------- base64 --

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const CHUNK = 3 * 8192; // bytes per btoa call (a multiple of 3: no padding inside)

export function toBase64(bytes) {
  if (typeof bytes.toBase64 === 'function') return bytes.toBase64();
  const parts = [];
  for (let i = 0; i < bytes.length; i += CHUNK) {
    parts.push(btoa(String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK))));
  }
  return parts.join('');
}

/** The bytes of canonical base64 (padded, no whitespace), else null. */
export function fromBase64(text) {
  if (!BASE64.test(text)) return null;
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// ---------------------------------------------------------------- writing --

/**
 * The project file's text. project: {name, created, modified, files:
 * [{name, bytes: Uint8Array}], corrections: [], notes: [], view}; the files
 * keep their order (the batch's order).
 */
export function writeProject({ name = '', created, modified, files, corrections = [], notes = [], view }) {
  const document = {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    name,
    created: created ?? null,
    modified: modified ?? null,
    files: files.map((file) => ({ name: file.name, size: file.bytes.length, bytes: toBase64(file.bytes) })),
    corrections,
    notes,
  };
  if (view) document.view = view;
  return JSON.stringify(document);
}

// ---------------------------------------------------------------- reading --

function checkVersion(version) {
  if (!Number.isInteger(version)) return damaged('its "version" is missing or not a whole number');
  if (version > PROJECT_VERSION) {
    return refused(
      `this project file was saved by a newer Presslens (project format version ${version}; ` +
        `this Presslens reads ${versionsRead()}): update Presslens to open it`,
    );
  }
  if (version < OLDEST_PROJECT_VERSION) {
    return refused(
      `this project file uses project format version ${version}, older than this Presslens reads (${versionsRead()})`,
    );
  }
  return null;
}

function readFileEntry(entry, index) {
  const which = `file ${index + 1}`;
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) throw damaged(`${which} is not an object`);
  if (typeof entry.name !== 'string' || !entry.name) throw damaged(`${which} has no name`);
  const named = `${which} (${entry.name})`;
  if (typeof entry.bytes !== 'string') throw damaged(`${named} has no bytes`);
  const bytes = fromBase64(entry.bytes);
  if (!bytes) throw damaged(`${named}: its bytes are not valid base64`);
  if (!Number.isInteger(entry.size) || entry.size < 0) throw damaged(`${named} has no size`);
  if (entry.size !== bytes.length) {
    throw damaged(`${named} holds ${bytes.length} bytes where its size says ${entry.size}`);
  }
  return { name: entry.name, bytes };
}

/** A note or star as stored: it must say where it belongs; anything else is damage. */
function readNote(note, index) {
  const which = `note ${index + 1}`;
  if (!note || typeof note !== 'object' || Array.isArray(note)) throw damaged(`${which} is not an object`);
  const { on } = note;
  if (!['article', 'quote', 'identity'].includes(on)) throw damaged(`${which} does not say what it is on`);
  return note;
}

/**
 * Reads a project file's text: {name, created, modified, files: [{name,
 * bytes: Uint8Array}], corrections, notes, view}. Throws ProjectFileError
 * for anything that is not a project this version can open.
 */
export function readProject(text) {
  let document;
  try {
    document = JSON.parse(text);
  } catch {
    throw refused('not a Presslens project file: it is not JSON (it may be damaged or cut short)');
  }
  const isObject = document !== null && typeof document === 'object' && !Array.isArray(document);
  if (!isObject || document.format !== PROJECT_FORMAT) {
    throw refused(`not a Presslens project file: it has no "format": "${PROJECT_FORMAT}"`);
  }
  const versionProblem = checkVersion(document.version);
  if (versionProblem) throw versionProblem;
  const { name = '' } = document;
  if (name !== null && typeof name !== 'string') throw damaged('its "name" is not text');
  if (!Array.isArray(document.files)) throw damaged('"files" is missing or not a list');
  const names = new Set();
  const files = document.files.map((entry, index) => {
    const file = readFileEntry(entry, index);
    if (names.has(file.name)) throw damaged(`two files are named ${file.name}`);
    names.add(file.name);
    return file;
  });
  const corrections = document.corrections ?? [];
  if (!Array.isArray(corrections)) throw damaged('"corrections" is not a list');
  const notes = document.notes ?? [];
  if (!Array.isArray(notes)) throw damaged('"notes" is not a list');
  return {
    name: name ?? '',
    created: typeof document.created === 'string' ? document.created : null,
    modified: typeof document.modified === 'string' ? document.modified : null,
    files,
    corrections,
    notes: notes.map(readNote),
    view: typeof document.view === 'string' ? document.view : null,
  };
}
