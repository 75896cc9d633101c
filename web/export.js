// Exports: the analyze JSON exactly as the core returned it, and entities
// and quotes as CSV (RFC 4180: quoted fields, CRLF line ends).

import { download, downloadBlob } from './dom.js';

function csvField(value) {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // A leading = + - @ would make spreadsheets run the cell as a formula.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const toCsv = (header, rows) =>
  [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';

export function exportJson(model) {
  // The worker's Blob (or a string): the core's bytes, never re-serialised.
  if (model.json instanceof Blob) downloadBlob('presslens-analysis.json', model.json);
  else download('presslens-analysis.json', model.json, 'application/json');
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
