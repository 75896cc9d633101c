// Exports: the analyze JSON exactly as the core returned it, and entities
// and quotes as CSV (RFC 4180: quoted fields, CRLF line ends).

import { download, downloadBlob } from './dom.js';
import { articleRecord, identityRecord, outletOf, quoteRecord } from './findings.js';

function csvField(value) {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // A leading = + - @ would make spreadsheets run the cell as a formula.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const toCsv = (header, rows) =>
  [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';

/**
 * The analyze JSON as the core wrote it; after a correction the model holds
 * none, and `fetchJson()` asks the worker for the corrected bytes.
 */
export async function exportJson(model, fetchJson) {
  const json = model.json ?? (model.json = await fetchJson());
  // The worker's Blob (or a string): the core's bytes, never re-serialised.
  if (json instanceof Blob) downloadBlob('presslens-analysis.json', json);
  else download('presslens-analysis.json', json, 'application/json');
}

export function entitiesCsv(model) {
  const rows = [];
  for (const doc of model.documents) {
    for (const e of doc.entities) {
      rows.push([
        doc.name,
        e.text,
        e.type,
        e.start,
        e.end,
        e.cluster ?? '',
        model.clusterById.get(e.cluster)?.name ?? '',
      ]);
    }
  }
  return toCsv(['document', 'text', 'type', 'start', 'end', 'cluster', 'cluster_name'], rows);
}

export function quotesCsv(model) {
  const rows = [];
  for (const doc of model.documents) {
    for (const q of doc.quotes ?? [])
      rows.push([
        doc.name,
        q.speaker ?? '',
        q.speaker_cluster ?? '',
        q.cue ?? '',
        q.kind ?? '',
        q.start,
        q.end,
        q.text,
      ]);
  }
  return toCsv(['document', 'speaker', 'speaker_cluster', 'cue', 'kind', 'start', 'end', 'text'], rows);
}

export function exportEntities(model) {
  download('presslens-entities.csv', entitiesCsv(model), 'text/csv');
}

export function exportQuotes(model) {
  download('presslens-quotes.csv', quotesCsv(model), 'text/csv');
}

// ------------------------------------------------- one view, one identity --

/** A file name made of a title ("Sergei Lavrov - quotes.csv"), without characters file systems refuse. */
export const fileName = (title, suffix) =>
  `${
    String(title)
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
      .trim()
      .slice(0, 80) || 'presslens'
  }${suffix}`;

const QUOTE_COLUMNS = [
  'speaker',
  'quote',
  'sentence',
  'title',
  'date',
  'outlet',
  'url',
  'document',
  'start',
  'end',
  'cue',
  'kind',
];

/** Quotes as shared: who, the words, the sentence they stand in, and the article (title, date, outlet). */
export function quoteRecordsCsv(records) {
  return toCsv(
    QUOTE_COLUMNS,
    records.map((r) => QUOTE_COLUMNS.map((key) => r[key])),
  );
}

/** One identity's quotes (one speaker's), as CSV. */
export function identityQuotesCsv(model, cluster) {
  return quoteRecordsCsv(identityRecord(model, cluster).quotes);
}

/** An identity's page as CSV: a row per quote by it and per mention of it. */
export function identityCsv(model, cluster) {
  const { quotes, mentions } = identityRecord(model, cluster);
  const header = ['identity', 'row', 'text', 'context', 'title', 'date', 'outlet', 'document', 'start', 'end'];
  const rows = [
    ...quotes.map((q) => [
      cluster.name,
      'quote',
      q.quote,
      q.sentence,
      q.title,
      q.date,
      q.outlet,
      q.document,
      q.start,
      q.end,
    ]),
    ...mentions.map((m) => [
      cluster.name,
      'mention',
      m.text,
      m.paragraph,
      m.title,
      m.date,
      m.outlet,
      m.document,
      m.start,
      m.end,
    ]),
  ];
  return toCsv(header, rows);
}

/** An identity's page as JSON: the identity, its quotes and its mentions. */
export const identityJson = (model, cluster) => `${JSON.stringify(identityRecord(model, cluster), null, 2)}\n`;

export function exportIdentity(model, cluster, format) {
  if (format === 'quotes')
    download(fileName(cluster.name, ' - quotes.csv'), identityQuotesCsv(model, cluster), 'text/csv');
  else if (format === 'csv') download(fileName(cluster.name, '.csv'), identityCsv(model, cluster), 'text/csv');
  else download(fileName(cluster.name, '.json'), identityJson(model, cluster), 'application/json');
}

/** The articles shown in the Articles view (filtered and sorted as shown). */
export function articlesCsv(documents) {
  const header = ['document', 'title', 'date', 'outlet', 'credit', 'url', 'bytes', 'entities', 'quotes', 'error'];
  return toCsv(
    header,
    documents.map((d) => {
      const r = articleRecord(d);
      return [
        d.name,
        r.title,
        r.date,
        outletOf(d),
        d.credit,
        r.url,
        d.bytes,
        d.entities?.length ?? 0,
        r.quotes,
        d.error,
      ];
    }),
  );
}

/** The identities shown in the entities view. */
export function clustersCsv(model, clusters) {
  const header = ['id', 'name', 'type', 'aliases', 'roles', 'articles', 'mentions', 'quotes'];
  return toCsv(
    header,
    clusters.map((c) => [
      c.id,
      c.name,
      c.type,
      (c.aliases ?? []).join('; '),
      (c.roles ?? []).join('; '),
      c.documents?.length ?? 0,
      c.mentions ?? 0,
      model.quotesBy(c.id).length,
    ]),
  );
}

/** The quotes shown in the Quotes view: [{doc, quote}]. */
export const shownQuotesCsv = (model, items) =>
  quoteRecordsCsv(items.map(({ doc, quote }) => quoteRecord(model, doc, quote)));

/** Numbers or dates as shown in their table: [{doc, item}]. */
export function factsCsv(rows, kind) {
  const extra = kind === 'numbers' ? ['kind', 'unit', 'qualifier'] : ['resolved', 'modifier'];
  const header = ['text', 'value', ...extra, 'paragraph', 'title', 'date', 'outlet', 'document', 'start', 'end'];
  return toCsv(
    header,
    rows.map(({ doc, item }) => {
      const from = doc.text.lastIndexOf('\n', item.start) + 1;
      const next = doc.text.indexOf('\n', item.end);
      return [
        item.text,
        item.value,
        ...extra.map((key) => item[key]),
        doc.text.slice(from, next === -1 ? doc.text.length : next),
        doc.title,
        doc.date,
        outletOf(doc),
        doc.name,
        item.start,
        item.end,
      ];
    }),
  );
}

/** Search hits as shown: the words before, the match, the words after, and the article. */
export function searchHitsCsv(model, query, hits) {
  const header = ['query', 'before', 'match', 'after', 'title', 'date', 'outlet', 'document', 'start', 'end'];
  return toCsv(
    header,
    hits.map((hit) => {
      const doc = model.byName.get(hit.document);
      const shown = (text) => text.replace(/\s+/g, ' '); // as the view shows them
      return [
        query,
        shown(hit.before),
        hit.match,
        shown(hit.after),
        doc?.title,
        doc?.date,
        doc && outletOf(doc),
        hit.document,
        hit.start,
        hit.end,
      ];
    }),
  );
}
