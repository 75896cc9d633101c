// Keyword in context in JavaScript, for builds whose bindings cannot search
// yet (the core's search is used when present). Case- and accent-insensitive:
// each text is folded character by character, keeping where each folded
// character came from, so hits map back to UTF-16 offsets in the text.

function foldWithMap(text) {
  let folded = '';
  const map = [];
  for (let i = 0; i < text.length; ) {
    const codePoint = text.codePointAt(i);
    const char = String.fromCodePoint(codePoint);
    const base = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (let k = 0; k < base.length; k++) map.push(i);
    folded += base;
    i += char.length;
  }
  map.push(text.length);
  return { folded, map };
}

const foldQuery = (q) => q.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

export function searchTexts(documents, query, { context = 60, limit = 500 } = {}) {
  const needle = foldQuery(query.replace(/^"(.*)"$/, '$1'));
  const hits = [];
  let total = 0;
  if (!needle) return { query, total, hits };
  for (const doc of documents) {
    const { folded, map } = foldWithMap(doc.text.replace(/\s/g, ' '));
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
      // Whole words only at the edges, as the core's search does.
      if (isWordChar(folded[at - 1]) || isWordChar(folded[at + needle.length])) continue;
      total++;
      if (limit && hits.length >= limit) continue;
      const start = map[at];
      const end = map[at + needle.length];
      hits.push({
        document: doc.name,
        start,
        end,
        before: doc.text.slice(Math.max(0, start - context), start),
        match: doc.text.slice(start, end),
        after: doc.text.slice(end, end + context),
      });
    }
  }
  return { query, total, hits };
}
