// A benchmark corpus of real news articles, read at run time from the
// development data beside the repository (../shared/data; never committed):
// PolNeAR's 924 US political articles (train and dev), then WCXB's flattened
// pages, to the count asked for; and syndicated copies, as outlets run a
// wire story: every `copyEvery`-th article again under another name, its
// last paragraph cut, a word changed and the outlet's own line added.
//
//   realCorpus({count: 1000, copies: 60}) -> [{name, text, date, outlet}]
//   asRecords(corpus) -> the same as .json article records ({text, date, source})
//
// PolNeAR's file names give each article's outlet and date
// (breitbart_2016-09-12_slug.txt); WCXB's metadata gives its date and
// address. Deterministic: the same files in the same order every time.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const dataDir = resolve(repoRoot, process.env.PRESSLENS_DATA_DIR ?? '../shared/data');

const SOURCES = ['polnear-train/text', 'polnear-dev/text', 'wcxb-dev/txt'];

export function corpusAvailable() {
  return SOURCES.slice(0, 2).every((dir) => existsSync(join(dataDir, dir)));
}

const POLNEAR_NAME = /^([a-z-]+)_(\d{4}-\d{2}-\d{2})_/;

function wcxbMetadata() {
  const file = join(dataDir, 'wcxb-dev/ground-truth.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

function metadata(dir, name, wcxb) {
  const polnear = POLNEAR_NAME.exec(name);
  if (polnear) return { outlet: polnear[1], date: polnear[2] };
  const page = wcxb[name.replace(/\.txt$/, '')];
  if (!page) return { outlet: null, date: null };
  let outlet = null;
  try {
    outlet = new URL(page.url).hostname.replace(/^www\./, '');
  } catch {}
  return { outlet, date: /^\d{4}-\d{2}-\d{2}/.test(page.date ?? '') ? page.date.slice(0, 10) : null };
}

function originals(count) {
  const out = [];
  const wcxb = wcxbMetadata();
  for (const dir of SOURCES) {
    const path = join(dataDir, dir);
    if (!existsSync(path)) continue;
    for (const name of readdirSync(path)
      .filter((n) => n.endsWith('.txt'))
      .sort()) {
      if (out.length === count) return out;
      out.push({
        name: `${dir.split('/')[0]}__${name}`,
        text: readFileSync(join(path, name), 'utf8'),
        ...metadata(dir, name, wcxb),
      });
    }
  }
  return out;
}

/** The corpus as .json article records: the text with its date and outlet (the Articles view shows them). */
export function asRecords(corpus) {
  return corpus.map((a) => ({
    name: a.name.replace(/\.txt$/, '.json'),
    text: JSON.stringify({ text: a.text, date: a.date ?? undefined, source: a.outlet ?? undefined }),
  }));
}

// As another outlet runs the story: the last paragraph cut, one "said" made
// "says", and the outlet's line at the end.
function syndicated(article, n) {
  const paragraphs = article.text.split(/\n\s*\n|\n/).filter((p) => p.trim());
  const kept = paragraphs.length > 4 ? paragraphs.slice(0, -1) : paragraphs;
  const edited = kept.join('\n\n').replace(/\bsaid\b/, 'says');
  return {
    name: `copy-${String(n).padStart(3, '0')}__${article.name}`,
    text: `${edited}\n\nThis story was distributed by a wire service and published here with permission.\n`,
    date: article.date,
    outlet: 'wire copy',
  };
}

/** `count` articles in all, of which `copies` are syndicated copies of others. */
export function realCorpus({ count = 1000, copies = 60 } = {}) {
  const base = originals(count - copies);
  const every = Math.max(1, Math.floor(base.length / Math.max(1, copies)));
  const extra = [];
  for (let i = 0; extra.length < copies && i < base.length; i += every) extra.push(syndicated(base[i], extra.length));
  // Copies among the originals, not at the end: as a real pile would have them.
  const out = [];
  let next = 0;
  base.forEach((article, i) => {
    out.push(article);
    if (i % every === every - 1 && next < extra.length) out.push(extra[next++]);
  });
  out.push(...extra.slice(next));
  return out;
}

/** Words: runs of non-space characters, the same count for every engine. */
export const wordCount = (text) => (text.match(/\S+/g) ?? []).length;
