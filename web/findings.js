// Findings as they are shared: a quote with where it was said (article
// title, date, outlet, the sentence it stands in), an identity with its
// quotes and mentions, and the notes of the open project resolved against
// the analysis shown. Plain data, no DOM: the exports (export.js), the
// report (report.js) and the Notes view read it.

import { noteKey } from './projects.js';

/** The publication: the record's `source`, else the credit line, else the URL's host. */
export function outletOf(doc) {
  if (doc.source) return doc.source;
  if (doc.credit) return doc.credit;
  if (doc.url) {
    try {
      return new URL(doc.url).hostname.replace(/^www\./, '');
    } catch {
      return null;
    }
  }
  return null;
}

/** The sentence (or sentences) a quote stands in, exactly as in the article's text (the core's `sentence`). */
export function sentenceOf(doc, quote) {
  const span = quote.sentence;
  if (span && span.start <= quote.start && span.end >= quote.end) return doc.text.slice(span.start, span.end);
  return doc.text.slice(quote.start, quote.end);
}

/** One quote as shared: who, the words, the sentence, and where. */
export function quoteRecord(model, doc, quote) {
  const cluster = quote.speaker_cluster ? model.clusterById.get(quote.speaker_cluster) : null;
  return {
    speaker: cluster?.name ?? quote.speaker ?? null,
    speaker_identity: cluster ? cluster.id : null,
    quote: quote.text,
    sentence: sentenceOf(doc, quote),
    kind: quote.kind ?? null,
    cue: quote.cue ?? null,
    title: doc.title ?? null,
    date: doc.date ?? null,
    outlet: outletOf(doc),
    url: doc.url ?? null,
    document: doc.name,
    start: quote.start,
    end: quote.end,
  };
}

/** A mention as shared: the words, the sentence-sized context around them, and where. */
function mentionRecord(doc, entity) {
  const from = Math.max(0, doc.text.lastIndexOf('\n', entity.start) + 1);
  const next = doc.text.indexOf('\n', entity.end);
  return {
    text: entity.text,
    type: entity.type,
    paragraph: doc.text.slice(from, next === -1 ? doc.text.length : next),
    title: doc.title ?? null,
    date: doc.date ?? null,
    outlet: outletOf(doc),
    document: doc.name,
    start: entity.start,
    end: entity.end,
  };
}

/** An identity as shared: its names, counts, every quote and every mention. */
export function identityRecord(model, cluster) {
  const mentions = (model.mentions.get(cluster.id) ?? []).map(({ doc, entity }) => mentionRecord(doc, entity));
  return {
    identity: {
      id: cluster.id,
      name: cluster.name,
      type: cluster.type,
      aliases: cluster.aliases ?? [],
      roles: cluster.roles ?? [],
      articles: cluster.documents?.length ?? 0,
      mentions: cluster.mentions ?? mentions.length,
    },
    quotes: model.quotesBy(cluster.id).map(({ doc, quote }) => quoteRecord(model, doc, quote)),
    mentions,
  };
}

/** An article as shared. */
export function articleRecord(doc) {
  return {
    title: doc.title ?? null,
    date: doc.date ?? null,
    outlet: outletOf(doc),
    url: doc.url ?? null,
    document: doc.name,
    quotes: doc.quotes?.length ?? 0,
  };
}

// A quote note's quote: the one starting where it did with the same words,
// else the same words elsewhere in the article (a correction moved the text).
function findQuote(doc, note) {
  const quotes = doc.quotes ?? [];
  return (
    quotes.find((q) => q.start === note.start && (note.quote === undefined || q.text === note.quote)) ??
    (note.quote !== undefined ? quotes.find((q) => q.text === note.quote) : null) ??
    null
  );
}

function findIdentity(model, note) {
  return (
    model.clusters.find((c) => c.name === note.name) ??
    model.clusters.find((c) => (c.aliases ?? []).includes(note.name)) ??
    null
  );
}

/**
 * Each note of the project with what it is on in `model`: {key, note, found,
 * doc?, quote?, cluster?}. A note whose quote, article or identity is not in
 * this analysis has found false (it keeps what it recorded: the quote's
 * words, the article's title, the identity's name).
 */
export function resolveNotes(model, notes) {
  return notes.map((note) => {
    const key = noteKey(note);
    if (note.on === 'identity') {
      const cluster = findIdentity(model, note);
      return { key, note, found: Boolean(cluster), cluster };
    }
    const doc = model.byName.get(note.document);
    if (note.on === 'article') return { key, note, found: Boolean(doc), doc };
    const quote = doc ? findQuote(doc, note) : null;
    return { key, note, found: Boolean(quote), doc, quote };
  });
}
