// Gathering files to analyse: drops (files and whole folders), the file
// pickers and the shipped samples. Each gives [{name, file}] (a File, read
// when it is analysed) or [{name, bytes}].

/** True when an ArrayBuffer starts like a PDF file (its text is extracted before analysis: pdf-load.js). */
export const isPdfBytes = (bytes) =>
  bytes.byteLength >= 5 && String.fromCharCode(...new Uint8Array(bytes, 0, 5)) === '%PDF-';

export const isHidden = (name) => name.split('/').some((part) => part.startsWith('.'));

const WEB_PAGE = /\.(html?|xhtml|mhtml|mht)$/i;

/**
 * The files to analyse among those gathered: hidden files go, and so do the
 * pictures, styles and scripts a browser saves beside a page ("Save page,
 * complete": page.html and the folder page_files/).
 */
export function articleFiles(files) {
  const pages = new Set(files.filter((f) => WEB_PAGE.test(f.name)).map((f) => f.name.replace(/\.[^./]+$/, '')));
  return files.filter((f) => {
    if (isHidden(f.name)) return false;
    const saved = f.name.match(/^(.*)_files\//);
    return !(saved && pages.has(saved[1]));
  });
}

function readEntry(entry) {
  if (entry.isFile) {
    return new Promise((resolve, reject) => entry.file(resolve, reject)).then((file) => [
      { name: entry.fullPath.replace(/^\//, ''), file },
    ]);
  }
  return readDirectory(entry);
}

async function readDirectory(directory) {
  const reader = directory.createReader();
  const entries = [];
  // readEntries returns the listing in chunks; an empty chunk ends it.
  for (;;) {
    const chunk = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
    if (chunk.length === 0) break;
    entries.push(...chunk);
  }
  const nested = await Promise.all(entries.map(readEntry));
  return nested.flat();
}

// Must run synchronously inside the drop handler: the DataTransfer is
// emptied once the event has been dispatched.
export function collectDropped(dataTransfer) {
  const pending = [];
  for (const item of dataTransfer.items ?? []) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry?.();
    if (entry) {
      pending.push(readEntry(entry));
    } else {
      const file = item.getAsFile();
      if (file) pending.push([{ name: file.name, file }]);
    }
  }
  if (pending.length === 0) {
    for (const file of dataTransfer.files) pending.push([{ name: file.name, file }]);
  }
  return Promise.all(pending).then((lists) => lists.flat());
}

export function fromFileList(fileList) {
  return [...fileList].map((file) => ({ name: file.webkitRelativePath || file.name, file }));
}

export async function fetchSamples(onRead = () => {}) {
  const base = new URL('./samples/', import.meta.url);
  const index = await fetchOk(new URL('index.json', base)).then((r) => r.json());
  let done = 0;
  return Promise.all(
    index.files.map(async (name) => {
      const bytes = await fetchOk(new URL(name, base)).then((r) => r.arrayBuffer());
      onRead(++done, index.files.length);
      return { name, bytes };
    }),
  );
}

/** Pasted text as one file. */
export function fromPaste(text, count) {
  return [{ name: `pasted-${count}.txt`, bytes: new TextEncoder().encode(text).buffer }];
}

async function fetchOk(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not fetch ${url.pathname} (HTTP ${response.status})`);
  return response;
}
